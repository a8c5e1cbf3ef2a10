/**
 * Bytes of an exported file → text. French invoicing tools and Excel write either UTF-8 (often
 * with a BOM) or Windows-1252 ("ANSI"). Anything that is not valid UTF-8 is read as Windows-1252.
 */

export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the file started with a UTF-8 byte order mark (removed from `text`). */
  hadBom: boolean;
}

/**
 * Windows-1252 code points of bytes 0x80–0x9F (the rest of the code page equals Latin-1).
 * Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as the
 * WHATWG Encoding standard does. The table is explicit because Node 20's TextDecoder accepts the
 * 'windows-1252' label but decodes as Latin-1 (0x80 becomes U+0080 instead of €).
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
] as const;

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Windows-1252 encoding of a text (for tests and fixtures); throws on a character the code page lacks. */
export function encodeWindows1252(text: string): Uint8Array {
  const reverse = new Map<number, number>();
  CP1252_HIGH.forEach((code, i) => reverse.set(code, 0x80 + i));
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mapped = reverse.get(code);
    if (mapped !== undefined) out[i] = mapped;
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out[i] = code;
    else throw new RangeError(`Character U+${code.toString(16).toUpperCase()} has no Windows-1252 byte`);
  }
  return out;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const hadBom = hasUtf8Bom(bytes);
  try {
    // ignoreBOM: false (the default) removes a leading BOM.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', hadBom };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', hadBom: false };
  }
}

export type BinaryKind = 'xlsx' | 'xls' | 'ods' | 'pdf' | 'utf-16' | 'binary';

/**
 * Recognises files that are certainly not a CSV text (a spreadsheet saved in its own format, a PDF,
 * UTF-16 text), so the user can be told what to do instead of seeing garbage columns.
 */
export function detectNonCsv(bytes: Uint8Array, fileName = ''): BinaryKind | null {
  const b = (i: number) => bytes[i];
  if ((b(0) === 0xff && b(1) === 0xfe) || (b(0) === 0xfe && b(1) === 0xff)) return 'utf-16';
  if (b(0) === 0x50 && b(1) === 0x4b && b(2) === 0x03 && b(3) === 0x04) {
    return /\.ods$/i.test(fileName) ? 'ods' : 'xlsx';
  }
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) return 'xls';
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return 'pdf';
  const probe = Math.min(bytes.length, 4096);
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) return 'binary';
  return null;
}
