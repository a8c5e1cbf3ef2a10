import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Font } from '@react-pdf/renderer';
import { harfBuzzShaper } from './letterShaping';
import { tunePdfkit } from './pdfkitTuning';

/**
 * The letter's font: Inter (SIL Open Font License, assets/fonts/OFL.txt), embedded in every PDF. The built-in
 * Helvetica of PDF readers has no glyph for U+202F, the thousands separator of fr-FR ("1 234,56 €"), and draws
 * it as "/"; Inter covers Latin fully (é è à ç œ « » € and both no-break spaces).
 */
export const LETTER_FONT_FAMILY = 'Inter';

export const LETTER_FONT_FILES = {
  regular: 'Inter_400Regular.ttf',
  bold: 'Inter_700Bold.ttf',
  italic: 'Inter_400Regular_Italic.ttf',
} as const;

const FACES = [
  { file: LETTER_FONT_FILES.regular, fontWeight: 400, fontStyle: 'normal' },
  { file: LETTER_FONT_FILES.bold, fontWeight: 700, fontStyle: 'normal' },
  { file: LETTER_FONT_FILES.italic, fontWeight: 400, fontStyle: 'italic' },
] as const;

/** What the letter's layout needs of a fontkit font. */
export interface MeasuringFont {
  unitsPerEm: number;
  /** Advance width of `text` in font units. */
  widthOf(text: string): number;
}

export interface LetterFonts {
  regular: MeasuringFont;
  bold: MeasuringFont;
}

interface Glyph {
  codePoints: number[];
}
interface GlyphPosition {
  xAdvance: number;
}
interface GlyphRunLike {
  glyphs: Glyph[];
  positions: GlyphPosition[];
}
type Layout = (text: string, features?: unknown, script?: string, language?: string, direction?: string) => GlyphRunLike;
interface FontSubset {
  /** The font's glyph ids in the subset, in the order the document used them. */
  glyphs: number[];
  encode(): Uint8Array;
}
interface FontkitFont {
  createSubset(): FontSubset;
  getGlyph(id: number, codePoints?: number[]): Glyph;
  unitsPerEm: number;
  postscriptName: string;
  layout: Layout;
  hasGlyphForCodePoint(codePoint: number): boolean;
  name?: { records?: object };
}

let registered: Promise<LetterFonts> | null = null;

/**
 * Registers and parses the three faces once per thread (the worker keeps them for every letter it draws).
 * Hyphenation is off: a word is never cut (react-pdf's default patterns are English).
 */
export function registerLetterFonts(fontDir: string): Promise<LetterFonts> {
  registered ??= (async () => {
    tunePdfkit();
    Font.register({
      family: LETTER_FONT_FAMILY,
      fonts: FACES.map((f) => ({ src: join(fontDir, f.file), fontWeight: f.fontWeight, fontStyle: f.fontStyle })),
    });
    Font.registerHyphenationCallback((word) => [word]);
    const fonts: FontkitFont[] = [];
    for (const f of FACES) {
      const source = Font.getFont({ fontFamily: LETTER_FONT_FAMILY, fontWeight: f.fontWeight, fontStyle: f.fontStyle });
      await source.load();
      const font = source.data as unknown as FontkitFont | null;
      if (!font || typeof font.layout !== 'function' || typeof font.getGlyph !== 'function') throw new Error(`Police illisible : ${f.file}`);
      const getGlyph = font.getGlyph.bind(font);
      cacheShaping(font, harfBuzzShaper(await readFile(join(fontDir, f.file)), getGlyph));
      tuneForLayout(font);
      cacheSubsets(font);
      fonts.push(font);
    }
    return { regular: measuring(fonts[0]!), bold: measuring(fonts[1]!) };
  })();
  registered.catch(() => {
    registered = null;
  });
  return registered;
}

function measuring(font: FontkitFont): MeasuringFont {
  return {
    unitsPerEm: font.unitsPerEm,
    widthOf: (text) => font.layout(text).positions.reduce((sum, p) => sum + p.xAdvance, 0),
  };
}

/**
 * OpenType shaping is most of react-pdf's time on a letter. It is done by HarfBuzz (letterShaping.ts) whenever
 * react-pdf asks for the font's default features, left to right (every text of a letter: textkit reorders bidi runs
 * itself and asks for left to right); by fontkit otherwise. Letters repeat their words, so the shaping is memoised word
 * by word (a word with its trailing space: no lookup of Latin text reaches across a space) and a run is the
 * concatenation of its words' glyphs. Glyph objects are shared, arrays and positions are fresh for every call
 * (textkit scales and justifies positions in place).
 */
function cacheShaping(font: FontkitFont, harfBuzz: (text: string) => GlyphRunLike): void {
  const fontkit = font.layout.bind(font);
  const words = new Map<string, GlyphRunLike>();
  const MAX_WORDS = 50_000;
  font.layout = (text, features, script, language, direction) => {
    const byHarfBuzz = isDefault(features) && (direction === undefined || direction === 'ltr') && script === undefined && language === undefined;
    // fontkit's runs are kept by features and direction; a script or a language asked for is not kept at all.
    const key = byHarfBuzz ? 'hb|' : script === undefined && language === undefined ? featureKey(features, direction) : null;
    if (key === null) return fontkit(text, features, script, language, direction);
    const shape = byHarfBuzz ? harfBuzz : (word: string) => fontkit(word, features, script, language, direction);
    const glyphs: Glyph[] = [];
    const positions: GlyphPosition[] = [];
    let start = 0;
    while (start < text.length) {
      const space = text.indexOf(' ', start);
      const end = space === -1 ? text.length : space + 1;
      const word = text.slice(start, end);
      const cacheKey = key + word;
      let run = words.get(cacheKey);
      if (!run) {
        run = shape(word);
        if (words.size >= MAX_WORDS) words.clear();
        words.set(cacheKey, { glyphs: run.glyphs, positions: run.positions });
      }
      for (const g of run.glyphs) glyphs.push(g);
      for (const p of run.positions) positions.push({ ...p });
      start = end;
    }
    return {
      glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    } as GlyphRunLike;
  };
}

/** No feature asked for, that is the font's defaults: nothing, an empty list or an empty record. */
const isDefault = (features: unknown): boolean =>
  features === undefined || features === null || (Array.isArray(features) ? features.length === 0 : typeof features === 'object' && Object.keys(features).length === 0);

/**
 * Lookups that react-pdf and pdfkit make thousands of times a letter, made constant-time: the font's metrics
 * (getters through its tables), whether the font has a glyph (react-pdf asks for every character of every
 * text; a line break counts as one), and the font's identity, which pdfkit checks for every run of text it draws by serialising the font's
 * whole `name` table (JSON.stringify of its records) to compare it with the font it embedded first.
 */
function tuneForLayout(font: FontkitFont): void {
  // Constant metrics read through getters (table lookups) for every run of text pdfkit draws.
  for (const name of ['unitsPerEm', 'postscriptName', 'ascent', 'descent', 'xHeight', 'capHeight', 'lineGap', 'bbox'] as const) {
    Object.defineProperty(font, name, { value: (font as unknown as Record<string, unknown>)[name], writable: false });
  }
  const hasGlyph = font.hasGlyphForCodePoint.bind(font);
  const known = new Map<number, boolean>();
  font.hasGlyphForCodePoint = (codePoint) => {
    let has = known.get(codePoint);
    if (has === undefined) {
      // A line break is no glyph to draw, but without this react-pdf gives it to its fallback font (Helvetica),
      // which then appears, not embedded, among the PDF's fonts.
      has = codePoint === 0x0a || hasGlyph(codePoint);
      known.set(codePoint, has);
    }
    return has;
  };
  const records = font.name?.records;
  if (records) {
    const identity = font.postscriptName;
    Object.defineProperty(records, 'toJSON', { value: () => identity, enumerable: false });
  }
}

/**
 * The embedded font of every PDF is a subset of the face with the glyphs the document used, built again for each
 * document (a few milliseconds a face). A letter drawn again (its preview after a change, its print) uses the same
 * glyphs in the same order: the subset's bytes are kept by their glyph list.
 */
function cacheSubsets(font: FontkitFont): void {
  const create = font.createSubset.bind(font);
  const encoded = new Map<string, Uint8Array>();
  font.createSubset = () => {
    const subset = create();
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const key = subset.glyphs.join(',');
      let bytes = encoded.get(key);
      if (!bytes) {
        bytes = encode();
        if (encoded.size >= 64) encoded.clear();
        encoded.set(key, bytes);
      }
      return bytes;
    };
    return subset;
  };
}

/** A stable key for the features asked (none, an array of tags or a record of tags) and the direction; null when not cacheable. */
function featureKey(features: unknown, direction: string | undefined): string | null {
  const dir = `${direction ?? ''}|`;
  if (features === undefined || features === null) return dir;
  if (Array.isArray(features)) return features.every((f) => typeof f === 'string') ? `${dir}${features.join(',')}|` : null;
  if (typeof features === 'object') {
    const entries = Object.entries(features as Record<string, unknown>);
    if (!entries.every(([, v]) => typeof v === 'boolean' || typeof v === 'number')) return null;
    return `${dir}${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${String(v)}`).join(',')}|`;
  }
  return null;
}
