import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLD_MARKS_MM, WINDOW_ZONE } from './letterLayout';
import { createLetterRenderer, type LetterRenderer } from './letterRenderer';
import { PNG } from 'pngjs';
import { pdfToPngs, readPdf, type TextItem } from './pdfReading';
import { letterTo } from './testLetters';

// Where the address lands on the sheet, measured in the PDF (pdf.js text positions): inside the window of a French
// DL envelope (NF Z10-011), x 110–188 mm and y 50–78 mm from the top-left, for any address of 1 to 6 lines of at
// most 38 characters. A glyph's box is taken from its baseline up one font size (accented capitals) and down a
// quarter of it (descenders).

const ADDRESSES: Record<string, string[]> = {
  'one line': ['M. JEAN DUPONT'],
  'two lines': ['Madame Claire Lefèvre', '38000 GRENOBLE'],
  'three lines': ['Madame Claire Lefèvre', '8 impasse des Tilleuls', '38000 GRENOBLE'],
  'four lines': ['Ateliers Dumas et Fils SARL', 'Service comptabilité', '47 boulevard des Belges', '69006 LYON'],
  'five lines': ['Ateliers Dumas et Fils SARL', 'À l’attention de M. Paul Dumas', 'Bâtiment C, 3e étage', '47 boulevard des Belges', '69006 LYON'],
  'six lines of 38 capitals': [
    'SOCIETE DES ETABLISSEMENTS MARTIN ET F',
    'ETABLISSEMENTS MARTIN ET FILS HOLDINGS',
    'SERVICE COMPTABILITE FOURNISSEURS GEST',
    'ZONE INDUSTRIELLE DES QUATRE CHEMINS B',
    '1245 AVENUE DU MARECHAL DE LATTRE DE T',
    '69800 SAINT PRIEST CEDEX 12 BOITE 4578',
  ],
  'six lines of the widest capitals': Array.from({ length: 6 }, (_, k) => 'W'.repeat(38 - k) + 'M'.repeat(k)),
};

let renderer: LetterRenderer;
let pages: Awaited<ReturnType<typeof readPdf>>;
let firstPage: Uint8Array;
const names = Object.keys(ADDRESSES);

beforeAll(async () => {
  renderer = createLetterRenderer();
  const pdf = await renderer.render(names.map((n) => letterTo(ADDRESSES[n]!)));
  pages = await readPdf(pdf);
  firstPage = await renderer.render([letterTo(ADDRESSES['three lines']!)]);
}, 60_000);
afterAll(() => renderer.close());

/** The items of `page` that make up `line`, on one baseline, in the window's half of the sheet. */
function itemsOfLine(items: TextItem[], line: string): TextItem[] {
  const candidates = items.filter((i) => i.left > 100 && i.baseline > 40 && i.baseline < 90);
  const baselines = [...new Set(candidates.map((i) => Math.round(i.baseline * 10)))];
  for (const b of baselines) {
    const onLine = candidates.filter((i) => Math.round(i.baseline * 10) === b).sort((x, y) => x.left - y.left);
    if (onLine.map((i) => i.str).join('').replace(/\s+/g, ' ').trim() === line) return onLine;
  }
  return [];
}

describe('the recipient block sits in the envelope window', () => {
  names.forEach((name, index) => {
    it(`${name}: every line whole, inside x 110–188 mm and y 50–78 mm`, () => {
      const page = pages[index]!;
      expect(page.widthMm).toBeCloseTo(210, 0);
      expect(page.heightMm).toBeCloseTo(297, 0);
      const lines = ADDRESSES[name]!;
      let previous = -Infinity;
      for (const line of lines) {
        const items = itemsOfLine(page.items, line);
        expect(items, `« ${line} » drawn on one line`).not.toHaveLength(0);
        const left = Math.min(...items.map((i) => i.left));
        const right = Math.max(...items.map((i) => i.right));
        const { baseline, size } = items[0]!;
        expect(left).toBeGreaterThanOrEqual(WINDOW_ZONE.left);
        expect(right).toBeLessThanOrEqual(WINDOW_ZONE.right);
        expect(baseline - size).toBeGreaterThanOrEqual(WINDOW_ZONE.top);
        expect(baseline + size / 4).toBeLessThanOrEqual(WINDOW_ZONE.bottom);
        expect(baseline).toBeGreaterThan(previous);
        previous = baseline;
      }
    });
  });

  it('keeps the usual address at a readable size and sets only the too wide ones smaller', () => {
    const size = (index: number, line: string) => itemsOfLine(pages[index]!.items, line)[0]!.size / (25.4 / 72);
    expect(size(3, 'Ateliers Dumas et Fils SARL')).toBeCloseTo(9, 1);
    expect(size(5, 'SOCIETE DES ETABLISSEMENTS MARTIN ET F')).toBeGreaterThan(8);
    expect(size(6, 'W'.repeat(38))).toBeLessThan(6);
    expect(size(6, 'W'.repeat(38))).toBeGreaterThan(5);
  });

  it('leaves nothing else in the window: the sender, the date and the subject are outside it', () => {
    for (const page of pages) {
      const inWindow = page.items.filter((i) => i.right > WINDOW_ZONE.left && i.baseline > WINDOW_ZONE.top && i.baseline - i.size < WINDOW_ZONE.bottom);
      const text = inWindow.map((i) => i.str).join(' ');
      expect(text).not.toMatch(/Jeanne Moreau|Lyon, le|Objet/);
    }
  });

  it('draws the fold marks at 99 and 198 mm in the left margin, and nothing else there', async () => {
    const [png] = await pdfToPngs(firstPage, 100);
    const image = PNG.sync.read(png!);
    const px = (mmValue: number) => Math.round((mmValue / 25.4) * 100);
    const darkest = (yMm: number): number => {
      let min = 255;
      for (let y = px(yMm) - 2; y <= px(yMm) + 2; y += 1) {
        for (let x = px(5); x <= px(9); x += 1) min = Math.min(min, image.data[(y * image.width + x) * 4]!);
      }
      return min;
    };
    for (const y of FOLD_MARKS_MM) {
      expect(darkest(y), `mark at ${y} mm`).toBeLessThan(200);
      expect(darkest(y - 6), `blank above ${y} mm`).toBe(255);
      expect(darkest(y + 6), `blank below ${y} mm`).toBe(255);
    }
    expect(darkest(148.5)).toBe(255);
  });
});
