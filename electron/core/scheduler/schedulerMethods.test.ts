import { afterEach, describe, expect, it } from 'vitest';
import { callOk, callRefused, tempCore } from '../../../test/support/tempCore';
import type { SchedulerStatus } from '../../../shared/scheduler/status';

let core: Awaited<ReturnType<typeof tempCore>> | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});

describe('the scheduler’s methods in the contract', () => {
  it('saves the settings in the data file and answers the status', async () => {
    core = await tempCore('2026-11-23T09:00:00');
    const saved = await callOk<SchedulerStatus>(core, 'scheduler.saveSettings', { morningTime: '07:45', notifications: false, startAtLogin: true, keepRunningInTray: true });
    expect(saved.settings).toEqual({ morningTime: '07:45', notifications: false, startAtLogin: true, keepRunningInTray: true });
    expect(saved.desktop).toBe(false);
    expect(core.store.data.scheduler.settings.morningTime).toBe('07:45');
    const now = await callOk<SchedulerStatus>(core, 'scheduler.checkNow', {});
    expect(now.lastCheck).toMatchObject({ day: '2026-11-23', time: '09:00', count: 0 });
  });

  it('refuses an hour that is not one, and a field it does not know, in French', async () => {
    core = await tempCore('2026-11-23T09:00:00');
    const bad = await callRefused(core, 'scheduler.saveSettings', { morningTime: '25:00', notifications: true, startAtLogin: false, keepRunningInTray: true });
    expect(bad.code).toBe('INVALID_INPUT');
    expect(bad.fields).toEqual({ morningTime: 'Heure de la vérification du matin\u00a0: une heure au format 09:00.' });
    const unknown = await callRefused(core, 'scheduler.saveSettings', { morningTime: '09:00', notifications: true, startAtLogin: false, keepRunningInTray: true, sendAlone: true });
    expect(unknown.code).toBe('INVALID_INPUT');
    expect(core.store.data.scheduler.settings.morningTime).toBe('09:00');
  });
});
