import { app, BrowserWindow, dialog, ipcMain, Menu, shell } from 'electron';
import { join } from 'node:path';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type EventName, type EventPayload } from '../../shared/ipc/contract';
import { clockFromEnv } from '../core/app/clock';
import { createCore, type Core } from '../core/app/createCore';
import { desktopPresence, startsHidden } from '../core/scheduler/desktopPresence';
import { resolveDataFile } from '../core/store/dataLocation';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { buildMenu } from './menu';
import { NOTIFICATION_TARGET } from './menuEntries';
import { waitAtMost } from './quit';
import { bindScheduler } from './scheduler';
import { openPdf, printPdf } from './pdfWindow';
import { openMail } from './openMail';
import { secrets } from './secrets';
import { hardenSessions } from './security';
import { APP_INDEX_URL, devServerUrl, isAppUrl as isAppUrlFor } from './urls';

/** The development server is honoured only when the app is not packaged (see urls.ts). */
const devServer = devServerUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
const rendererUrl = devServer?.href ?? APP_INDEX_URL;
const isAppUrl = (url: string): boolean => isAppUrlFor(url, devServer);

/** How long quitting waits for a save in flight. */
const QUIT_TIMEOUT_MS = 5_000;

let mainWindow: BrowserWindow | null = null;
/** True once the user asked to quit: closing the window then really closes it (no tray). */
let quitting = false;
/** The window's title as the scheduler decides it (the count of the day, where no badge shows it). */
let windowTitle = (): string => 'Relance';
let scheduling: ReturnType<typeof bindScheduler> | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  app.on('second-instance', () => showWindow());
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('Relance ne peut pas démarrer', String(error instanceof Error ? error.message : error));
    app.exit(1);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

async function start(): Promise<void> {
  serveRenderer(join(import.meta.dirname, '../renderer'));
  const dataFile = resolveDataFile(process.env, app.getPath('userData'));
  const core = await createCore({ dataFile, clock: clockFromEnv(process.env), mode: 'electron', version: app.getVersion(), platform: { openFolder, openPdf, printPdf, openMail, secrets }, warmLetters: true });
  hardenSessions({ isAppUrl, paymentLink: () => core.store.data.identity.paymentLink });
  closeBeforeQuit(core);
  bindIpc(core);
  const forward = (event: EventName, payload: unknown): void => mainWindow?.webContents.send(IPC_EVENT_CHANNEL, event, payload);
  const send = <E extends EventName>(event: E, payload: EventPayload<E>): void => forward(event, payload);
  core.events.subscribe(forward);
  Menu.setApplicationMenu(buildMenu(() => mainWindow, (to) => send('navigate', { to })));
  windowTitle = () => desktopPresence(core.scheduler.status(), process.platform).windowTitle;
  createWindow(!startsHidden(process.argv, core.scheduler.status().settings));
  scheduling = bindScheduler(core, {
    window: () => mainWindow,
    showWindow,
    showTodayList: () => {
      const opened = mainWindow === null;
      showWindow();
      // A window just created hears the event once its page has loaded.
      if (opened) mainWindow?.webContents.once('did-finish-load', () => send('navigate', { to: NOTIFICATION_TARGET }));
      else send('navigate', { to: NOTIFICATION_TARGET });
    },
    quit: () => app.quit(),
  });
  app.on('activate', showWindow);
}

/** Brings the window forward, creating it if it was closed (or never shown: a start at login). */
function showWindow(): void {
  if (!mainWindow) createWindow(true);
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.show();
  mainWindow?.focus();
}

/**
 * Opens a folder in the system's file manager. The core calls it with its own data folder only
 * (data.openFolder takes no path from the page); openPath answers an error text, empty on success.
 */
function openFolder(folder: string): Promise<void> {
  return shell.openPath(folder).then((error) => {
    if (error) throw new Error(error);
  });
}

/** Quitting waits (at most QUIT_TIMEOUT_MS) for the core to finish a save in flight, then exits. */
function closeBeforeQuit(core: Core): void {
  let closing = false;
  app.on('before-quit', (event) => {
    quitting = true;
    // Also on a second request while closing: quitting must not skip the wait.
    event.preventDefault();
    if (closing) return;
    closing = true;
    void waitAtMost(core.close(), QUIT_TIMEOUT_MS).then((result) => {
      if (result.outcome === 'timeout') console.error(`[relance] the data file was still being written after ${QUIT_TIMEOUT_MS} ms; quitting anyway`);
      if (result.outcome === 'failed') console.error('[relance] closing the data file failed', result.error);
      app.exit(0);
    });
  });
}

function bindIpc(core: Core): void {
  ipcMain.handle(IPC_CALL_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Demande refusée\u00a0: elle ne vient pas de Relance.' } };
    }
    return core.dispatch(method, input);
  });
}

function createWindow(show: boolean): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    title: 'Relance',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      // electronegativity: our own sandboxed preload; it exposes only the contract's call/subscribe bridge (electron/preload).
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // Chromium would download dictionaries: everything stays on the user's machine.
      spellcheck: false,
      // A middle click must not open a window (the window open handler denies it anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (show) mainWindow.once('ready-to-show', () => mainWindow?.show());
  // The title carries the day's count where no badge can (scheduler): the page's <title> does not replace it.
  mainWindow.on('page-title-updated', (event) => event.preventDefault());
  mainWindow.setTitle(windowTitle());
  mainWindow.on('close', (event) => scheduling?.closeWindow(event, quitting));
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(rendererUrl);
}
