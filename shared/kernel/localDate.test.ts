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
