import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ATTACHMENT_MESSAGES } from '../../../shared/attachments/messages';
import { checkAttachedPdf } from '../attachments/checkAttachedPdf';
import { createPdfReader, type PdfReader } from './pdfReader';
import { PDF_MESSAGES, readInvoiceFile } from './readInvoiceFile';

/**
 * The PDF reading worker under hostile conditions: a real file that keeps pdfjs busy far longer than the bound (and, read
 * in the caller's thread, starves its event loop), a read that loops for good (the worker is made to spin, synchronously,
 * by the test-only hazard option: no real file is known to do that to pdfjs 5.6), a worker that dies, and one that runs
 * out of memory under its resourceLimits. Each read is answered in French within its bound,
 * the caller's event loop keeps turning all along, and the next read gets a fresh worker that reads the file.
 */

const DATA = fileURLToPath(new URL('../../../../shared/testdata/pdf/', import.meta.url));
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(DATA + name));
const FACTURX = 'facturx/mustang_Facture_F20180027.pdf';

let readers: PdfReader[] = [];
afterEach(async () => {
  await Promise.all(readers.map((r) => r.close()));
  readers = [];
});
const reader = (options: Parameters<typeof createPdfReader>[0] = {}): PdfReader => {
  const r = createPdfReader(options);
  readers.push(r);
  return r;
};

/** Counts the caller's event loop turns (a 10 ms interval) while `work` runs. */
async function ticksDuring<T>(work: () => Promise<T>): Promise<{ result: T; ticks: number; elapsedMs: number; longestGapMs: number }> {
  let ticks = 0;
  let last = performance.now();
  let longestGapMs = 0;
  const interval = setInterval(() => {
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - last);
    last = now;
    ticks += 1;
  }, 10);
  const start = performance.now();
  try {
    const result = await work();
    return { result, ticks, elapsedMs: performance.now() - start, longestGapMs };
  } finally {
    clearInterval(interval);
  }
}

/**
 * A one-page PDF whose content stream (300 KB, deflated) holds 30 million text operators: valid, and read whole by pdfjs
 * in about half a minute of a loaded machine's CPU (the figure measured when this test was written), so a text
 * extraction of it never ends within a bound of seconds.
 */
function textBomb(): Uint8Array {
  const content = Buffer.concat([Buffer.from('BT /F1 12 Tf 10 800 Td '), Buffer.from('(a) Tj '.repeat(1_000_000)), Buffer.from('ET')]);
  // The same million operators thirty times over, deflated as one stream.
  const stream = deflateSync(Buffer.concat([content.subarray(0, 23), ...Array.from({ length: 30 }, () => content.subarray(23, content.length - 2)), Buffer.from('ET')]));
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((object, i) => {
    const body = object === null ? Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]) : Buffer.from(object);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(length);
    parts.push(part);
    length += part.length;
  });
  const xref = `xref\n0 6\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([...parts, Buffer.from(xref)]));
}

async function expectFacturX(r: PdfReader): Promise<void> {
  const read = await readInvoiceFile('facture.pdf', bytes(FACTURX), 15_000, r);
  if (!read.ok) throw new Error(read.message);
  expect(read.value.proposal.number?.value).toBe('F20180027');
  expect(read.value.proposal.totalCents?.value).toBe(11000);
  expect(read.value.proposal.dueCents?.value).toBe(10000);
  expect(read.value.file.xmlName).toBe('factur-x.xml');
}

describe('the PDF reading worker', () => {
  it('stops a real file that keeps pdfjs busy at its time limit, in French, while the caller keeps running; the next read works', async () => {
    const r = reader();
    expect(await r.warm()).toBe(true);
    const bomb = textBomb();
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const limit = 2000;
    const { result, ticks, elapsedMs } = await ticksDuring(() => readInvoiceFile('bombe.pdf', bomb, limit, r));
    expect(result).toEqual({ ok: false, message: PDF_MESSAGES.timeout });
    expect(elapsedMs).toBeLessThan(limit + 1000);
    // About 200 ticks of 10 ms in 2 s of a free event loop; read in this thread, the same file gave 5 a second.
    expect(ticks).toBeGreaterThan(50);
    // The busy worker was stopped: a fresh one reads the next file at once.
    await expectFacturX(r);
  }, 60_000);

  it('stops a read that loops for good at its time limit, in French, while the caller keeps running; the next read works', async () => {
    const r = reader({ hazard: 'spin' });
    // The worker started and pdfjs loaded first (the bound counts from the read's start, not the worker's).
    expect(await r.warm()).toBe(true);
    const limit = 1500;
    const { result, ticks, elapsedMs, longestGapMs } = await ticksDuring(() => readInvoiceFile('hostile.pdf', bytes(FACTURX), limit, r));
    expect(result).toEqual({ ok: false, message: PDF_MESSAGES.timeout });
    expect(elapsedMs).toBeGreaterThanOrEqual(limit - 5);
    expect(elapsedMs).toBeLessThan(limit + 1000);
    // At 10 ms a tick, 1.5 s of a free event loop is about 150 ticks; a blocked one would give none.
    expect(ticks).toBeGreaterThan(50);
    expect(longestGapMs).toBeLessThan(500);
    await expectFacturX(r);
  }, 60_000);

  it('refuses a PDF to attach that loops for good with the attachments’ own French message, then checks the next one', async () => {
    const r = reader({ hazard: 'spin' });
    const { result, ticks } = await ticksDuring(() => checkAttachedPdf(bytes(FACTURX), 1500, r));
    expect(result).toEqual({ ok: false, message: ATTACHMENT_MESSAGES.timeout });
    expect(ticks).toBeGreaterThan(50);
    expect(await checkAttachedPdf(bytes(FACTURX), 15_000, r)).toEqual({ ok: true, pageCount: 1 });
  }, 60_000);

  it('answers a worker that dies in French, and reads the next file with a fresh worker', async () => {
    const r = reader({ hazard: 'exit' });
    expect(await readInvoiceFile('f.pdf', bytes(FACTURX), 15_000, r)).toEqual({ ok: false, message: PDF_MESSAGES.interrupted });
    await expectFacturX(r);
  }, 60_000);

  it('answers a worker out of memory (its resourceLimits) in French, and reads the next file with a fresh worker', async () => {
    const r = reader({ hazard: 'exhaustMemory', resourceLimits: { maxOldGenerationSizeMb: 192 } });
    const { result, ticks } = await ticksDuring(() => checkAttachedPdf(bytes(FACTURX), 30_000, r));
    expect(result).toEqual({ ok: false, message: ATTACHMENT_MESSAGES.outOfMemory });
    expect(ticks).toBeGreaterThan(0);
    expect(await readInvoiceFile('f.pdf', bytes(FACTURX), 30_000, r)).toEqual({ ok: true, value: expect.objectContaining({ file: expect.objectContaining({ xmlName: 'factur-x.xml' }) }) });
  }, 60_000);

  it('reads files one after the other from a queue, each with its own answer, and leaves the caller’s bytes as they were', async () => {
    const r = reader();
    const facturx = bytes(FACTURX);
    const plain = bytes('plain/invoice2data_free_fiber.pdf');
    const password = bytes('edge/pdfjs_issue6010_1_password-abc.pdf');
    const [a, b, c, d] = await Promise.all([
      readInvoiceFile('a.pdf', facturx, 15_000, r),
      readInvoiceFile('b.pdf', plain, 15_000, r),
      readInvoiceFile('c.pdf', password, 15_000, r),
      checkAttachedPdf(password, 15_000, r),
    ]);
    expect(a.ok && a.value.proposal.number?.value).toBe('F20180027');
    expect(b.ok && b.value.file.xmlName).toBe('');
    expect(c).toEqual({ ok: false, message: PDF_MESSAGES.password });
    expect(d).toEqual({ ok: false, message: ATTACHMENT_MESSAGES.password });
    // A copy is transferred to the worker: the caller's array is still whole.
    expect(facturx.byteLength).toBe(readFileSync(DATA + FACTURX).byteLength);
  }, 60_000);

  it('fails the reads still waiting when it is closed, and every read after', async () => {
    const r = reader();
    const pending = readInvoiceFile('a.pdf', bytes(FACTURX), 15_000, r);
    await r.close();
    expect(await pending).toEqual({ ok: false, message: PDF_MESSAGES.interrupted });
    expect(await checkAttachedPdf(bytes(FACTURX), 15_000, r)).toEqual({ ok: false, message: ATTACHMENT_MESSAGES.interrupted });
  }, 60_000);
});
