import { addDays, type LocalDate } from '../kernel/localDate';

/**
 * The public holidays of metropolitan France (Code du travail L3133-1): 1 January, Easter Monday, 1 May, 8 May,
 * Ascension, Whit Monday, 14 July, 15 August, 1 November, 11 November, 25 December. (Alsace-Moselle's Good Friday and
 * 26 December, and the overseas holidays, are not counted: the hours they feed are a courtesy, not a rule.)
 */

const FIXED = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const movable = new Map<number, readonly LocalDate[]>();

function movableHolidays(year: number): readonly LocalDate[] {
  let days = movable.get(year);
  if (!days) {
    const easter = easterSunday(year);
    // Easter Monday, Ascension (Thursday, 39 days after), Whit Monday (50 days after).
    days = [addDays(easter, 1), addDays(easter, 39), addDays(easter, 50)];
    movable.set(year, days);
  }
  return days;
}

export function isFrenchPublicHoliday(date: LocalDate): boolean {
  if (FIXED.includes(date.slice(5))) return true;
  return movableHolidays(Number(date.slice(0, 4))).includes(date);
}
