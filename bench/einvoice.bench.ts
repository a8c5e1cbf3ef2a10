import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readInvoiceFile } from '../electron/core/einvoice/readInvoiceFile';

/**
 * Reading a dropped invoice: a Factur-X PDF (its embedded XML) and a plain PDF (its text, the fields found by their
 * labels), each read whole as einvoice.read does, median and range over N runs after a warm-up. npm run bench:einvoice
 */

const DATA = fileURLToPath(new URL('../../shared/testdata/pdf/', import.meta.url));
const RUNS = Number(process.argv[2] ?? 30);

async function measure(label: string, file: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(DATA + file));
  for (let i = 0; i < 3; i++) await readInvoiceFile(file, bytes);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const read = await readInvoiceFile(file, bytes);
    times.push(performance.now() - start);
    if (!read.ok) throw new Error(read.message);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(44)} median ${median.toFixed(1)} ms  (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}, ${RUNS} runs, ${(bytes.byteLength / 1024).toFixed(0)} KB)`);
}

console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
await measure('Factur-X PDF (mustang_Facture_F20180027)', 'facturx/mustang_Facture_F20180027.pdf');
await measure('Factur-X PDF (akretion, XML not first)', 'facturx/akretion_invoice_EN16931.pdf');
await measure('plain PDF, text extraction (free_fiber)', 'plain/invoice2data_free_fiber.pdf');
