import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MESSAGES } from '../../../shared/attachments/messages';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import { callRefused, coreForEachTest } from '../../../test/support/tempCore';
import { ownerPasswordPdf } from '../../../test/support/ownerPasswordPdf';

const PDFS = join(__dirname, '../../../../shared/testdata/pdf');
const testPdf = (file: string) => new Uint8Array(readFileSync(join(PDFS, file)));
const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const core = coreForEachTest('2026-12-01T10:00:00');
const call = core.call;
const blobFile = (sha: string) => join(core.dir, 'blobs', sha.slice(0, 2), `${sha}.pdf`);

async function seed() {
  const client = await call<Client>('clients.save', { kind: 'business', name: 'Atelier Dupré SARL', address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' } });
  const a = await call<Invoice>('invoices.save', { number: 'F-2026-012', clientId: client.id, issueDate: '2026-05-15', dueDate: '2026-10-15', amountTtcCents: 123456 });
  const b = await call<Invoice>('invoices.save', { number: 'F-2026-015', clientId: client.id, issueDate: '2026-09-30', dueDate: '2026-10-30', amountTtcCents: 48000 });
  return { client, a, b };
}

describe('attaching the invoice’s PDF', () => {
  it('archives the bytes by hash beside relance.json, never inside it, and links them to the invoice', async () => {
    const { a } = await seed();
    const bytes = testPdf('plain/invoice2data_free_fiber.pdf');
    const saved = await call<Invoice>('attachments.attach', { invoiceId: a.id, fileName: 'Facture F-2026-012.pdf', bytes });
    expect(saved.attachment).toEqual({ sha256: hash(bytes), sizeBytes: bytes.byteLength, fileName: 'Facture F-2026-012.pdf', pageCount: 2, attachedAt: new Date('2026-12-01T10:00:00').toISOString() });
    expect(new Uint8Array(await readFile(blobFile(hash(bytes))))).toEqual(bytes);
    const json = await readFile(core.dataFile, 'utf8');
    expect(json).toContain(hash(bytes));
    expect(json.length).toBeLessThan(bytes.byteLength);
    const read = await call<{ pdf: Uint8Array; fileName: string; intact: boolean }>('attachments.read', { invoiceId: a.id });
    expect(read).toMatchObject({ fileName: 'Facture F-2026-012.pdf', intact: true });
    expect(new Uint8Array(read.pdf)).toEqual(bytes);
  });

  it('stores the same file dropped on two invoices once, and keeps it while the other invoice still has it', async () => {
    const { a, b } = await seed();
    const bytes = testPdf('facturx/corpus_Facture_FR_BASICWL.pdf');
    await call('attachments.attach', { invoiceId: a.id, fileName: 'a.pdf', bytes });
    await call('attachments.attach', { invoiceId: b.id, fileName: 'b.pdf', bytes });
    expect(readdirSync(join(core.dir, 'blobs', hash(bytes).slice(0, 2)))).toEqual([`${hash(bytes)}.pdf`]);
    const detached = await call<Invoice>('attachments.detach', { invoiceId: a.id });
    expect(detached.attachment).toBeNull();
    expect(existsSync(blobFile(hash(bytes)))).toBe(true);
    await call('attachments.detach', { invoiceId: b.id });
    expect(existsSync(blobFile(hash(bytes)))).toBe(false);
  });

  it('asks before replacing another PDF, then removes the old file nothing refers to any more', async () => {
    const { a } = await seed();
    const first = testPdf('facturx/corpus_Facture_FR_BASICWL.pdf');
    const second = testPdf('facturx/mustang_Facture_F20180027.pdf');
    await call('attachments.attach', { invoiceId: a.id, fileName: 'ancienne.pdf', bytes: first });
    const asked = await callRefused(core, 'attachments.attach', { invoiceId: a.id, fileName: 'nouvelle.pdf', bytes: second });
    expect(asked).toMatchObject({ code: 'CONFLICT', message: 'La facture F-2026-012 a déjà un PDF joint («\u00a0ancienne.pdf\u00a0»)\u00a0: confirmez pour le remplacer.' });
    expect(existsSync(blobFile(hash(second)))).toBe(false);
    const replaced = await call<Invoice>('attachments.attach', { invoiceId: a.id, fileName: 'nouvelle.pdf', bytes: second, replace: true });
    expect(replaced.attachment).toMatchObject({ sha256: hash(second), fileName: 'nouvelle.pdf', pageCount: 1 });
    expect(existsSync(blobFile(hash(first)))).toBe(false);
  });

  it('keeps the file of a detached PDF while a reminder’s proof refers to its hash', async () => {
    const { a } = await seed();
    const bytes = testPdf('facturx/akretion_invoice_EN16931.pdf');
    await call('attachments.attach', { invoiceId: a.id, fileName: 'a.pdf', bytes });
    const sha = hash(bytes);
    await core.store.update((db) => ({
      ...db,
      invoices: db.invoices.map((i) =>
        i.id === a.id
          ? { ...i, reminders: [{ id: 'r1', levelId: 'friendly', sentOn: '2026-11-02', channel: 'letter', recordedAt: '2026-11-02T10:00:00.000Z', note: '', firstPresentedOn: null, receivedOn: null, invoiceCopy: { sha256: sha, kind: 'pdf', sizeBytes: bytes.byteLength } }] }
          : i,
      ),
    }));
    await call('attachments.detach', { invoiceId: a.id });
    expect(existsSync(blobFile(sha))).toBe(true);
  });

  it('says so when the archived file was changed on disk since it was attached', async () => {
    const { a } = await seed();
    const bytes = testPdf('facturx/corpus_Facture_FR_MINIMUM.pdf');
    await call('attachments.attach', { invoiceId: a.id, fileName: 'a.pdf', bytes });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(blobFile(hash(bytes)), bytes.subarray(0, 100));
    const read = await call<{ intact: boolean; problem: string }>('attachments.read', { invoiceId: a.id });
    expect(read.intact).toBe(false);
    expect(read.problem).toContain('a été modifié depuis son envoi');
  });
});

describe('files that cannot be attached: a French reason, and nothing changes', () => {
  const refusals: [string, string | (() => Uint8Array), string][] = [
    ['not a PDF (qpdf’s « oops »)', 'edge/qpdf_bad1_not-a-pdf.pdf', ATTACHMENT_MESSAGES.notPdf],
    ['a truncated PDF (15 bytes)', 'edge/mustang_corrupt-factur-x-waytoosmall.pdf', ATTACHMENT_MESSAGES.damaged],
    ['a PDF protected by a user password', 'edge/pdfjs_issue6010_1_password-abc.pdf', ATTACHMENT_MESSAGES.password],
    ['a PNG named .pdf', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), ATTACHMENT_MESSAGES.notPdf],
    ['a PDF cut in half', () => testPdf('plain/invoice2data_free_fiber.pdf').subarray(0, 4000), ATTACHMENT_MESSAGES.damaged],
    // Opens without a password in any reader, but its owner password forbids changes: its pages could not go into a letter.
    ['a PDF locked against changes by an owner password', () => ownerPasswordPdf(), ATTACHMENT_MESSAGES.restricted],
  ];
  for (const [what, file, message] of refusals) {
    it(`refuses ${what}`, async () => {
      const { a } = await seed();
      const before = await readFile(core.dataFile, 'utf8');
      const bytes = typeof file === 'string' ? testPdf(file) : file();
      expect(await callRefused(core, 'attachments.attach', { invoiceId: a.id, fileName: 'facture.pdf', bytes })).toMatchObject({ code: 'INVALID_INPUT', message });
      expect(await readFile(core.dataFile, 'utf8')).toBe(before);
      expect(existsSync(join(core.dir, 'blobs'))).toBe(false);
    });
  }

  it('refuses an empty file and one above 20 MB before reading them', async () => {
    const { a } = await seed();
    expect(await callRefused(core, 'attachments.attach', { invoiceId: a.id, fileName: 'vide.pdf', bytes: new Uint8Array(0) })).toMatchObject({ message: 'Le fichier est vide.' });
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    expect(await callRefused(core, 'attachments.attach', { invoiceId: a.id, fileName: 'gros.pdf', bytes: big })).toMatchObject({ message: 'Le fichier est trop volumineux (au plus 20\u00a0Mo).' });
  });

  it('accepts the PDF whose open action runs JavaScript as a document, without running it', async () => {
    const { a } = await seed();
    const bytes = testPdf('edge/pdfjs_issue6106_openaction-js-print.pdf');
    const saved = await call<Invoice>('attachments.attach', { invoiceId: a.id, fileName: 'script.pdf', bytes });
    expect(saved.attachment).toMatchObject({ pageCount: 1 });
  });

  it('reads the bogus page count file without hanging', async () => {
    const { a } = await seed();
    const saved = await call<Invoice>('attachments.attach', { invoiceId: a.id, fileName: 'bogus.pdf', bytes: testPdf('edge/pdfjs_poppler-67295-0_bogus-page-count.pdf') });
    expect(saved.attachment?.pageCount).toBe(1);
  });

  it('refuses an invoice that no longer exists, and detaching what is not attached', async () => {
    const { a } = await seed();
    expect(await callRefused(core, 'attachments.attach', { invoiceId: 'inconnue', fileName: 'a.pdf', bytes: testPdf('facturx/corpus_Facture_FR_MINIMUM.pdf') })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await callRefused(core, 'attachments.detach', { invoiceId: a.id })).toMatchObject({ code: 'NOT_FOUND', message: 'Cette facture n’a pas de PDF joint.' });
  });
});

describe('every readable PDF of the test data can be attached', () => {
  it('takes each Factur-X and plain invoice with its page count', async () => {
    const { a } = await seed();
    for (const dir of ['facturx', 'plain']) {
      for (const f of readdirSync(join(PDFS, dir)).filter((n) => n.endsWith('.pdf'))) {
        const saved = await call<Invoice>('attachments.attach', { invoiceId: a.id, fileName: f, bytes: testPdf(`${dir}/${f}`), replace: true });
        expect(saved.attachment?.fileName).toBe(f);
        expect(saved.attachment?.pageCount).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
