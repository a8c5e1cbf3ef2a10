import { format } from 'date-fns';
import { fr } from 'date-fns/locale/fr';
import { isLocalDate, type LocalDate } from './localDate';

/**
 * Dates as a French letter writes them, through date-fns and its fr locale: « 1er décembre 2026 » (the first of the
 * month is an ordinal, every other day a cardinal: date-fns' fr `do` gives exactly that), « 2 janvier 2027 ».
 * French typography keeps the day with its month: a no-break space (U+00A0) between them, a plain one before the
 * year (« 1er\u00a0décembre 2026 »), so that a line never ends on « le 1er ».
 * The day is built at local noon from its 'YYYY-MM-DD' parts, so no time zone can move it to the day before.
 */
export function formatLongFrenchDate(date: LocalDate): string {
  let text = written.get(date);
  if (text === undefined) {
    if (!isLocalDate(date)) throw new RangeError(`Not a local date: ${String(date)}`);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    text = format(new Date(y, m - 1, d, 12), 'do\u00a0MMMM yyyy', { locale: fr });
    if (written.size >= 2000) written.clear();
    written.set(date, text);
  }
  return text;
}

/** A letter writes the same few dates many times (a batch of letters, their tables and annexes): each is formatted once. */
const written = new Map<LocalDate, string>();

/** « Lyon, le 1er décembre 2026 »: the place and date line of a letter. */
export function placeAndLongDate(city: string, date: LocalDate): string {
  return `${city.trim()}, le ${formatLongFrenchDate(date)}`;
}
