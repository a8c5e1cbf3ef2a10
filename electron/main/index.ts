import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, powerMonitor } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../shared/ipc/contract';
import { clockFromEnv } from '../core/clock';
import { createCore, type Core } from '../core/core';
import { resolveDataFile } from '../core/store/dataLocation';
import { buildMenu } from './menu';
import { hardenSessions } from './security';

const rendererIndex = join(import.meta.dirname, '../renderer/index.html');
const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(rendererIndex).href;

/** Only our own renderer may navigate or call the core. */
function isAppUrl(url: string): boolean {
  if (process.env.ELECTRON_RENDERER_URL) return url.startsWith(process.env.ELECTRON_RENDERER_URL);
  return url.split(/[?#]/)[0] === pathToFileURL(rendererIndex).href;
}

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
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
  hardenSessions(isAppUrl);
  const dataFile = resolveDataFile(process.env, app.getPath('userData'));
  const core = await createCore({ dataFile, clock: clockFromEnv(process.env), mode: 'electron', version: app.getVersion() });
  bindIpc(core);
  const send = (event: string, payload: unknown): void => mainWindow?.webContents.send(IPC_EVENT_CHANNEL, event, payload);
  core.events.subscribe(send);
  Menu.setApplicationMenu(buildMenu(() => mainWindow, (to) => send('navigate', { to })));
  createWindow();
  core.events.subscribe((event, payload) => {
    if (event === 'reminders.due') notifyRemindersDue((payload as { message: string }).message, () => send('navigate', { to: 'overview' }));
  });
  core.scheduler.start();
  powerMonitor.on('resume', () => core.scheduler.check());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('before-quit', () => void core.close());
}

function bindIpc(core: Core): void {
  ipcMain.handle(IPC_CALL_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Demande refusée : elle ne vient pas de Relance.' } };
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
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(rendererUrl);
}
