import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PT_PER_MM } from './letterLayout';

/**
 * Reading a PDF back the way a reader does, for the renderer's tests and reference renderings: pdfjs-dist (the
 * library the app's preview uses) for text and positions, poppler's pdftotext and pdftoppm for a second opinion
 * and for pictures.
 */

const run = promisify(execFile);
const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + sep;

export interface TextItem {
  str: string;
  /** Millimetres from the page's top-left corner: left edge, right edge, baseline. */
  left: number;
  right: number;
  baseline: number;
  /** Font size in millimetres. */
  size: number;
}

export interface PdfPage {
  items: TextItem[];
  /** The page's text, items joined in reading order (a line break where the baseline changes). */
  text: string;
  widthMm: number;
  heightMm: number;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, standardFontDataUrl: STANDARD_FONTS })
    .promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const [, , w, h] = page.view as [number, number, number, number];
      const content = await page.getTextContent({ disableNormalization: true });
      const items: TextItem[] = [];
      let text = '';
      let lastBaseline: number | null = null;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const [a, b, , , e, f] = raw.transform as number[];
        const size = Math.hypot(a!, b!);
        const item = { str: raw.str, left: e! / PT_PER_MM, right: (e! + raw.width) / PT_PER_MM, baseline: (h - f!) / PT_PER_MM, size: size / PT_PER_MM };
        if (raw.str !== '') {
          if (lastBaseline !== null && Math.abs(item.baseline - lastBaseline) > 0.5) text += '\n';
          text += raw.str;
          lastBaseline = item.baseline;
          items.push(item);
        }
        if (raw.hasEOL) text += '\n';
      }
      pages.push({ items, text, widthMm: w / PT_PER_MM, heightMm: h / PT_PER_MM });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

async function withPdfFile<T>(bytes: Uint8Array, use: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'relance-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, bytes);
    return await use(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** poppler's pdftotext, UTF-8, one string per page. */
export function pdftotext(bytes: Uint8Array): Promise<string[]> {
  return withPdfFile(bytes, async (file) => {
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    return stdout.split('\f').slice(0, -1);
  });
}

/** poppler's pdftoppm: every page as a PNG at `dpi`, antialiased, in page order. */
export function pdfToPngs(bytes: Uint8Array, dpi: number): Promise<Buffer[]> {
  return withPdfFile(bytes, async (file, dir) => {
    await run('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
    const names = (await readdir(dir)).filter((n) => n.endsWith('.png')).sort();
    return Promise.all(names.map((n) => readFile(join(dir, n))));
  });
}

/**
 * The characters the PDF's embedded fonts say their glyphs stand for (the ToUnicode maps), which is what a reader
 * copies. Text extraction tools turn every kind of space into U+0020, so this is where U+00A0 and U+202F show.
 */
export function mappedCharacters(bytes: Uint8Array): Set<string> {
  const found = new Set<string>();
  const data = Buffer.from(bytes);
  let at = 0;
  for (;;) {
    const start = data.indexOf('stream', at, 'latin1');
    if (start === -1) break;
    const bodyStart = data[start + 6] === 0x0d ? start + 8 : start + 7;
    const end = data.indexOf('endstream', bodyStart, 'latin1');
    if (end === -1) break;
    at = end + 9;
    let text: string;
    try {
      text = inflateSync(data.subarray(bodyStart, end)).toString('latin1');
    } catch {
      continue;
    }
    if (!text.includes('/CMapName')) continue;
    for (const hex of text.matchAll(/<([0-9a-f]{4})>/gi)) found.add(String.fromCodePoint(parseInt(hex[1]!, 16)));
  }
  return found;
}

/** poppler's pdffonts: one row per font the pages use (name, type, encoding, embedded, subset, unicode map). */
export function pdffonts(bytes: Uint8Array): Promise<string[]> {
  return withPdfFile(bytes, async (file) => {
    const { stdout } = await run('pdffonts', [file]);
    return stdout.trim().split('\n').slice(2);
  });
}
