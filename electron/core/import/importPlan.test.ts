import { describe, expect, it } from 'vitest';
import { buildOverview } from '../../../shared/dunning/overview';
import type { ColumnMapping } from '../../../shared/import/importTypes';
import { frenchTypography as fr } from '../../../shared/kernel/frenchTypography';
import { invoiceBalance } from '../../../shared/ledger/invoiceStatus';
import { emptyDatabase, identitySchema, type Client, type Database, type Invoice } from '../../../shared/ledger/schema';
import { formatEuros as eur } from '../../../shared/kernel/money';
import { fixedClock } from '../app/clock';
import { commitImport, previewImport } from './importService';
import { fixture, MemoryStore, utf8 } from './testSupport';

const NOW = '2026-03-20T09:30:00.000Z';
const clock = fixedClock(new Date(NOW));
const LEA_SIRET = '81234567800013';
const STUDIO_SIRET = '45201967300022';
const OWN_SIRET = '73282932000074';

const invoice = (db: Database, number: string): Invoice => {
  const found = db.invoices.find((i) => i.number === number);
  if (!found) throw new Error(`no invoice ${number}`);
  return found;
};
const client = (db: Database, name: string): Client => {
  const found = db.clients.find((c) => c.name === name);
  if (!found) throw new Error(`no client ${name}`);
  return found;
};
const remaining = (db: Database, number: string) => invoiceBalance(invoice(db, number)).remainingCents;

async function importPayments(store = new MemoryStore()) {
  const bytes = fixture('factures-paiements.csv');
  const { suggestedMapping } = previewImport('invoices', 'export.csv', bytes);
  const report = await commitImport(store, clock, 'invoices', 'export.csv', bytes, suggestedMapping);
  return { store, report, mapping: suggestedMapping };
}

describe('an export with paid, partly paid and late invoices', () => {
  it('maps the payment columns without being told', () => {
    const preview = previewImport('invoices', 'export.csv', fixture('factures-paiements.csv'));
    expect(preview.suggestedMapping).toEqual({
      number: 0,
      documentType: 1,
      issueDate: 2,
      dueDate: 3,
      clientName: 4,
      clientSiret: 5,
      amountTtc: 6,
      paidAmount: 7,
      remainingAmount: 8,
      paymentDate: 9,
      status: 10,
      notes: 11,
      amountHt: null,
      clientKind: null,
      description: null,
    });
  });

  it('brings paid invoices in paid, partly paid ones with their payment, to the cent', async () => {
    const { store, report } = await importPayments();
    const db = store.data;
    expect(report).toMatchObject({ created: 7, creditNotesCreated: 1, paymentsRecorded: 4 });
    expect(invoice(db, 'F-2026-101').payments).toEqual([
      { id: expect.any(String), date: '2026-02-03', amountCents: 120000, note: 'Import CSV «\u00a0export.csv\u00a0»', recordedAt: NOW },
    ]);
    expect(remaining(db, 'F-2026-101')).toBe(0);
    expect(invoice(db, 'F-2026-102').payments.map((p) => [p.date, p.amountCents])).toEqual([['2026-02-15', 80000]]);
    expect(remaining(db, 'F-2026-102')).toBe(160000);
    expect(invoice(db, 'F-2026-102').notes).toBe('Acompte reçu par virement');
    expect(remaining(db, 'F-2026-103')).toBe(54000);
    expect(invoice(db, 'F-2026-107')).toMatchObject({ amountTtcCents: 30000 });
    expect(remaining(db, 'F-2026-107')).toBe(0);
  });

  it('puts nothing paid in « À relancer aujourd’hui »', async () => {
    const { store } = await importPayments();
    const overview = buildOverview(store.data, '2026-03-20');
    expect(overview.toActOn.map((r) => r.invoice.number).sort()).toEqual(['F-2026-102', 'F-2026-103', 'F-2026-104', 'F-2026-105']);
    expect(overview.toActOn.map((r) => r.remainingCents)).not.toContain(0);
    expect(overview.totals.outstandingCents).toBe(160000 + 54000 + 98000 + 360000);
  });

  it('says which date it gave the payments the file does not date', async () => {
    const { store, report } = await importPayments();
    // F-2026-106 is past due: its payment is dated of its due date (no late charges invented);
    // F-2026-107 is not due yet: its payment is dated of the day of the import.
    expect(invoice(store.data, 'F-2026-106').payments.map((p) => p.date)).toEqual(['2026-03-12']);
    expect(invoice(store.data, 'F-2026-107').payments.map((p) => p.date)).toEqual(['2026-03-20']);
    expect(report.notes).toEqual([
      fr(
        'Le fichier n’indique pas la date de paiement de la facture F-2026-106 : son paiement est daté de son échéance, donc sans retard. Si un paiement est arrivé plus tard, corrigez sa date sur la facture.',
      ),
      fr('La facture F-2026-107 n’est pas encore échue et le fichier n’indique pas de date de paiement : son paiement est daté du jour de l’import, le 20/03/2026.'),
      // F-2026-102's deposit came on 15/02, after its due date (11/02).
      fr('D’après le fichier, la facture F-2026-102 a reçu un paiement après son échéance : des pénalités de retard peuvent être dues.'),
      // The file has no client type: say which clients were taken for businesses.
      fr(
        '5 clients ont été créés comme professionnels (« Boulangerie Léa & Fils », « Studio Nord », « Mme Chloé Dupré », « Boulangerie Lefèvre & Fils » et « Atelier Marchand »), le fichier n’indiquant pas le type de client. Si l’un d’eux est un particulier, modifiez-le dans Clients : l’indemnité de 40 € ne lui est pas due, et les intérêts de retard ne courent qu’après une mise en demeure.',
      ),
    ]);
  });

  it('records the credit note against its client instead of refusing a negative amount', async () => {
    const { store, report } = await importPayments();
    const studio = client(store.data, 'Studio Nord');
    expect(store.data.creditNotes).toEqual([
      {
        id: expect.any(String),
        number: 'AV-2026-001',
        clientId: studio.id,
        issueDate: '2026-02-15',
        amountTtcCents: 15000,
        notes: 'Geste commercial sur F-2026-102',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ]);
    expect(store.data.invoices.map((i) => i.number)).not.toContain('AV-2026-001');
    expect(report.rejected.map((r) => r.label)).toEqual(['F-2026-108']);
  });

  it('files the line whose SIRET is another client’s under a client named as in the line, and asks to check', async () => {
    const { store, report } = await importPayments();
    const lea = client(store.data, 'Boulangerie Léa & Fils');
    const lefevre = client(store.data, 'Boulangerie Lefèvre & Fils');
    expect(lea.siret).toBe(LEA_SIRET);
    expect(lefevre.siret).toBe('');
    expect(invoice(store.data, 'F-2026-104').clientId).toBe(lefevre.id);
    expect(store.data.invoices.filter((i) => i.clientId === lea.id).map((i) => i.number)).toEqual(['F-2026-101', 'F-2026-107']);
    expect(report.checks).toEqual([
      {
        line: 5,
        label: 'F-2026-104',
        reason: fr(
          'Le SIRET 812 345 678 00013 de cette ligne est celui de « Boulangerie Léa & Fils », mais la ligne nomme « Boulangerie Lefèvre & Fils » : la facture F-2026-104 est rangée chez un nouveau client « Boulangerie Lefèvre & Fils », créé sans SIRET, et le SIRET n’a été attribué à aucun des deux. S’il s’agit du même client, modifiez la facture pour choisir « Boulangerie Léa & Fils ».',
        ),
      },
    ]);
  });

  it('imports the 3 600 € invoice whose client SIRET has a bad check digit, and warns on that line', async () => {
    const { store, report } = await importPayments();
    expect(invoice(store.data, 'F-2026-105').amountTtcCents).toBe(360000);
    expect(client(store.data, 'Atelier Marchand').siret).toBe('');
    expect(report.warnings).toEqual([
      {
        line: 6,
        label: 'F-2026-105',
        reason: fr('SIRET du client « 81234567800014 » invalide : 14 chiffres dont le dernier est une clé de contrôle. Champ laissé vide.'),
      },
    ]);
    expect(report.rejected).toEqual([
      { line: 10, label: 'F-2026-108', reason: fr('Date de facture « 31/02/2026 » : ce jour n’existe pas dans ce mois.') },
    ]);
  });
});

describe('re-importing an updated export', () => {
  it('updates the payments and the due dates that changed, says what it changed, and creates only what is new', async () => {
    const { store, mapping } = await importPayments();
    const later = fixedClock(new Date('2026-03-21T08:00:00.000Z'));
    const before = store.data;
    const report = await commitImport(store, later, 'invoices', 'export-maj.csv', fixture('factures-paiements-maj.csv'), mapping);

    expect(report.updated).toEqual([
      {
        line: 3,
        label: 'F-2026-102',
        changes: [fr(`Paiement de ${eur(160000)} enregistré, daté du 18/03/2026 : la facture est soldée.`)],
      },
      { line: 4, label: 'F-2026-103', changes: [fr('Échéance : 19/02/2026 → 28/02/2026.')] },
      {
        line: 6,
        label: 'F-2026-105',
        changes: [fr(`Paiement de ${eur(100000)} enregistré, daté du 19/03/2026 (réglé en tout : ${eur(100000)} sur ${eur(360000)}).`)],
      },
    ]);
    expect(report).toMatchObject({ created: 1, clientsCreated: 0, paymentsRecorded: 2, rejected: [], checks: [] });
    expect(report.notes).toEqual([
      fr('D’après le fichier, les factures F-2026-102 et F-2026-105 ont reçu un paiement après leur échéance : des pénalités de retard peuvent être dues.'),
    ]);
    expect(report.duplicates.map((d) => d.label)).toEqual(['F-2026-101', 'F-2026-104', 'F-2026-106', 'F-2026-107', 'AV-2026-001']);

    const db = store.data;
    expect(invoice(db, 'F-2026-102').payments.map((p) => [p.date, p.amountCents])).toEqual([
      ['2026-02-15', 80000],
      ['2026-03-18', 160000],
    ]);
    expect(remaining(db, 'F-2026-102')).toBe(0);
    expect(invoice(db, 'F-2026-102').updatedAt).toBe('2026-03-21T08:00:00.000Z');
    expect(invoice(db, 'F-2026-103')).toMatchObject({ dueDate: '2026-02-28', updatedAt: '2026-03-21T08:00:00.000Z' });
    expect(remaining(db, 'F-2026-105')).toBe(260000);
    expect(invoice(db, 'F-2026-110').clientId).toBe(client(db, 'Studio Nord').id);
    // Untouched invoices are left as they were.
    expect(invoice(db, 'F-2026-101')).toEqual(invoice(before, 'F-2026-101'));
    expect(db.creditNotes).toHaveLength(1);
  });

  it('never removes a payment recorded in Relance that the file does not know: it says so instead', async () => {
    const { store, mapping } = await importPayments();
    const csv = [
      'N° facture;Type;Date;Échéance;Client;SIRET client;Total TTC;Montant réglé;Reste à payer;Date de paiement;Statut;Commentaire',
      'F-2026-102;Facture;12/01/2026;11/02/2026;Studio Nord;45201967300022;2 600,00 €;0,00 €;2 600,00 €;;En retard;',
    ].join('\n');
    const report = await commitImport(store, clock, 'invoices', 'vieux.csv', utf8(csv), mapping);
    expect(report.updated).toEqual([]);
    expect(report.warnings.map((w) => w.reason)).toEqual(
      [
        `Le fichier indique ${eur(0)} réglés, Relance en a enregistré ${eur(80000)} : les paiements n’ont pas été modifiés.`,
        `Le fichier indique un montant TTC de ${eur(260000)}, Relance ${eur(240000)} : le montant n’a pas été modifié ; corrigez la facture si besoin.`,
      ].map(fr),
    );
    expect(remaining(store.data, 'F-2026-102')).toBe(160000);
  });
});

describe('client SIRETs that are not the client’s', () => {
  const mapping: ColumnMapping = { number: 0, clientName: 1, clientSiret: 2, issueDate: 3, dueDate: 4, amountTtc: 5 };
  const csv = (lines: string[]) => utf8(['Numéro;Client;SIRET;Date;Échéance;TTC', ...lines].join('\n'));

  it('ignores the user’s own SIRET in the client column, with a note, and tells the clients apart by name', async () => {
    const store = new MemoryStore({ ...emptyDatabase(), identity: identitySchema.parse({ name: 'Moi EI', siret: OWN_SIRET }) });
    const report = await commitImport(
      store,
      clock,
      'invoices',
      'f.csv',
      csv([`A-1;Atelier Dupré;${OWN_SIRET};01/03/2026;31/03/2026;100`, `A-2;Garage Martin;732 829 320 00074;01/03/2026;31/03/2026;200`]),
      mapping,
    );
    expect(store.data.clients.map((c) => [c.name, c.siret])).toEqual([
      ['Atelier Dupré', ''],
      ['Garage Martin', ''],
    ]);
    expect(report.notes[0]).toBe(
      fr('Votre propre SIRET (732 829 320 00074) figure sur 2 lignes à la place de celui du client : il a été ignoré, et les clients ont été reconnus par leur nom.'),
    );
  });

  it('ignores a SIRET that the file gives to three clients or more (the issuer’s), with one note', async () => {
    const store = new MemoryStore();
    const report = await commitImport(
      store,
      clock,
      'invoices',
      'f.csv',
      csv([
        `A-1;Atelier Dupré;${LEA_SIRET};01/03/2026;31/03/2026;100`,
        `A-2;Garage Martin;${LEA_SIRET};01/03/2026;31/03/2026;200`,
        `A-3;Café du Port;${LEA_SIRET};01/03/2026;31/03/2026;300`,
      ]),
      mapping,
    );
    expect(store.data.clients.map((c) => c.siret)).toEqual(['', '', '']);
    expect(report.checks).toEqual([]);
    expect(report.notes.slice(0, 1)).toEqual([
      fr(
        'Le SIRET 812 345 678 00013 figure sur les lignes de 3 clients différents (« Atelier Dupré », « Garage Martin », « Café du Port ») : c’est sans doute celui de l’émetteur des factures, pas d’un client ; il a été ignoré. Indiquez votre SIRET dans Paramètres pour qu’il soit reconnu la prochaine fois.',
      ),
    ]);
  });

  it('matches a known client by SIRET when its name agrees, even written otherwise', async () => {
    const store = new MemoryStore();
    await commitImport(store, clock, 'invoices', 'a.csv', csv([`A-1;SARL Studio Nord;${STUDIO_SIRET};01/03/2026;31/03/2026;100`]), mapping);
    const report = await commitImport(store, clock, 'invoices', 'b.csv', csv([`A-2;STUDIO NORD;${STUDIO_SIRET};02/03/2026;01/04/2026;100`]), mapping);
    expect(report).toMatchObject({ created: 1, clientsCreated: 0, checks: [] });
    expect(new Set(store.data.invoices.map((i) => i.clientId)).size).toBe(1);
  });

  it('in a clients file, a SIRET already held by a client of another name gives a new client without it', async () => {
    const store = new MemoryStore();
    const clients = (lines: string[]) => utf8(['Raison sociale;SIRET;E-mail', ...lines].join('\n'));
    const m = { name: 0, siret: 1, email: 2 };
    await commitImport(store, clock, 'clients', 'c.csv', clients([`Boulangerie Léa & Fils;${LEA_SIRET};`]), m);
    const report = await commitImport(store, clock, 'clients', 'c.csv', clients([`Boulangerie Lefèvre & Fils;${LEA_SIRET};lefevre@`]), m);
    expect(store.data.clients.map((c) => [c.name, c.siret, c.email])).toEqual([
      ['Boulangerie Léa & Fils', LEA_SIRET, ''],
      ['Boulangerie Lefèvre & Fils', '', ''],
    ]);
    expect(report.checks.map((c) => c.reason)).toEqual([
      fr(
        'Le SIRET 812 345 678 00013 de cette ligne est celui de « Boulangerie Léa & Fils », mais la ligne nomme « Boulangerie Lefèvre & Fils » : la ligne a donné un nouveau client « Boulangerie Lefèvre & Fils », créé sans SIRET, et le SIRET n’a été attribué à aucun des deux.',
      ),
    ]);
    expect(report.warnings.map((w) => w.reason)).toEqual([fr('Adresse e-mail « lefevre@ » invalide (exemple : nom@domaine.fr). Champ laissé vide.')]);
  });
});
