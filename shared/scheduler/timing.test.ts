import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MORNING_TIME } from './schema';
import { HOUR_MS, isPastMorning, nextWakeUp, normalizeMorningTime } from './timing';

const minutes = (d: Date): number => d.getHours() * 60 + d.getMinutes();

describe('the next wake-up of the scheduler', () => {
  it('is the next local midnight, the morning hour or an hour later, whichever comes first', () => {
    expect(nextWakeUp(new Date(2026, 1, 7, 23, 30), '09:00')).toEqual({ at: new Date(2026, 1, 8, 0, 0), reason: 'midnight' });
    expect(nextWakeUp(new Date(2026, 1, 8, 8, 20), '09:00')).toEqual({ at: new Date(2026, 1, 8, 9, 0), reason: 'morning' });
    expect(nextWakeUp(new Date(2026, 1, 8, 9, 0), '09:00')).toEqual({ at: new Date(2026, 1, 8, 10, 0), reason: 'hourly' });
  });

  it('never waits more than an hour, never skips a midnight nor a morning hour (any instant, any morning hour)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2020, 0, 1), max: new Date(2035, 11, 31), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (now, h, m) => {
          const morning = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const { at } = nextWakeUp(now, morning);
          expect(at.getTime()).toBeGreaterThan(now.getTime());
          expect(at.getTime() - now.getTime()).toBeLessThanOrEqual(HOUR_MS);
          // Walk minute by minute between now and the wake-up: no calendar day starts and no morning comes in between.
          for (let t = Math.ceil((now.getTime() + 1) / 60_000) * 60_000; t < at.getTime(); t += 60_000) {
            const d = new Date(t);
            expect(minutes(d) === 0 && d.getSeconds() === 0).toBe(false);
            expect(minutes(d) === h * 60 + m).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('knows when the morning check has come', () => {
    expect(isPastMorning(new Date(2026, 1, 8, 8, 59), '09:00')).toBe(false);
    expect(isPastMorning(new Date(2026, 1, 8, 9, 0), '09:00')).toBe(true);
    expect(isPastMorning(new Date(2026, 1, 8, 0, 0), '00:00')).toBe(true);
  });
});

describe('the morning hour as typed', () => {
  it('reads the ways a French user writes an hour', () => {
    for (const [typed, read] of [
      ['9:00', '09:00'],
      ['09:00', '09:00'],
      ['9h', '09:00'],
      ['9 h 30', '09:30'],
      ['18H45', '18:45'],
      ['0930', '09:30'],
      ['7', '07:00'],
    ]) {
      expect(normalizeMorningTime(typed!), typed).toBe(read);
      expect(MORNING_TIME.test(read!)).toBe(true);
    }
  });

  it('leaves what is not an hour for the check to refuse', () => {
    for (const typed of ['25:00', '9:75', 'neuf heures', '', '12:3']) expect(MORNING_TIME.test(normalizeMorningTime(typed)), typed).toBe(false);
  });
});
