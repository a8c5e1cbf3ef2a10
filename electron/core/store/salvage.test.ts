import { describe, expect, it } from 'vitest';
import { emptyDatabase } from '../../../shared/ledger/schema';
import { makeClient, makeInvoice } from './fixtures';
import { describeFieldPath, salvage } from './salvage';

describe('the reasons given for records set aside', () => {
  it('names the fields in French', () => {
    expect(describeFieldPath(['payments', 1, 'date'])).toBe('paiement 2, date');
    expect(describeFieldPath(['amountTtcCents'])).toBe('montant TTC');
    expect(describeFieldPath(['mystery'])).toBe('mystery');
  });

  it('says which field is wrong and why, without English or field codes', () => {
    const bad = { ...makeInvoice(1), dueDate: '2026-02-30' };
    const badClient = { ...makeClient(1), siret: '12345678901234' };
    const result = salvage({ ...emptyDatabase(), clients: [makeClient(0), badClient], invoices: [bad] }, '2026-11-23T09:00:00.000Z')!;
    const reasons = result.setAside.map((q) => q.reason);
    expect(reasons[0]).toMatch(/^SIRET\u00a0: SIRET invalide/);
    expect(reasons[1]).toMatch(/^échéance\u00a0: /);
    for (const r of reasons) expect(r).not.toMatch(/dueDate|siret|invalid\b|expected/);
  });
});
