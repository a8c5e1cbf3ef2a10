import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber, type LocalDate } from '../kernel/localDate';
import { accrue, computeLatePenalties, type Decompte, type LatePenaltyInput } from './penalties';

/** Days covered by the built-in tables for every kind of rate: 2015-01-01 .. 2026-12-31. */
const FIRST = toDayNumber('2015-01-01');
const LAST = toDayNumber('2026-12-31');
const day = (min = FIRST, max = LAST) => fc.integer({ min, max }).map(fromDayNumber);
const amount = fc.integer({ min: 1, max: 99_999_999_999 });
const rateBp = fc.integer({ min: 0, max: 10_000 });
const clientKind = fc.constantFrom<'business' | 'private'>('business', 'private');
const contractual = fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: null });

function allIntegers(d: Decompte): void {
  const values = [d.penaltiesCents, d.indemnityCents, d.totalCents, d.outstandingCents, ...d.lines.flatMap((l) => [l.amountCents, l.baseCents, l.days])];
  for (const v of values) {
    expect(v === null || (Number.isSafeInteger(v) && v >= 0)).toBe(true);
  }
}

describe('properties', () => {
  it('penalties never decrease as asOf advances (unpaid invoice)', () => {
    fc.assert(
      fc.property(clientKind, amount, contractual, day(), day(), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 400 }), (kind, amt, rate, due, notice, a, b) => {
        const asOf1 = addDays(due, a);
        const asOf2 = addDays(asOf1, b);
        fc.pre(asOf2 <= '2026-12-31');
        const input: LatePenaltyInput = { clientKind: kind, amountTtcCents: amt, dueDate: due, payments: [], contractualRateBp: rate, formalNoticeDate: notice, asOf: asOf1 };
        const d1 = computeLatePenalties(input);
        const d2 = computeLatePenalties({ ...input, asOf: asOf2 });
        expect(d1.missingRates).toEqual([]);
        expect(d2.penaltiesCents!).toBeGreaterThanOrEqual(d1.penaltiesCents!);
        expect(d2.totalCents!).toBeGreaterThanOrEqual(d1.totalCents!);
      }),
      { numRuns: 300 },
    );
  });

  it('splitting a period anywhere changes the total by at most one cent per extra split', () => {
    fc.assert(
      fc.property(amount, rateBp, day(toDayNumber('2000-01-01'), toDayNumber('2100-12-31')), fc.integer({ min: 0, max: 4000 }), fc.array(fc.integer({ min: 0, max: 4000 }), { minLength: 1, maxLength: 6 }), (base, rate, from, length, cuts) => {
        const to = addDays(from, length);
        const one = accrue(base, rate, from, to);
        // cut points: the last day of each piece, strictly inside [from, to)
        const ends = [...new Set(cuts.map((c) => c % Math.max(1, length)))].filter((c) => c < length).sort((x, y) => x - y);
        let sum = 0;
        let start: LocalDate = from;
        for (const e of ends) {
          const end = addDays(from, e);
          sum += accrue(base, rate, start, end);
          start = addDays(end, 1);
        }
        sum += accrue(base, rate, start, to);
        expect(Math.abs(sum - one)).toBeLessThanOrEqual(ends.length);
      }),
      { numRuns: 500 },
    );
  });

  it('one line versus two lines: within a cent', () => {
    fc.assert(
      fc.property(amount, rateBp, day(), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 1999 }), (base, rate, from, length, cut) => {
        fc.pre(cut < length);
        const to = addDays(from, length);
        const mid = addDays(from, cut);
        const split = accrue(base, rate, from, mid) + accrue(base, rate, addDays(mid, 1), to);
        expect(Math.abs(split - accrue(base, rate, from, to))).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('a paid invoice stops accruing: the total is constant after the full payment date', () => {
    fc.assert(
      fc.property(clientKind, amount, contractual, day(FIRST, LAST - 500), fc.option(day(), { nil: null }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 99 }), (kind, amt, rate, due, notice, late, after, share) => {
        const paidOn = addDays(due, late);
        const first = Math.floor((amt * share) / 100);
        const payments = [
          { date: addDays(due, Math.floor(late / 2)), amountCents: first },
          { date: paidOn, amountCents: amt - first },
        ].filter((p) => p.amountCents > 0);
        const input: LatePenaltyInput = { clientKind: kind, amountTtcCents: amt, dueDate: due, payments, contractualRateBp: rate, formalNoticeDate: notice, asOf: paidOn };
        const atPayment = computeLatePenalties(input);
        const later = computeLatePenalties({ ...input, asOf: addDays(paidOn, after) }); // even beyond the rate tables
        expect(later.totalCents).toBe(atPayment.totalCents);
        expect(later.lines).toEqual(atPayment.lines);
        expect(later.outstandingCents).toBe(0);
        expect(later.missingRates).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('every amount is an integer number of cents; the total is the sum of the lines plus the indemnity', () => {
    const payment = fc.record({ date: day(), amountCents: fc.integer({ min: 1, max: 50_000_000 }) });
    fc.assert(
      fc.property(clientKind, amount, contractual, day(), fc.option(day(), { nil: null }), day(), fc.array(payment, { maxLength: 5 }), (kind, amt, rate, due, notice, asOf, payments) => {
        const d = computeLatePenalties({ clientKind: kind, amountTtcCents: amt, dueDate: due, payments, contractualRateBp: rate, formalNoticeDate: notice, asOf });
        allIntegers(d);
        expect(d.missingRates).toEqual([]);
        expect(d.penaltiesCents).toBe(d.lines.reduce((s, l) => s + l.amountCents, 0));
        expect(d.totalCents).toBe(d.penaltiesCents! + d.indemnityCents);
        for (const l of d.lines) {
          expect(l.days).toBe(toDayNumber(l.to) - toDayNumber(l.from) + 1);
          expect(l.from.slice(0, 4)).toBe(l.to.slice(0, 4)); // never across a half-year boundary
          expect(l.from.slice(5, 7) <= '06').toBe(l.to.slice(5, 7) <= '06');
        }
        // Lines are contiguous from the first late day when the base stays positive (B2B).
        if (kind === 'business' && d.lines.length > 0) {
          expect(d.lines[0]!.from).toBe(addDays(due, 1));
        }
        expect(d.lines.reduce((s, l) => s + l.days, 0)).toBeLessThanOrEqual(d.daysLate);
      }),
      { numRuns: 400 },
    );
  });

  it('unpaid B2B invoice: the line days add up to the days late', () => {
    fc.assert(
      fc.property(amount, contractual, day(), day(), (amt, rate, due, asOf) => {
        const d = computeLatePenalties({ clientKind: 'business', amountTtcCents: amt, dueDate: due, payments: [], contractualRateBp: rate, formalNoticeDate: null, asOf });
        expect(d.lines.reduce((s, l) => s + l.days, 0)).toBe(d.daysLate);
        expect(d.indemnityCents).toBe(d.daysLate > 0 ? 4000 : 0);
      }),
      { numRuns: 300 },
    );
  });

  // Each line is rounded once, so a payment that splits a period can add up to half a cent of rounding per line:
  // the exact amounts never increase, the rounded totals stay within (lines of both) / 2 cents of that.
  const roundingBound = (a: { lines: readonly unknown[] }, b: { lines: readonly unknown[] }) => Math.floor((a.lines.length + b.lines.length) / 2);

  it('a one-cent payment splitting a period costs at most a rounding cent (found by fast-check)', () => {
    const base: LatePenaltyInput = { clientKind: 'private', amountTtcCents: 42121716821, dueDate: '2015-01-01', payments: [], contractualRateBp: null, formalNoticeDate: '2015-01-01', asOf: '2017-12-31' };
    const unpaid = computeLatePenalties(base);
    const paid = computeLatePenalties({ ...base, payments: [{ date: '2017-07-04', amountCents: 1 }] });
    expect(paid.totalCents! - unpaid.totalCents!).toBeLessThanOrEqual(1);
  });

  it('payments never increase the penalties (beyond the per-line rounding)', () => {
    fc.assert(
      fc.property(clientKind, amount, contractual, day(), fc.option(day(), { nil: null }), day(), fc.array(fc.record({ date: day(), amountCents: fc.integer({ min: 1, max: 10_000_000 }) }), { maxLength: 4 }), (kind, amt, rate, due, notice, asOf, payments) => {
        const base: LatePenaltyInput = { clientKind: kind, amountTtcCents: amt, dueDate: due, payments: [], contractualRateBp: rate, formalNoticeDate: notice, asOf };
        const unpaid = computeLatePenalties(base);
        const paid = computeLatePenalties({ ...base, payments });
        expect(paid.totalCents!).toBeLessThanOrEqual(unpaid.totalCents! + roundingBound(paid, unpaid));
      }),
      { numRuns: 300 },
    );
  });
});
