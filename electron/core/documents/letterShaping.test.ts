import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Font } from '@react-pdf/renderer';
import { beforeAll, describe, expect, it } from 'vitest';
import { harfBuzzShaper } from './letterShaping';

// The letters' text is shaped by HarfBuzz, with fontkit's glyph objects: the same glyphs as fontkit's own shaping
// (Inter's contextual alternates included), the code points each glyph stands for, and kerning fontkit misses.

interface Glyph {
  id: number;
  codePoints: number[];
}
interface FontkitFont {
  layout(text: string): { glyphs: Glyph[]; positions: { xAdvance: number; xOffset: number; yOffset: number }[] };
  getGlyph(id: number, codePoints?: number[]): Glyph;
}

const file = join(import.meta.dirname, '../../../assets/fonts/Inter_400Regular.ttf');
const bytes = readFileSync(file);
const shape = harfBuzzShaper(bytes, (id, codePoints) => ({ id, codePoints }));
let font: FontkitFont;
beforeAll(async () => {
  // fontkit as react-pdf loads it, under a family of its own (the letters' family has its shaping replaced).
  Font.register({ family: 'ShapingTest', src: file });
  const source = Font.getFont({ fontFamily: 'ShapingTest' });
  await source.load();
  font = source.data as unknown as FontkitFont;
});

describe('shaping the letters’ text with HarfBuzz', () => {
  it('gives the glyphs fontkit gives, contextual alternates included (a hyphen between capitals and figures, a colon between figures)', () => {
    for (const text of ['Relance ', 'F-2026-012', 'https://paiement.atelier-moreau.fr/F-2026-031', 'main-d’œuvre ', '«\u00a0Facture\u00a0»', 'Échéance ', '12:30 ', '(ABC) ']) {
      expect(shape(text).glyphs.map((g) => g.id), text).toEqual(font.layout(text).glyphs.map((g) => g.id));
    }
  });

  it('gives each glyph the code points it stands for, so that the PDF’s text can be copied and searched', () => {
    const text = 'Réf.\u00a0: œuvre à 1\u202f234,56\u00a0€';
    const run = shape(text);
    expect(run.glyphs.flatMap((g) => g.codePoints)).toEqual(Array.from(text, (c) => c.codePointAt(0)));
    expect(run.positions).toHaveLength(run.glyphs.length);
  });

  it('applies Inter’s kerning of an amount written the French way, which fontkit misses', () => {
    const text = '1\u202f871,68\u00a0€';
    const widths = (xs: { xAdvance: number }[]) => xs.reduce((sum, p) => sum + p.xAdvance, 0);
    const hb = shape(text);
    const fk = font.layout(text);
    expect(hb.glyphs.map((g) => g.id)).toEqual(fk.glyphs.map((g) => g.id));
    // HarfBuzz, like Chromium, kerns the figure before the narrow no-break space and the comma before a figure.
    expect(widths(hb.positions)).toBeGreaterThan(widths(fk.positions));
  });

  it('shapes the same text the same way every time (one buffer reused)', () => {
    const first = shape('Objet\u00a0: Mise en demeure ');
    shape('autre chose');
    expect(shape('Objet\u00a0: Mise en demeure ')).toEqual(first);
  });
});
