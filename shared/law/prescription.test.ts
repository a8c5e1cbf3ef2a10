import { describe, expect, it } from 'vitest';
import { addYears, prescriptionDate, prescriptionWarnings } from './prescription';

describe('prescriptionDate', () => {
  it('5 years between businesses, from the invoice date when completion is unknown', () => {
    expect(prescriptionDate({ clientKind: 'business', issueDate: '2021-03-15', payments: [] })).toEqual({
      date: '2026-03-15',
      startDate: '2021-03-15',
      startKind: 'invoice',
      years: 5,
      legalBasis: 'art. L110-4 du Code de commerce (ou 2224 du Code civil)',
      paymentsAfterExpiry: [],
    });
  });

  it('2 years against a private client, from the completion of the work', () => {
    const p = prescriptionDate({ clientKind: 'private', issueDate: '2024-05-20', completionDate: '2024-05-10', payments: [] });
    expect(p).toMatchObject({ date: '2026-05-10', startDate: '2024-05-10', startKind: 'completion', years: 2, legalBasis: 'art. L218-2 du Code de la consommation' });
  });

  it('a partial payment restarts the period from its date (Code civil 2240)', () => {
    const p = prescriptionDate({
      clientKind: 'private',
      issueDate: '2024-05-20',
      payments: [
        { date: '2025-01-10', amountCents: 100 },
        { date: '2024-09-01', amountCents: 100 },
      ],
    });
    expect(p).toMatchObject({ date: '2027-01-10', startDate: '2025-01-10', startKind: 'payment' });
  });

  it('a payment after expiry interrupts nothing', () => {
    const p = prescriptionDate({ clientKind: 'private', issueDate: '2022-01-10', payments: [{ date: '2024-03-01', amountCents: 100 }] });
    expect(p).toMatchObject({ date: '2024-01-10', startKind: 'invoice', paymentsAfterExpiry: ['2024-03-01'] });
  });

  it('29 February ends on 28 February in a common year', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(prescriptionDate({ clientKind: 'private', issueDate: '2024-02-29', payments: [] }).date).toBe('2026-02-28');
  });
});

describe('prescriptionWarnings', () => {
  const p = prescriptionDate({ clientKind: 'business', issueDate: '2021-03-15', payments: [] });

  it('nothing more than 90 days ahead', () => {
    expect(prescriptionWarnings(p, '2025-12-14')).toEqual([]); // 91 days left
  });

  it('warns within 90 days, up to the last day included', () => {
    expect(prescriptionWarnings(p, '2025-12-15').map((w) => w.code)).toEqual(['PRESCRIPTION_SOON']); // 90 days left
    const last = prescriptionWarnings(p, '2026-03-15');
    expect(last.map((w) => w.code)).toEqual(['PRESCRIPTION_SOON']);
    expect(last[0]!.message).toContain('il reste 0 jour pour agir');
  });

  it('a stronger warning once passed', () => {
    const w = prescriptionWarnings(p, '2026-03-16');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ code: 'PRESCRIPTION_PASSED', severity: 'danger' });
    expect(w[0]!.message).toContain('15/03/2026');
  });

  it('says when the start is only the invoice date', () => {
    expect(prescriptionWarnings(p, '2026-01-20')[0]!.message).toContain('faute de date d’achèvement');
  });
});
