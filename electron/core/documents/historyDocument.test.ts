import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../shared/dunning/schema';
import { identitySchema } from '../../../shared/ledger/schema';
import { aClient, anInvoice } from '../../../shared/ledger/testkit';
import { historyDocumentModel } from '../../../shared/proofs/historyModel';
import { readPdf } from './pdfReading';
import { renderHistoryPdf } from './renderHistoryPdf';

const fontDir = fileURLToPath(new URL('../../../assets/fonts/', import.meta.url));

describe('the history PDF', { timeout: 60_000 }, () => {
  it('runs onto as many pages as its events need, the table’s head and « page N sur M » on each, the events in order', async () => {
    const payments = Array.from({ length: 45 }, (_, i) => ({ id: `p${i}`, date: `2026-02-${String(Math.floor(i / 2) + 1).padStart(2, '0')}`, amountCents: 1000 + i, note: `virement ${i + 1}`, recordedAt: '2026-03-01T10:00:00.000Z' }));
    const invoice = anInvoice({ issueDate: '2026-01-02', dueDate: '2026-02-01', amountTtcCents: 1_000_000, payments });
    const model = historyDocumentModel({ invoice, client: aClient(), identity: identitySchema.parse({ name: 'Camille Martin', legalForm: 'ei' }), policy: DEFAULT_POLICY, today: '2026-03-31' });
    const pages = await readPdf(await renderHistoryPdf(model, { fontDir, createdAt: new Date('2026-03-31T12:00:00Z') }));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page.text).toContain('Événement');
      expect(page.text).toContain(`page ${i + 1} sur ${pages.length}`);
    });
    const all = pages.map((p) => p.text).join('\n');
    for (const p of payments) expect(all).toContain(p.note);
    // « virement 4 » is also inside « virement 44 »: compare the last ones, which are unique.
    expect(all.indexOf('virement 45')).toBeGreaterThan(all.indexOf('virement 44'));
    expect(all.indexOf('Facture émise')).toBeLessThan(all.indexOf('virement 2'));
    expect(pages[0]!.text).toContain('Camille Martin EI');
  });
});
