import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { LetterPreview } from '../../../shared/documents/contract';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import { coreForEachTest } from '../../../test/support/tempCore';
import { pdftotext } from '../documents/pdfReading';
import { CAMILLE_MARTIN } from '../../../test/support/sender';

const PDFS = join(__dirname, '../../../../shared/testdata/pdf');
const testPdf = (file: string) => new Uint8Array(readFileSync(join(PDFS, file)));
const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const plain = (pages: string[]) => pages.map((p) => p.replace(/[\u00a0\u202f]/g, ' '));

const core = coreForEachTest('2026-12-01T10:00:00');
const call = core.call;

async function seed() {
  await call('identity.save', { ...CAMILLE_MARTIN, email: '' });
  const client = await call<Client>('clients.save', { kind: 'business', name: 'Atelier Dupré SARL', address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' } });
  const a = await call<Invoice>('invoices.save', { number: 'F-2026-012', clientId: client.id, issueDate: '2026-05-15', dueDate: '2026-10-15', amountTtcCents: 123456 });
  const b = await call<Invoice>('invoices.save', { number: 'F-2026-015', clientId: client.id, issueDate: '2026-09-30', dueDate: '2026-10-30', amountTtcCents: 48000 });
  return { client, a, b };
}
const request = (clientId: string, invoiceIds: string[], extra: object = {}) => ({ clientId, invoiceIds, tone: 'firm', letterDate: '2026-12-01', ...extra });

describe('the letter pack: the letter, then the copy of the invoice', () => {
  it('merges the attached PDF’s pages after the letter, each stamped, and says so under the signature', async () => {
    const { client, a } = await seed();
    const alone = await call<LetterPreview>('letters.preview', request(client.id, [a.id]));
    const letterPages = (await PDFDocument.load(alone.pdf)).getPageCount();
    expect(alone.invoiceCopies).toEqual([{ invoiceId: a.id, number: 'F-2026-012', attached: false, included: false, problem: null }]);

    await call('attachments.attach', { invoiceId: a.id, fileName: 'F-2026-012.pdf', bytes: testPdf('plain/invoice2data_free_fiber.pdf') });
    const pack = await call<LetterPreview>('letters.preview', request(client.id, [a.id]));
    expect(pack.invoiceCopies).toEqual([{ invoiceId: a.id, number: 'F-2026-012', attached: true, included: true, problem: null }]);
    const doc = await PDFDocument.load(pack.pdf);
    expect(doc.getPageCount()).toBe(letterPages + 2);
    expect(doc.getTitle()).toBe('Relance ferme F-2026-012');
    expect(doc.getAuthor()).toBe('Camille Martin EI');
    expect(doc.getSubject()).toBe('Relance pour retard de paiement — facture n°\u00a0F-2026-012\u202f; copie de la facture jointe');

    const pages = plain(await pdftotext(pack.pdf));
    expect(pages[letterPages - 1]).toContain('Pièce jointe : copie de la facture n° F-2026-012');
    expect(pages[letterPages]).toContain('Copie de la facture n° F-2026-012 – page 1 sur 2');
    expect(pages[letterPages + 1]).toContain('Copie de la facture n° F-2026-012 – page 2 sur 2');
    // The invoice's own text, as in its PDF (the free ISP invoice of the test data).
    expect(pages[letterPages]).toContain('562044387');
    // The same request gives the same bytes: what is previewed is what is sent.
    expect((await call<LetterPreview>('letters.preview', request(client.id, [a.id]))).sha256).toBe(pack.sha256);
  });

  it('leaves the copy out when asked, and then the letter is the letter alone', async () => {
    const { client, a } = await seed();
    const alone = await call<LetterPreview>('letters.preview', request(client.id, [a.id]));
    await call('attachments.attach', { invoiceId: a.id, fileName: 'F.pdf', bytes: testPdf('facturx/corpus_Facture_FR_BASICWL.pdf') });
    const without = await call<LetterPreview>('letters.preview', request(client.id, [a.id], { invoiceCopies: false }));
    expect(without.sha256).toBe(alone.sha256);
    expect(without.invoiceCopies[0]).toMatchObject({ attached: true, included: false });
  });

  it('groups the copies of a letter’s invoices in order, and names those without a PDF', async () => {
    const { client, a, b } = await seed();
    await call('attachments.attach', { invoiceId: b.id, fileName: 'b.pdf', bytes: testPdf('facturx/corpus_XRECHNUNG_Einfach.pdf') });
    await call('attachments.attach', { invoiceId: a.id, fileName: 'a.pdf', bytes: testPdf('facturx/mustang_Facture_F20180027.pdf') });
    const pack = await call<LetterPreview>('letters.preview', request(client.id, [a.id, b.id]));
    const all = plain(await pdftotext(pack.pdf)).join('\f');
    expect(all).toContain('Pièces jointes : copies des factures n° F-2026-012 et F-2026-015');
    expect(all.indexOf('Copie de la facture n° F-2026-012')).toBeLessThan(all.indexOf('Copie de la facture n° F-2026-015 – page 1 sur 3'));
    expect(all).toContain('Copie de la facture n° F-2026-015 – page 3 sur 3');

    await call('attachments.detach', { invoiceId: b.id });
    const one = await call<LetterPreview>('letters.preview', request(client.id, [a.id, b.id]));
    expect(one.invoiceCopies.map((c) => [c.number, c.included])).toEqual([['F-2026-012', true], ['F-2026-015', false]]);
    expect(plain(await pdftotext(one.pdf)).join('\f')).toContain('Pièce jointe : copie de la facture n° F-2026-012');
  });

  it('records the copy on the reminder when sent, and then detaching keeps the file of the proof', async () => {
    const { client, a } = await seed();
    const bytes = testPdf('facturx/akretion_invoice_EN16931.pdf');
    await call('attachments.attach', { invoiceId: a.id, fileName: 'F.pdf', bytes });
    const preview = await call<LetterPreview>('letters.preview', request(client.id, [a.id]));
    const sent = await call<{ invoices: Invoice[] }>('letters.send', { request: request(client.id, [a.id]), channel: 'letter', sentOn: '2026-12-01', previewSha256: preview.sha256 });
    const reminder = sent.invoices[0]!.reminders.at(-1)!;
    expect(reminder.document?.sha256).toBe(preview.sha256);
    expect(reminder.invoiceCopy).toEqual({ sha256: hash(bytes), kind: 'pdf', sizeBytes: bytes.byteLength });
    await call('attachments.detach', { invoiceId: a.id });
    expect(existsSync(join(core.dir, 'blobs', hash(bytes).slice(0, 2), `${hash(bytes)}.pdf`))).toBe(true);
  });

  it('never carries a copy changed on disk since it was attached, and says why', async () => {
    const { client, a } = await seed();
    const bytes = testPdf('facturx/corpus_Facture_FR_MINIMUM.pdf');
    await call('attachments.attach', { invoiceId: a.id, fileName: 'F.pdf', bytes });
    await writeFile(join(core.dir, 'blobs', hash(bytes).slice(0, 2), `${hash(bytes)}.pdf`), testPdf('facturx/corpus_Facture_FR_BASICWL.pdf'));
    const pack = await call<LetterPreview>('letters.preview', request(client.id, [a.id]));
    expect(pack.invoiceCopies[0]).toMatchObject({ attached: true, included: false, problem: expect.stringContaining('a été modifié depuis son envoi') as string });
  });

  it('copies the pages of a PDF with an open-action script, without the script', async () => {
    const { client, a } = await seed();
    const bytes = testPdf('edge/pdfjs_issue6106_openaction-js-print.pdf');
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/(?:JavaScript|JS)\b/);
    await call('attachments.attach', { invoiceId: a.id, fileName: 'script.pdf', bytes });
    const pack = await call<LetterPreview>('letters.preview', request(client.id, [a.id]));
    const doc = await PDFDocument.load(pack.pdf);
    expect(doc.catalog.get(doc.catalog.context.obj('OpenAction') as never)).toBeUndefined();
    const raw = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
    expect(raw).not.toMatch(/\/(?:JavaScript|JS|OpenAction)\b/);
  });
});

describe('the letter’s words follow the copy', () => {
  it('offers a copy on request without one, and says it is enclosed with one', async () => {
    const { client, a } = await seed();
    const friendly = (extra: object = {}) => request(client.id, [a.id], { tone: 'friendly', ...extra });
    const without = plain(await pdftotext((await call<LetterPreview>('letters.preview', friendly())).pdf)).join(' ').replace(/\s+/g, ' ');
    expect(without).toContain('Si vous ne retrouvez pas cette facture, nous vous en adresserons volontiers une copie sur simple demande.');
    await call('attachments.attach', { invoiceId: a.id, fileName: 'F.pdf', bytes: testPdf('facturx/corpus_Facture_FR_BASICWL.pdf') });
    const withCopy = plain(await pdftotext((await call<LetterPreview>('letters.preview', friendly())).pdf)).join(' ').replace(/\s+/g, ' ');
    expect(withCopy).toContain('Vous en trouverez la copie ci-jointe.');
    expect(withCopy).not.toContain('sur simple demande');
    const notAsked = plain(await pdftotext((await call<LetterPreview>('letters.preview', friendly({ invoiceCopies: false }))).pdf)).join(' ').replace(/\s+/g, ' ');
    expect(notAsked).toContain('sur simple demande');
  });
});
