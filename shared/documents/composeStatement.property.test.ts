import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../kernel/localDate';
import { composeStatement } from './composeStatement';
import { aBusinessClient, aLetterInvoice, anIdentity } from './testkit';

const asOf = '2026-12-01';
const invoiceArb = fc.record({
  issuedDaysBefore: fc.integer({ min: -20, max: 200 }),
  termDays: fc.integer({ min: 0, max: 60 }),
  ttc: fc.integer({ min: 1, max: 5_000_000 }),
  payments: fc.array(fc.record({ daysBefore: fc.integer({ min: -20, max: 200 }), amount: fc.integer({ min: 1, max: 3_000_000 }) }), { maxLength: 4 }),
});

describe('the statement’s figures, whatever the invoices (property)', () => {
  it('the balance is what stays due on the date, overdue and not yet due, less the credit notes, to the cent', () => {
    fc.assert(
      fc.property(fc.array(invoiceArb, { minLength: 1, maxLength: 12 }), fc.array(fc.integer({ min: 1, max: 500_000 }), { maxLength: 3 }), (specs, credits) => {
        const client = aBusinessClient();
        const invoices = specs.map((s, i) => {
          const issueDate = addDays(asOf, -s.issuedDaysBefore);
          return {
            ...aLetterInvoice({ id: `i${i}`, number: `F-${i}`, clientId: client.id, issueDate, dueDate: addDays(issueDate, s.termDays), amountTtcCents: s.ttc }),
            payments: s.payments.map((p, j) => ({ id: `p${i}-${j}`, date: addDays(asOf, -p.daysBefore), amountCents: p.amount, note: '', recordedAt: '2026-01-01T00:00:00.000Z' })),
            cancelled: false,
          };
        });
        const creditNotes = credits.map((c, i) => ({ id: `c${i}`, number: `AV-${i}`, clientId: client.id, issueDate: addDays(asOf, -i), amountTtcCents: c }));
        const result = composeStatement({ identity: anIdentity(), client, invoices, creditNotes, asOf });
        let overdue = 0;
        let notDue = 0;
        let open = 0;
        for (const inv of invoices) {
          if (inv.issueDate > asOf) continue;
          const paid = inv.payments.filter((p) => p.date <= asOf).reduce((n, p) => n + p.amountCents, 0);
          const due = Math.max(0, inv.amountTtcCents - paid);
          if (due === 0) continue;
          open++;
          if (inv.dueDate < asOf) overdue += due;
          else notDue += due;
        }
        const credit = creditNotes.reduce((n, c) => n + c.amountTtcCents, 0);
        if (open === 0 && credit === 0) {
          expect(result.ok).toBe(false);
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.figures).toEqual({ overdueCents: overdue, notDueCents: notDue, creditCents: credit, balanceCents: overdue + notDue - credit, invoiceCount: open });
        expect(result.model.table!.rows).toHaveLength(open + creditNotes.length);
      }),
      { numRuns: 200 },
    );
  });
});
