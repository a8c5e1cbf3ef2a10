/** When the scheduler looks again, as wall-clock instants of this machine's time zone. */

export const HOUR_MS = 60 * 60 * 1000;

export type WakeReason = 'midnight' | 'morning' | 'hourly';

/** 'HH:MM' → minutes after midnight. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

/** Minutes after local midnight of an instant. */
export function minuteOfDay(instant: Date): number {
  return instant.getHours() * 60 + instant.getMinutes();
}

/** Whether the morning check of `instant`'s day has come (its notification may be given). */
export function isPastMorning(instant: Date, morningTime: string): boolean {
  return minuteOfDay(instant) >= minutesOf(morningTime);
}

/**
 * The next wake-up after `now`: the next local midnight (a new calendar day), the morning check, or an hour from now,
 * whichever comes first. Built from calendar fields (new Date(y, m, d + 1)), never by adding 24 hours: the days of the
 * changes to and from summer time last 23 and 25 hours.
 */
export function nextWakeUp(now: Date, morningTime: string): { at: Date; reason: WakeReason } {
  const y = now.getFullYear();
  const m = now.getMonth();
  const d = now.getDate();
  const minutes = minutesOf(morningTime);
  const candidates: { at: Date; reason: WakeReason }[] = [
    { at: new Date(y, m, d + 1, 0, 0, 0, 0), reason: 'midnight' },
    { at: new Date(y, m, d, Math.floor(minutes / 60), minutes % 60, 0, 0), reason: 'morning' },
    { at: new Date(y, m, d + 1, Math.floor(minutes / 60), minutes % 60, 0, 0), reason: 'morning' },
    { at: new Date(now.getTime() + HOUR_MS), reason: 'hourly' },
  ];
  return candidates.filter((c) => c.at.getTime() > now.getTime()).reduce((a, b) => (b.at.getTime() < a.at.getTime() ? b : a));
}

/** What a user types for an hour: "9:00", "9h", "9 h 30", "0930" → "09:00", "09:00", "09:30", "09:30"; anything else as typed. */
export function normalizeMorningTime(text: string): string {
  const compact = text.replace(/\s+/g, '');
  const m = /^(\d{1,2})(?:[:hH.](\d{2})?)?$/.exec(compact) ?? /^(\d{2})(\d{2})$/.exec(compact);
  if (!m) return text.trim();
  return `${m[1]!.padStart(2, '0')}:${m[2] ?? '00'}`;
}
