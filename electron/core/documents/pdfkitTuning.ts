import zlib from 'node:zlib';
import PDFDocument from 'pdfkit';

/**
 * Two costs pdfkit (react-pdf's PDF writer) pays for every document, removed once per thread (the letter worker, or a
 * test drawing letters in its own thread). Neither changes what a PDF shows nor what it holds.
 *
 * - Its constructor opens Helvetica as the current font, parsing the font's metrics (AFM) again for every document,
 *   though a letter never draws with it (its text is in Inter, embedded): the document now starts with no current
 *   font, and Helvetica is opened only if a text ever asks for it.
 * - Every stream is compressed when the document ends, the embedded fonts too: a letter drawn again, or another letter
 *   with the same characters, embeds the same font subset, byte for byte. The compressed bytes of large inputs are
 *   kept (a few, compared byte for byte before use, so that only identical inputs share them).
 */
export function tunePdfkit(): void {
  if (tuned) return;
  tuned = true;
  const proto = (PDFDocument as unknown as { prototype: Fonts }).prototype;
  const initFonts = proto.initFonts;
  proto.initFonts = function (this: Fonts, _defaultFont?: string | null, family?: unknown, size?: number) {
    initFonts.call(this, null, family, size);
  };
  zlib.deflateSync = memoisedDeflate(zlib.deflateSync);
}

let tuned = false;

interface Fonts {
  initFonts(this: Fonts, defaultFont?: string | null, family?: unknown, size?: number): void;
}

/** Inputs at least this large are kept (font subsets are tens of kilobytes; a page's drawing a few). */
const MIN_KEPT = 16 * 1024;
const MAX_KEPT = 12;

export function memoisedDeflate(deflate: typeof zlib.deflateSync): typeof zlib.deflateSync {
  const kept: { input: Buffer; output: Buffer }[] = [];
  return ((data: zlib.InputType, options?: zlib.ZlibOptions) => {
    if (options !== undefined || !ArrayBuffer.isView(data) || data.byteLength < MIN_KEPT) return deflate(data, options);
    const input = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const hit = kept.find((k) => k.input.equals(input));
    if (hit) return Buffer.from(hit.output);
    const output = deflate(input);
    kept.unshift({ input: Buffer.from(input), output: Buffer.from(output) });
    if (kept.length > MAX_KEPT) kept.pop();
    return output;
  }) as typeof zlib.deflateSync;
}
