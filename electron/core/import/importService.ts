import { decodeText, detectNonCsv, type TextEncodingName } from '../../../shared/csv/decodeText';
import { fieldLabel, guessMapping, importFieldNames, importFields } from '../../../shared/csv/guessMapping';
import { CsvSyntaxError, isBlankRecord, parseCsv, type CsvRecord, type CsvSeparator } from '../../../shared/csv/parseCsv';
import { clientRowToDraft, invoiceRowToDraft, type ClientRowDraft, type InvoiceRowDraft } from '../../../shared/csv/rowToDraft';
import { AppError } from '../../../shared/ipc/errors';
import type { ColumnMapping, ImportKind, ImportPreview, ImportReport, ImportRowProblem } from '../../../shared/ipc/importTypes';
import { normalizeSiret } from '../../../shared/ledger/identifiers';
import { clientSchema, invoiceSchema, type Client, type Database, type Invoice } from '../../../shared/ledger/schema';
import type { Clock } from '../clock';
import { newId } from '../ids';
import type { Store } from '../store/store';

/**
 * CSV import of invoices and clients exported from another tool. previewImport reads the file and
 * suggests a column for each field; commitImport validates every row on its own, skips what is
 * already known, and writes everything that is accepted in one store update (all or nothing).
 */

export const SAMPLE_ROWS = 5;

interface Table {
  encoding: TextEncodingName;
  separator: CsvSeparator;
  headers: string[];
  /** Non-blank data rows, with their spreadsheet row numbers. */
  rows: CsvRecord[];
}

function invalid(message: string): AppError {
  return new AppError('IMPORT_INVALID_FILE', message);
}

function named(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop()?.trim() ?? '';
  return base === '' ? 'Le fichier' : `Le fichier « ${base} »`;
}

function separatorName(separator: CsvSeparator): string {
  return separator === '\t' ? 'une tabulation' : `« ${separator} »`;
}

function readTable(fileName: string, bytes: Uint8Array): Table {
  if (bytes.byteLength === 0) throw invalid(`${named(fileName)} est vide.`);
  switch (detectNonCsv(bytes, fileName)) {
    case 'xlsx':
    case 'xls':
      throw invalid(
        `${named(fileName)} est un classeur Excel, pas un fichier CSV : ouvrez-le dans Excel puis choisissez « Enregistrer sous » › « CSV (séparateur : point-virgule) » avant de l’importer.`,
      );
    case 'ods':
      throw invalid(
        `${named(fileName)} est un classeur LibreOffice, pas un fichier CSV : ouvrez-le puis choisissez « Enregistrer sous » › « Texte CSV » avant de l’importer.`,
      );
    case 'pdf':
      throw invalid(`${named(fileName)} est un PDF, pas un fichier CSV : exportez vos factures au format CSV depuis votre logiciel de facturation.`);
    case 'utf-16':
      throw invalid(
        `${named(fileName)} est enregistré en « Texte Unicode » (UTF-16) : enregistrez-le plutôt au format « CSV UTF-8 » depuis votre tableur.`,
      );
    case 'binary':
      throw invalid(`${named(fileName)} n’est pas un fichier texte CSV.`);
    case null:
      break;
  }
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw invalid(`${named(fileName)} est vide.`);
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw invalid(error.message);
    throw error;
  }
  const [header, ...data] = parsed.records.filter((r) => !isBlankRecord(r.cells));
  if (!header) throw invalid(`${named(fileName)} est vide.`);
  const headers = header.cells.map((h) => h.trim());
  const rows = data;
  if (rows.length === 0) {
    throw invalid(`${named(fileName)} ne contient aucune ligne à importer : seule la ligne des titres de colonnes est présente.`);
  }
  return { encoding, separator: parsed.separator, headers, rows };
}

function fitToHeaders(cells: readonly string[], width: number): string[] {
  const out = cells.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}

export function previewImport(kind: ImportKind, fileName: string, bytes: Uint8Array): ImportPreview {
  const table = readTable(fileName, bytes);
  return {
    encoding: table.encoding,
    separator: table.separator,
    headers: table.headers,
    sample: table.rows.slice(0, SAMPLE_ROWS).map((r) => fitToHeaders(r.cells, table.headers.length)),
    rowCount: table.rows.length,
    fields: importFields(kind),
    suggestedMapping: guessMapping(kind, table.headers),
  };
}

/** Pairs of fields that may share one column (due on receipt: same date; no VAT: HT = TTC). */
const SHAREABLE: Record<ImportKind, readonly (readonly string[])[]> = {
  invoices: [
    ['issueDate', 'dueDate'],
    ['amountTtc', 'amountHt'],
  ],
  clients: [['name', 'contactName']],
};

function quoteList(labels: readonly string[]): string {
  const quoted = labels.map((l) => `« ${l} »`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} et ${quoted[quoted.length - 1]}`;
}

function columnName(headers: readonly string[], index: number): string {
  const h = headers[index];
  return h ? `« ${h} »` : `n° ${index + 1}`;
}

/** Checks a mapping against the file; returns it with every field present (null when unmapped). */
export function validateMapping(kind: ImportKind, mapping: ColumnMapping, headers: readonly string[]): ColumnMapping {
  const fields = importFieldNames(kind);
  const label = (f: string) => fieldLabel(kind, f);
  for (const key of Object.keys(mapping)) {
    if (!fields.includes(key)) throw new AppError('INVALID_INPUT', `Champ d’import inconnu : « ${key} ».`);
  }
  const full: ColumnMapping = Object.fromEntries(fields.map((f) => [f, mapping[f] ?? null]));

  for (const f of fields) {
    const index = full[f];
    if (index !== null && index !== undefined && index >= headers.length) {
      throw invalid(
        `La colonne n° ${index + 1} choisie pour « ${label(f)} » n’existe pas : le fichier n’a que ${headers.length} colonne${headers.length > 1 ? 's' : ''}.`,
      );
    }
  }

  const missingRequired = importFields(kind).filter((info) => info.required && full[info.field] === null);
  if (missingRequired.length === 1) {
    throw invalid(`Choisissez la colonne qui contient « ${missingRequired[0]!.label} » : ce champ est obligatoire.`);
  }
  if (missingRequired.length > 1) {
    throw invalid(`Choisissez les colonnes qui contiennent ${quoteList(missingRequired.map((i) => i.label))} : ces champs sont obligatoires.`);
  }

  const byColumn = new Map<number, string[]>();
  for (const f of fields) {
    const index = full[f];
    if (index === null || index === undefined) continue;
    byColumn.set(index, [...(byColumn.get(index) ?? []), f]);
  }
  for (const [index, sharing] of byColumn) {
    if (sharing.length < 2) continue;
    const allowed = SHAREABLE[kind].some((group) => sharing.every((f) => group.includes(f)));
    if (!allowed) {
      throw invalid(
        `La colonne ${columnName(headers, index)} est choisie à la fois pour ${quoteList(sharing.map(label))} : choisissez une colonne différente pour chacun.`,
      );
    }
  }
  return full;
}

/** Case-, accent- and space-insensitive form of a name, to recognise a client already known. */
export function normalizeClientName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, '');
}

export function normalizeInvoiceNumber(number: string): string {
  return number.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Finds clients by SIRET when both sides have one, otherwise by normalised name. */
class ClientIndex {
  private readonly bySiret = new Map<string, Client>();
  private readonly byName = new Map<string, Client[]>();

  constructor(clients: readonly Client[]) {
    for (const c of clients) this.add(c);
  }

  add(client: Client): void {
    const siret = normalizeSiret(client.siret);
    if (siret !== '' && !this.bySiret.has(siret)) this.bySiret.set(siret, client);
    const key = normalizeClientName(client.name);
    this.byName.set(key, [...(this.byName.get(key) ?? []), client]);
  }

  find(name: string, siret: string): Client | undefined {
    const s = normalizeSiret(siret);
    if (s !== '') {
      const bySiret = this.bySiret.get(s);
      if (bySiret) return bySiret;
    }
    const sameName = this.byName.get(normalizeClientName(name)) ?? [];
    return sameName.find((c) => s === '' || normalizeSiret(c.siret) === '');
  }
}

interface Row<T> {
  line: number;
  draft: T;
}

interface Plan {
  next: Database;
  report: ImportReport;
  changed: boolean;
}

function planInvoices(current: Database, rows: readonly Row<InvoiceRowDraft>[], rejected: ImportRowProblem[], now: string): Plan {
  const known = new Set(current.invoices.map((i) => normalizeInvoiceNumber(i.number)));
  const seenInFile = new Map<string, number>();
  const clients = new ClientIndex(current.clients);
  const newClients: Client[] = [];
  const newInvoices: Invoice[] = [];
  const duplicates: ImportRowProblem[] = [];

  for (const { line, draft } of rows) {
    const key = normalizeInvoiceNumber(draft.number);
    if (known.has(key)) {
      duplicates.push({ line, reason: `La facture ${draft.number} existe déjà.` });
      continue;
    }
    const earlier = seenInFile.get(key);
    if (earlier !== undefined) {
      duplicates.push({ line, reason: `La facture ${draft.number} figure déjà à la ligne ${earlier} du fichier.` });
      continue;
    }
    let client = clients.find(draft.client.name, draft.client.siret);
    if (!client) {
      client = clientSchema.parse({
        id: newId(),
        kind: draft.client.kind ?? 'business',
        name: draft.client.name,
        siret: draft.client.siret,
        createdAt: now,
        updatedAt: now,
      });
      clients.add(client);
      newClients.push(client);
    }
    newInvoices.push(
      invoiceSchema.parse({
        id: newId(),
        number: draft.number,
        clientId: client.id,
        issueDate: draft.issueDate,
        dueDate: draft.dueDate,
        amountTtcCents: draft.amountTtcCents,
        amountHtCents: draft.amountHtCents,
        createdAt: now,
        updatedAt: now,
      }),
    );
    seenInFile.set(key, line);
  }

  return {
    next: { ...current, clients: [...current.clients, ...newClients], invoices: [...current.invoices, ...newInvoices] },
    changed: newInvoices.length > 0,
    report: { kind: 'invoices', created: newInvoices.length, clientsCreated: newClients.length, duplicates, rejected },
  };
}

function planClients(current: Database, rows: readonly Row<ClientRowDraft>[], rejected: ImportRowProblem[], now: string): Plan {
  const index = new ClientIndex(current.clients);
  const lineOfNew = new Map<string, number>();
  const newClients: Client[] = [];
  const duplicates: ImportRowProblem[] = [];

  for (const { line, draft } of rows) {
    const existing = index.find(draft.name, draft.siret);
    if (existing) {
      const earlier = lineOfNew.get(existing.id);
      const sameSiret = draft.siret !== '' && normalizeSiret(existing.siret) === draft.siret;
      const who = sameSiret ? `Le client « ${existing.name} » (SIRET ${draft.siret})` : `Le client « ${existing.name} »`;
      duplicates.push({
        line,
        reason: earlier !== undefined ? `${who} figure déjà à la ligne ${earlier} du fichier.` : `${who} existe déjà.`,
      });
      continue;
    }
    const client = clientSchema.parse({ ...draft, id: newId(), createdAt: now, updatedAt: now });
    index.add(client);
    lineOfNew.set(client.id, line);
    newClients.push(client);
  }

  return {
    next: { ...current, clients: [...current.clients, ...newClients] },
    changed: newClients.length > 0,
    report: { kind: 'clients', created: newClients.length, clientsCreated: newClients.length, duplicates, rejected },
  };
}

function extraCellsProblem(cells: readonly string[], width: number, separator: CsvSeparator): string | null {
  if (cells.length <= width || isBlankRecord(cells.slice(width))) return null;
  return `Cette ligne compte ${cells.length} colonnes alors que la ligne des titres en a ${width} : une valeur contenant ${separatorName(separator)} n’est sans doute pas entre guillemets.`;
}

/**
 * Imports the rows of a CSV file. Rows that cannot be read are listed in `rejected`, rows already
 * known (in the ledger or earlier in the file) in `duplicates`; all the others are written in a
 * single store update. For an import of clients, `created` and `clientsCreated` are the same number.
 */
export async function commitImport(
  store: Store,
  clock: Clock,
  kind: ImportKind,
  fileName: string,
  bytes: Uint8Array,
  mapping: ColumnMapping,
): Promise<ImportReport> {
  if (store.readOnly) {
    throw new AppError('STORE_READ_ONLY', 'Les données sont ouvertes en lecture seule : l’import est impossible.');
  }
  const table = readTable(fileName, bytes);
  const full = validateMapping(kind, mapping, table.headers);
  const width = table.headers.length;
  const rejected: ImportRowProblem[] = [];
  const now = clock.now().toISOString();

  let plan: (current: Database) => Plan;
  if (kind === 'invoices') {
    const rows: Row<InvoiceRowDraft>[] = [];
    for (const r of table.rows) {
      const extra = extraCellsProblem(r.cells, width, table.separator);
      const result = extra ? { ok: false as const, reasons: [extra] } : invoiceRowToDraft(r.cells, full);
      if (result.ok) rows.push({ line: r.line, draft: result.value });
      else rejected.push({ line: r.line, reason: result.reasons.join(' ') });
    }
    plan = (current) => planInvoices(current, rows, rejected, now);
  } else {
    const rows: Row<ClientRowDraft>[] = [];
    for (const r of table.rows) {
      const extra = extraCellsProblem(r.cells, width, table.separator);
      const result = extra ? { ok: false as const, reasons: [extra] } : clientRowToDraft(r.cells, full);
      if (result.ok) rows.push({ line: r.line, draft: result.value });
      else rejected.push({ line: r.line, reason: result.reasons.join(' ') });
    }
    plan = (current) => planClients(current, rows, rejected, now);
  }

  let result = plan(store.data);
  if (!result.changed) return result.report;
  try {
    await store.update((current) => {
      // Planned again against the state the store hands over, so that nothing written meanwhile is duplicated.
      result = plan(current);
      return result.changed ? result.next : current;
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    const what = kind === 'invoices' ? 'aucune facture ni aucun client n’a été ajouté' : 'aucun client n’a été ajouté';
    throw Object.assign(new AppError('STORE_WRITE_FAILED', `L’import n’a pas pu être enregistré : ${what}. Réessayez.`), { cause: error });
  }
  return result.report;
}
