import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { aClient, anInvoice } from '../../../shared/ledger/testkit';
import type { Clock } from '../app/clock';
import { CoreEvents } from '../app/events';
import { openStore } from '../store/openStore';
import type { Store } from '../store/store';
import { CHECK_EVERY_MS, ReminderScheduler, type Timers } from './reminderScheduler';

const at = '2026-01-01T00:00:00.000Z';
let dir = '';
let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

class FakeTimers implements Timers {
  callbacks: { cb: () => void; ms: number }[] = [];
  setInterval(cb: () => void, ms: number) {
    this.callbacks.push({ cb, ms });
    return this.callbacks.length;
  }
  clearInterval() {
    this.callbacks = [];
  }
  tick() {
    this.callbacks.forEach((c) => c.cb());
  }
}

async function setup() {
  dir = await mkdtemp(join(tmpdir(), 'relance-sched-'));
  store = await openStore({ file: join(dir, 'relance.json') });
  await store.update((db) => ({
    ...db,
    clients: [aClient({ id: 'c', name: 'Alpha' })],
    invoices: [
      anInvoice({ id: 'a', number: 'F-1', clientId: 'c', issueDate: '2026-01-01', dueDate: '2026-02-01', amountTtcCents: 1000 }),
      anInvoice({ id: 'b', number: 'F-2', clientId: 'c', issueDate: '2026-01-01', dueDate: '2026-02-05', amountTtcCents: 1000 }),
    ],
  }));
  let day = '2026-02-07';
  const clock: Clock = { now: () => new Date(`${day}T09:00:00`), today: () => day };
  const events = new CoreEvents();
  const seen: unknown[] = [];
  events.subscribe((name, payload) => name === 'reminders.due' && seen.push(payload));
  const timers = new FakeTimers();
  const scheduler = new ReminderScheduler(store, clock, events, timers);
  return { scheduler, timers, seen, clock, events, setDay: (d: string) => (day = d) };
}

describe('the scheduled reminder check', () => {
  it('tells the user at start, then once a day, and when a new invoice becomes due', async () => {
    const { scheduler, timers, seen, setDay } = await setup();
    scheduler.start();
    expect(timers.callbacks[0]!.ms).toBe(CHECK_EVERY_MS);
    // 7 Feb: F-1 is due (friendly reminder = due date + 7 days = 8 Feb)? not yet; nothing said.
    expect(seen).toEqual([]);
    setDay('2026-02-08');
    timers.tick();
    expect(seen).toEqual([{ count: 1, invoiceIds: ['a'], message: '1 facture est à relancer aujourd’hui (F-1).' }]);
    timers.tick();
    expect(seen).toHaveLength(1); // same day, same invoices: said once
    setDay('2026-02-12');
    timers.tick();
    expect(seen.at(-1)).toEqual({ count: 2, invoiceIds: ['a', 'b'], message: '2 factures sont à relancer aujourd’hui.' });
    scheduler.stop();
    expect(timers.callbacks).toEqual([]);
  });

  it('catches up at start: after three weeks off, what became due meanwhile is announced at once, without waiting for a tick', async () => {
    const { scheduler, seen, clock, events, setDay } = await setup();
    scheduler.start();
    expect(seen).toEqual([]); // 7 Feb: nothing due yet
    scheduler.stop();
    // The machine stays off from 7 to 28 February; F-1's friendly reminder fell due on 8 Feb, F-2's on 12 Feb.
    setDay('2026-02-28');
    const restarted = new ReminderScheduler(store!, clock, events, new FakeTimers());
    restarted.start();
    expect(seen).toEqual([{ count: 2, invoiceIds: ['a', 'b'], message: '2 factures sont à relancer aujourd’hui.' }]);
    restarted.stop();
  });

  it('is silent once the invoices are paid on time, or their late charges waived', async () => {
    const { scheduler, seen, setDay } = await setup();
    setDay('2026-02-20');
    await store!.update((db) => ({
      ...db,
      invoices: db.invoices.map((i) => ({ ...i, payments: [{ id: 'p' + i.id, date: i.dueDate, amountCents: 1000, note: '', recordedAt: at }] })),
    }));
    expect(scheduler.check()).toBe(0);
    expect(seen).toEqual([]);
    // Paid late: the penalties and the 40 € are still to be claimed, once.
    await store!.update((db) => ({
      ...db,
      invoices: db.invoices.map((i) => ({ ...i, payments: [{ id: 'p' + i.id, date: '2026-02-19', amountCents: 1000, note: '', recordedAt: at }] })),
    }));
    expect(scheduler.check()).toBe(2);
    await store!.update((db) => ({ ...db, invoices: db.invoices.map((i) => ({ ...i, lateChargesWaiver: { waivedOn: '2026-02-20', note: '' } })) }));
    expect(scheduler.check()).toBe(0);
  });
});
