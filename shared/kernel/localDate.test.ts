import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatFrenchDate, formatFrenchDateLong, fromDayNumber, isLocalDate, localDateOf, parseFrenchDate, toDayNumber } from './localDate';

describe('parseFrenchDate', () => {
  it.each([
    ['20/11/2025', '2025-11-20'],
    ['1/2/2026', '2026-02-01'],
    ['01-02-2026', '2026-02-01'],
    ['01.02.2026', '2026-02-01'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/26', '2026-12-31'],
    ['2026-06-30', '2026-06-30'],
    [' 15/07/2026 ', '2026-07-15'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseFrenchDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['31/02/2026', '«\u00a031/02/2026\u00a0»\u00a0: ce jour n’existe pas dans ce mois.'],
    ['29/02/2025', '«\u00a029/02/2025\u00a0»\u00a0: ce jour n’existe pas dans ce mois.'],
    ['12/13/2026', '«\u00a012/13/2026\u00a0»\u00a0: le mois doit être compris entre 01 et 12.'],
    ['demain', '«\u00a0demain\u00a0» n’est pas une date au format jj/mm/aaaa.'],
    ['', 'Saisissez une date (jj/mm/aaaa).'],
    ['01/01/1800', '«\u00a001/01/1800\u00a0»\u00a0: l’année doit être comprise entre 1900 et 2999.'],
  ])('refuses %s with a French message', (text, message) => {
    expect(parseFrenchDate(text)).toEqual({ ok: false, message });
  });
});

describe('local date arithmetic', () => {
  it('counts days across month ends, leap days and DST changes', () => {
    expect(daysBetween('2025-11-20', '2026-02-10')).toBe(82);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // DST in Europe
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('validates real calendar dates only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2025-2-01')).toBe(false);
    expect(isLocalDate(20250101)).toBe(false);
  });

  it('formats for French readers', () => {
    expect(formatFrenchDate('2025-11-20')).toBe('20/11/2025');
    expect(formatFrenchDateLong('2026-07-01')).toBe('1er juillet 2026');
    expect(formatFrenchDateLong('2026-02-10')).toBe('10 février 2026');
  });

  it('takes the wall-clock day of an instant', () => {
    expect(localDateOf(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
    expect(localDateOf(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  const date = fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2100-12-31') }).map(fromDayNumber);

  it('addDays and daysBetween are inverse, and round trips keep the date', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -3000, max: 3000 }), (d, n) => {
        const later = addDays(d, n);
        return isLocalDate(later) && daysBetween(d, later) === n && parseFrenchDate(formatFrenchDate(d)).ok && fromDayNumber(toDayNumber(d)) === d;
      }),
    );
  });
});

describe('day numbers computed by hand agree with Date.UTC', () => {
  const DAY = 86_400_000;
  const referenceDayNumber = (date: string): number => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)!;
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY;
  };
  const referenceFormat = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');

  it('for every day from 1900 to 2999, both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2999-12-31') }), (day) => {
        expect(fromDayNumber(day)).toBe(referenceFormat(day));
        expect(toDayNumber(fromDayNumber(day))).toBe(day);
      }),
      { numRuns: 20_000 },
    );
  });

  it('for out-of-range days and months, rolling over as Date.UTC does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect(toDayNumber(text)).toBe(referenceDayNumber(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('tells real dates from the others like the calendar does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1890, max: 3010 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const real = y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        expect(isLocalDate(text)).toBe(real);
      }),
      { numRuns: 20_000 },
    );
    for (const bad of ['2026-1-01', '2026-01-1', '2026/01/01', ' 2026-01-01', '２０２６-01-01', '2026-01-01T00:00']) expect(isLocalDate(bad)).toBe(false);
  });
});
