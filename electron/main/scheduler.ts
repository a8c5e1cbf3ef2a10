import { app, Menu, nativeImage, Notification, powerMonitor, Tray, type BrowserWindow } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { EventPayload } from '../../shared/ipc/contract';
import { TRAY_HINT } from '../../shared/scheduler/wording';
import type { Core } from '../core/app/createCore';
import { autostartFolder, syncAutostart } from '../core/scheduler/autostart';
import { desktopPresence, HIDDEN_START_ARG, onWindowClose } from '../core/scheduler/desktopPresence';

/**
 * The scheduler's desktop glue: the notification, the badge or title, the tray, the start at login and the power
 * events. Every decision (what to say, when, what closing does) is the core's; this file only applies them.
 */
export interface SchedulerShell {
  window(): BrowserWindow | null;
  /** Shows the window (creating it if needed) on the list « À relancer aujourd’hui ». */
  showTodayList(): void;
  showWindow(): void;
  quit(): void;
}

export function bindScheduler(core: Core, shell: SchedulerShell): { closeWindow(event: Electron.Event, quitting: boolean): void } {
  let tray: Tray | null = null;
  let lastStatus = core.scheduler.status();

  const apply = (status: EventPayload<'scheduler.checked'>): void => {
    lastStatus = status;
    const presence = desktopPresence(status, process.platform);
    if (presence.badgeCount !== null) app.setBadgeCount(presence.badgeCount);
    shell.window()?.setTitle(presence.windowTitle);
    if (presence.tray && !tray) tray = new Tray(trayImage());
    if (!presence.tray && tray) {
      tray.destroy();
      tray = null;
    }
    if (tray && presence.tray) {
      tray.setToolTip(presence.tray.tooltip);
      tray.setContextMenu(
        Menu.buildFromTemplate([
          { label: 'Ouvrir Relance', click: () => shell.showWindow() },
          { label: 'Vérifier maintenant', click: () => void core.dispatch('scheduler.checkNow', {}) },
          { type: 'separator' },
          { label: presence.tray.countLabel, click: () => shell.showTodayList() },
          { type: 'separator' },
          { label: 'Quitter', click: () => shell.quit() },
        ]),
      );
    }
    applyLoginItem(status.settings.startAtLogin);
  };

  core.events.on('scheduler.checked', apply);
  core.events.on('reminders.due', ({ title, message }) => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title, body: message });
    notification.on('click', () => shell.showTodayList());
    notification.show();
  });
  // A machine that wakes, or a session unlocked after the night: the day may have changed meanwhile.
  powerMonitor.on('resume', () => core.scheduler.check());
  powerMonitor.on('unlock-screen', () => core.scheduler.check());
  core.scheduler.start();

  return {
    /** The window's 'close': hidden in the tray (said once, the first time), or closed. */
    closeWindow(event, quitting) {
      if (onWindowClose(lastStatus.settings, quitting) === 'close') return;
      event.preventDefault();
      shell.window()?.hide();
      void core.scheduler.takeTrayHint().then((first) => {
        if (first && Notification.isSupported()) new Notification({ title: TRAY_HINT.title, body: TRAY_HINT.body }).show();
      });
    },
  };
}

function trayImage(): Electron.NativeImage {
  const size = process.platform === 'darwin' ? 18 : 22;
  return nativeImage.createFromPath(join(import.meta.dirname, 'icons', 'tray.png')).resize({ width: size, height: size });
}

let appliedLoginItem: boolean | null = null;

/** Start at login, minimised to the tray: the system's login items, or an XDG autostart entry on Linux. */
function applyLoginItem(enabled: boolean): void {
  if (appliedLoginItem === enabled || !app.isPackaged) return; // a development build never registers itself
  appliedLoginItem = enabled;
  if (process.platform === 'linux') {
    // An AppImage runs from a temporary mount: its own path is in $APPIMAGE.
    const exec = process.env.APPIMAGE || process.execPath;
    void syncAutostart(autostartFolder(process.env, homedir()), enabled, exec).catch((error: unknown) => console.error('[relance] autostart', error));
    return;
  }
  app.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_START_ARG] });
}
