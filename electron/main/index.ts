import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, powerMonitor, shell } from 'electron';
import { join } from 'node:path';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type EventName, type EventPayload } from '../../shared/ipc/contract';
import { clockFromEnv } from '../core/app/clock';
import { createCore, type Core } from '../core/app/createCore';
import { resolveDataFile } from '../core/store/dataLocation';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { buildMenu } from './menu';
import { NOTIFICATION_TARGET } from './menuEntries';
import { waitAtMost } from './quit';
import { hardenSessions } from './security';
import { APP_INDEX_URL, devServerUrl, isAppUrl as isAppUrlFor } from './urls';

/** The development server is honoured only when the app is not packaged (see urls.ts). */
const devServer = devServerUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
const rendererUrl = devServer?.href ?? APP_INDEX_URL;
const isAppUrl = (url: string): boolean => isAppUrlFor(url, devServer);

/** How long quitting waits for a save in flight. */
const QUIT_TIMEOUT_MS = 5_000;

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
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
  const core = await createCore({ dataFile, clock: clockFromEnv(process.env), mode: 'electron', version: app.getVersion(), platform: { openFolder }, warmLetters: true });
  hardenSessions({ isAppUrl, paymentLink: () => core.store.data.identity.paymentLink });
  closeBeforeQuit(core);
  bindIpc(core);
  const forward = (event: EventName, payload: unknown): void => mainWindow?.webContents.send(IPC_EVENT_CHANNEL, event, payload);
  const send = <E extends EventName>(event: E, payload: EventPayload<E>): void => forward(event, payload);
  core.events.subscribe(forward);
  Menu.setApplicationMenu(buildMenu(() => mainWindow, (to) => send('navigate', { to })));
  createWindow();
  core.events.on('reminders.due', ({ message }) => notifyRemindersDue(message, () => send('navigate', { to: NOTIFICATION_TARGET })));
  core.scheduler.start();
  powerMonitor.on('resume', () => core.scheduler.check());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
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

/** A system notification; clicking it brings the window forward on the overdue screen. */
function notifyRemindersDue(message: string, openOverview: () => void): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title: 'Relance — relances du jour', body: message, silent: false });
  notification.on('click', () => {
    if (!mainWindow) createWindow();
    mainWindow?.show();
    mainWindow?.focus();
    openOverview();
  });
  notification.show();
}

function createWindow(): void {
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
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(rendererUrl);
}
