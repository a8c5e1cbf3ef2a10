import { decodeText, detectNonCsv, type TextEncodingName } from '../../../shared/import/decodeText';
import { CsvSyntaxError, isBlankRecord, parseCsv, type CsvRecord, type CsvSeparator } from '../../../shared/import/parseCsv';
import { AppError } from '../../../shared/ipc/errors';
import { frenchTypography } from '../../../shared/kernel/frenchTypography';

/** Read: the bytes of a file → its header and data rows, or a French reason why it is not a CSV. */

export interface Table {
  encoding: TextEncodingName;
  separator: CsvSeparator;
  headers: string[];
  /** Non-blank data rows, with their spreadsheet row numbers. */
  rows: CsvRecord[];
}

export function invalidFile(message: string): AppError {
  return new AppError('IMPORT_INVALID_FILE', frenchTypography(message));
}

function named(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop()?.trim() ?? '';
  return base === '' ? 'Le fichier' : `Le fichier «\u00a0${base}\u00a0»`;
}

export function separatorName(separator: CsvSeparator): string {
  return separator === '\t' ? 'une tabulation' : `«\u00a0${separator}\u00a0»`;
}

export function readTable(fileName: string, bytes: Uint8Array): Table {
  if (bytes.byteLength === 0) throw invalidFile(`${named(fileName)} est vide.`);
  switch (detectNonCsv(bytes, fileName)) {
    case 'xlsx':
    case 'xls':
      throw invalidFile(
        `${named(fileName)} est un classeur Excel, pas un fichier CSV\u00a0: ouvrez-le dans Excel puis choisissez «\u00a0Enregistrer sous\u00a0» › «\u00a0CSV (séparateur\u00a0: point-virgule)\u00a0» avant de l’importer.`,
      );
    case 'ods':
      throw invalidFile(
        `${named(fileName)} est un classeur LibreOffice, pas un fichier CSV\u00a0: ouvrez-le puis choisissez «\u00a0Enregistrer sous\u00a0» › «\u00a0Texte CSV\u00a0» avant de l’importer.`,
      );
    case 'pdf':
      throw invalidFile(`${named(fileName)} est un PDF, pas un fichier CSV\u00a0: exportez vos factures au format CSV depuis votre logiciel de facturation.`);
    case 'utf-16':
      throw invalidFile(
        `${named(fileName)} est enregistré en «\u00a0Texte Unicode\u00a0» (UTF-16)\u00a0: enregistrez-le plutôt au format «\u00a0CSV UTF-8\u00a0» depuis votre tableur.`,
      );
    case 'binary':
      throw invalidFile(`${named(fileName)} n’est pas un fichier texte CSV.`);
    case null:
      break;
  }
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw invalidFile(`${named(fileName)} est vide.`);
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw invalidFile(error.message);
    throw error;
  }
  const [header, ...rows] = parsed.records.filter((r) => !isBlankRecord(r.cells));
  if (!header) throw invalidFile(`${named(fileName)} est vide.`);
  const headers = header.cells.map((h) => h.trim());
  if (rows.length === 0) {
    throw invalidFile(`${named(fileName)} ne contient aucune ligne à importer\u00a0: seule la ligne des titres de colonnes est présente.`);
  }
  return { encoding, separator: parsed.separator, headers, rows };
}

export function fitToHeaders(cells: readonly string[], width: number): string[] {
  const out = cells.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}

/** A row with more values than the header has titles: an unquoted separator inside a value. */
export function extraCellsProblem(cells: readonly string[], width: number, separator: CsvSeparator): string | null {
  if (cells.length <= width || isBlankRecord(cells.slice(width))) return null;
  return `Cette ligne compte ${cells.length} colonnes alors que la ligne des titres en a ${width}\u00a0: une valeur contenant ${separatorName(separator)} n’est sans doute pas entre guillemets.`;
}
