import type { SchedulerStatus } from '../../../shared/scheduler/status';
import { trayCountLabel, windowTitle } from '../../../shared/scheduler/wording';

/** What the desktop shell shows of the day's list: every decision here, so that electron/main only applies it. */
export interface DesktopPresence {
  /** The dock or launcher badge (0 hides it); null where the platform shows none. */
  badgeCount: number | null;
  windowTitle: string;
  /** The tray icon and its menu's line of the day; null when the user keeps no tray. */
  tray: { tooltip: string; countLabel: string } | null;
}

export function desktopPresence(status: SchedulerStatus, platform: NodeJS.Platform): DesktopPresence {
  const count = status.lastCheck?.count ?? 0;
  // macOS shows the badge on the dock; Linux only in Unity's launcher (Electron says whether it worked, not whether it
  // shows), Windows not at all: there the title carries the count.
  const badge = platform === 'darwin';
  return {
    badgeCount: badge ? count : null,
    windowTitle: badge ? 'Relance' : windowTitle(count),
    tray: status.settings.keepRunningInTray ? { tooltip: windowTitle(count), countLabel: trayCountLabel(count) } : null,
  };
}

/** The argument a start at login passes: the app then starts in the tray, without a window. */
export const HIDDEN_START_ARG = '--au-demarrage';

/** Whether this launch is a start at login that should stay in the tray (only when the tray is on). */
export function startsHidden(argv: readonly string[], settings: SchedulerStatus['settings']): boolean {
  return argv.includes(HIDDEN_START_ARG) && settings.keepRunningInTray;
}

/** What closing the window does: hide it (the checks go on in the tray) or let it close. */
export function onWindowClose(settings: SchedulerStatus['settings'], quitting: boolean): 'hide' | 'close' {
  return settings.keepRunningInTray && !quitting ? 'hide' : 'close';
}
