import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInvoiceFile, PDF_MESSAGES } from './readInvoiceFile';
import { XML_MESSAGES } from '../../../shared/einvoice/xml';
import { damagedCopy as mutate, fuzzRandom as generator } from '../../../test/support/damagedCopies';

/**
 * Truncated and bit-flipped copies of real PDFs and of their XML, from a seeded generator: each one is read or
 * refused with one of the French messages, within a time bound, and never throws.
 */

const DATA = fileURLToPath(new URL('../../../../shared/testdata/pdf/', import.meta.url));
const PDFS = ['facturx/corpus_Facture_FR_MINIMUM.pdf', 'facturx/corpus_Avoir_FR_type381_BASIC.pdf', 'plain/invoice2data_free_fiber.pdf'];
const MESSAGES = new Set<string>([...Object.values(PDF_MESSAGES), ...Object.values(XML_MESSAGES)]);
const PER_FILE_MS = 8000;

async function embeddedXml(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const attachments = (await doc.getAttachments()) as Record<string, { content: Uint8Array }>;
  await doc.destroy();
  return Object.values(attachments)[0]!.content;
}

async function expectCleanOutcome(name: string, bytes: Uint8Array): Promise<void> {
  const start = performance.now();
  const read = await readInvoiceFile(name, bytes, PER_FILE_MS);
  const elapsed = performance.now() - start;
  expect(elapsed).toBeLessThan(PER_FILE_MS + 2000);
  if (!read.ok) expect(MESSAGES.has(read.message), read.message).toBe(true);
}

describe('fuzz: damaged copies of real files', () => {
  const sources: Record<string, Uint8Array> = {};
  beforeAll(async () => {
    for (const f of PDFS) sources[f] = new Uint8Array(readFileSync(DATA + f));
    sources['factur-x.xml'] = await embeddedXml(sources[PDFS[0]!]!);
    sources['ZUGFeRD-invoice.xml'] = await embeddedXml(new Uint8Array(readFileSync(DATA + 'facturx/corpus_ZUGFeRD_1p0_BASIC_Einfach.pdf')));
  });

  it('150 copies of PDFs: read or refused in French, in time', async () => {
    const random = generator(20261202);
    for (let i = 0; i < 150; i++) {
      const name = PDFS[i % PDFS.length]!;
      await expectCleanOutcome(name, mutate(sources[name]!, random));
    }
  }, 600_000);

  it('300 copies of XML: read or refused in French, in time', async () => {
    const random = generator(9);
    for (let i = 0; i < 300; i++) {
      const name = i % 2 === 0 ? 'factur-x.xml' : 'ZUGFeRD-invoice.xml';
      await expectCleanOutcome(name, mutate(sources[name]!, random));
    }
  }, 600_000);
});
