import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatLongFrenchDate, placeAndLongDate } from './frenchDate';
import { addDays } from './localDate';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

describe('formatLongFrenchDate', () => {
  it('writes the first of the month as « 1er », every other day as a plain number, the day held to its month by a no-break space', () => {
    expect(formatLongFrenchDate('2026-12-01')).toBe('1er\u00a0décembre 2026');
    expect(formatLongFrenchDate('2027-01-02')).toBe('2\u00a0janvier 2027');
    expect(formatLongFrenchDate('2026-08-15')).toBe('15\u00a0août 2026');
    expect(formatLongFrenchDate('2028-02-29')).toBe('29\u00a0février 2028');
    expect(formatLongFrenchDate('2026-02-01')).toBe('1er\u00a0février 2026');
  });

  it('matches the day, month and year of every day from 2013 to 2040', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 28 * 366 }), (n) => {
        const date = addDays('2013-01-01', n);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        expect(formatLongFrenchDate(date)).toBe(`${d === 1 ? '1er' : String(d)}\u00a0${MONTHS[m - 1]} ${y}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what is not a calendar day', () => {
    expect(() => formatLongFrenchDate('2026-02-30')).toThrow(RangeError);
  });

  it('gives the place and date line', () => {
    expect(placeAndLongDate(' Lyon ', '2026-12-01')).toBe('Lyon, le 1er\u00a0décembre 2026');
  });
});
