import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLetterRenderer, type LetterRenderer } from './letterRenderer';
import { mappedCharacters, pdffonts, pdftotext, readPdf } from './pdfReading';
import { formalNotice, friendlyReminder, groupedFirmReminder } from './testLetters';

// The text a reader gets back from the PDF: what the user copies, what a search finds, what pdftotext gives a court
// clerk. The built-in Helvetica draws U+202F as "/" (1/234,56 €): the embedded Inter must give the characters back.

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/**
 * Extraction tools give every space back as U+0020 (pdf.js and poppler both fold them), so a text is looked for with
 * any space where it has one; the no-break spaces themselves are checked in the fonts' maps below.
 */
const spaced = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ \u00a0\u202f]/g, '[ \u00a0\u202f]'));

let renderer: LetterRenderer;
let pdf: Uint8Array;

beforeAll(async () => {
  renderer = createLetterRenderer();
  pdf = await renderer.render([friendlyReminder(), groupedFirmReminder(), formalNotice()], { createdAt: new Date('2026-12-01T09:00:00Z') });
}, 60_000);
afterAll(() => renderer.close());

describe('the letter PDF gives its French text back', () => {
  for (const tool of ['pdfjs-dist', 'pdftotext'] as const) {
    describe(tool, () => {
      const pages = async (): Promise<string[]> => (tool === 'pdfjs-dist' ? (await readPdf(pdf)).map((p) => p.text) : pdftotext(pdf));

      it('gives amounts back as drawn, the thousands separator a space and not a slash', async () => {
        const text = (await pages()).join('\n');
        expect(text).toMatch(spaced(`1${NNBSP}234,56${NBSP}€`));
        expect(text).toMatch(spaced(`4${NNBSP}983,02${NBSP}€`));
        expect(text).toMatch(spaced(`4${NNBSP}374,56${NBSP}€`));
        expect(text).not.toMatch(/\d\/\d{3},\d{2}/);
      });

      it('gives back « », the colon after its space, and the French letters', async () => {
        const [first] = await pages();
        expect(first).toMatch(spaced(`«${NBSP}la création de`));
        expect(first).toMatch(spaced(`déclinaisons${NBSP}»`));
        expect(first).toMatch(spaced(`Objet${NBSP}: Rappel — facture n°${NBSP}F-2026-058`));
        const text = (await pages()).join('\n');
        for (const word of ['Lefèvre', 'règlement', 'échéance', 'à', 'reçu', 'main-d’œuvre', 'comptabilité', 'Échéance', 'Pénalités', '€']) {
          expect(text).toContain(word);
        }
      });

      it('puts the place and date, the registered mention and the legal footer where the letters say', async () => {
        const all = await pages();
        expect(all[0]).toContain('Lyon, le 1er décembre 2026');
        expect(all[2]).toMatch(spaced(`Lettre recommandée avec accusé de réception n°${NBSP}1A 123 456 7890 1`));
        expect(all[3]).toContain('Annexe — Décompte des pénalités de retard au 1er décembre 2026');
        for (const page of all) expect(page).toContain('TVA non applicable, art. 293 B du CGI');
      });
    });
  }
});

describe('the embedded font', () => {
  it('maps its glyphs to the narrow no-break space, the no-break space and the French letters, so a copy gives them back', () => {
    const chars = mappedCharacters(pdf);
    for (const c of [NNBSP, NBSP, '«', '»', '€', 'é', 'è', 'à', 'ç', 'œ', 'É', '’']) expect(chars, `U+${c.codePointAt(0)!.toString(16)}`).toContain(c);
  });

  it('is the only font, embedded and subset: nothing is left to the reader’s own Helvetica', async () => {
    const rows = await pdffonts(pdf);
    expect(rows.map((r) => r.split(/\s+/)[0]!.slice(7))).toEqual(expect.arrayContaining(['Inter-Regular', 'Inter-Bold']));
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+Inter-(Regular|Bold|Italic)\s.*\syes\s+yes\s+yes\s/);
  });
});
