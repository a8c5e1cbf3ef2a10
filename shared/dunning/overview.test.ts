import { describe, expect, it } from 'vitest';
import { settingsSchema, type Invoice } from '../ledger/schema';
import { aClient, anInvoice } from '../ledger/testkit';
import { buildOverview } from './overview';

const at = '2026-01-01T00:00:00.000Z';
const address = { street: '1 rue de la Gare', postalCode: '35000', city: 'Rennes' };
const clients = [
  aClient({ id: 'b', kind: 'business', name: 'Brioches Bretonnes SAS', address }),
  aClient({ id: 'p', kind: 'private', name: 'Jeanne Morel', address }),
];
const invoice = (id: string, clientId: string, dueDate: string, amountTtcCents: number, extra: Partial<Invoice> = {}) =>
  anInvoice({ id, number: id, clientId, issueDate: '2025-09-01', dueDate, amountTtcCents, ...extra });

describe('buildOverview', () => {
  const invoices = [
    invoice('F-1', 'b', '2025-11-20', 120000),
    invoice('F-2', 'b', '2026-05-31', 100000),
    invoice('F-3', 'p', '2026-01-15', 50000),
    invoice('F-4', 'b', '2026-01-01', 30000, { payments: [{ id: 'x', date: '2026-01-20', amountCents: 30000, note: '', recordedAt: at }] }),
    invoice('F-5', 'b', '2026-01-10', 20000, { cancelled: true }),
    invoice('F-6', 'b', '2026-02-13', 10000),
  ];

  it('lists what to act on today first, then the overdue invoices, and totals them to the cent', () => {
    const o = buildOverview({ clients, invoices, settings: settingsSchema.parse({}) }, '2026-02-10');
    // F-4 was paid in full, 19 days late: its principal is settled, its penalties and 40 € are not, so it stays in
    // view with the claim of its own: 02/01 → 20/01/2026 = 19 days at 12,15 %: 30 000 × 1215 × 19 / 3 650 000 = 189,74 → 190 cents.
    expect(o.toActOn.map((r) => r.invoice.number)).toEqual(['F-1', 'F-4', 'F-3']);
    expect(o.overdue).toEqual([]);
    expect(o.toActOn[0]).toMatchObject({ daysLate: 82, penaltiesCents: 3276, indemnityCents: 4000 });
    expect(o.toActOn[1]).toMatchObject({ daysLate: 19, remainingCents: 0, penaltiesCents: 190, indemnityCents: 4000 });
    expect(o.toActOn[1]!.lateCharges).toMatchObject({ status: 'owed', paidOn: '2026-01-20', totalCents: 4190 });
    expect(o.toActOn[1]!.dunning).toMatchObject({ status: 'due', nextDate: '2026-01-21' });
    expect(o.toActOn[2]).toMatchObject({ clientKind: 'private', daysLate: 26, penaltiesCents: 0, indemnityCents: 0 });
    // The principal totals are unchanged; the penalties and indemnities count F-4's.
    expect(o.totals).toEqual({ outstandingCents: 280000, overdueCents: 170000, penaltiesCents: 3466, indemnitiesCents: 8000, penaltiesUnknownCount: 0 });
    expect(o.aging.buckets.map((b) => [b.key, b.count, b.remainingCents])).toEqual([
      ['not-due', 2, 110000],
      ['1-30', 1, 50000],
      ['31-60', 0, 0],
      ['61-90', 1, 120000],
      ['90+', 0, 0],
    ]);
  });

  it('the second worked example: 31,05 € on 31 August 2026', () => {
    const o = buildOverview({ clients, invoices: [invoices[1]!], settings: settingsSchema.parse({}) }, '2026-08-31');
    expect([...o.toActOn, ...o.overdue][0]).toMatchObject({ daysLate: 92, penaltiesCents: 3105, indemnityCents: 4000 });
  });

  it('never guesses a missing rate: the total is unknown and the half-year is named, until the user enters it', () => {
    let o = buildOverview({ clients, invoices: [invoices[0]!], settings: settingsSchema.parse({}) }, '2027-02-01');
    expect(o.toActOn[0]!.penaltiesCents).toBeNull();
    expect(o.missingRates).toEqual(['2027-S1']);
    expect(o.totals).toMatchObject({ penaltiesCents: 0, penaltiesUnknownCount: 1, indemnitiesCents: 4000 });
    o = buildOverview({ clients, invoices: [invoices[0]!], settings: settingsSchema.parse({ extraRates: { '2027-S1': { ecbBp: 240 } } }) }, '2027-02-01');
    expect(o.missingRates).toEqual([]);
    expect(o.toActOn[0]!.penaltiesCents).toBeGreaterThan(0);
  });
});
