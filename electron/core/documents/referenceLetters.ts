import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { renderLetterPdf } from './renderLetterPdf';
import { pdfToPngs } from './pdfReading';
import { representativeLetters } from './testLetters';

/**
 * The reference renderings: three representative letters, each page as a PNG (pdftoppm, 60 dpi), kept in
 * test/fixtures/letters/ and compared by letterReference.test.ts. `npm run refs:letters` writes them again when a
 * letter changes on purpose (then look at them before committing).
 */

export const REFERENCE_DIR = fileURLToPath(new URL('../../../test/fixtures/letters/', import.meta.url));
export const REFERENCE_DPI = 60;
const FONT_DIR = fileURLToPath(new URL('../../../assets/fonts/', import.meta.url));
/** Fixed: the PDF's creation date is in its bytes, not on the page, but the renderings are made the same way each time. */
const CREATED_AT = new Date('2026-12-01T09:00:00Z');

export interface ReferencePage {
  file: string;
  png: Buffer;
}

export async function renderReferencePages(): Promise<ReferencePage[]> {
  const pages: ReferencePage[] = [];
  for (const { name, model } of representativeLetters()) {
    const pdf = await renderLetterPdf([model], { fontDir: FONT_DIR, createdAt: CREATED_AT });
    const pngs = await pdfToPngs(pdf, REFERENCE_DPI);
    pngs.forEach((png, i) => pages.push({ file: `${name}-${i + 1}.png`, png }));
  }
  return pages;
}

export async function writeReferencePages(): Promise<string[]> {
  await mkdir(REFERENCE_DIR, { recursive: true });
  const pages = await renderReferencePages();
  for (const page of pages) await writeFile(join(REFERENCE_DIR, page.file), page.png);
  return pages.map((p) => join(REFERENCE_DIR, p.file));
}
