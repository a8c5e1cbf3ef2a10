/**
 * Calendar dates of the domain are 'YYYY-MM-DD' strings, never Date objects: a due date is a day
 * in France, whatever the machine's time zone. Arithmetic goes through UTC day numbers.
 */
export type LocalDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day number since 1970-01-01 (UTC), for exact day arithmetic. */
export function toDayNumber(date: LocalDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a local date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function fromDayNumber(day: number): LocalDate {
  const d = new Date(day * DAY_MS);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** b − a in days (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** The calendar day of an instant as seen on this machine's wall clock. */
export function localDateOf(instant: Date): LocalDate {
  return `${instant.getFullYear()}-${pad2(instant.getMonth() + 1)}-${pad2(instant.getDate())}`;
}

/** '2025-11-20' → '20/11/2025'. */
export function formatFrenchDate(date: LocalDate): string {
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** '2025-11-01' → '1er novembre 2025', as written in a letter. */
export function formatFrenchDateLong(date: LocalDate): string {
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  const day = Number(m[3]);
  return `${day === 1 ? '1er' : day} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

export type DateParseResult = { ok: true; value: LocalDate } | { ok: false; message: string };

/**
 * Parses a date typed as dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, dd/mm/yy, and ISO yyyy-mm-dd).
 */
export function parseFrenchDate(text: string): DateParseResult {
  const s = text.trim();
  if (s === '') return { ok: false, message: 'Saisissez une date (jj/mm/aaaa).' };
  let y: number, mo: number, d: number;
  const iso = ISO_DATE.exec(s);
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (fr) {
    [d, mo, y] = [Number(fr[1]), Number(fr[2]), Number(fr[3])];
    if (fr[3]!.length === 2) y += 2000;
  } else {
    return { ok: false, message: `«\u00a0${s}\u00a0» n’est pas une date au format jj/mm/aaaa.` };
  }
  if (mo < 1 || mo > 12) return { ok: false, message: `«\u00a0${s}\u00a0»\u00a0: le mois doit être compris entre 01 et 12.` };
  if (y < 1900 || y > 2999) return { ok: false, message: `«\u00a0${s}\u00a0»\u00a0: l’année doit être comprise entre 1900 et 2999.` };
  if (d < 1 || d > daysInMonth(y, mo)) return { ok: false, message: `«\u00a0${s}\u00a0»\u00a0: ce jour n’existe pas dans ce mois.` };
  return { ok: true, value: `${y}-${pad2(mo)}-${pad2(d)}` };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
