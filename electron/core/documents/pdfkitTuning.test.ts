import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { memoisedDeflate, tunePdfkit } from './pdfkitTuning';

describe('pdfkit tuned for the letters', () => {
  it('compresses a large input once, and gives identical inputs identical, valid bytes', () => {
    let calls = 0;
    const deflate = memoisedDeflate(((data: zlib.InputType) => {
      calls += 1;
      return zlib.deflateSync(data);
    }) as typeof zlib.deflateSync);
    const font = randomBytes(40_000);
    const first = deflate(new Uint8Array(font));
    const again = deflate(new Uint8Array(font));
    expect(calls).toBe(1);
    expect(Buffer.compare(first, again)).toBe(0);
    expect(zlib.inflateSync(again).equals(font)).toBe(true);
    // The same length, one byte different: compressed on its own, never taken for the other.
    const other = Buffer.from(font);
    other[20_000] = (other[20_000]! + 1) % 256;
    expect(zlib.inflateSync(deflate(other)).equals(other)).toBe(true);
    expect(calls).toBe(2);
    // A small input (a page's drawing) is not kept.
    const page = Buffer.from('BT /F1 9.5 Tf (Relance) Tj ET');
    deflate(page);
    deflate(page);
    expect(calls).toBe(4);
  });

  it('starts a document with no current font instead of parsing Helvetica’s metrics for every PDF', () => {
    tunePdfkit();
    const doc = new (PDFDocument as unknown as new (options: object) => { _font: unknown; font(name: string): { _font: { name: string } } })({ autoFirstPage: false });
    expect(doc._font).toBeNull();
    // Still there for a text that asks for it.
    expect(doc.font('Helvetica')._font.name).toBe('Helvetica');
  });
});
