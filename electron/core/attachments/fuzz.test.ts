import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MESSAGES } from '../../../shared/attachments/messages';
import { damagedCopy, fuzzRandom } from '../../../test/support/damagedCopies';
import { mergePdfs } from '../documents/mergePdfs';
import { checkAttachedPdf } from './checkAttachedPdf';

/**
 * Truncated and bit-flipped copies of real PDFs dropped on an invoice: each is refused with one of the French
 * reasons, or accepted, and then its pages really go into a letter pack (the promise attaching makes). Seeded, in time.
 */

const DATA = fileURLToPath(new URL('../../../../shared/testdata/pdf/', import.meta.url));
const PDFS = ['plain/invoice2data_free_fiber.pdf', 'facturx/mustang_Facture_F20180027.pdf', 'facturx/corpus_XRECHNUNG_Einfach.pdf'];
const MESSAGES = new Set<string>(Object.values(ATTACHMENT_MESSAGES));
const BOUND_MS = 20_000;

describe('fuzz: damaged copies of real PDFs dropped on an invoice', () => {
  it('150 copies: refused in French, or accepted and merged into a letter pack, each in time', async () => {
    const sources = PDFS.map((f) => new Uint8Array(readFileSync(DATA + f)));
    const random = fuzzRandom(20261203);
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < 150; i++) {
      const bytes = damagedCopy(sources[i % sources.length]!, random);
      const start = performance.now();
      const check = await checkAttachedPdf(bytes);
      expect(performance.now() - start).toBeLessThan(BOUND_MS);
      if (check.ok) {
        accepted++;
        expect(check.pageCount).toBeGreaterThanOrEqual(1);
        const pack = await mergePdfs([{ pdf: bytes, stamp: 'Copie de la facture n°\u00a0F-1' }], new Date(0));
        expect(Buffer.from(pack.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      } else {
        refused++;
        expect(MESSAGES.has(check.message), check.message).toBe(true);
      }
    }
    // Both outcomes are exercised (bit flips in a stream often leave a readable PDF; truncations do not).
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  }, 600_000);
});
