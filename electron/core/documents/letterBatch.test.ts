import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchPrepared, LetterPreview } from '../../../shared/documents/contract';
import type { ArchivedFile } from '../../../shared/dunning/schema';
import type { LedgerSnapshot } from '../../../shared/ipc/contract';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import { callRefused, coreForEachTest } from '../../../test/support/tempCore';
import { PDFArray, PDFDocument, PDFRawStream, type PDFPage } from 'pdf-lib';
import { countPages } from './letterBatchService';
import { CAMILLE_MARTIN } from '../../../test/support/sender';

const core = coreForEachTest('2026-12-01T10:00:00');
const call = core.call;
const text = (pdf: Uint8Array, pages?: { first: number; last: number }) =>
  execFileSync('pdftotext', [...(pages ? ['-f', String(pages.first), '-l', String(pages.last)] : []), '-layout', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/[\u00a0\u202f]/g, ' ');
const pageCount = (pdf: Uint8Array) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString())![1]);
const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A page's drawing: the encoded bytes of its content streams, as stored in the file. */
function contentBytes(page: PDFPage): Buffer {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return Buffer.concat(streams.map((s) => {
    if (!(s instanceof PDFRawStream)) throw new Error('unexpected content stream');
    return Buffer.from(s.contents);
  }));
}

/** Three clients, four invoices due today: two friendly reminders for one client, one for another, a firm one for a third. */
async function seed() {
  await call('identity.save', { ...CAMILLE_MARTIN, bic: '' });
  const client = (name: string, kind: 'business' | 'private' = 'business') =>
    call<Client>('clients.save', { kind, name, address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' } });
  const dupre = await client('Atelier Dupré SARL');
  const morel = await client('Jeanne Morel', 'private');
  const bati = await client('Bâti Rhône SAS');
  const invoice = (number: string, clientId: string, dueDate: string, amountTtcCents: number) =>
    call<Invoice>('invoices.save', { number, clientId, issueDate: '2026-09-01', dueDate, amountTtcCents, description: 'Prestation de design' });
  const a1 = await invoice('F-2026-031', dupre.id, '2026-11-20', 123456);
  const a2 = await invoice('F-2026-032', dupre.id, '2026-11-22', 48000);
  const m1 = await invoice('F-2026-040', morel.id, '2026-11-15', 90000);
  const b1 = await invoice('F-2026-050', bati.id, '2026-10-15', 250000);
  await call('invoices.recordReminder', { invoiceId: b1.id, levelId: 'friendly', sentOn: '2026-11-10', channel: 'email' });
  // Not due today: its due date is in the future.
  await invoice('F-2026-060', bati.id, '2026-12-20', 10000);
  return { dupre, morel, bati, a1, a2, m1, b1 };
}

function prepare(batchId: string, grouping: 'invoice' | 'client', channel: 'letter' | 'registered-letter' = 'letter') {
  // Every step due today, those planned by e-mail too (the default keeps to the steps by letter: batch.test.ts).
  return call<BatchPrepared | { status: 'cancelled' }>('letters.batchPrepare', { batchId, grouping, channel, allChannels: true });
}

describe('the batch of the day’s letters', () => {
  it('draws every letter due today, each the same bytes as its own preview, into one PDF, and reports its progress', async () => {
    const { a1, a2, m1, b1 } = await seed();
    const progress: { done: number; total: number; phase: string }[] = [];
    core.events.on('letters.batchProgress', (p) => progress.push(p));
    const before = await readFile(core.dataFile, 'utf8');
    const batch = (await prepare('batch-0001', 'invoice')) as BatchPrepared;
    expect(batch.status).toBe('ready');
    expect(batch.letters.map((l) => [l.clientName, l.invoiceNumbers, l.tone])).toEqual([
      ['Atelier Dupré SARL', ['F-2026-031'], 'friendly'],
      ['Atelier Dupré SARL', ['F-2026-032'], 'friendly'],
      ['Bâti Rhône SAS', ['F-2026-050'], 'firm'],
      ['Jeanne Morel', ['F-2026-040'], 'friendly'],
    ]);
    expect(progress).toEqual([
      { batchId: 'batch-0001', done: 0, total: 4, phase: 'letters' },
      ...[1, 2, 3, 4].map((done) => ({ batchId: 'batch-0001', done, total: 4, phase: 'letters' })),
      { batchId: 'batch-0001', done: 4, total: 4, phase: 'merge' },
    ]);
    // Each letter is its own preview, byte for byte, and its pages in the combined PDF hold the same text.
    expect(pageCount(batch.pdf)).toBe(batch.letters.reduce((n, l) => n + l.pageCount, 0));
    const combined = await PDFDocument.load(batch.pdf);
    for (const letter of batch.letters) {
      const single = await call<LetterPreview>('letters.preview', { clientId: letter.clientId, invoiceIds: letter.invoiceIds, tone: letter.tone, letterDate: '2026-12-01', registeredMail: false });
      expect(letter.sha256).toBe(single.sha256);
      expect(letter.pageCount).toBe(pageCount(single.pdf));
      expect(text(batch.pdf, { first: letter.firstPage, last: letter.firstPage + letter.pageCount - 1 })).toBe(text(single.pdf));
      // And its pages in the combined PDF draw exactly what the letter alone draws (the same content stream bytes).
      const alone = await PDFDocument.load(single.pdf);
      alone.getPages().forEach((page, i) => {
        const drawn = contentBytes(page);
        expect(drawn.length).toBeGreaterThan(500);
        expect(contentBytes(combined.getPage(letter.firstPage - 1 + i)).equals(drawn)).toBe(true);
      });
    }
    const all = text(batch.pdf);
    for (const n of [a1, a2, m1, b1].map((i) => i.number)) expect(all).toContain(n);
    expect(all).not.toContain('F-2026-060');
    expect(all).toContain('1 234,56 €');
    // Nothing recorded, nothing written.
    expect(await readFile(core.dataFile, 'utf8')).toBe(before);
  }, 120_000);

  it('groups the invoices of a client due at the same step into one letter when asked', async () => {
    await seed();
    const batch = (await prepare('batch-0002', 'client')) as BatchPrepared;
    expect(batch.letters.map((l) => l.invoiceNumbers)).toEqual([['F-2026-031', 'F-2026-032'], ['F-2026-050'], ['F-2026-040']]);
    const grouped = text(batch.pdf, { first: 1, last: batch.letters[0]!.pageCount });
    expect(grouped).toContain('F-2026-031');
    expect(grouped).toContain('F-2026-032');
  }, 120_000);

  it('stops drawing when cancelled, and the cancelled batch cannot be sent', async () => {
    await seed();
    const seen: number[] = [];
    core.events.on('letters.batchProgress', (p) => {
      seen.push(p.done);
      if (p.done === 1) void call('letters.batchCancel', { batchId: 'batch-0003' });
    });
    const result = await prepare('batch-0003', 'invoice');
    expect(result.status).toBe('cancelled');
    // The letter being drawn when the cancel came is the last one: never the four.
    expect(Math.max(...seen)).toBeLessThan(4);
    const refused = await callRefused(core, 'letters.batchSend', { batchId: 'batch-0003', channel: 'letter', sentOn: '2026-12-01' });
    expect(refused.code).toBe('NOT_FOUND');
  }, 120_000);

  it('records every letter at once, by registered mail with a checked number each, each invoice linked to its own archived letter', async () => {
    await seed();
    const batch = (await prepare('batch-0004', 'client', 'registered-letter')) as BatchPrepared;
    expect(text(batch.pdf)).toMatch(/Lettre recommandée avec accusé de réception/);
    const send = (registeredNumbers?: string[], channel = 'registered-letter') => core.dispatch('letters.batchSend', { batchId: 'batch-0004', channel, sentOn: '2026-12-01', registeredNumbers });

    const missing = await send(['1A12345678901', '', 'RR123456785FR']);
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { 'registeredNumbers.1': expect.stringMatching(/^Saisissez le numéro du recommandé/) } } });
    const wrong = await send(['1A12345678901', 'RR123456789FR', '1A 123 456 7890 1']);
    expect(wrong).toMatchObject({
      ok: false,
      error: { fields: { 'registeredNumbers.1': expect.stringMatching(/^La clé de contrôle/), 'registeredNumbers.2': 'Ce numéro est déjà celui de la lettre 1.' } },
    });
    expect(await send(['1A12345678901'])).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Saisissez le numéro du recommandé de chacune des 3 lettres.' } });
    expect(await send(undefined, 'letter')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('recommandé') } });
    const untouched = await call<LedgerSnapshot>('ledger.snapshot', {});
    expect(untouched.invoices.flatMap((i) => i.reminders)).toHaveLength(1);

    const sent = await call<{ documents: ArchivedFile[]; invoices: Invoice[] }>('letters.batchSend', {
      batchId: 'batch-0004',
      channel: 'registered-letter',
      sentOn: '2026-12-01',
      registeredNumbers: ['1a12345678901', 'RR123456785FR', '2C 000 000 0000 9'],
    });
    expect(sent.documents.map((d) => d.sha256)).toEqual(batch.letters.map((l) => l.sha256));
    const snapshot = await call<LedgerSnapshot>('ledger.snapshot', {});
    for (const [i, letter] of batch.letters.entries()) {
      const onDisk = await readFile(join(core.dir, 'blobs', letter.sha256.slice(0, 2), `${letter.sha256}.pdf`));
      expect(hash(onDisk)).toBe(letter.sha256);
      for (const id of letter.invoiceIds) {
        const reminder = snapshot.invoices.find((inv) => inv.id === id)!.reminders.at(-1)!;
        expect(reminder).toMatchObject({ levelId: letter.levelId, tone: letter.tone, channel: 'registered-letter', sentOn: '2026-12-01', document: { sha256: letter.sha256 } });
        expect(reminder.registeredNumber).toBe(['1A 123 456 7890 1', 'RR123456785FR', '2C 000 000 0000 9'][i]);
      }
    }
    // Sent once: the batch is gone.
    expect((await send(['1A12345678901', 'RR123456785FR', '2C00000000009'])).ok).toBe(false);
  }, 120_000);

  it('refuses, and records nothing, when a letter would differ from the one prepared (a payment came in meanwhile)', async () => {
    const { a2 } = await seed();
    await prepare('batch-0005', 'invoice');
    await call('payments.add', { invoiceId: a2.id, date: '2026-11-30', amountCents: 10000 });
    const refused = await callRefused(core, 'letters.batchSend', { batchId: 'batch-0005', channel: 'letter', sentOn: '2026-12-01' });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('F-2026-032');
    const snapshot = await call<LedgerSnapshot>('ledger.snapshot', {});
    expect(snapshot.invoices.flatMap((i) => i.reminders)).toHaveLength(1);
  }, 120_000);

  it('is all or none: one invoice already reminded at that step refuses the whole batch', async () => {
    const { m1 } = await seed();
    await prepare('batch-0006', 'invoice');
    await call('invoices.recordReminder', { invoiceId: m1.id, levelId: 'friendly', sentOn: '2026-11-30', channel: 'email' });
    const refused = await callRefused(core, 'letters.batchSend', { batchId: 'batch-0006', channel: 'letter', sentOn: '2026-12-01' });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/a déjà été envoyé pour la facture n°.F-2026-040/) });
    const snapshot = await call<LedgerSnapshot>('ledger.snapshot', {});
    expect(snapshot.invoices.flatMap((i) => i.reminders)).toHaveLength(2);
  }, 120_000);

  it('says so when nothing is due, and refuses a malformed batch id', async () => {
    expect(await callRefused(core, 'letters.batchPrepare', { batchId: 'batch-0007', grouping: 'invoice', channel: 'letter' })).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Aucune lettre n’est à envoyer aujourd’hui.',
    });
    expect((await callRefused(core, 'letters.batchPrepare', { batchId: '../../etc', grouping: 'invoice', channel: 'letter' })).code).toBe('INVALID_INPUT');
    expect((await callRefused(core, 'letters.batchPrepare', { batchId: 'batch-0008', grouping: 'tout', channel: 'letter' })).code).toBe('INVALID_INPUT');
  });
});

describe('countPages', () => {
  it('counts the page objects, not the page tree', () => {
    const pdf = new TextEncoder().encode('1 0 obj << /Type /Pages /Count 2 >> 2 0 obj << /Type /Page /Parent 1 0 R >> 3 0 obj <</Type/Page>>');
    expect(countPages(pdf)).toBe(2);
  });
});
