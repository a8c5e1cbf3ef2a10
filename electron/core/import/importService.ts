import { guessMapping, importFields } from '../../../shared/import/guessMapping';
import { clientRowToDraft, invoiceRowToDraft, type ClientRowDraft, type InvoiceRowDraft, type RowResult } from '../../../shared/import/rowToDraft';
import type { CsvRecord } from '../../../shared/import/parseCsv';
import { AppError } from '../../../shared/ipc/errors';
import type { ColumnMapping, ImportKind, ImportPreview, ImportReport, ImportRowProblem } from '../../../shared/import/importTypes';
import { frenchTypography } from '../../../shared/kernel/frenchTypography';
import type { Database } from '../../../shared/ledger/schema';
import type { Clock } from '../app/clock';
import type { Store } from '../store/store';
import { validateMapping } from './mapping';
import { planClients } from './planClients';
import { planInvoices, type Plan, type PlanContext, type Row } from './planInvoices';
import { extraCellsProblem, fitToHeaders, readTable, type Table } from './readTable';
import { typesetReport } from './reportText';

/**
 * CSV import of invoices and clients exported from another tool, in five small steps:
 * read (readTable), map (validateMapping, then one row at a time: shared/import/rowToDraft),
 * match (clientMatcher), plan (planInvoices, planClients) and commit (one store update, all or nothing).
 */

export { validateMapping } from './mapping';

export const SAMPLE_ROWS = 5;

export function previewImport(kind: ImportKind, fileName: string, bytes: Uint8Array): ImportPreview {
  const table = readTable(fileName, bytes);
  const sample = table.rows.slice(0, SAMPLE_ROWS).map((r) => fitToHeaders(r.cells, table.headers.length));
  return {
    encoding: table.encoding,
    separator: table.separator,
    headers: table.headers,
    sample,
    rowCount: table.rows.length,
    fields: importFields(kind).map((f) => ({ ...f, hint: frenchTypography(f.hint) })),
    suggestedMapping: guessMapping(kind, table.headers, table.rows.slice(0, 50).map((r) => r.cells)),
  };
}

/** Reads every row on its own: the drafts to plan, and the lines rejected (with their number or name). */
function readRows<T>(
  table: Table,
  read: (cells: readonly string[]) => RowResult<T>,
  labelColumn: number | null | undefined,
): { rows: Row<T>[]; rejected: ImportRowProblem[] } {
  const width = table.headers.length;
  const rows: Row<T>[] = [];
  const rejected: ImportRowProblem[] = [];
  table.rows.forEach((r: CsvRecord) => {
    const extra = extraCellsProblem(r.cells, width, table.separator);
    const label = labelColumn === null || labelColumn === undefined ? '' : (r.cells[labelColumn] ?? '').trim();
    const result: RowResult<T> = extra ? { ok: false, reasons: [extra], label } : read(r.cells);
    if (result.ok) rows.push({ line: r.line, draft: result.value });
    else rejected.push({ line: r.line, label: result.label, reason: result.reasons.join(' ') });
  });
  return { rows, rejected };
}

/**
 * Imports the rows of a CSV file. Rows that cannot be read are listed in `rejected`; rows already
 * known update what changed (`updated`) or are listed in `duplicates`; everything else is written
 * in a single store update. For an import of clients, `created` and `clientsCreated` are the same.
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
    throw new AppError('STORE_READ_ONLY', frenchTypography('Les données sont ouvertes en lecture seule : l’import est impossible.'));
  }
  const table = readTable(fileName, bytes);
  const full = validateMapping(kind, mapping, table.headers);
  const context = (current: Database): PlanContext => ({
    now: clock.now().toISOString(),
    today: clock.today(),
    fileName,
    ownSiret: current.identity.siret,
  });

  let plan: (current: Database) => Plan;
  if (kind === 'invoices') {
    const { rows, rejected } = readRows<InvoiceRowDraft>(table, (cells) => invoiceRowToDraft(cells, full), full.number);
    plan = (current) => planInvoices(current, rows, rejected, context(current));
  } else {
    const { rows, rejected } = readRows<ClientRowDraft>(table, (cells) => clientRowToDraft(cells, full), full.name);
    plan = (current) => planClients(current, rows, rejected, context(current));
  }

  let result = plan(store.data);
  if (!result.changed) return typesetReport(result.report);
  try {
    await store.update((current) => {
      // Planned again against the state the store hands over, so that nothing written meanwhile is duplicated.
      result = plan(current);
      return result.changed ? result.next : current;
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    const what = kind === 'invoices' ? 'aucune facture ni aucun client n’a été ajouté ou modifié' : 'aucun client n’a été ajouté';
    throw Object.assign(new AppError('STORE_WRITE_FAILED', frenchTypography(`L’import n’a pas pu être enregistré : ${what}. Réessayez.`)), { cause: error });
  }
  return typesetReport(result.report);
}
