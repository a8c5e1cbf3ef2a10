import { frenchTypography as fr } from '../kernel/frenchTypography';
import { addDays, toDayNumber, type LocalDate } from '../kernel/localDate';
import { isFrenchPublicHoliday } from './frenchHolidays';
import { timeOfDayText } from './timeOfDay';

/**
 * When to text or call a private person (legal-facts.md § 10): no law sets hours for collecting one's own debt; the
 * rules of telephone prospection (Code de la consommation D223-9: weekdays, 10–13 h and 14–20 h, never on a Saturday,
 * a Sunday or a public holiday) do not apply to it but are a sensible default. Outside them Relance says so, gently,
 * and never refuses: the hours are read in Europe/Paris (the client's time in metropolitan France), whatever the
 * computer's own time zone.
 */

export const CLIENT_TIME_ZONE = 'Europe/Paris';

/** The windows, in minutes since midnight: [start, end). */
const WINDOWS: readonly (readonly [number, number])[] = [
  [10 * 60, 13 * 60],
  [14 * 60, 20 * 60],
];

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export interface WallClock {
  date: LocalDate;
  /** Minutes since midnight, 0–1439. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The date and time an instant shows on the clocks of a time zone (Intl's tz database: summer time included). */
export function wallClockOf(instant: Date, timeZone: string = CLIENT_TIME_ZONE): WallClock {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(instant)) parts[p.type] = p.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01, day number 0, was a Thursday). */
function weekdayOf(date: LocalDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

function isWorkingDay(date: LocalDate): boolean {
  const w = weekdayOf(date);
  return w !== 0 && w !== 6 && !isFrenchPublicHoliday(date);
}

/** Inside the usual hours: a weekday that is not a public holiday, 10–13 h or 14–20 h. */
export function isWithinContactHours(clock: WallClock): boolean {
  return isWorkingDay(clock.date) && WINDOWS.some(([start, end]) => clock.minutes >= start && clock.minutes < end);
}

/** « samedi 12 décembre » (the 1st: « 1er »). */
function dayText(date: LocalDate): string {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${WEEKDAYS[weekdayOf(date)]} ${day === 1 ? '1er' : day}\u00a0${MONTHS[month - 1]}`;
}

/** The start of the next window from a wall-clock moment outside them. */
function nextWindow(clock: WallClock): WallClock {
  if (isWorkingDay(clock.date)) {
    for (const [start] of WINDOWS) if (clock.minutes < start) return { date: clock.date, minutes: start };
  }
  let day = addDays(clock.date, 1);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return { date: day, minutes: WINDOWS[0]![0] };
}

/**
 * The gentle warning to show before texting or calling a private client at this instant, or null when the moment is
 * fine (or the client is a business: these usual hours are about people at home).
 */
export function contactHoursWarning(instant: Date, clientKind: 'business' | 'private', timeZone: string = CLIENT_TIME_ZONE): string | null {
  if (clientKind !== 'private') return null;
  const now = wallClockOf(instant, timeZone);
  if (isWithinContactHours(now)) return null;
  const next = nextWindow(now);
  const when =
    next.date === now.date ? `aujourd’hui à ${timeOfDayText(next.minutes)}` : next.date === addDays(now.date, 1) ? `demain à ${timeOfDayText(next.minutes)}` : `${dayText(next.date)} à ${timeOfDayText(next.minutes)}`;
  const holiday = isFrenchPublicHoliday(now.date) ? ', jour férié' : '';
  return fr(
    `Il est ${timeOfDayText(now.minutes)}, ${dayText(now.date)}${holiday} : ce client est un particulier. Par courtoisie, mieux vaut le contacter en semaine entre 10\u00a0h et 13\u00a0h ou entre 14\u00a0h et 20\u00a0h (l’usage du démarchage téléphonique, pas une obligation pour une relance). Prochain créneau : ${when}.`,
  );
}
