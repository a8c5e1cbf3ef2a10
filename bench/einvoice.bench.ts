import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkAttachedPdf } from '../electron/core/attachments/checkAttachedPdf';
import { createPdfReader } from '../electron/core/einvoice/pdfReader';
import { readInvoiceFile, READ_TIME_LIMIT_MS } from '../electron/core/einvoice/readInvoiceFile';

/**
 * Reading a dropped invoice: a Factur-X PDF (its embedded XML) and a plain PDF (its text, the fields found by their
 * labels), each read whole as einvoice.read does, through the PDF reading worker (the bytes copied and transferred
 * to it, the answer cloned back), median and range over N runs after a warm-up; and the check of a PDF to attach
 * (attachments.attach). The worker's start (pdfjs loaded, from the TypeScript sources through tsx here) is measured
 * once, apart. npm run bench:einvoice
 */

const DATA = fileURLToPath(new URL('../../shared/testdata/pdf/', import.meta.url));
const RUNS = Number(process.argv[2] ?? 30);
const reader = createPdfReader();

async function measure(label: string, file: string, read: (bytes: Uint8Array) => Promise<{ ok: boolean; message?: string }>): Promise<void> {
  const bytes = new Uint8Array(readFileSync(DATA + file));
  for (let i = 0; i < 3; i++) await read(bytes);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = await read(bytes);
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(result.message);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(52)} median ${median.toFixed(1)} ms  (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}, ${RUNS} runs, ${(bytes.byteLength / 1024).toFixed(0)} KB)`);
}

const invoice = (file: string) => (bytes: Uint8Array) => readInvoiceFile(file, bytes, READ_TIME_LIMIT_MS, reader);

console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const start = performance.now();
await reader.warm();
console.log(`${'worker start (pdfjs loaded, from sources via tsx)'.padEnd(52)} ${(performance.now() - start).toFixed(0)} ms`);
await measure('Factur-X PDF (mustang_Facture_F20180027)', 'facturx/mustang_Facture_F20180027.pdf', invoice('f.pdf'));
await measure('Factur-X PDF (akretion, XML not first)', 'facturx/akretion_invoice_EN16931.pdf', invoice('f.pdf'));
await measure('plain PDF, text extraction (free_fiber)', 'plain/invoice2data_free_fiber.pdf', invoice('f.pdf'));
await measure('PDF to attach, checked (free_fiber)', 'plain/invoice2data_free_fiber.pdf', (bytes) => checkAttachedPdf(bytes, READ_TIME_LIMIT_MS, reader));
await reader.close();
