import { localDateOf, type LocalDate } from '../../../shared/kernel/localDate';
import type { Clock } from '../app/clock';
import type { Timers } from './reminderScheduler';

/**
 * A machine's time for the scheduler's tests: the wall clock (what `now()` says) and the monotonic clock timers run on.
 * As on a real machine, timers stand still while it sleeps, and a wall clock set back or forward does not move them.
 */
export class FakeTime implements Clock, Timers {
  private mono = 0;
  private wallOffset: number;
  private nextId = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();

  constructor(start: Date) {
    this.wallOffset = start.getTime();
  }

  now(): Date {
    return new Date(this.mono + this.wallOffset);
  }

  today(): LocalDate {
    return localDateOf(this.now());
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.pending.set(id, { at: this.mono + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  get timerCount(): number {
    return this.pending.size;
  }

  /** Time passes with the machine awake, until `instant`: every timer due meanwhile fires, in order. */
  runUntil(instant: Date): void {
    const target = instant.getTime() - this.wallOffset;
    for (;;) {
      let first: [number, { at: number; callback: () => void }] | null = null;
      for (const entry of this.pending) if (entry[1].at <= target && (!first || entry[1].at < first[1].at)) first = entry;
      if (!first) break;
      this.pending.delete(first[0]);
      this.mono = Math.max(this.mono, first[1].at);
      first[1].callback();
    }
    this.mono = Math.max(this.mono, target);
  }

  /** The machine sleeps until `instant`: the wall clock moves, timers do not (they resume where they were). */
  sleepUntil(instant: Date): void {
    this.wallOffset = instant.getTime() - this.mono;
  }

  /** Someone sets the wall clock (back or forward); timers keep their monotonic delays. */
  setWallClock(instant: Date): void {
    this.wallOffset = instant.getTime() - this.mono;
  }
}
