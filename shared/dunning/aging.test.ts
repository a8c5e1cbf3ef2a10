import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../kernel/localDate';
import { agingBucketOf, agingBuckets } from './aging';

const inv = (dueDate: string, amountTtcCents: number, paid = 0, cancelled = false) => ({
  dueDate,
  amountTtcCents,
  payments: paid ? [{ date: '2026-01-01', amountCents: paid }] : [],
  cancelled,
});
const today = '2026-06-30';

describe('agingBuckets', () => {
  it.each([
    [-10, 'not-due'],
    [0, 'not-due'],
    [1, '1-30'],
    [30, '1-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '90+'],
    [400, '90+'],
  ])('%i days late → %s', (late, key) => {
    expect(agingBucketOf(addDays(today, -late), today)).toBe(key);
  });

  it('sums the remaining amounts, paid and cancelled excluded', () => {
    const report = agingBuckets(
      [
        inv('2026-07-15', 10_000), // not due
        inv('2026-06-30', 5_000, 1_000), // due today: not due yet, 4 000 left
        inv('2026-06-20', 20_000, 5_000), // 10 days late, 15 000 left
        inv('2026-06-01', 30_000), // 29 days
        inv('2026-04-15', 40_000), // 76 days
        inv('2025-12-01', 50_000), // 211 days
        inv('2025-12-01', 60_000, 60_000), // paid
        inv('2026-01-01', 70_000, 0, true), // cancelled
      ],
      today,
    );
    expect(report.buckets.map((b) => [b.key, b.count, b.remainingCents])).toEqual([
      ['not-due', 2, 14_000],
      ['1-30', 2, 45_000],
      ['31-60', 0, 0],
      ['61-90', 1, 40_000],
      ['90+', 1, 50_000],
    ]);
    expect(report.buckets[0]!.label).toBe('Non échues');
    expect(report.totals).toEqual({ outstandingCents: 149_000, outstandingCount: 6, overdueCents: 135_000, overdueCount: 4 });
  });

  it('is empty for no invoice', () => {
    expect(agingBuckets([], today).totals).toEqual({ outstandingCents: 0, outstandingCount: 0, overdueCents: 0, overdueCount: 0 });
  });

  it('totals are the sums of the buckets', () => {
    const arb = fc.array(
      fc.record({ late: fc.integer({ min: -60, max: 400 }), amount: fc.integer({ min: 1, max: 1e8 }), paid: fc.integer({ min: 0, max: 1e8 }), cancelled: fc.boolean() }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const invoices = rows.map((r) => inv(addDays(today, -r.late), r.amount, r.paid, r.cancelled));
        const { buckets, totals } = agingBuckets(invoices, today);
        const open = rows.filter((r) => !r.cancelled && r.paid < r.amount);
        expect(totals.outstandingCount).toBe(open.length);
        expect(totals.outstandingCents).toBe(open.reduce((s, r) => s + r.amount - r.paid, 0));
        expect(totals.overdueCents).toBe(open.filter((r) => r.late > 0).reduce((s, r) => s + r.amount - r.paid, 0));
        expect(buckets.reduce((s, b) => s + b.count, 0)).toBe(open.length);
      }),
    );
  });
});
