import { describe, expect, it } from 'vitest';
import { clientRowToDraft, invoiceRowToDraft, parseClientKind } from './rowToDraft';

const invoiceMapping = { number: 0, clientName: 1, issueDate: 2, dueDate: 3, amountTtc: 4, amountHt: 5, clientKind: 6, clientSiret: 7 };
const row = (overrides: Partial<Record<number, string>> = {}) => {
  const base = ['F-2026-001', ' Boulangerie Léa ', '05/01/2026', '04/02/2026', '1 200,00 €', '1 000,00', 'Professionnel', '812 345 678 00013'];
  return base.map((v, i) => overrides[i] ?? v);
};

describe('parseClientKind', () => {
  it.each([
    ['Particulier', 'private'],
    ['B2C', 'private'],
    ['personne physique', 'private'],
    ['PROFESSIONNEL', 'business'],
    ['Entreprise', 'business'],
    ['Société', 'business'],
    ['b2b', 'business'],
    ['', null],
    ['  ', null],
  ])('%s → %s', (text, kind) => {
    expect(parseClientKind(text)).toEqual({ ok: true, value: kind });
  });

  it('rejects an unknown kind in French', () => {
    expect(parseClientKind('Martien')).toEqual({
      ok: false,
      message: 'Type de client « Martien » inconnu : indiquez « particulier » ou « professionnel ».',
    });
  });
});

describe('invoiceRowToDraft', () => {
  it('converts a row, to the cent', () => {
    expect(invoiceRowToDraft(row(), invoiceMapping)).toEqual({
      ok: true,
      value: {
        number: 'F-2026-001',
        issueDate: '2026-01-05',
        dueDate: '2026-02-04',
        amountTtcCents: 120000,
        amountHtCents: 100000,
        client: { name: 'Boulangerie Léa', kind: 'business', siret: '81234567800013' },
      },
    });
  });

  it.each([
    ['1 234,56', 123456],
    ['1234.56', 123456],
    ['1 234,56 €', 123456],
    ['1\u202f234,56\u00a0€', 123456],
    ['1.234,56', 123456],
    ['0,01', 1],
    ['12,5', 1250],
    ['2 000', 200000],
  ])('reads the amount %s as %d cents', (text, cents) => {
    const result = invoiceRowToDraft(row({ 4: text, 5: '' }), invoiceMapping);
    expect(result.ok && result.value.amountTtcCents).toBe(cents);
  });

  it('leaves optional fields empty when they are not mapped or blank', () => {
    const result = invoiceRowToDraft(row({ 5: '', 6: '', 7: '' }), { number: 0, clientName: 1, issueDate: 2, dueDate: 3, amountTtc: 4 });
    expect(result).toMatchObject({ ok: true, value: { amountHtCents: null, client: { kind: null, siret: '' } } });
  });

  it('lists every problem of a row in French', () => {
    const result = invoiceRowToDraft(row({ 0: '', 2: '31/02/2026', 3: 'demain', 4: 'abc', 6: 'Martien' }), invoiceMapping);
    expect(result).toEqual({
      ok: false,
      reasons: [
        'Numéro de facture : valeur manquante (ce champ est obligatoire).',
        'Date de facture « 31/02/2026 » : ce jour n’existe pas dans ce mois.',
        'Échéance : « demain » n’est pas une date au format jj/mm/aaaa.',
        'Montant TTC : « abc » n’est pas un montant (exemple : 1 234,56).',
        'Type de client « Martien » inconnu : indiquez « particulier » ou « professionnel ».',
      ],
    });
  });

  it('explains an amount with three decimals', () => {
    expect(invoiceRowToDraft(row({ 4: '12,345' }), invoiceMapping)).toEqual({
      ok: false,
      reasons: ['Montant TTC « 12,345 » : un montant a au plus deux chiffres après la virgule.'],
    });
  });

  it('applies the rules of the ledger: due date, HT ≤ TTC, zero amount, SIRET key', () => {
    expect(invoiceRowToDraft(row({ 3: '01/01/2026' }), invoiceMapping)).toEqual({
      ok: false,
      reasons: ['L’échéance ne peut pas précéder la date de la facture.'],
    });
    expect(invoiceRowToDraft(row({ 5: '2 000,00' }), invoiceMapping)).toEqual({
      ok: false,
      reasons: ['Le montant HT ne peut pas dépasser le montant TTC.'],
    });
    expect(invoiceRowToDraft(row({ 4: '0,00' }), invoiceMapping)).toEqual({
      ok: false,
      reasons: ['Montant TTC « 0,00 » : le montant doit être supérieur à zéro.'],
    });
    expect(invoiceRowToDraft(row({ 7: '812 345 678 00014' }), invoiceMapping)).toEqual({
      ok: false,
      reasons: ['SIRET du client « 81234567800014 » invalide : 14 chiffres dont le dernier est une clé de contrôle.'],
    });
  });

  it('unwraps values written as formulas to keep leading zeros (="…")', () => {
    const result = invoiceRowToDraft(row({ 0: '="00123"', 7: '="81234567800013"' }), invoiceMapping);
    expect(result).toMatchObject({ ok: true, value: { number: '00123', client: { siret: '81234567800013' } } });
  });

  it('treats a missing cell (short row) as empty', () => {
    const result = invoiceRowToDraft(['F-1', 'A', '01/01/2026'], invoiceMapping);
    expect(result).toEqual({
      ok: false,
      reasons: ['Échéance : valeur manquante (ce champ est obligatoire).', 'Montant TTC : valeur manquante (ce champ est obligatoire).'],
    });
  });
});

describe('clientRowToDraft', () => {
  const mapping = { name: 0, kind: 1, street: 2, postalCode: 3, city: 4, country: 5, email: 6, phone: 7, siret: 8 };

  it('converts a row, restoring the zeros a spreadsheet dropped', () => {
    expect(clientRowToDraft(['Mme Chloé  Dupré', 'Particulier', '3 rue X', '1000', 'Bourg', 'France', 'c@d.fr', '612345678', ''], mapping)).toEqual({
      ok: true,
      value: {
        kind: 'private',
        name: 'Mme Chloé Dupré',
        contactName: '',
        address: { complement: '', street: '3 rue X', locality: '', postalCode: '01000', city: 'Bourg', country: '' },
        email: 'c@d.fr',
        phone: '0612345678',
        siret: '',
        notes: '',
      },
    });
  });

  it('defaults to a business and keeps a foreign country', () => {
    const result = clientRowToDraft(['Kunstwerk GmbH', '', 'Hauptstraße 5', '1011', 'Berlin', 'Allemagne', '', '', ''], mapping);
    expect(result).toMatchObject({ ok: true, value: { kind: 'business', address: { postalCode: '1011', country: 'Allemagne' } } });
  });

  it('rejects with the messages of the ledger', () => {
    expect(clientRowToDraft(['', '', '', '', '', '', '', '', ''], mapping)).toEqual({
      ok: false,
      reasons: ['Nom ou raison sociale : valeur manquante (ce champ est obligatoire).'],
    });
    expect(clientRowToDraft(['A', '', 'x'.repeat(39), '', '', '', 'pas-un-mail', '', ''], mapping)).toEqual({
      ok: false,
      reasons: ['Numéro et voie : 38 caractères au plus (norme postale NF Z10-011).', 'Adresse e-mail invalide (exemple : nom@domaine.fr).'],
    });
  });
});
