import fc from 'fast-check';
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
      message: 'Type de client «\u00a0Martien\u00a0» inconnu\u00a0: indiquez «\u00a0particulier\u00a0» ou «\u00a0professionnel\u00a0».',
    });
  });
});

describe('invoiceRowToDraft', () => {
  it('converts a row, to the cent', () => {
    expect(invoiceRowToDraft(row(), invoiceMapping)).toEqual({
      ok: true,
      value: {
        document: 'invoice',
        number: 'F-2026-001',
        issueDate: '2026-01-05',
        dueDate: '2026-02-04',
        amountTtcCents: 120000,
        amountHtCents: 100000,
        description: '',
        notes: '',
        cancelled: false,
        paid: null,
        paidOn: null,
        client: { name: 'Boulangerie Léa', kind: 'business', siret: '81234567800013' },
        warnings: [],
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
        'Numéro de facture\u00a0: valeur manquante (ce champ est obligatoire).',
        'Date de facture «\u00a031/02/2026\u00a0»\u00a0: ce jour n’existe pas dans ce mois.',
        'Échéance\u00a0: «\u00a0demain\u00a0» n’est pas une date au format jj/mm/aaaa.',
        'Montant TTC\u00a0: «\u00a0abc\u00a0» n’est pas un montant (exemple\u00a0: 1 234,56).',
        'Type de client «\u00a0Martien\u00a0» inconnu\u00a0: indiquez «\u00a0particulier\u00a0» ou «\u00a0professionnel\u00a0».',
      ],
      label: '',
    });
  });

  it('explains an amount with three decimals', () => {
    expect(invoiceRowToDraft(row({ 4: '12,345' }), invoiceMapping)).toEqual({
      ok: false,
      reasons: ['Montant TTC «\u00a012,345\u00a0»\u00a0: un montant a au plus deux chiffres après la virgule.'],
      label: 'F-2026-001',
    });
  });

  it('applies the rules of the ledger: due date after the invoice date, an amount above zero', () => {
    expect(invoiceRowToDraft(row({ 3: '01/01/2026' }), invoiceMapping)).toEqual({
      ok: false,
      reasons: ['L’échéance ne peut pas précéder la date de la facture.'],
      label: 'F-2026-001',
    });
    expect(invoiceRowToDraft(row({ 4: '0,00' }), invoiceMapping)).toEqual({
      ok: false,
      reasons: ['Montant TTC «\u00a00,00\u00a0»\u00a0: le montant doit être supérieur à zéro.'],
      label: 'F-2026-001',
    });
  });

  it('imports a 3 600 € invoice whose client SIRET has a bad check digit, without the SIRET, and says why', () => {
    const result = invoiceRowToDraft(row({ 4: '3 600,00 €', 5: '3 000,00', 7: '812 345 678 00014' }), invoiceMapping);
    expect(result).toMatchObject({ ok: true, value: { amountTtcCents: 360000, client: { name: 'Boulangerie Léa', siret: '' } } });
    expect(result.ok && result.value.warnings).toEqual([
      'SIRET du client «\u00a081234567800014\u00a0» invalide\u00a0: 14 chiffres dont le dernier est une clé de contrôle. Champ laissé vide.',
    ]);
  });

  it('leaves out an HT amount above the TTC or unreadable, and keeps the invoice', () => {
    const above = invoiceRowToDraft(row({ 5: '2 000,00' }), invoiceMapping);
    expect(above).toMatchObject({ ok: true, value: { amountTtcCents: 120000, amountHtCents: null } });
    expect(above.ok && above.value.warnings).toEqual(['Le montant HT (2\u202f000,00\u00a0€) dépasse le montant TTC (1\u202f200,00\u00a0€)\u00a0: champ laissé vide.']);
    const unreadable = invoiceRowToDraft(row({ 5: 'n/a' }), invoiceMapping);
    expect(unreadable.ok && unreadable.value.warnings).toEqual(['Montant HT\u00a0: «\u00a0n/a\u00a0» n’est pas un montant (exemple\u00a0: 1 234,56). Champ laissé vide.']);
  });

  it('unwraps values written as formulas to keep leading zeros (="…")', () => {
    const result = invoiceRowToDraft(row({ 0: '="00123"', 7: '="81234567800013"' }), invoiceMapping);
    expect(result).toMatchObject({ ok: true, value: { number: '00123', client: { siret: '81234567800013' } } });
  });

  it('treats a missing cell (short row) as empty', () => {
    const result = invoiceRowToDraft(['F-1', 'A', '01/01/2026'], invoiceMapping);
    expect(result).toEqual({
      ok: false,
      reasons: ['Échéance\u00a0: valeur manquante (ce champ est obligatoire).', 'Montant TTC\u00a0: valeur manquante (ce champ est obligatoire).'],
      label: 'F-1',
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
        warnings: [],
      },
    });
  });

  it('defaults to a business and keeps a foreign country', () => {
    const result = clientRowToDraft(['Kunstwerk GmbH', '', 'Hauptstraße 5', '1011', 'Berlin', 'Allemagne', '', '', ''], mapping);
    expect(result).toMatchObject({ ok: true, value: { kind: 'business', address: { postalCode: '1011', country: 'Allemagne' } } });
  });

  it('keeps a client whose French postcode or phone has the wrong length, without them, and says why on its line', () => {
    const result = clientRowToDraft(['Atelier Nord', '', '3 rue X', '690', 'Lyon', '', '', '06 12 34 56 7', ''], mapping);
    expect(result).toMatchObject({ ok: true, value: { name: 'Atelier Nord', address: { postalCode: '', city: 'Lyon' }, phone: '' } });
    expect(result.ok && result.value.warnings).toEqual([
      'Code postal «\u00a0690\u00a0»\u00a0: 5 chiffres pour la France (exemple\u00a0: 69001). Champ laissé vide.',
      'Téléphone «\u00a006 12 34 56 7\u00a0»\u00a0: 10 chiffres pour la France (exemple\u00a0: 06 12 34 56 78), ou +33 suivi de 9 chiffres. Champ laissé vide.',
    ]);
    // Excel's dropped leading zeros are restored first: « 6900 » is « 06900 », « 612345678 » is « 0612345678 ».
    expect(clientRowToDraft(['Atelier Sud', '', '3 rue X', '6900', 'Lyon', '', '', '612345678', ''], mapping)).toMatchObject({
      ok: true,
      value: { address: { postalCode: '06900' }, phone: '0612345678', warnings: [] },
    });
    // Over-long e-mail (which stops the parse) and a bad postcode: both left out, the client still comes in.
    const both = clientRowToDraft(['Atelier Est', '', '3 rue X', '690', 'Lyon', '', `${'a'.repeat(250)}@x.fr`, '', ''], mapping);
    expect(both).toMatchObject({ ok: true, value: { email: '', address: { postalCode: '' } } });
  });

  it('rejects a client without a name, with the message of the ledger', () => {
    expect(clientRowToDraft(['', '', '', '', '', '', '', '', ''], mapping)).toEqual({
      ok: false,
      reasons: ['Nom ou raison sociale\u00a0: valeur manquante (ce champ est obligatoire).'],
      label: '',
    });
    expect(clientRowToDraft(['x'.repeat(101), '', '', '', '', '', '', '', ''], mapping)).toEqual({
      ok: false,
      reasons: ['Nom du client\u00a0: 100 caractères au plus.'],
      label: 'x'.repeat(101),
    });
  });

  it('keeps a client whose e-mail, phone, SIRET or street is wrong: each doubtful field is left empty with a warning', () => {
    const result = clientRowToDraft(['A', '', 'x'.repeat(39), '69002', 'Lyon', '', 'pas-un-mail', '12', '81234567800014'], mapping);
    expect(result).toMatchObject({
      ok: true,
      value: { name: 'A', address: { street: '', postalCode: '69002', city: 'Lyon' }, email: '', phone: '', siret: '' },
    });
    expect(result.ok && result.value.warnings).toEqual([
      `Numéro et voie «\u00a0${'x'.repeat(39)}\u00a0»\u00a0: 38 caractères au plus (norme postale NF Z10-011). Champ laissé vide.`,
      'Adresse e-mail «\u00a0pas-un-mail\u00a0» invalide (exemple\u00a0: nom@domaine.fr). Champ laissé vide.',
      'Téléphone «\u00a012\u00a0» invalide (exemple\u00a0: 06 12 34 56 78). Champ laissé vide.',
      'SIRET «\u00a081234567800014\u00a0» invalide\u00a0: 14 chiffres dont le dernier est une clé de contrôle. Champ laissé vide.',
    ]);
  });
});

describe('invoiceRowToDraft: payments, credit notes, notes', () => {
  const headers = ['Numéro', 'Client', 'Date', 'Échéance', 'TTC', 'Statut', 'Montant réglé', 'Reste à payer', 'Date de paiement', 'Type', 'Commentaire'];
  const mapping = {
    number: 0, clientName: 1, issueDate: 2, dueDate: 3, amountTtc: 4, status: 5, paidAmount: 6, remainingAmount: 7, paymentDate: 8, documentType: 9, notes: 10,
  };
  const line = (values: Partial<Record<(typeof headers)[number], string>>) => {
    const base: Record<string, string> = { Numéro: 'F-10', Client: 'Atelier Nord', Date: '05/01/2026', Échéance: '04/02/2026', TTC: '1 200,00 €' };
    return headers.map((h) => values[h] ?? base[h] ?? '');
  };
  const read = (values: Partial<Record<string, string>>) => {
    const result = invoiceRowToDraft(line(values), mapping);
    if (!result.ok) throw new Error(result.reasons.join(' '));
    return result.value;
  };

  it('reads a fully paid invoice from its status, its paid amount or its rest to pay', () => {
    expect(read({ Statut: 'Payée' })).toMatchObject({ paid: { cents: 120000, source: 'status' }, warnings: [] });
    expect(read({ 'Montant réglé': '1 200,00' })).toMatchObject({ paid: { cents: 120000, source: 'paidAmount' } });
    expect(read({ 'Reste à payer': '0,00' })).toMatchObject({ paid: { cents: 120000, source: 'remainingAmount' } });
    expect(read({ Statut: 'Payée', 'Date de paiement': '10/02/2026' })).toMatchObject({ paidOn: '2026-02-10' });
  });

  it('reads a partly paid invoice with its payment, to the cent', () => {
    expect(read({ Statut: 'Partiellement payée', 'Montant réglé': '450,50', 'Reste à payer': '749,50' })).toMatchObject({
      paid: { cents: 45050, source: 'paidAmount' },
      warnings: [],
    });
    expect(read({ 'Reste à payer': '749,50 €' })).toMatchObject({ paid: { cents: 45050, source: 'remainingAmount' } });
  });

  it('reads an unpaid or late invoice as nothing paid', () => {
    expect(read({ Statut: 'En retard' })).toMatchObject({ paid: { cents: 0, source: 'status' } });
    expect(read({})).toMatchObject({ paid: null });
  });

  it('warns when the status and the amounts disagree, and keeps the amounts', () => {
    expect(read({ Statut: 'Payée', 'Montant réglé': '200,00' })).toMatchObject({
      paid: { cents: 20000 },
      warnings: ['Statut «\u00a0Payée\u00a0», mais d’après les montants 200,00\u00a0€ sont réglés sur 1\u202f200,00\u00a0€\u00a0: les montants sont retenus.'],
    });
    expect(read({ Statut: 'Partiellement payée' }).warnings).toEqual([
      'Statut «\u00a0Partiellement payée\u00a0» sans montant réglé\u00a0: aucun paiement n’est enregistré\u202f; ajoutez le paiement reçu sur la facture.',
    ]);
    expect(read({ 'Montant réglé': '1 500,00' })).toMatchObject({ paid: { cents: 120000 } });
    expect(read({ 'Montant réglé': 'beaucoup' }).warnings).toEqual([
      'Montant réglé\u00a0: «\u00a0beaucoup\u00a0» n’est pas un montant (exemple\u00a0: 1 234,56). Champ laissé vide.',
    ]);
    expect(read({ Statut: 'Payée', 'Date de paiement': '31/02/2026' }).warnings).toEqual([
      'Date de paiement «\u00a031/02/2026\u00a0»\u00a0: ce jour n’existe pas dans ce mois. Champ laissé vide.',
    ]);
    expect(read({ Statut: 'Mystère' }).warnings).toEqual(['Statut «\u00a0Mystère\u00a0» non reconnu\u00a0: il n’a pas été pris en compte.']);
    expect(read({ Statut: 'Réglée ?' }).paid).toEqual({ cents: 120000, source: 'status' });
  });

  it('recognises credit notes: negative amounts, « Avoir » in the type or the status', () => {
    expect(read({ TTC: '-240,00 €', Échéance: '' })).toMatchObject({ document: 'credit', amountTtcCents: 24000, dueDate: '2026-01-05', paid: null });
    expect(read({ TTC: '240,00', Type: 'Avoir' })).toMatchObject({ document: 'credit', amountTtcCents: 24000 });
    expect(read({ TTC: '240,00', Statut: 'Avoir' })).toMatchObject({ document: 'credit', amountTtcCents: 24000 });
    expect(read({ TTC: '(240,00)', Type: 'Facture' })).toMatchObject({ document: 'credit', amountTtcCents: 24000 });
    expect(read({ TTC: '240,00', Type: 'Facture' })).toMatchObject({ document: 'invoice' });
  });

  it('maps a comment to the invoice note; a cancelled invoice comes in cancelled; a draft is refused', () => {
    expect(read({ Commentaire: 'Relancé par téléphone le 12/02' })).toMatchObject({ notes: 'Relancé par téléphone le 12/02' });
    expect(read({ Statut: 'Annulée' })).toMatchObject({ cancelled: true, paid: null });
    expect(invoiceRowToDraft(line({ Statut: 'Brouillon' }), mapping)).toEqual({
      ok: false,
      reasons: ['Statut «\u00a0Brouillon\u00a0»\u00a0: une facture qui n’a pas été émise n’est pas importée.'],
      label: 'F-10',
    });
  });

  it('for any paid amount and rest to pay that add up to the TTC, records exactly the paid amount', () => {
    const euros = (c: number) => `${Math.floor(c / 100)},${String(c % 100).padStart(2, '0')}`;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 100 }), fc.boolean(), (ttc, percent, withRest) => {
        const paid = Math.floor((ttc * percent) / 100);
        const values = { TTC: euros(ttc), 'Montant réglé': euros(paid), ...(withRest ? { 'Reste à payer': euros(ttc - paid) } : {}) };
        const draft = read(values);
        expect(draft.paid).toEqual({ cents: paid, source: 'paidAmount' });
        expect(draft.warnings).toEqual([]);
        expect(read({ TTC: euros(ttc), 'Reste à payer': euros(ttc - paid) }).paid).toEqual({ cents: paid, source: 'remainingAmount' });
      }),
    );
  });
});
