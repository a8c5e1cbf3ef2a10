import { describe, expect, it } from 'vitest';
import type { EinvoiceReadResult } from '../../../../shared/einvoice/contract';
import { emptyParty } from '../../../../shared/einvoice/proposal';
import { proposedForm } from './proposalForm';

const reading = (over: Partial<EinvoiceReadResult['proposal']> = {}, buyer: EinvoiceReadResult['buyer'] = { clientId: 'c1', matchedBy: 'name', newClient: null }): EinvoiceReadResult => ({
  file: { fileName: 'f.pdf', format: 'pdf', sha256: 'a'.repeat(64), sizeBytes: 10, xmlName: 'factur-x.xml' },
  proposal: {
    source: 'cii',
    profile: '',
    kind: 'invoice',
    number: { value: 'FA-1', status: 'found' },
    issueDate: { value: '2017-11-13', status: 'found' },
    dueDate: { value: '2017-12-13', status: 'guessed' },
    description: null,
    totalCents: { value: 67115, status: 'found' },
    dueCents: { value: 47015, status: 'found' },
    currency: { value: 'EUR', status: 'found' },
    seller: emptyParty,
    buyer: emptyParty,
    ...over,
  },
  seller: { isUser: true, warning: null },
  buyer,
  missing: [],
});

describe('proposedForm', () => {
  it('fills the form the French way, each field with where it came from', () => {
    const f = proposedForm(reading());
    expect(f.values).toEqual({ number: 'FA-1', issueDate: '13/11/2017', dueDate: '13/12/2017', amountTtcCents: '671,15', clientId: 'c1' });
    expect(f.hints).toMatchObject({ number: 'Lu dans la facture.', dueDate: 'À vérifier\u00a0: déduit du texte de la facture.', clientId: 'Lu dans la facture.' });
    expect(f.dueDateFixed).toBe(true);
    expect(f.notes[1]).toBe('Reste à payer selon la facture\u00a0: 470,15\u00a0€ (201,00\u00a0€ déjà versés)\u00a0: enregistrez ce paiement une fois la facture créée.');
    expect(f.newClient).toBeNull();
  });

  it('a field the file did not give keeps the form’s default and says so; a new client is proposed', () => {
    const f = proposedForm(
      reading({ dueDate: null, currency: { value: 'USD', status: 'guessed' } }, {
        clientId: null,
        matchedBy: null,
        newClient: { name: 'LE CLIENT', siret: '', street: '58 rue de la mer', complement: '', postalCode: '06000', city: 'NICE', country: '' },
      }),
    );
    expect(f.values.dueDate).toBeUndefined();
    expect(f.values.clientId).toBeUndefined();
    expect(f.hints.dueDate).toBe('Non trouvé dans la facture\u00a0: à saisir.');
    expect(f.dueDateFixed).toBe(false);
    expect(f.newClient).toMatchObject({ name: 'LE CLIENT', address: { street: '58 rue de la mer', postalCode: '06000', city: 'NICE' } });
    expect(f.notes.at(-1)).toBe('Cette facture est en USD\u00a0: Relance ne suit que les montants en euros.');
  });
});
