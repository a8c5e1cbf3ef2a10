import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysLate, invoiceBalance } from './invoiceStatus';

const pay = (date: string, amountCents: number) => ({ id: date + amountCents, date, amountCents, note: '', recordedAt: '2026-01-01T00:00:00.000Z' });

describe('invoiceBalance', () => {
  it('derives the status from the payments', () => {
    expect(invoiceBalance({ amountTtcCents: 120000, payments: [] })).toEqual({ paidCents: 0, remainingCents: 120000, status: 'unpaid', paidOn: null });
    expect(invoiceBalance({ amountTtcCents: 120000, payments: [pay('2026-01-05', 20000)] })).toMatchObject({ remainingCents: 100000, status: 'partial' });
    expect(invoiceBalance({ amountTtcCents: 120000, payments: [pay('2026-02-01', 100000), pay('2026-01-05', 20000)] })).toEqual({
      paidCents: 120000,
      remainingCents: 0,
      status: 'paid',
      paidOn: '2026-02-01',
    });
  });

  it('remaining + paid = amount while not overpaid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.array(fc.integer({ min: 1, max: 1e7 }), { maxLength: 5 }), (amount, parts) => {
        const b = invoiceBalance({ amountTtcCents: amount, payments: parts.map((p, i) => pay(`2026-01-0${i + 1}`, p)) });
        return b.remainingCents === Math.max(0, amount - b.paidCents) && (b.status === 'paid') === (b.remainingCents === 0);
      }),
    );
  });

  it('counts days late from the due date', () => {
    expect(daysLate({ dueDate: '2025-11-20' }, '2026-02-10')).toBe(82);
    expect(daysLate({ dueDate: '2026-12-01' }, '2026-11-23')).toBe(0);
  });
});
