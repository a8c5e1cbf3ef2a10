import { describe, expect, it } from 'vitest';
import type { CreditNote } from '../ledger/schema';
import { defaultStatementBatchDate, planStatementBatch } from './statementBatch';
import { aBusinessClient, aLetterInvoice, aPrivateClient } from './testkit';

const pay = (id: string, date: string, amountCents: number) => ({ id, date, amountCents, note: '', recordedAt: `${date}T10:00:00.000Z` });
const credit = (id: string, clientId: string, issueDate: string, amountTtcCents: number): CreditNote => ({
  id,
  number: `AV-${id}`,
  clientId,
  issueDate,
  amountTtcCents,
  notes: '',
  createdAt: `${issueDate}T09:00:00.000Z`,
  updatedAt: `${issueDate}T09:00:00.000Z`,
});

describe('defaultStatementBatchDate', () => {
  it('is the last day of the month just closed, or today on a month’s last day', () => {
    expect(defaultStatementBatchDate('2026-12-01')).toBe('2026-11-30');
    expect(defaultStatementBatchDate('2026-12-15')).toBe('2026-11-30');
    expect(defaultStatementBatchDate('2027-01-04')).toBe('2026-12-31');
    expect(defaultStatementBatchDate('2028-03-02')).toBe('2028-02-29');
    expect(defaultStatementBatchDate('2026-03-01')).toBe('2026-02-28');
    expect(defaultStatementBatchDate('2026-11-30')).toBe('2026-11-30');
    expect(defaultStatementBatchDate('2026-12-31')).toBe('2026-12-31');
  });
});

describe('planStatementBatch', () => {
  const a = aBusinessClient({ id: 'c-a', name: 'Zinc et Fils' });
  const b = aPrivateClient({ id: 'c-b', name: 'Élise Aubert' });
  const c = aBusinessClient({ id: 'c-c', name: 'Bâti Rhône SAS' });
  const d = aBusinessClient({ id: 'c-d', name: 'Ouest Conseil' });

  it('takes every client who owes something on the date, due or not, credit notes deducted, the others left out with the reason', () => {
    const invoices = [
      // Zinc et Fils: 1 500,00 € overdue (200,00 € paid), 333,33 € not yet due, 100,01 € credited: 1 733,32 €; 50,00 € paid after the date.
      aLetterInvoice({ id: 'i1', clientId: 'c-a', number: 'F-1', issueDate: '2026-10-01', dueDate: '2026-10-31', amountTtcCents: 170_000, payments: [pay('p1', '2026-11-10', 20_000), pay('p2', '2026-12-02', 5_000)] }),
      aLetterInvoice({ id: 'i2', clientId: 'c-a', number: 'F-2', issueDate: '2026-11-20', dueDate: '2026-12-20', amountTtcCents: 33_333 }),
      // Issued after the date, or cancelled: not on it.
      aLetterInvoice({ id: 'i3', clientId: 'c-a', number: 'F-3', issueDate: '2026-12-01', dueDate: '2026-12-31', amountTtcCents: 99_900 }),
      aLetterInvoice({ id: 'i4', clientId: 'c-a', number: 'F-4', issueDate: '2026-09-01', dueDate: '2026-10-01', amountTtcCents: 12_300, cancelled: true }),
      // Élise Aubert: paid by the date. Bâti Rhône: 400,00 € open, 400,00 € credited. Ouest Conseil: paid after the date, so still owing on it.
      aLetterInvoice({ id: 'i5', clientId: 'c-b', number: 'F-5', issueDate: '2026-10-01', dueDate: '2026-10-31', amountTtcCents: 40_000, payments: [pay('p3', '2026-11-30', 40_000)] }),
      aLetterInvoice({ id: 'i6', clientId: 'c-c', number: 'F-6', issueDate: '2026-10-01', dueDate: '2026-10-31', amountTtcCents: 40_000 }),
      aLetterInvoice({ id: 'i7', clientId: 'c-d', number: 'F-7', issueDate: '2026-10-01', dueDate: '2026-11-30', amountTtcCents: 25_000, payments: [pay('p4', '2026-12-01', 25_000)] }),
    ];
    const creditNotes = [credit('1', 'c-a', '2026-11-05', 10_001), credit('2', 'c-c', '2026-11-10', 40_000), credit('3', 'c-b', '2026-12-01', 5_000)];
    const plan = planStatementBatch({ clients: [a, b, c, d], invoices, creditNotes }, '2026-11-30');
    expect(plan.statements).toEqual([
      // Due on the date itself: not yet overdue.
      { clientId: 'c-d', clientName: 'Ouest Conseil', figures: { overdueCents: 0, notDueCents: 25_000, creditCents: 0, balanceCents: 25_000, invoiceCount: 1 }, paidSinceCents: 25_000 },
      { clientId: 'c-a', clientName: 'Zinc et Fils', figures: { overdueCents: 150_000, notDueCents: 33_333, creditCents: 10_001, balanceCents: 173_332, invoiceCount: 2 }, paidSinceCents: 5_000 },
    ]);
    expect(plan.skipped).toEqual([
      { clientId: 'c-c', clientName: 'Bâti Rhône SAS', balanceCents: 0, reason: 'Solde nul au 30/11/2026\u00a0: les avoirs couvrent les factures ouvertes.' },
      { clientId: 'c-b', clientName: 'Élise Aubert', balanceCents: 0, reason: 'Aucune facture ouverte au 30/11/2026.' },
    ]);
  });

  it('leaves out a client in credit, and one whose statement of that date was already recorded as sent', () => {
    const sent = { id: 's1', asOf: '2026-11-30', sentOn: '2026-12-01', channel: 'letter' as const, document: { sha256: 'a'.repeat(64), kind: 'pdf' as const, sizeBytes: 1 }, balanceCents: 40_000, overdueCents: 40_000, recordedAt: '2026-12-01T10:00:00.000Z' };
    const invoices = [
      aLetterInvoice({ id: 'i1', clientId: 'c-a', number: 'F-1', issueDate: '2026-10-01', dueDate: '2026-10-31', amountTtcCents: 40_000 }),
      aLetterInvoice({ id: 'i2', clientId: 'c-c', number: 'F-2', issueDate: '2026-10-01', dueDate: '2026-10-31', amountTtcCents: 40_000 }),
    ];
    const clients = [{ ...a, statements: [sent] }, c];
    const plan = planStatementBatch({ clients, invoices, creditNotes: [credit('1', 'c-c', '2026-11-05', 52_050)] }, '2026-11-30');
    expect(plan.statements).toEqual([]);
    expect(plan.skipped.map((s) => [s.clientName, s.balanceCents, s.reason])).toEqual([
      ['Bâti Rhône SAS', -12_050, 'Solde créditeur au 30/11/2026\u00a0: 120,50\u00a0€ en sa faveur (avoirs).'],
      ['Zinc et Fils', 40_000, 'Relevé au 30/11/2026 déjà enregistré comme envoyé le 01/12/2026.'],
    ]);
    // Another date is another statement.
    expect(planStatementBatch({ clients, invoices, creditNotes: [] }, '2026-12-31').statements.map((s) => s.clientName)).toEqual(['Bâti Rhône SAS', 'Zinc et Fils']);
  });
});
