import { Blob as HbBlob, Buffer as HbBuffer, Direction, Face, Font, shape } from 'harfbuzzjs';

/** A glyph's place in a run, in font units (what fontkit's layout gives and textkit scales). */
export interface ShapedPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

export interface ShapedRun<G> {
  glyphs: G[];
  positions: ShapedPosition[];
}

/**
 * A text shaped by HarfBuzz, the shaping engine of Chromium, Firefox and LibreOffice, with the font's default features
 * (its contextual alternates and kerning), left to right. fontkit, which react-pdf shapes with, runs the same
 * OpenType lookups in JavaScript five to fifteen times slower, and misses some of Inter's kerning pairs (between a
 * digit and U+202F, after a comma). The glyphs are the caller's (fontkit's glyph objects, which react-pdf draws and
 * subsets): `glyphFor` receives each glyph's id and the code points it stands for, all of its cluster's for the
 * first glyph of a cluster (a ligature counts every letter it joins), none for the others (the parts of a decomposed
 * letter), as fontkit does.
 */
export function harfBuzzShaper<G>(fontBytes: Uint8Array, glyphFor: (id: number, codePoints: number[]) => G): (text: string) => ShapedRun<G> {
  const font = new Font(new Face(new HbBlob(fontBytes)));
  const buffer = new HbBuffer();
  return (text) => {
    buffer.reset();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    buffer.setDirection(Direction.LTR);
    shape(font, buffer);
    const infos = buffer.getGlyphInfos();
    const places = buffer.getGlyphPositions();
    const glyphs: G[] = [];
    const positions: ShapedPosition[] = [];
    for (let i = 0; i < infos.length; i += 1) {
      const { codepoint: id, cluster } = infos[i]!;
      const first = i === 0 || infos[i - 1]!.cluster !== cluster;
      let codePoints: number[] = [];
      if (first) {
        let end = text.length;
        for (let j = i + 1; j < infos.length; j += 1) {
          if (infos[j]!.cluster !== cluster) {
            end = infos[j]!.cluster;
            break;
          }
        }
        codePoints = Array.from(text.slice(cluster, end), (c) => c.codePointAt(0)!);
      }
      glyphs.push(glyphFor(id, codePoints));
      const { xAdvance, yAdvance, xOffset, yOffset } = places[i]!;
      positions.push({ xAdvance, yAdvance, xOffset, yOffset });
    }
    return { glyphs, positions };
  };
}
