import { isLocalDate, type LocalDate } from '../kernel/localDate';
import type { HalfYearId } from './rates.data';

export type { HalfYearId } from './rates.data';

const HALF_YEAR = /^(\d{4})-S([12])$/;

export function isHalfYearId(value: unknown): value is HalfYearId {
  return typeof value === 'string' && HALF_YEAR.test(value);
}

export function parseHalfYear(id: HalfYearId): { year: number; half: 1 | 2 } {
  const m = HALF_YEAR.exec(id);
  if (!m) throw new RangeError(`Not a half-year id: ${id}`);
  return { year: Number(m[1]), half: m[2] === '1' ? 1 : 2 };
}

/** '2025-11-20' → '2025-S2'. Pure string work: no time zone can shift it. */
export function halfYearOf(date: LocalDate): HalfYearId {
  if (!isLocalDate(date)) throw new RangeError(`Not a local date: ${date}`);
  const month = Number(date.slice(5, 7));
  return `${Number(date.slice(0, 4))}-S${month <= 6 ? 1 : 2}` as HalfYearId;
}

/** First day: 1 January or 1 July. It is also the anchor date of the ECB rate (L441-10 II). */
export function halfYearStart(id: HalfYearId): LocalDate {
  const { year, half } = parseHalfYear(id);
  return `${year}-${half === 1 ? '01-01' : '07-01'}`;
}

/** Last day, inclusive: 30 June or 31 December. */
export function halfYearEnd(id: HalfYearId): LocalDate {
  const { year, half } = parseHalfYear(id);
  return `${year}-${half === 1 ? '06-30' : '12-31'}`;
}

export function nextHalfYear(id: HalfYearId): HalfYearId {
  const { year, half } = parseHalfYear(id);
  return (half === 1 ? `${year}-S2` : `${year + 1}-S1`) as HalfYearId;
}

/** '2026-S1' → '1er semestre 2026', '2025-S2' → '2e semestre 2025'. */
export function halfYearLabel(id: HalfYearId): string {
  const { year, half } = parseHalfYear(id);
  return `${half === 1 ? '1er' : '2e'} semestre ${year}`;
}
