import { describe, expect, it } from 'vitest';
import type { Client, Invoice } from '../../../../shared/ledger/schema';
import { buildInvoiceRows, filterInvoiceRows, searchWords, sortInvoiceRows, statusText, totalRemaining } from './invoiceRows';

const at = '2025-01-01T00:00:00.000Z';
const client = (id: string, name: string): Client => ({
  id, name, kind: 'business', contactName: '', email: '', phone: '', siret: '', notes: '', dunningPolicy: null, statements: [], createdAt: at, updatedAt: at,
  address: { complement: '', street: '', locality: '', postalCode: '', city: '', country: '' },
});
const invoice = (id: string, number: string, clientId: string, dueDate: string, ttc: number, paid: number[] = []): Invoice => ({
  id, number, clientId, issueDate: '2025-01-01', dueDate, amountTtcCents: ttc, amountHtCents: null, currency: 'EUR',
  contractualLateRateBp: null, notes: '', description: '', createdAt: at, updatedAt: at,
  completionDate: null, formalNoticeDate: null, reminders: [], pause: null, cancelled: false,
  reminderCancellations: [], postalEvents: [], postalEventCancellations: [], phoneCalls: [], phoneCallCancellations: [], lateChargesWaiver: null, lateChargesSettlement: null, numberedInApp: false, attachment: null,
  payments: paid.map((amountCents, i) => ({ id: `p${i}`, date: '2025-02-01', amountCents, note: '', recordedAt: at })),
});

const clients = [client('c1', 'Société Générale'), client('c2', 'atelier Zoé')];
const rows = buildInvoiceRows(
  [
    invoice('i1', 'F-002', 'c1', '2025-03-01', 10000),
    invoice('i2', 'F-010', 'c2', '2025-01-15', 5000, [2000]),
    invoice('i3', 'F-001', 'c2', '2025-02-01', 20000, [20000]),
  ],
  clients,
  '2025-03-11',
);

describe('invoice rows', () => {
  it('derives remaining amounts and statuses', () => {
    expect(rows.map((r) => [r.remainingCents, r.status, r.daysLate])).toEqual([
      [10000, 'unpaid', 10],
      [3000, 'partial', 55],
      [0, 'paid', 0],
    ]);
    expect(rows.map(statusText)).toEqual(['En retard (10\u00a0j)', 'En retard (55\u00a0j)', 'Payée']);
    expect(statusText({ status: 'partial', daysLate: 0 })).toBe('Partiellement payée');
    // Not yet due: nothing is wrong yet, so not "Impayée".
    expect(statusText({ status: 'unpaid', daysLate: 0 })).toBe('Non échue');
    expect(totalRemaining(rows)).toBe(13000);
  });

  it('searches number and client name, ignoring accents and case', () => {
    expect(filterInvoiceRows(rows, 'societe').map((r) => r.id)).toEqual(['i1']);
    expect(filterInvoiceRows(rows, 'ZOE f-001').map((r) => r.id)).toEqual(['i3']);
    expect(filterInvoiceRows(rows, '').length).toBe(3);
    expect(filterInvoiceRows(rows, '', 'paid').map((r) => r.id)).toEqual(['i3']);
    expect(filterInvoiceRows(rows, '', 'open').map((r) => r.id)).toEqual(['i1', 'i2']);
  });

  it('finds an invoice by its amount however it is typed, and by the client’s city', () => {
    const lyon = { ...client('c3', 'Atelier Dupré'), address: { complement: '', street: '', locality: '', postalCode: '69002', city: 'Lyon', country: '' } };
    const found = buildInvoiceRows([invoice('i4', 'F-041', 'c3', '2025-02-01', 120_000, [30_050]), invoice('i5', 'F-042', 'c1', '2025-02-01', 1_200)], [...clients, lyon], '2025-03-11');
    const ids = (q: string) => filterInvoiceRows(found, q).map((r) => r.id);
    for (const q of ['1 200', '1200', '1200,00', '1 200,00 €', '1\u202f200,00\u00a0€', '1200.00', '899,5', '899.50']) expect(ids(q), q).toEqual(['i4']);
    expect(ids('12,00')).toEqual(['i5']);
    expect(ids('lyon')).toEqual(['i4']);
    expect(ids('dupre 1 200')).toEqual(['i4']);
    expect(searchWords('F-041 1 200,50 €')).toEqual(['f-041', '1200,50']);
    expect(searchWords('1.5 2026 123')).toEqual(['1,5', '2026123']);
  });

  it('sorts by due date, amount, client and number', () => {
    expect(sortInvoiceRows(rows, 'dueDate', 'ascending').map((r) => r.id)).toEqual(['i2', 'i3', 'i1']);
    expect(sortInvoiceRows(rows, 'amount', 'descending').map((r) => r.id)).toEqual(['i3', 'i1', 'i2']);
    expect(sortInvoiceRows(rows, 'client', 'ascending').map((r) => r.clientName)).toEqual(['atelier Zoé', 'atelier Zoé', 'Société Générale']);
    expect(sortInvoiceRows(rows, 'number', 'ascending').map((r) => r.number)).toEqual(['F-001', 'F-002', 'F-010']);
    expect(sortInvoiceRows(rows, 'status', 'descending').map((r) => r.id)).toEqual(['i2', 'i1', 'i3']);
  });
});
