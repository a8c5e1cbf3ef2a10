import { rememberAnnounced, unannounced, type DueReminder } from '../../../shared/scheduler/announcements';
import type { Announcement, SchedulerSettings } from '../../../shared/scheduler/schema';
import type { LastCheck, SchedulerStatus } from '../../../shared/scheduler/status';
import { isPastMorning, nextWakeUp } from '../../../shared/scheduler/timing';
import { dueNotification } from '../../../shared/scheduler/wording';
import type { Clock } from '../app/clock';
import type { CoreEvents } from '../app/events';
import type { Store } from '../store/store';
import { overviewOf } from '../dunning/overviewCache';

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** A burst of changes (an import, a restore) is checked once, this long after the last one. */
export const AFTER_CHANGE_MS = 1_000;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * The scheduled check. It runs at start, at every local midnight, at the morning check's hour, every hour, when the
 * machine wakes (main calls check()), when the clock is moved (loopback) and after every change of the data. It never
 * sends anything: it builds the day's list (« À relancer aujourd’hui ») and, from the morning hour on, announces the
 * reminders that were never announced before. What was announced is kept in the store, so that neither a restart, nor a
 * second check of the day, nor a clock set back announces the same invoice at the same level twice.
 */
export class ReminderScheduler {
  private timer: unknown = null;
  private afterChange: unknown = null;
  private lastCheck: LastCheck | null = null;
  private announced: Announcement[];
  private stopListening: (() => void) | null = null;
  private saving: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly events: CoreEvents,
    private readonly options: { timers?: Timers; desktop?: boolean } = {},
  ) {
    this.announced = [...store.data.scheduler.announced];
  }

  private get timers(): Timers {
    return this.options.timers ?? systemTimers;
  }

  private get settings(): SchedulerSettings {
    return this.store.data.scheduler.settings;
  }

  start(): void {
    this.stopListening ??= this.events.on('data.changed', () => this.checkSoon());
    this.check();
  }

  stop(): void {
    this.stopListening?.();
    this.stopListening = null;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    if (this.afterChange !== null) this.timers.clearTimeout(this.afterChange);
    this.timer = this.afterChange = null;
  }

  /** Resolves when what the checks decided to remember is written. */
  flushed(): Promise<void> {
    return this.saving.then(() => undefined);
  }

  status(): SchedulerStatus {
    return { lastCheck: this.lastCheck, settings: this.settings, desktop: this.options.desktop ?? false };
  }

  /** One check now; returns what it found. The next wake-up is set again from this instant. */
  check(): LastCheck {
    const now = this.clock.now();
    const today = this.clock.today();
    // The same overview the home screen is answered from (computed once per state of the data and day).
    const { toActOn } = overviewOf(this.store.data, today);
    const due: DueReminder[] = toActOn.map((r) => ({ invoiceId: r.invoice.id, levelId: r.dunning.nextLevel?.id ?? '' }));
    const overdueCents = toActOn.reduce((sum, r) => sum + r.remainingCents, 0);
    const check: LastCheck = {
      at: now.toISOString(),
      day: today,
      time: `${pad2(now.getHours())}:${pad2(now.getMinutes())}`,
      count: toActOn.length,
      overdueCents,
      invoiceIds: toActOn.map((r) => r.invoice.id),
    };
    this.lastCheck = check;

    const fresh = unannounced(due, this.announced);
    if (fresh.length > 0 && isPastMorning(now, this.settings.morningTime)) {
      const invoices = new Map(this.store.data.invoices.map((i) => [i.id, i]));
      this.announced = rememberAnnounced(this.announced, fresh, today, (id) => invoices.has(id) && !invoices.get(id)!.cancelled);
      this.remember(this.announced);
      if (this.settings.notifications) {
        const { title, body } = dueNotification(check.count, overdueCents);
        this.events.emit('reminders.due', { count: check.count, invoiceIds: check.invoiceIds, overdueCents, title, message: body });
      }
    }
    this.events.emit('scheduler.checked', this.status());
    this.scheduleNext(now);
    return check;
  }

  async saveSettings(settings: SchedulerSettings): Promise<SchedulerStatus> {
    await this.store.update((db) => ({ ...db, scheduler: { ...db.scheduler, settings } }));
    this.check();
    return this.status();
  }

  /** True once: the first time the window closes while Relance stays in the tray (it then says so). */
  async takeTrayHint(): Promise<boolean> {
    if (this.store.data.scheduler.trayHintShown || this.store.readOnly) return false;
    await this.store.update((db) => ({ ...db, scheduler: { ...db.scheduler, trayHintShown: true } }));
    return true;
  }

  private checkSoon(): void {
    if (this.afterChange !== null) this.timers.clearTimeout(this.afterChange);
    this.afterChange = this.timers.setTimeout(() => {
      this.afterChange = null;
      this.check();
    }, AFTER_CHANGE_MS);
  }

  private scheduleNext(now: Date): void {
    if (this.stopListening === null) return; // not started: a check on demand only
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    const { at } = nextWakeUp(now, this.settings.morningTime);
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.check();
    }, Math.max(1_000, at.getTime() - now.getTime()));
  }

  /**
   * Writes the announcements in the background. The decision never waits for it: the in-memory list already holds
   * them, so a second check cannot announce again. A store that cannot be written (read-only) keeps them for this run.
   */
  private remember(announced: Announcement[]): void {
    if (this.store.readOnly) return;
    this.saving = this.saving
      .then(() => this.store.update((db) => ({ ...db, scheduler: { ...db.scheduler, announced } })))
      .catch((error: unknown) => console.error('[relance] the announced reminders could not be saved', error));
  }
}
