import { buildOverview } from '../../../shared/dunning/overview';
import type { LocalDate } from '../../../shared/kernel/localDate';
import type { Clock } from '../app/clock';
import type { CoreEvents } from '../app/events';
import type { Store } from '../store/store';

export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const CHECK_EVERY_MS = 15 * 60 * 1000;

/**
 * The scheduled check: at start, then every 15 minutes (and when the machine wakes up), finds the
 * invoices whose reminder is due and, once per day, tells the user. Nothing is stored: the answer is
 * recomputed from the data, so a policy change or a payment is taken into account at the next check.
 */
export class ReminderScheduler {
  private handle: unknown = null;
  private lastAnnounced: { day: LocalDate; ids: string } | null = null;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly events: CoreEvents,
    private readonly timers: Timers = { setInterval: (cb, ms) => setInterval(cb, ms), clearInterval: (h) => clearInterval(h as NodeJS.Timeout) },
  ) {}

  start(): void {
    this.check();
    this.handle = this.timers.setInterval(() => this.check(), CHECK_EVERY_MS);
  }

  stop(): void {
    if (this.handle !== null) this.timers.clearInterval(this.handle);
    this.handle = null;
  }

  /** Runs one check; returns the number of invoices to act on today. */
  check(): number {
    const today = this.clock.today();
    const { toActOn } = buildOverview(this.store.data, today);
    const ids = toActOn.map((r) => r.invoice.id).join(',');
    const announced = this.lastAnnounced;
    // Tell once a day, and again the same day only if new invoices became due.
    const isNew = !announced || announced.day !== today || toActOn.some((r) => !announced.ids.includes(r.invoice.id));
    if (toActOn.length > 0 && isNew) {
      const count = toActOn.length;
      this.events.emit('reminders.due', {
        count,
        invoiceIds: toActOn.map((r) => r.invoice.id),
        message: count === 1 ? `1 facture est à relancer aujourd’hui (${toActOn[0]!.invoice.number}).` : `${count} factures sont à relancer aujourd’hui.`,
      });
    }
    this.lastAnnounced = { day: today, ids };
    return toActOn.length;
  }
}
