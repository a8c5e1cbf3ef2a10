import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactHoursWarning, wallClockOf } from './contactHours';
import { easterSunday, isFrenchPublicHoliday } from './frenchHolidays';

/**
 * The oracle, written apart from the code under test (which asks Intl's time-zone database): France's clocks follow the
 * EU rule, UTC+2 from the last Sunday of March at 01:00 UTC to the last Sunday of October at 01:00 UTC, UTC+1 otherwise.
 */
function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

function parisOracle(instant: Date): { date: string; minutes: number; weekday: number } {
  const year = instant.getUTCFullYear();
  const summer = instant.getTime() >= lastSundayUtc(year, 2) && instant.getTime() < lastSundayUtc(year, 9);
  const wall = new Date(instant.getTime() + (summer ? 2 : 1) * 3_600_000);
  const date = wall.toISOString().slice(0, 10);
  return { date, minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(), weekday: wall.getUTCDay() };
}

function oracleWithin(instant: Date): boolean {
  const { date, minutes, weekday } = parisOracle(instant);
  if (weekday === 0 || weekday === 6 || isFrenchPublicHoliday(date)) return false;
  return (minutes >= 600 && minutes < 780) || (minutes >= 840 && minutes < 1200);
}

const instants = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2031-12-31T23:59:59Z'), noInvalidDate: true });
/** Instants within three days of a change of the clocks (the weekends of March and October, and the days around). */
const aroundClockChanges = fc
  .tuple(fc.integer({ min: 2024, max: 2031 }), fc.constantFrom(2, 9), fc.integer({ min: -3 * 86_400, max: 3 * 86_400 }))
  .map(([year, month, seconds]) => new Date(lastSundayUtc(year, month) + seconds * 1000));

describe('contactHoursWarning: weekdays 10–13 h and 14–20 h in Europe/Paris, for a private client', () => {
  it('reads the Paris wall clock as the EU summer-time rule says (any instant, and around every change of the clocks)', () => {
    fc.assert(
      fc.property(fc.oneof(instants, aroundClockChanges), (instant) => {
        const oracle = parisOracle(instant);
        expect(wallClockOf(instant)).toEqual({ date: oracle.date, minutes: oracle.minutes });
      }),
      { numRuns: 2000 },
    );
  });

  it('warns exactly outside the usual hours, never for a business client', () => {
    fc.assert(
      fc.property(fc.oneof(instants, aroundClockChanges), (instant) => {
        const warning = contactHoursWarning(instant, 'private');
        expect(warning === null).toBe(oracleWithin(instant));
        expect(contactHoursWarning(instant, 'business')).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('on the days the clocks change: the same UTC hour is 9:30 before and 10:30 after', () => {
    // Friday 27 March 2026, 08:30 UTC = 9 h 30 in Paris (winter time): too early.
    expect(contactHoursWarning(new Date('2026-03-27T08:30:00Z'), 'private')).toBe(
      'Il est 9\u00a0h\u00a030, vendredi 27\u00a0mars\u00a0: ce client est un particulier. Par courtoisie, mieux vaut le contacter en semaine entre 10\u00a0h et 13\u00a0h ou entre 14\u00a0h et 20\u00a0h (l’usage du démarchage téléphonique, pas une obligation pour une relance). Prochain créneau\u00a0: aujourd’hui à 10\u00a0h.',
    );
    // Sunday 29 March 2026 (the clocks go forward): a Sunday, the next window is Monday.
    expect(contactHoursWarning(new Date('2026-03-29T09:00:00Z'), 'private')).toContain('Il est 11\u00a0h, dimanche 29\u00a0mars\u00a0:');
    expect(contactHoursWarning(new Date('2026-03-29T09:00:00Z'), 'private')).toContain('Prochain créneau\u00a0: demain à 10\u00a0h.');
    // Monday 30 March 2026, 08:30 UTC = 10 h 30 in Paris (summer time): fine.
    expect(contactHoursWarning(new Date('2026-03-30T08:30:00Z'), 'private')).toBeNull();
    // Monday 26 October 2026, after the clocks went back: 08:30 UTC = 9 h 30 again.
    expect(contactHoursWarning(new Date('2026-10-26T08:30:00Z'), 'private')).toContain('Il est 9\u00a0h\u00a030, lundi 26\u00a0octobre');
  });

  it('the lunch break, the evening, the weekend and a public holiday, each with the next window', () => {
    expect(contactHoursWarning(new Date('2026-12-02T12:15:00Z'), 'private')).toContain('Il est 13\u00a0h\u00a015, mercredi 2\u00a0décembre\u00a0:');
    expect(contactHoursWarning(new Date('2026-12-02T12:15:00Z'), 'private')).toContain('Prochain créneau\u00a0: aujourd’hui à 14\u00a0h.');
    expect(contactHoursWarning(new Date('2026-12-02T19:00:00Z'), 'private')).toContain('Prochain créneau\u00a0: demain à 10\u00a0h.');
    expect(contactHoursWarning(new Date('2026-12-02T18:59:00Z'), 'private')).toBeNull();
    // Friday 20 h: the next window is Monday.
    expect(contactHoursWarning(new Date('2026-12-04T19:00:00Z'), 'private')).toContain('Prochain créneau\u00a0: lundi 7\u00a0décembre à 10\u00a0h.');
    // Friday 25 December (Christmas), then Saturday, Sunday: Monday 28.
    expect(contactHoursWarning(new Date('2026-12-25T10:00:00Z'), 'private')).toContain('vendredi 25\u00a0décembre, jour férié\u00a0:');
    expect(contactHoursWarning(new Date('2026-12-25T10:00:00Z'), 'private')).toContain('Prochain créneau\u00a0: lundi 28\u00a0décembre à 10\u00a0h.');
    // Thursday 31 December at 21 h: 1 January is a holiday, then the weekend: Monday 4 January.
    expect(contactHoursWarning(new Date('2026-12-31T20:00:00Z'), 'private')).toContain('Prochain créneau\u00a0: lundi 4\u00a0janvier à 10\u00a0h.');
  });
});

describe('French public holidays', () => {
  it('Easter and the holidays that follow it', () => {
    expect([2024, 2025, 2026, 2027, 2038].map(easterSunday)).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25']);
    for (const d of ['2026-04-06', '2026-05-14', '2026-05-25', '2026-01-01', '2026-05-01', '2026-05-08', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25']) {
      expect(isFrenchPublicHoliday(d), d).toBe(true);
    }
    for (const d of ['2026-04-05', '2026-04-07', '2026-12-24', '2026-12-26', '2026-05-13']) expect(isFrenchPublicHoliday(d), d).toBe(false);
  });
});
