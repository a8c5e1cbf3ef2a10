import type { LocalDate } from '../kernel/localDate';
import { addDays } from '../kernel/localDate';
import type { Announcement } from './schema';

/** A reminder the day's list holds: this invoice, at this level. */
export interface DueReminder {
  invoiceId: string;
  levelId: string;
}

/** How long an announcement is remembered for an invoice that is still open (a year and a month). */
export const ANNOUNCEMENT_MEMORY_DAYS = 400;

const keyOf = (r: DueReminder): string => `${r.invoiceId}\u0000${r.levelId}`;

/** The reminders of the list that were never in a notification. */
export function unannounced(due: readonly DueReminder[], announced: readonly Announcement[]): DueReminder[] {
  const known = new Set(announced.map(keyOf));
  return due.filter((r) => !known.has(keyOf(r)));
}

/**
 * What is remembered after announcing `fresh` today: the new entries, and the old ones whose invoice is still open
 * (a closed invoice is never due again) and that are less than ANNOUNCEMENT_MEMORY_DAYS old. The day never matters to
 * the decision itself, so a clock set back cannot bring yesterday's list back.
 */
export function rememberAnnounced(
  announced: readonly Announcement[],
  fresh: readonly DueReminder[],
  today: LocalDate,
  isOpen: (invoiceId: string) => boolean,
): Announcement[] {
  const oldest = addDays(today, -ANNOUNCEMENT_MEMORY_DAYS);
  const kept = announced.filter((a) => isOpen(a.invoiceId) && a.announcedOn >= oldest);
  return [...kept, ...fresh.map((r) => ({ invoiceId: r.invoiceId, levelId: r.levelId, announcedOn: today }))];
}
