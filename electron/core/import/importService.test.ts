import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors';
import type { ColumnMapping, ImportReport } from '../../../shared/import/importTypes';
import { frenchTypography as fr } from '../../../shared/kernel/frenchTypography';
import { emptyDatabase, type Client, type Database } from '../../../shared/ledger/schema';
import { fixedClock } from '../app/clock';
import { commitImport, previewImport, validateMapping } from './importService';
import { deepFreeze, fixture, MemoryStore, utf8 } from './testSupport';

const NOW = '2026-03-20T09:30:00.000Z';
const clock = fixedClock(new Date(NOW));

async function expectAppError(promise: Promise<unknown> | (() => unknown), code: string, message: string | RegExp): Promise<void> {
  let error: unknown;
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (typeof message === 'string') expect((error as AppError).message).toBe(fr(message));
  else expect((error as AppError).message).toMatch(message);
}

/** A full report: what a test does not name is empty; every reason goes through the French typography. */
function report_(kind: 'invoices' | 'clients', parts: Partial<ImportReport>): ImportReport {
  const typeset = (list: ImportReport['rejected'] = []) => list.map((p) => ({ ...p, reason: fr(p.reason) }));
  return {
    kind,
    created: 0,
    clientsCreated: 0,
    creditNotesCreated: 0,
    paymentsRecorded: 0,
    ...parts,
    updated: (parts.updated ?? []).map((u) => ({ ...u, changes: u.changes.map(fr) })),
    duplicates: typeset(parts.duplicates),
    rejected: typeset(parts.rejected),
    warnings: typeset(parts.warnings),
    checks: typeset(parts.checks),
    notes: (parts.notes ?? []).map(fr),
  };
}

const clientNamed = (db: Database, name: string): Client => {
  const c = db.clients.find((x) => x.name === name);
  if (!c) throw new Error(`no client ${name}`);
  return c;
};

describe('previewImport', () => {
  it('reads a UTF-8 export with a BOM and suggests the mapping', () => {
    const preview = previewImport('invoices', 'factures.csv', fixture('factures-utf8-bom.csv'));
    expect(preview.encoding).toBe('utf-8');
    expect(preview.separator).toBe(';');
    expect(preview.headers).toEqual([
      'N° facture',
      "Date d'émission",
      "Date d'échéance",
      'Client',
      'SIRET client',
      'Type de client',
      'Montant HT',
      'TVA',
      'Montant TTC',
      'Statut',
    ]);
    expect(preview.rowCount).toBe(4);
    expect(preview.sample).toHaveLength(4);
    expect(preview.sample[1]).toEqual([
      'F-2026-002',
      '12/01/2026',
      '11/02/2026',
      "Société Générale d'Études",
      '',
      'Entreprise',
      '2 345,67',
      '469,13',
      '2 814,80 €',
      'Impayée',
    ]);
    expect(preview.suggestedMapping).toEqual({
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
    expect(preview.fields.filter((f) => f.required).map((f) => f.label)).toEqual([
      'Numéro de facture',
      'Client',
      'Date de facture',
      'Échéance',
      'Montant TTC',
    ]);
  });

  it('reads the same export saved by Excel in Windows-1252', () => {
    const preview = previewImport('invoices', 'factures.csv', fixture('factures-windows-1252.csv'));
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.headers[1]).toBe("Date d'émission");
    expect(preview.rowCount).toBe(4);
    expect(preview.sample[1]![3]).toBe("Société Générale d'Études");
    expect(preview.sample[0]![8]).toBe('1 200,00 €');
    expect(preview.suggestedMapping).toEqual(previewImport('invoices', 'f.csv', fixture('factures-utf8-bom.csv')).suggestedMapping);
  });

  it('keeps at most 5 sample rows, padded to the number of columns', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `F-${i};Client ${i}`);
    const preview = previewImport('invoices', 'f.csv', utf8(`Numéro;Client;Montant\n${rows.join('\n')}\n`));
    expect(preview.rowCount).toBe(8);
    expect(preview.sample).toHaveLength(5);
    expect(preview.sample[0]).toEqual(['F-0', 'Client 0', '']);
  });

  it('tells in French why a file cannot be read', () => {
    expect(() => previewImport('invoices', 'vide.csv', new Uint8Array())).toThrow('Le fichier «\u00a0vide.csv\u00a0» est vide.');
    expect(() => previewImport('invoices', 'vide.csv', utf8('\ufeff\r\n\r\n'))).toThrow(fr('Le fichier « vide.csv » est vide.'));
    expect(() => previewImport('invoices', 'C:\\Export\\entete.csv', utf8('Numéro;Client;Montant\r\n;;\r\n'))).toThrow(
      fr('Le fichier « entete.csv » ne contient aucune ligne à importer : seule la ligne des titres de colonnes est présente.'),
    );
    expect(() => previewImport('invoices', 'factures.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toThrow(
      /«\u00a0factures\.xlsx\u00a0» est un classeur Excel, pas un fichier CSV/,
    );
    expect(() => previewImport('invoices', 'f.csv', utf8('Numéro;Client\nF-1;"Dupont\nF-2;Durand\n'))).toThrow(
      fr('Guillemet ouvrant sans guillemet fermant à partir de la ligne 2 du fichier : vérifiez les guillemets de cette ligne.'),
    );
    try {
      previewImport('invoices', 'vide.csv', new Uint8Array());
    } catch (e) {
      expect((e as AppError).code).toBe('IMPORT_INVALID_FILE');
    }
  });
});

const INVOICE_MAPPING: ColumnMapping = {
  number: 0,
  issueDate: 1,
  dueDate: 2,
  clientName: 3,
  clientSiret: 4,
  clientKind: 5,
  amountHt: 6,
  amountTtc: 8,
};

describe('commitImport (invoices)', () => {
  it('imports a French export: amounts to the cent, dates, clients created once', async () => {
    const store = new MemoryStore();
    const report = await commitImport(store, clock, 'invoices', 'factures.csv', fixture('factures-utf8-bom.csv'), INVOICE_MAPPING);
    expect(report).toEqual(report_('invoices', { created: 4, clientsCreated: 3 }));
    expect(store.updates).toBe(1);

    const db = store.data;
    expect(db.invoices.map((i) => [i.number, i.issueDate, i.dueDate, i.amountTtcCents, i.amountHtCents])).toEqual([
      ['F-2026-001', '2026-01-05', '2026-02-04', 120000, 100000],
      ['F-2026-002', '2026-01-12', '2026-02-11', 281480, 234567],
      ['F-2026-003', '2026-01-20', '2026-01-20', 54000, 45000],
      ['F-2026-004', '2026-02-02', '2026-03-04', 1500060, 1250050],
    ]);
    const boulangerie = clientNamed(db, 'Boulangerie Léa & Fils');
    expect(boulangerie).toMatchObject({ kind: 'business', siret: '81234567800013', createdAt: NOW, updatedAt: NOW });
    expect(clientNamed(db, 'Mme Chloé Dupré').kind).toBe('private');
    expect(clientNamed(db, "Société Générale d'Études").kind).toBe('business');
    // F-2026-004 is for "BOULANGERIE LEA & FILS", same SIRET: the client of F-2026-001 is reused.
    expect(db.invoices[0]!.clientId).toBe(boulangerie.id);
    expect(db.invoices[3]!.clientId).toBe(boulangerie.id);
    for (const invoice of db.invoices) {
      expect(invoice).toMatchObject({ currency: 'EUR', payments: [], notes: '', createdAt: NOW, updatedAt: NOW });
      expect(invoice.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(new Set([...db.invoices.map((i) => i.id), ...db.clients.map((c) => c.id)]).size).toBe(7);
  });

  it('is idempotent: a second import of the same file (even re-encoded) creates nothing', async () => {
    const store = new MemoryStore();
    await commitImport(store, clock, 'invoices', 'factures.csv', fixture('factures-utf8-bom.csv'), INVOICE_MAPPING);
    const before = store.data;
    const again = await commitImport(store, clock, 'invoices', 'factures.csv', fixture('factures-utf8-bom.csv'), INVOICE_MAPPING);
    expect(again).toEqual(
      report_('invoices', {
        duplicates: [
          { line: 2, label: 'F-2026-001', reason: 'La facture F-2026-001 existe déjà.' },
          { line: 3, label: 'F-2026-002', reason: 'La facture F-2026-002 existe déjà.' },
          { line: 4, label: 'F-2026-003', reason: 'La facture F-2026-003 existe déjà.' },
          { line: 5, label: 'F-2026-004', reason: 'La facture F-2026-004 existe déjà.' },
        ],
      }),
    );
    const ansi = await commitImport(store, clock, 'invoices', 'factures-excel.csv', fixture('factures-windows-1252.csv'), INVOICE_MAPPING);
    expect(ansi).toMatchObject({ created: 0, clientsCreated: 0, rejected: [] });
    expect(ansi.duplicates).toHaveLength(4);
    expect(store.data).toBe(before);
    expect(store.updates).toBe(1);
  });

  it('imports the Windows-1252 file with the same values as the UTF-8 one', async () => {
    const a = new MemoryStore();
    const b = new MemoryStore();
    await commitImport(a, clock, 'invoices', 'a.csv', fixture('factures-utf8-bom.csv'), INVOICE_MAPPING);
    await commitImport(b, clock, 'invoices', 'b.csv', fixture('factures-windows-1252.csv'), INVOICE_MAPPING);
    const strip = (db: Database) => ({
      invoices: db.invoices.map(({ id: _i, clientId: _c, ...rest }) => rest),
      clients: db.clients.map(({ id: _i, ...rest }) => rest),
    });
    expect(strip(b.data)).toEqual(strip(a.data));
    expect(b.data.clients.map((c) => c.name)).toContain("Société Générale d'Études");
  });

  it('reads quoted fields with ";", quotes and line breaks, and numbers rows as a spreadsheet', async () => {
    const store = new MemoryStore();
    const mapping = previewImport('invoices', 'q.csv', fixture('factures-guillemets.csv')).suggestedMapping;
    expect(mapping).toMatchObject({ number: 0, clientName: 1, issueDate: 2, dueDate: 3, amountTtc: 4 });
    const report = await commitImport(store, clock, 'invoices', 'q.csv', fixture('factures-guillemets.csv'), mapping);
    expect(report).toEqual(
      report_('invoices', {
        created: 3,
        clientsCreated: 3,
        rejected: [{ line: 5, label: 'F-103', reason: 'Montant TTC : « abc » n’est pas un montant (exemple : 1 234,56).' }],
        notes: [
          '3 clients ont été créés comme professionnels (« Dupont; Martin & Associés », « Atelier "Le Bois" SARL » et « Café des Sports »), le fichier n’indiquant pas le type de client. Si l’un d’eux est un particulier, modifiez-le dans Clients : l’indemnité de 40 € ne lui est pas due, et les intérêts de retard ne courent qu’après une mise en demeure.',
        ],
      }),
    );
    expect(store.data.clients.map((c) => c.name)).toEqual(['Dupont; Martin & Associés', 'Atelier "Le Bois" SARL', 'Café des Sports']);
    // The "Notes" column goes to the invoice note, line breaks and quotes included.
    expect(store.data.invoices.map((i) => i.notes)).toEqual(['Ligne 1\r\nligne 2 avec "guillemets"', '', 'x;y']);
    expect(store.data.invoices.map((i) => [i.number, i.amountTtcCents])).toEqual([
      ['F-100', 123456],
      ['F-101', 9990],
      ['F-102', 200000],
    ]);
  });

  it('rejects each bad row with its line and French reasons, and imports the good ones', async () => {
    const store = new MemoryStore();
    const mapping = { number: 0, clientName: 1, issueDate: 2, dueDate: 3, amountTtc: 4 };
    const report = await commitImport(store, clock, 'invoices', 'mixte.csv', fixture('factures-mixtes.csv'), mapping);
    // Each rejected line names its invoice, not only its line number.
    expect(report.rejected).toEqual(
      report_('invoices', {
        rejected: [
          { line: 3, label: 'F-002', reason: 'Montant TTC « 12,345 » : un montant a au plus deux chiffres après la virgule.' },
          { line: 4, label: 'F-003', reason: 'Date de facture « 31/02/2026 » : ce jour n’existe pas dans ce mois.' },
          { line: 5, label: 'F-004', reason: 'Client : valeur manquante (ce champ est obligatoire).' },
          { line: 6, label: 'F-005', reason: 'L’échéance ne peut pas précéder la date de la facture.' },
          { line: 10, label: 'F-007', reason: 'Montant TTC : « abc » n’est pas un montant (exemple : 1 234,56).' },
        ],
      }).rejected,
    );
    expect(report.rejected[0]!.reason).toBe('Montant TTC «\u00a012,345\u00a0»\u00a0: un montant a au plus deux chiffres après la virgule.');
    expect(report.duplicates).toEqual([{ line: 8, label: 'f-001', reason: fr('La facture f-001 figure déjà à la ligne 2 du fichier.') }]);
    expect(report.created).toBe(2);
    expect(report.clientsCreated).toBe(1);
    const [alpha] = store.data.clients;
    expect(alpha!.name).toBe('Alpha SARL');
    expect(store.data.invoices.map((i) => [i.number, i.clientId, i.amountTtcCents])).toEqual([
      ['F-001', alpha!.id, 150000],
      ['F-006', alpha!.id, 25050],
    ]);
  });

  it('reuses clients already in the ledger (by SIRET, else by name whatever the case and accents)', async () => {
    const store = new MemoryStore();
    await commitImport(store, clock, 'clients', 'clients.csv', fixture('clients.csv'), previewImport('clients', 'c.csv', fixture('clients.csv')).suggestedMapping);
    const clientsBefore = store.data.clients;
    const report = await commitImport(store, clock, 'invoices', 'factures.csv', fixture('factures-utf8-bom.csv'), INVOICE_MAPPING);
    expect(report).toMatchObject({ created: 4, clientsCreated: 1, rejected: [], duplicates: [] });
    const created = store.data.clients.slice(clientsBefore.length);
    expect(created.map((c) => c.name)).toEqual(["Société Générale d'Études"]);
    const byNumber = new Map(store.data.invoices.map((i) => [i.number, i.clientId]));
    expect(byNumber.get('F-2026-001')).toBe(clientNamed(store.data, 'Boulangerie Léa & Fils').id);
    expect(byNumber.get('F-2026-004')).toBe(clientNamed(store.data, 'Boulangerie Léa & Fils').id);
    expect(byNumber.get('F-2026-003')).toBe(clientNamed(store.data, 'Mme Chloé Dupré').id);
  });

  it('does not match a client of the same name whose SIRET differs', async () => {
    const store = new MemoryStore();
    const csv = 'Numéro;Client;SIRET;Date;Échéance;TTC\nA-1;Studio Nord;45201967300022;01/03/2026;31/03/2026;10\nA-2;STUDIO NORD;81234567800013;01/03/2026;31/03/2026;20\nA-3;studio nord;;01/03/2026;31/03/2026;30\n';
    const mapping = { number: 0, clientName: 1, clientSiret: 2, issueDate: 3, dueDate: 4, amountTtc: 5 };
    const report = await commitImport(store, clock, 'invoices', 'f.csv', utf8(csv), mapping);
    expect(report).toMatchObject({ created: 3, clientsCreated: 2 });
    const [first, second] = store.data.clients;
    expect(store.data.invoices.map((i) => i.clientId)).toEqual([first!.id, second!.id, first!.id]);
  });

  it('writes nothing when the store write fails', async () => {
    const store = new MemoryStore();
    store.failNextWrite = true;
    await expectAppError(
      commitImport(store, clock, 'invoices', 'factures.csv', fixture('factures-utf8-bom.csv'), INVOICE_MAPPING),
      'STORE_WRITE_FAILED',
      'L’import n’a pas pu être enregistré : aucune facture ni aucun client n’a été ajouté ou modifié. Réessayez.',
    );
    expect(store.data).toEqual(emptyDatabase());
    // The next attempt imports everything.
    const report = await commitImport(store, clock, 'invoices', 'factures.csv', fixture('factures-utf8-bom.csv'), INVOICE_MAPPING);
    expect(report).toMatchObject({ created: 4, clientsCreated: 3 });
  });

  it('plans against the state the store hands over, so a concurrent write is not duplicated', async () => {
    const store = new MemoryStore();
    const other = new MemoryStore();
    await commitImport(other, clock, 'invoices', 'f.csv', fixture('factures-utf8-bom.csv'), { ...INVOICE_MAPPING });
    const written = other.data.invoices[1]!;
    const client = other.data.clients.find((c) => c.id === written.clientId)!;
    // Another write lands between the reading of the file and the store update.
    const update = store.update.bind(store);
    store.update = (mutate) => {
      store.data = deepFreeze({ ...store.data, clients: [client], invoices: [written] });
      return update(mutate);
    };
    const report = await commitImport(store, clock, 'invoices', 'f.csv', fixture('factures-utf8-bom.csv'), INVOICE_MAPPING);
    expect(report.created).toBe(3);
    expect(report.clientsCreated).toBe(2);
    expect(report.duplicates).toEqual([{ line: 3, label: 'F-2026-002', reason: 'La facture F-2026-002 existe déjà.' }]);
    expect(store.data.invoices.map((i) => i.number).sort()).toEqual(['F-2026-001', 'F-2026-002', 'F-2026-003', 'F-2026-004']);
  });

  it('takes the « Désignation » column as what was supplied, cut at 500 characters, and fills it in on a re-import', async () => {
    const store = new MemoryStore();
    const long = 'Maintenance '.repeat(50);
    const first = `N° facture;Client;Date;Échéance;Montant TTC;Désignation\nF-1;Éditions Lumière;05/01/2026;04/02/2026;1 800,00;Développement du site vitrine\nF-2;Éditions Lumière;06/01/2026;05/02/2026;600,00;\nF-3;Éditions Lumière;07/01/2026;06/02/2026;90,00;${long}\n`;
    const mapping = previewImport('invoices', 'f.csv', utf8(first)).suggestedMapping;
    expect(mapping).toMatchObject({ description: 5, notes: null });
    const report = await commitImport(store, clock, 'invoices', 'f.csv', utf8(first), mapping);
    expect(report.created).toBe(3);
    expect(report.warnings).toEqual([{ line: 4, label: 'F-3', reason: fr('Objet de la facture : 500 caractères au plus ; la fin du texte n’a pas été reprise.') }]);
    expect(store.data.invoices.map((i) => i.description)).toEqual(['Développement du site vitrine', '', long.slice(0, 500).trim()]);

    const again = first.replace('F-2;Éditions Lumière;06/01/2026;05/02/2026;600,00;', 'F-2;Éditions Lumière;06/01/2026;05/02/2026;600,00;Hébergement 2026').replace('Développement du site vitrine', 'Autre texte');
    const second = await commitImport(store, clock, 'invoices', 'f.csv', utf8(again), mapping);
    expect(second.updated).toEqual([{ line: 3, label: 'F-2', changes: ['Objet de la facture repris du fichier.'] }]);
    // An invoice that already has one keeps it.
    expect(store.data.invoices.map((i) => i.description.slice(0, 40))).toEqual(['Développement du site vitrine', 'Hébergement 2026', long.slice(0, 40)]);
  });

  it('rejects a row with more values than columns (an unquoted ";")', async () => {
    const store = new MemoryStore();
    const csv = 'Numéro;Client;Date;Échéance;Montant\nF-1;Dupont; Martin;01/03/2026;31/03/2026;10\nF-2;Durand;01/03/2026;31/03/2026;20;\n';
    const report = await commitImport(store, clock, 'invoices', 'f.csv', utf8(csv), { number: 0, clientName: 1, issueDate: 2, dueDate: 3, amountTtc: 4 });
    expect(report.rejected).toEqual([
      {
        line: 2,
        label: 'F-1',
        reason: fr('Cette ligne compte 6 colonnes alors que la ligne des titres en a 5 : une valeur contenant « ; » n’est sans doute pas entre guillemets.'),
      },
    ]);
    expect(report.created).toBe(1);
  });
});

describe('mapping checks', () => {
  const bytes = fixture('factures-utf8-bom.csv');
  const commit = (mapping: ColumnMapping) => commitImport(new MemoryStore(), clock, 'invoices', 'f.csv', bytes, mapping);

  it('names the required fields that are not mapped, in French', async () => {
    await expectAppError(
      commit({ ...INVOICE_MAPPING, dueDate: null }),
      'IMPORT_INVALID_FILE',
      'Choisissez la colonne qui contient « Échéance » : ce champ est obligatoire.',
    );
    await expectAppError(
      commit({ number: 0, clientName: 3 }),
      'IMPORT_INVALID_FILE',
      'Choisissez les colonnes qui contiennent « Date de facture », « Échéance » et « Montant TTC » : ces champs sont obligatoires.',
    );
  });

  it('refuses one column for two unrelated fields, but allows the same date or amount twice', async () => {
    await expectAppError(
      commit({ ...INVOICE_MAPPING, clientName: 0 }),
      'IMPORT_INVALID_FILE',
      'La colonne « N° facture » est choisie à la fois pour « Numéro de facture » et « Client » : choisissez une colonne différente pour chacun.',
    );
    const report = await commit({ ...INVOICE_MAPPING, dueDate: 1, amountHt: 8 });
    expect(report.created).toBe(4);
  });

  it('refuses a column beyond the file', async () => {
    await expectAppError(
      commit({ ...INVOICE_MAPPING, amountTtc: 12 }),
      'IMPORT_INVALID_FILE',
      'La colonne n° 13 choisie pour « Montant TTC » n’existe pas : le fichier n’a que 10 colonnes.',
    );
  });

  it('refuses an unknown field name', () => {
    expect(() => validateMapping('clients', { nom: 0 }, ['Nom'])).toThrow(fr('Champ d’import inconnu : « nom ».'));
  });

  it('refuses an empty file or a file without data rows', async () => {
    await expectAppError(commitImport(new MemoryStore(), clock, 'clients', 'c.csv', utf8(''), { name: 0 }), 'IMPORT_INVALID_FILE', 'Le fichier « c.csv » est vide.');
    await expectAppError(
      commitImport(new MemoryStore(), clock, 'clients', 'c.csv', utf8('Nom;Ville\n'), { name: 0 }),
      'IMPORT_INVALID_FILE',
      /ne contient aucune ligne à importer/,
    );
  });
});

describe('commitImport (clients)', () => {
  it('imports a clients export, rejects bad rows, skips duplicates', async () => {
    const store = new MemoryStore();
    const preview = previewImport('clients', 'clients.csv', fixture('clients.csv'));
    expect(preview.rowCount).toBe(7);
    const report = await commitImport(store, clock, 'clients', 'clients.csv', fixture('clients.csv'), preview.suggestedMapping);
    expect(report).toEqual(
      report_('clients', {
        created: 5,
        clientsCreated: 5,
        rejected: [{ line: 6, label: 'Mystère & Co', reason: 'Type de client « Inconnu » inconnu : indiquez « particulier » ou « professionnel ».' }],
        // A bad e-mail no longer rejects the whole client: the client comes in without it.
        warnings: [{ line: 7, label: 'Mauvais Mail', reason: 'Adresse e-mail « pas-un-mail » invalide (exemple : nom@domaine.fr). Champ laissé vide.' }],
        duplicates: [{ line: 8, label: 'boulangerie lea & fils', reason: 'Le client « Boulangerie Léa & Fils » figure déjà à la ligne 2 du fichier.' }],
      }),
    );
    expect(clientNamed(store.data, 'Mauvais Mail')).toMatchObject({ kind: 'business', email: '' });
    const [lea, chloe, studio, kunst] = store.data.clients;
    expect(lea).toMatchObject({
      kind: 'business',
      name: 'Boulangerie Léa & Fils',
      contactName: 'Léa Martin',
      address: { street: '12 rue des Lilas', complement: '', locality: '', postalCode: '01000', city: 'Bourg-en-Bresse', country: '' },
      email: 'contact@boulangerie-lea.fr',
      phone: '0474123456',
      siret: '81234567800013',
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(chloe).toMatchObject({
      kind: 'private',
      address: { street: "3 place de l'Église", complement: 'Appartement 4B', postalCode: '75011', city: 'Paris' },
      phone: '06 12 34 56 78',
      notes: 'Cliente fidèle',
    });
    expect(studio).toMatchObject({ kind: 'business', siret: '45201967300022', notes: 'Paie à 60 jours; relancer par téléphone' });
    expect(kunst).toMatchObject({ kind: 'business', address: { postalCode: '10115', city: 'Berlin', country: 'Allemagne' } });

    const again = await commitImport(store, clock, 'clients', 'clients.csv', fixture('clients.csv'), preview.suggestedMapping);
    expect(again.created).toBe(0);
    expect(again.duplicates.map((d) => d.reason)).toEqual(
      [
        'Le client « Boulangerie Léa & Fils » (SIRET 812 345 678 00013) existe déjà.',
        'Le client « Mme Chloé Dupré » existe déjà.',
        'Le client « Studio Nord » (SIRET 452 019 673 00022) existe déjà.',
        'Le client « Kunstwerk GmbH » existe déjà.',
        'Le client « Mauvais Mail » existe déjà.',
        'Le client « Boulangerie Léa & Fils » existe déjà.',
      ].map(fr),
    );
    expect(store.updates).toBe(1);
  });
});
