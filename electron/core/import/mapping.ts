import { fieldLabel, importFieldNames, importFields } from '../../../shared/import/guessMapping';
import { AppError } from '../../../shared/ipc/errors';
import type { ColumnMapping, ImportKind } from '../../../shared/import/importTypes';
import { invalidFile } from './readTable';

/** Map: checks the columns the user chose for each field against the file. */

/** Pairs of fields that may share one column (due on receipt: same date; no VAT: HT = TTC). */
const SHAREABLE: Record<ImportKind, readonly (readonly string[])[]> = {
  invoices: [
    ['issueDate', 'dueDate'],
    ['amountTtc', 'amountHt'],
    // A "Statut" column that says « Avoir » or « Facture » on its own lines.
    ['status', 'documentType'],
  ],
  clients: [['name', 'contactName']],
};

export function quoteList(labels: readonly string[]): string {
  const quoted = labels.map((l) => `«\u00a0${l}\u00a0»`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} et ${quoted[quoted.length - 1]}`;
}

function columnName(headers: readonly string[], index: number): string {
  const h = headers[index];
  return h ? `«\u00a0${h}\u00a0»` : `n°\u00a0${index + 1}`;
}

/** Checks a mapping against the file; returns it with every field present (null when unmapped). */
export function validateMapping(kind: ImportKind, mapping: ColumnMapping, headers: readonly string[]): ColumnMapping {
  const fields = importFieldNames(kind);
  const label = (f: string) => fieldLabel(kind, f);
  for (const key of Object.keys(mapping)) {
    if (!fields.includes(key)) throw new AppError('INVALID_INPUT', `Champ d’import inconnu\u00a0: «\u00a0${key}\u00a0».`);
  }
  const full: ColumnMapping = Object.fromEntries(fields.map((f) => [f, mapping[f] ?? null]));

  for (const f of fields) {
    const index = full[f];
    if (index !== null && index !== undefined && index >= headers.length) {
      throw invalidFile(
        `La colonne n°\u00a0${index + 1} choisie pour «\u00a0${label(f)}\u00a0» n’existe pas\u00a0: le fichier n’a que ${headers.length} colonne${headers.length > 1 ? 's' : ''}.`,
      );
    }
  }

  const missingRequired = importFields(kind).filter((info) => info.required && full[info.field] === null);
  if (missingRequired.length === 1) {
    throw invalidFile(`Choisissez la colonne qui contient «\u00a0${missingRequired[0]!.label}\u00a0»\u00a0: ce champ est obligatoire.`);
  }
  if (missingRequired.length > 1) {
    throw invalidFile(`Choisissez les colonnes qui contiennent ${quoteList(missingRequired.map((i) => i.label))}\u00a0: ces champs sont obligatoires.`);
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
      throw invalidFile(
        `La colonne ${columnName(headers, index)} est choisie à la fois pour ${quoteList(sharing.map(label))}\u00a0: choisissez une colonne différente pour chacun.`,
      );
    }
  }
  return full;
}
