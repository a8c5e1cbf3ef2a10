import { describe, expect, it } from 'vitest';
import { CLIENT_IMPORT_FIELDS, INVOICE_IMPORT_FIELDS } from './importTypes';
import { guessMapping, importFields, normalizeHeader } from './guessMapping';

describe('normalizeHeader', () => {
  it('drops accents, case, "°" and punctuation', () => {
    expect(normalizeHeader('  N° Facture ')).toBe('n facture');
    expect(normalizeHeader("Date d'Émission")).toBe('date d emission');
    expect(normalizeHeader('Date d’échéance')).toBe('date d echeance');
    expect(normalizeHeader('Particulier/Professionnel')).toBe('particulier professionnel');
    expect(normalizeHeader('Montant TTC (€)')).toBe('montant ttc');
    expect(normalizeHeader('E-mail')).toBe('e mail');
  });
});

describe('importFields', () => {
  it('lists the invoice fields with French labels and required flags', () => {
    expect(importFields('invoices').map(({ field, label, required }) => ({ field, label, required }))).toEqual([
      { field: 'number', label: 'Numéro de facture', required: true },
      { field: 'clientName', label: 'Client', required: true },
      { field: 'issueDate', label: 'Date de facture', required: true },
      { field: 'dueDate', label: 'Échéance', required: true },
      { field: 'amountTtc', label: 'Montant TTC', required: true },
      { field: 'amountHt', label: 'Montant HT', required: false },
      { field: 'clientKind', label: 'Type de client', required: false },
      { field: 'clientSiret', label: 'SIRET du client', required: false },
      { field: 'status', label: 'Statut', required: false },
      { field: 'paidAmount', label: 'Montant réglé', required: false },
      { field: 'remainingAmount', label: 'Reste à payer', required: false },
      { field: 'paymentDate', label: 'Date de paiement', required: false },
      { field: 'documentType', label: 'Type de document', required: false },
      { field: 'description', label: 'Objet de la facture', required: false },
      { field: 'notes', label: 'Commentaire ou note', required: false },
    ]);
    expect(importFields('invoices').map((f) => f.field)).toEqual([...INVOICE_IMPORT_FIELDS]);
    expect(importFields('invoices').find((f) => f.field === 'paymentDate')?.hint).toBe(
      'Sans elle, un paiement est daté de l’échéance, ou du jour de l’import si l’échéance est à venir.',
    );
  });

  it('lists the client fields; only the name is required', () => {
    const fields = importFields('clients');
    expect(fields.map((f) => f.field)).toEqual([...CLIENT_IMPORT_FIELDS]);
    expect(fields.filter((f) => f.required).map((f) => f.field)).toEqual(['name']);
    expect(fields.find((f) => f.field === 'phone')?.label).toBe('Téléphone');
  });
});

describe('guessMapping (invoices)', () => {
  it('maps a typical French export', () => {
    const headers = ["N° facture", "Date d'émission", "Date d'échéance", 'Client', 'SIRET client', 'Type de client', 'Montant HT', 'TVA', 'Montant TTC', 'Statut'];
    expect(guessMapping('invoices', headers)).toEqual({
      number: 0,
      issueDate: 1,
      dueDate: 2,
      clientName: 3,
      clientSiret: 4,
      clientKind: 5,
      amountHt: 6,
      amountTtc: 8,
      status: 9,
      paidAmount: null,
      remainingAmount: null,
      paymentDate: null,
      documentType: null,
      description: null,
      notes: null,
    });
  });

  it('maps the payment columns of an export: paid, partly paid, payment date, rest to pay', () => {
    const headers = ['N° facture', 'Client', 'Date', 'Échéance', 'Total TTC', 'Montant réglé', 'Reste à payer', 'Date de paiement', 'Statut', 'Commentaire'];
    expect(guessMapping('invoices', headers)).toMatchObject({
      number: 0,
      clientName: 1,
      issueDate: 2,
      dueDate: 3,
      amountTtc: 4,
      paidAmount: 5,
      remainingAmount: 6,
      paymentDate: 7,
      status: 8,
      notes: 9,
    });
    expect(guessMapping('invoices', ['Facture', 'Client', 'Date', 'Échéance', 'Montant', 'Déjà payé', 'Solde dû', 'Réglée le', 'Notes'])).toMatchObject({
      amountTtc: 4,
      paidAmount: 5,
      remainingAmount: 6,
      paymentDate: 7,
      notes: 8,
    });
  });

  it('tells a "Type" column of invoices and credit notes from a "Type" column of clients by its values', () => {
    const headers = ['Numéro', 'Type', 'Client', 'Date', 'Échéance', 'Montant'];
    const documents = [
      ['F-1', 'Facture', 'A', '', '', ''],
      ['AV-1', 'Avoir', 'A', '', '', ''],
    ];
    expect(guessMapping('invoices', headers, documents)).toMatchObject({ documentType: 1, clientKind: null });
    const clients = [
      ['F-1', 'Professionnel', 'A', '', '', ''],
      ['F-2', 'Particulier', 'B', '', '', ''],
    ];
    expect(guessMapping('invoices', headers, clients)).toMatchObject({ documentType: null, clientKind: 1 });
    expect(guessMapping('invoices', ['Numéro', 'Type de document', 'Type de client'])).toMatchObject({ documentType: 1, clientKind: 2 });
  });

  it('maps short and alternative names', () => {
    expect(guessMapping('invoices', ['Facture', 'Raison sociale', 'Date', 'Échéance', 'TTC', 'HT', 'Particulier/Professionnel'])).toEqual({
      number: 0,
      clientName: 1,
      issueDate: 2,
      dueDate: 3,
      amountTtc: 4,
      amountHt: 5,
      clientKind: 6,
      clientSiret: null,
      status: null,
      paidAmount: null,
      remainingAmount: null,
      paymentDate: null,
      documentType: null,
      description: null,
      notes: null,
    });
    expect(
      guessMapping('invoices', ['Référence', 'Nom du client', 'Date facture', 'Date limite de paiement', 'Montant', 'Date de paiement']),
    ).toMatchObject({ number: 0, clientName: 1, issueDate: 2, dueDate: 3, amountTtc: 4, amountHt: null, paymentDate: 5 });
  });

  it('maps an English export', () => {
    expect(guessMapping('invoices', ['Invoice number', 'Customer', 'Invoice date', 'Due date', 'Total amount', 'Subtotal'])).toMatchObject({
      number: 0,
      clientName: 1,
      issueDate: 2,
      dueDate: 3,
      amountTtc: 4,
      amountHt: 5,
    });
  });

  it('does not mistake look-alike columns', () => {
    const mapping = guessMapping('invoices', ['Référence client', 'Numéro de TVA', 'Montant TVA', 'Date de paiement', 'Reste à payer', 'Total HT']);
    expect(mapping).toEqual({
      number: null,
      clientName: null,
      issueDate: null,
      dueDate: null,
      amountTtc: null,
      amountHt: 5,
      clientKind: null,
      clientSiret: null,
      status: null,
      paidAmount: null,
      remainingAmount: 4,
      paymentDate: 3,
      documentType: null,
      description: null,
      notes: null,
    });
  });

  it('maps a « Description », « Objet », « Désignation » or « Libellé » column to the invoice’s description, not to its number or notes', () => {
    for (const header of ['Description', 'Objet', 'Objet de la facture', 'Désignation', 'Libellé', 'Intitulé', 'Prestation', 'Description de la prestation']) {
      expect(guessMapping('invoices', ['N° facture', 'Client', 'Date', 'Échéance', 'Montant TTC', header, 'Commentaire']), header).toMatchObject({
        number: 0,
        clientName: 1,
        description: 5,
        notes: 6,
      });
    }
    expect(guessMapping('invoices', ['Facture', 'Libellé client', 'Date', 'Échéance', 'Montant'])).toMatchObject({ description: null });
  });

  it('uses each column once, preferring exact names', () => {
    const mapping = guessMapping('invoices', ['Montant', 'Montant TTC', 'Date', 'Date facture']);
    expect(mapping).toMatchObject({ amountTtc: 1, issueDate: 3 });
  });
});

describe('guessMapping (clients)', () => {
  it('maps a clients export', () => {
    const headers = ['Raison sociale', 'Type', 'Contact', 'Adresse', "Complément d'adresse", 'Code postal', 'Ville', 'Pays', 'E-mail', 'Téléphone', 'SIRET', 'Commentaire'];
    expect(guessMapping('clients', headers)).toEqual({
      name: 0,
      kind: 1,
      contactName: 2,
      street: 3,
      complement: 4,
      postalCode: 5,
      city: 6,
      country: 7,
      email: 8,
      phone: 9,
      siret: 10,
      notes: 11,
      locality: null,
    });
  });

  it('keeps "Adresse e-mail" for the e-mail and "Code client" away from the name', () => {
    expect(guessMapping('clients', ['Code client', 'Nom', 'Adresse e-mail', 'Adresse 1', 'Adresse 2', 'CP', 'Tél.'])).toMatchObject({
      name: 1,
      email: 2,
      street: 3,
      complement: 4,
      postalCode: 5,
      phone: 6,
    });
  });
});
