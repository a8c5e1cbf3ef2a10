import { describe, expect, it } from 'vitest';
import { emptyDatabase } from '../../../shared/ledger/schema';
import { makeClient, makeInvoice } from './fixtures';
import { describeFieldPath, salvage } from './salvage';

describe('the reasons given for records set aside', () => {
  it('names the fields in French', () => {
    expect(describeFieldPath(['payments', 1, 'date'])).toBe('paiement 2, date');
    expect(describeFieldPath(['amountTtcCents'])).toBe('montant TTC');
    expect(describeFieldPath(['postalEvents', 0, 'returnReason'])).toBe('suivi de lettre 1, motif du retour');
    expect(describeFieldPath(['mystery'])).toBe('mystery');
    expect(describeFieldPath(['legalForm'])).toBe('forme juridique');
    expect(describeFieldPath(['description'])).toBe('objet de la facture');
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

  it('sets aside a legal form this version does not know, and keeps the rest of the identity', () => {
    const identity = { name: 'Sophie Laurent', legalForm: 'sarl', rcsCity: 'Lyon', signatory: 'Sophie Laurent, gérante' };
    const result = salvage({ ...emptyDatabase(), identity, clients: [], invoices: [] }, '2026-11-23T09:00:00.000Z')!;
    expect(result.data.identity).toMatchObject({ name: 'Sophie Laurent', legalForm: 'ei', rcsCity: 'Lyon', signatory: 'Sophie Laurent, gérante' });
    expect(result.setAside).toEqual([expect.objectContaining({ label: 'Identité\u00a0: legalForm', value: 'sarl' })]);
    expect(result.setAside[0]!.reason).toMatch(/^forme juridique\u00a0: choisissez/);
  });

  it('keeps valid credit notes and sets a bad one aside', () => {
    const note = { id: 'n1', number: 'AV-1', clientId: 'c0', issueDate: '2026-03-01', amountTtcCents: 5_000, notes: '', createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z' };
    const bad = { ...note, id: 'n2', number: 'AV-2', amountTtcCents: -5 };
    const result = salvage({ ...emptyDatabase(), clients: [makeClient(0)], invoices: [{ ...makeInvoice(1), dueDate: 'x' }], creditNotes: [note, bad] }, '2026-11-23T09:00:00.000Z')!;
    expect(result.data.creditNotes.map((n) => n.id)).toEqual(['n1']);
    expect(result.setAside.find((q) => q.section === 'creditNotes')).toMatchObject({ label: 'Avoir AV-2', value: bad });
  });
});
