import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schedulerSettingsSchema } from '../../../shared/scheduler/schema';
import type { SchedulerStatus } from '../../../shared/scheduler/status';
import { autostartEntry, autostartFolder, syncAutostart } from './autostart';
import { desktopPresence, HIDDEN_START_ARG, onWindowClose, startsHidden } from './desktopPresence';

const settings = schedulerSettingsSchema.parse({});
const status = (count: number, over: Partial<SchedulerStatus['settings']> = {}): SchedulerStatus => ({
  lastCheck: { at: '', day: '2026-12-01', time: '09:00', count, overdueCents: 0, invoiceIds: [] },
  settings: { ...settings, ...over },
  desktop: true,
});

describe('what the desktop shows of the day’s list', () => {
  it('a badge on the dock on macOS; the count in the title elsewhere', () => {
    expect(desktopPresence(status(3), 'darwin')).toMatchObject({ badgeCount: 3, windowTitle: 'Relance' });
    expect(desktopPresence(status(3), 'win32')).toMatchObject({ badgeCount: null, windowTitle: 'Relance — 3 relances à envoyer' });
    expect(desktopPresence(status(0), 'linux')).toMatchObject({ badgeCount: null, windowTitle: 'Relance' });
  });

  it('the tray line of the day, only when the user keeps the tray', () => {
    expect(desktopPresence(status(1), 'linux').tray).toEqual({ tooltip: 'Relance — 1 relance à envoyer', countLabel: '1 relance à envoyer aujourd’hui' });
    expect(desktopPresence(status(1, { keepRunningInTray: false }), 'linux').tray).toBeNull();
  });

  it('closing the window hides it while the tray is on, unless the user quits', () => {
    expect(onWindowClose(settings, false)).toBe('hide');
    expect(onWindowClose(settings, true)).toBe('close');
    expect(onWindowClose({ ...settings, keepRunningInTray: false }, false)).toBe('close');
  });

  it('a start at login stays in the tray; a start by the user shows the window', () => {
    expect(startsHidden(['/opt/Relance/relance', HIDDEN_START_ARG], settings)).toBe(true);
    expect(startsHidden(['/opt/Relance/relance'], settings)).toBe(false);
    expect(startsHidden(['/opt/Relance/relance', HIDDEN_START_ARG], { ...settings, keepRunningInTray: false })).toBe(false);
  });
});

describe('start at login on Linux (XDG Autostart)', () => {
  it('writes a desktop entry whose Exec quotes the path as the specification says', () => {
    expect(autostartEntry('/opt/Relance/relance')).toContain(`Exec=/opt/Relance/relance ${HIDDEN_START_ARG}\n`);
    expect(autostartEntry('/home/léa/Mes Applis/Relance 100%.AppImage')).toContain(`Exec="/home/léa/Mes Applis/Relance 100%%.AppImage" ${HIDDEN_START_ARG}\n`);
    expect(autostartEntry('/tmp/a"b$c')).toContain('Exec="/tmp/a\\"b\\$c" ');
    expect(autostartEntry('/x')).toMatch(/^\[Desktop Entry\]\nType=Application\nName=Relance\n/);
  });

  it('creates the file when asked, removes it when not, in $XDG_CONFIG_HOME/autostart', async () => {
    const home = await mkdtemp(join(tmpdir(), 'relance-autostart-'));
    try {
      const folder = autostartFolder({}, home);
      expect(folder).toBe(join(home, '.config', 'autostart'));
      expect(autostartFolder({ XDG_CONFIG_HOME: join(home, 'cfg') }, home)).toBe(join(home, 'cfg', 'autostart'));
      await syncAutostart(folder, true, '/opt/Relance/relance');
      expect(await readFile(join(folder, 'relance.desktop'), 'utf8')).toContain('Exec=/opt/Relance/relance --au-demarrage');
      await syncAutostart(folder, false, '/opt/Relance/relance');
      await expect(stat(join(folder, 'relance.desktop'))).rejects.toThrow();
      await syncAutostart(folder, false, '/opt/Relance/relance'); // already absent: fine
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});
