/**
 * RFC 4180 CSV parsing, lenient where real exports are sloppy: quoted fields may hold the
 * separator, doubled quotes and line breaks; CRLF, LF and lone CR all end a record; a quote in
 * the middle of an unquoted field is kept as a character.
 */

export const CSV_SEPARATORS = [';', ',', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

export interface CsvRecord {
  /** Row number as a spreadsheet shows it: the first record is row 1, one row per record. */
  line: number;
  /** Physical line of the text where the record starts (differs from `line` after multi-line fields). */
  textLine: number;
  cells: string[];
}

export interface ParsedCsv {
  separator: CsvSeparator;
  /** Every record, header included; trailing empty lines are dropped. */
  records: CsvRecord[];
}

/** Thrown when the text cannot be read as CSV; the message is French and ready to show. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

interface RawRecord {
  textLine: number;
  cells: string[];
  /** The physical line was empty (no character at all), as opposed to `""` or `;;`. */
  empty: boolean;
}

function parseRecords(text: string, separator: CsvSeparator, maxRecords = Infinity): RawRecord[] {
  const sep = separator.charCodeAt(0);
  const records: RawRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let physicalLine = 1;

  while (i < n && records.length < maxRecords) {
    const startLine = physicalLine;
    const cells: string[] = [];
    let empty = true;
    // One record.
    for (;;) {
      let value = '';
      if (text.charCodeAt(i) === QUOTE) {
        empty = false;
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            throw new CsvSyntaxError(
              `Guillemet ouvrant sans guillemet fermant à partir de la ligne ${records.length + 1} du fichier\u00a0: vérifiez les guillemets de cette ligne.`,
              records.length + 1,
            );
          }
          const chunk = text.slice(i, q);
          physicalLine += countLineBreaks(chunk);
          value += chunk;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        // Characters between the closing quote and the separator are kept (lenient).
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === sep || c === LF || c === CR) break;
          value += text[i];
          i++;
        }
      } else {
        const start = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === sep || c === LF || c === CR) break;
          i++;
        }
        value = text.slice(start, i);
        if (value !== '') empty = false;
      }
      cells.push(value);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === sep) {
        empty = false;
        i++;
        if (i >= n) {
          cells.push('');
          break;
        }
        continue;
      }
      // End of line: CRLF, LF or CR.
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      physicalLine++;
      break;
    }
    records.push({ textLine: startLine, cells, empty });
  }
  return records;
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === LF) count++;
    else if (c === CR) {
      count++;
      if (s.charCodeAt(k + 1) === LF) k++;
    }
  }
  return count;
}

/**
 * Picks the separator whose column count is the most consistent over the first records, then the
 * one giving the most columns; ';' wins ties (French exports use it because ',' is the decimal mark).
 */
export function detectSeparator(text: string): CsvSeparator {
  let best: { sep: CsvSeparator; consistency: number; columns: number } | null = null;
  for (const sep of CSV_SEPARATORS) {
    let records: RawRecord[];
    try {
      records = parseRecords(text, sep, 30).filter((r) => !r.empty);
    } catch {
      // A quote problem under this separator: try to read what precedes it line by line.
      records = text
        .split(/\r\n|\n|\r/, 30)
        .filter((l) => l !== '')
        .map((l, k) => ({ textLine: k + 1, cells: l.split(sep), empty: false }));
    }
    const header = records[0];
    if (!header || header.cells.length < 2) continue;
    const columns = header.cells.length;
    const rest = records.slice(1);
    const consistency = rest.length === 0 ? 1 : rest.filter((r) => r.cells.length === columns).length / rest.length;
    if (!best || consistency > best.consistency || (consistency === best.consistency && columns > best.columns)) {
      best = { sep, consistency, columns };
    }
  }
  return best?.sep ?? ';';
}

export function parseCsv(text: string, options: { separator?: CsvSeparator } = {}): ParsedCsv {
  const separator = options.separator ?? detectSeparator(text);
  const raw = parseRecords(text, separator);
  let end = raw.length;
  while (end > 0 && raw[end - 1]!.empty) end--;
  const records: CsvRecord[] = [];
  for (let k = 0; k < end; k++) {
    const r = raw[k]!;
    records.push({ line: k + 1, textLine: r.textLine, cells: r.cells });
  }
  return { separator, records };
}

function needsQuotes(cell: string, separator: string): boolean {
  return cell === '' || cell.includes(separator) || /["\r\n\ufeff]/.test(cell);
}

/**
 * Writes rows as CSV (CRLF line ends). Cells are quoted when needed; a row made of one empty cell
 * is written `""` so that it is not mistaken for an empty line.
 */
export function serializeCsv(rows: readonly (readonly string[])[], separator: CsvSeparator = ';'): string {
  return rows
    .map((row) =>
      row
        .map((cell) => (needsQuotes(cell, separator) && !(cell === '' && row.length > 1) ? `"${cell.replace(/"/g, '""')}"` : cell))
        .join(separator),
    )
    .join('\r\n');
}
