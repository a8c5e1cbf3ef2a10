import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/ipc/contract';
import { aClient, anInvoice } from '../../../shared/ledger/testkit';
import { CoreEvents } from '../app/events';
import { openStore } from '../store/openStore';
import type { Store } from '../store/store';
import { FakeTime } from './fakeTime';
import { AFTER_CHANGE_MS, ReminderScheduler } from './reminderScheduler';

const at = '2026-01-01T00:00:00.000Z';
/** A local wall-clock instant (the scheduler reads local time, whatever the machine's time zone). */
const local = (y: number, m: number, d: number, h = 0, min = 0): Date => new Date(y, m - 1, d, h, min);

const dirs: string[] = [];
const opened: Store[] = [];
const running: ReminderScheduler[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) {
    s.stop();
    await s.flushed();
  }
  for (const s of opened.splice(0)) await s.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

// Default policy: the rappel amiable falls due 7 days after the due date, then the relance ferme 10 days after it.
// F-1 (1 000,00 €) due 1 Feb → amiable on 8 Feb; F-2 (234,56 €) due 5 Feb → amiable on 12 Feb.
async function setup(start: Date) {
  const dir = await mkdtemp(join(tmpdir(), 'relance-sched-'));
  dirs.push(dir);
  const file = join(dir, 'relance.json');
  const store = await openStore({ file });
  opened.push(store);
  await store.update((db) => ({
    ...db,
    clients: [aClient({ id: 'c', name: 'Alpha' })],
    invoices: [
      anInvoice({ id: 'a', number: 'F-1', clientId: 'c', issueDate: '2026-01-01', dueDate: '2026-02-01', amountTtcCents: 100_000 }),
      anInvoice({ id: 'b', number: 'F-2', clientId: 'c', issueDate: '2026-01-01', dueDate: '2026-02-05', amountTtcCents: 23_456 }),
    ],
  }));
  const time = new FakeTime(start);
  const events = new CoreEvents();
  const said: EventPayload<'reminders.due'>[] = [];
  events.on('reminders.due', (p) => said.push(p));
  const make = (s: Store = store): ReminderScheduler => {
    const scheduler = new ReminderScheduler(s, time, events, { timers: time });
    running.push(scheduler);
    return scheduler;
  };
  const reopen = async (): Promise<Store> => {
    const s = await openStore({ file });
    opened.push(s);
    return s;
  };
  return { store, file, time, events, said, make, reopen };
}

describe('the scheduled reminder check', () => {
  it('announces at the morning hour the reminders due today, with the count and the amount, in French', async () => {
    const { time, said, make } = await setup(local(2026, 2, 7, 20, 0));
    const scheduler = make();
    scheduler.start();
    expect(said).toEqual([]);
    // Midnight: 8 Feb, F-1 is due; the list is built, but the notification waits for 09:00.
    time.runUntil(local(2026, 2, 8, 0, 30));
    expect(scheduler.status().lastCheck).toMatchObject({ day: '2026-02-08', count: 1, invoiceIds: ['a'] });
    expect(said).toEqual([]);
    time.runUntil(local(2026, 2, 8, 9, 0));
    expect(said).toEqual([{ count: 1, invoiceIds: ['a'], overdueCents: 100_000, title: 'Relance', message: '1 relance à envoyer aujourd’hui — 1\u202f000,00\u00a0€ en retard' }]);
    expect(scheduler.status().lastCheck).toMatchObject({ day: '2026-02-08', time: '09:00' });
    // Every hour of the day checks again; nothing new, nothing said.
    time.runUntil(local(2026, 2, 8, 23, 59));
    expect(said).toHaveLength(1);
    // 12 Feb at 09:00: F-2 joins; the notification counts the whole list.
    time.runUntil(local(2026, 2, 12, 9, 0));
    expect(said.at(-1)).toEqual({ count: 2, invoiceIds: ['a', 'b'], overdueCents: 123_456, title: 'Relance', message: '2 relances à envoyer aujourd’hui — 1\u202f234,56\u00a0€ en retard' });
    expect(said).toHaveLength(2);
  });

  it('wakes at every local midnight and morning, and at least every hour', async () => {
    const { time, make } = await setup(local(2026, 2, 7, 22, 15));
    const scheduler = make();
    scheduler.start();
    const checks: string[] = [];
    const record = (): void => void checks.push(`${scheduler.status().lastCheck!.day} ${scheduler.status().lastCheck!.time}`);
    const original = scheduler.check.bind(scheduler);
    scheduler.check = () => {
      const r = original();
      record();
      return r;
    };
    time.runUntil(local(2026, 2, 8, 10, 0));
    expect(checks).toEqual([
      '2026-02-07 23:15',
      '2026-02-08 00:00',
      '2026-02-08 01:00',
      '2026-02-08 02:00',
      '2026-02-08 03:00',
      '2026-02-08 04:00',
      '2026-02-08 05:00',
      '2026-02-08 06:00',
      '2026-02-08 07:00',
      '2026-02-08 08:00',
      '2026-02-08 09:00',
      '2026-02-08 10:00',
    ]);
    expect(time.timerCount).toBe(1);
  });

  it('after three days asleep, the wake-up catches up with one announcement', async () => {
    const { time, said, make } = await setup(local(2026, 2, 7, 18, 0));
    const scheduler = make();
    scheduler.start();
    time.sleepUntil(local(2026, 2, 10, 14, 0));
    scheduler.check(); // main: powerMonitor 'resume'
    expect(said).toEqual([expect.objectContaining({ count: 1, invoiceIds: ['a'] })]);
    // The timers that were pending before the sleep fire late: nothing is said twice.
    time.runUntil(local(2026, 2, 10, 16, 0));
    expect(said).toHaveLength(1);
  });

  it('two checks the same day announce once, and a restart does not announce again', async () => {
    const { time, said, make, store, reopen } = await setup(local(2026, 2, 8, 9, 30));
    const scheduler = make();
    scheduler.start();
    scheduler.check();
    expect(said).toHaveLength(1);
    scheduler.stop();
    await scheduler.flushed();
    await store.close();
    // The app quits and starts again the same morning: what was announced was kept in the file.
    const again = await reopen();
    expect(again.data.scheduler.announced).toEqual([{ invoiceId: 'a', levelId: 'friendly', announcedOn: '2026-02-08' }]);
    const restarted = make(again);
    restarted.start();
    time.runUntil(local(2026, 2, 8, 18, 0));
    expect(said).toHaveLength(1);
    expect(restarted.status().lastCheck).toMatchObject({ count: 1 });
  });

  it('a clock set back does not announce yesterday’s list again', async () => {
    const { time, said, make } = await setup(local(2026, 2, 12, 9, 0));
    const scheduler = make();
    scheduler.start();
    expect(said).toHaveLength(1);
    time.setWallClock(local(2026, 2, 11, 9, 30));
    scheduler.check();
    time.setWallClock(local(2026, 2, 12, 10, 0));
    scheduler.check();
    expect(said).toHaveLength(1);
  });

  it('a payment takes the invoice off the list at once, before the next announcement', async () => {
    const { time, said, make, store, events } = await setup(local(2026, 2, 11, 20, 0));
    const scheduler = make();
    scheduler.start();
    expect(said).toEqual([expect.objectContaining({ count: 1, invoiceIds: ['a'] })]);
    // The client paid F-1 on time after all (a transfer recorded late): a change of the data, checked a moment later.
    await store.update((db) => ({
      ...db,
      invoices: db.invoices.map((i) => (i.id === 'a' ? { ...i, payments: [{ id: 'p', date: '2026-02-01', amountCents: 100_000, note: '', recordedAt: at }] } : i)),
    }));
    events.emit('data.changed', {});
    time.runUntil(new Date(time.now().getTime() + AFTER_CHANGE_MS));
    expect(scheduler.status().lastCheck).toMatchObject({ count: 0, invoiceIds: [], overdueCents: 0 });
    time.runUntil(local(2026, 2, 12, 9, 0));
    expect(said).toHaveLength(2);
    expect(said[1]).toEqual(expect.objectContaining({ count: 1, invoiceIds: ['b'], overdueCents: 23_456 }));
  });

  it('says nothing when the notifications are off, and keeps the day’s list', async () => {
    const { said, make, store } = await setup(local(2026, 2, 8, 10, 0));
    await store.update((db) => ({ ...db, scheduler: { ...db.scheduler, settings: { ...db.scheduler.settings, notifications: false } } }));
    const scheduler = make();
    scheduler.start();
    expect(said).toEqual([]);
    expect(scheduler.status().lastCheck).toMatchObject({ count: 1 });
  });

  it('follows the morning hour the user chose', async () => {
    const { time, said, make } = await setup(local(2026, 2, 8, 6, 0));
    const scheduler = make();
    scheduler.start();
    await scheduler.saveSettings({ morningTime: '07:30', notifications: true, startAtLogin: false, keepRunningInTray: true });
    time.runUntil(local(2026, 2, 8, 7, 29));
    expect(said).toEqual([]);
    time.runUntil(local(2026, 2, 8, 7, 30));
    expect(said).toHaveLength(1);
    expect(scheduler.status().lastCheck).toMatchObject({ time: '07:30' });
  });

  it('neither skips nor doubles a day across the changes of summer time (Europe/Paris: 29 March, 25 October 2026)', async () => {
    for (const [from, to] of [
      [local(2026, 3, 27, 12, 15), local(2026, 4, 1, 12)],
      [local(2026, 10, 23, 12, 15), local(2026, 10, 28, 12)],
    ] as const) {
      const { time, make, said, store } = await setup(from);
      // A morning hour off the hour: the hourly checks never land on midnight by themselves.
      await store.update((db) => ({ ...db, scheduler: { ...db.scheduler, settings: { ...db.scheduler.settings, morningTime: '08:45' } } }));
      const scheduler = make();
      const days = new Map<string, string[]>();
      const original = scheduler.check.bind(scheduler);
      scheduler.check = () => {
        const r = original();
        days.set(r.day, [...(days.get(r.day) ?? []), r.time]);
        return r;
      };
      scheduler.start();
      time.runUntil(to);
      const list = [...days.keys()];
      expect(list).toEqual(list.map((_, i) => localDay(from, i)));
      // Each full day was seen at its midnight and at its morning hour, once each (a 23- or 25-hour day included).
      for (const day of list.slice(1, -1)) {
        const times = days.get(day)!;
        expect(times.filter((t) => t === '00:00')).toHaveLength(1);
        expect(times.filter((t) => t === '08:45')).toHaveLength(1);
      }
      expect(said.length).toBeLessThanOrEqual(1);
      scheduler.stop();
    }
  });

  it('keeps its memory small: announcements of deleted or cancelled invoices are dropped at the next announcement', async () => {
    const { time, make, store, file } = await setup(local(2026, 2, 8, 9, 0));
    const scheduler = make();
    scheduler.start();
    await store.update((db) => ({ ...db, invoices: db.invoices.filter((i) => i.id !== 'a') }));
    time.runUntil(local(2026, 2, 12, 9, 0));
    await scheduler.flushed();
    const saved = JSON.parse(await readFile(file, 'utf8')) as { scheduler: { announced: unknown[] } };
    expect(saved.scheduler.announced).toEqual([{ invoiceId: 'b', levelId: 'friendly', announcedOn: '2026-02-12' }]);
  });

  it('says once, the first time the window closes into the tray, that Relance goes on running; never again after a restart', async () => {
    const { make, store, reopen } = await setup(local(2026, 2, 8, 9, 0));
    const scheduler = make();
    expect(await scheduler.takeTrayHint()).toBe(true);
    expect(await scheduler.takeTrayHint()).toBe(false);
    await store.close();
    const again = await reopen();
    expect(await make(again).takeTrayHint()).toBe(false);
  });
});

function localDay(from: Date, plus: number): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + plus);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
