/**
 * Calendar dates of the domain are 'YYYY-MM-DD' strings, never Date objects: a due date is a day
 * in France, whatever the machine's time zone. Arithmetic goes through UTC day numbers.
 */
export type LocalDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string' || !hasIsoShape(value)) return false;
  const y = digits(value, 0, 4);
  const mo = digits(value, 5, 2);
  const d = digits(value, 8, 2);
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] ?? new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Day number since 1970-01-01 (UTC), for exact day arithmetic. Like Date.UTC, an out-of-range day or month rolls over
 * ('2026-02-31' is 3 March). Computed by hand (the civil-calendar formulas of H. Hinnant): the overview of 10 000
 * invoices makes millions of these calls.
 */
export function toDayNumber(date: LocalDate): number {
  if (!hasIsoShape(date)) throw new RangeError(`Not a local date: ${date}`);
  let y = digits(date, 0, 4);
  let m = digits(date, 5, 2);
  const d = digits(date, 8, 2);
  // Month 0 or 13+ rolls over into the previous or next years, as Date.UTC does.
  y += Math.floor((m - 1) / 12);
  m = ((((m - 1) % 12) + 12) % 12) + 1;
  return daysFromCivil(y, m, 1) + d - 1;
}

const formatted = new Map<number, LocalDate>();

export function fromDayNumber(day: number): LocalDate {
  const known = formatted.get(day);
  if (known !== undefined) return known;
  const text = formatCivil(day);
  // A few thousand distinct days in practice; the bound only guards against an unusual caller.
  if (formatted.size > 100_000) formatted.clear();
  formatted.set(day, text);
  return text;
}

function formatCivil(day: number): LocalDate {
  if (!Number.isInteger(day)) {
    const d = new Date(day * DAY_MS);
    return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  }
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9];

/** 'dddd-dd-dd', checked by character codes (a regular expression costs more on this hot path). */
function hasIsoShape(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  for (const i of DIGIT_POSITIONS) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function digits(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
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
