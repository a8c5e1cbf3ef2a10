import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LetterPreview } from '../../../shared/documents/contract';
import type { ArchivedFile } from '../../../shared/dunning/schema';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import type { LedgerSnapshot } from '../../../shared/ipc/contract';
import { callRefused, coreForEachTest } from '../../../test/support/tempCore';
import { CAMILLE_MARTIN } from '../../../test/support/sender';

const core = coreForEachTest('2026-12-01T10:00:00');
const call = core.call;
const text = (pdf: Uint8Array) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8').replace(/[\u00a0\u202f]/g, ' ');
const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function seed() {
  await call('identity.save', CAMILLE_MARTIN);
  const client = await call<Client>('clients.save', {
    kind: 'business',
    name: 'Atelier Dupré SARL',
    address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' },
  });
  const a = await call<Invoice>('invoices.save', {
    number: 'F-2026-012',
    clientId: client.id,
    issueDate: '2026-09-15',
    dueDate: '2026-10-15',
    amountTtcCents: 123456,
    description: 'Création de l’identité visuelle',
  });
  const b = await call<Invoice>('invoices.save', { number: 'F-2026-015', clientId: client.id, issueDate: '2026-09-30', dueDate: '2026-10-30', amountTtcCents: 48000 });
  return { client, a, b };
}

describe('letters through the contract', () => {
  it('previews a letter with the invoice, the amount and how to pay; the same request gives the same bytes', async () => {
    const { client, a } = await seed();
    const request = { clientId: client.id, invoiceIds: [a.id], tone: 'firm', letterDate: '2026-12-01' };
    const first = await call<LetterPreview>('letters.preview', request);
    const again = await call<LetterPreview>('letters.preview', request);
    expect(Buffer.from(first.pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(first.sha256).toBe(hash(first.pdf));
    expect(again.sha256).toBe(first.sha256);
    const words = text(first.pdf);
    expect(words).toContain('F-2026-012');
    expect(words).toContain('1 234,56 €');
    expect(words).toContain('Lyon, le 1er décembre 2026');
    expect(words).toContain('Camille Martin EI');
    expect(words).toContain('FR76 3000 6000 0112 3456 7890 189');
    expect(words).toContain('40,00 €');
    expect(first.paymentDeadline).toBe('2026-12-09');
  });

  it('sends a registered letter: archives the exact bytes previewed and records them on each invoice of the letter', async () => {
    const { client, a, b } = await seed();
    const request = { clientId: client.id, invoiceIds: [a.id, b.id], tone: 'formal', letterDate: '2026-12-01', registeredNumber: '1a12345678901' };
    const preview = await call<LetterPreview>('letters.preview', { ...request, registeredMail: true });
    expect(text(preview.pdf)).toMatch(/Lettre recommandée avec accusé de réception/);
    const wrong = await callRefused(core, 'letters.send', { request, channel: 'registered-letter', sentOn: '2026-12-01', previewSha256: '0'.repeat(64) });
    expect(wrong).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('La lettre a changé depuis l’aperçu') });
    const snapshotBefore = await call<LedgerSnapshot>('ledger.snapshot', {});
    expect(snapshotBefore.invoices.every((i) => i.reminders.length === 0)).toBe(true);

    const normalised = await call<LetterPreview>('letters.preview', { ...request, registeredMail: true, registeredNumber: '1A 123 456 7890 1' });
    const sent = await call<{ document: ArchivedFile; invoices: Invoice[] }>('letters.send', {
      request: { ...request, registeredNumber: '1A 123 456 7890 1' },
      channel: 'registered-letter',
      sentOn: '2026-12-01',
      previewSha256: normalised.sha256,
    });
    expect(sent.document.sha256).toBe(normalised.sha256);
    const onDisk = await readFile(join(core.dir, 'blobs', sent.document.sha256.slice(0, 2), `${sent.document.sha256}.pdf`));
    expect(hash(onDisk)).toBe(normalised.sha256);
    for (const invoice of sent.invoices) {
      expect(invoice.reminders).toEqual([
        expect.objectContaining({ levelId: 'formal-notice', channel: 'registered-letter', tone: 'formal', registeredNumber: '1A 123 456 7890 1', deadline: '2026-12-09', document: sent.document }),
      ]);
    }
    const archived = await call<{ pdf: Uint8Array; intact: boolean }>('letters.archived', { sha256: sent.document.sha256 });
    expect(archived.intact).toBe(true);
    expect(hash(archived.pdf)).toBe(sent.document.sha256);

    await writeFile(join(core.dir, 'blobs', sent.document.sha256.slice(0, 2), `${sent.document.sha256}.pdf`), '%PDF-1.7 autre');
    expect(await call('letters.archived', { sha256: sent.document.sha256 })).toMatchObject({ intact: false, problem: expect.stringContaining('modifié depuis son envoi') });
  });

  it('a grouped letter is recorded on all its invoices or on none', async () => {
    const { client, a, b } = await seed();
    await call('invoices.recordReminder', { invoiceId: b.id, levelId: 'friendly', sentOn: '2026-11-20', channel: 'email' });
    const request = { clientId: client.id, invoiceIds: [a.id, b.id], tone: 'friendly', letterDate: '2026-12-01' };
    const preview = await call<LetterPreview>('letters.preview', { ...request, registeredMail: false });
    const refused = await callRefused(core, 'letters.send', { request, channel: 'letter', sentOn: '2026-12-01', previewSha256: preview.sha256 });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/déjà été envoyé pour la facture n°.F-2026-015/);
    const snapshot = await call<LedgerSnapshot>('ledger.snapshot', {});
    expect(snapshot.invoices.find((i) => i.id === a.id)!.reminders).toEqual([]);
  });

  it('refuses in French: a badly formed registered number, a deadline before the letter, an invoice of another client', async () => {
    const { client, a } = await seed();
    const other = await call<Client>('clients.save', { kind: 'private', name: 'Jeanne Morel', address: { street: '3 place Bellecour', postalCode: '69002', city: 'Lyon' } });
    const request = { clientId: client.id, invoiceIds: [a.id], tone: 'formal', letterDate: '2026-12-01', registeredNumber: 'RR123456789FR' };
    const number = await callRefused(core, 'letters.send', { request, channel: 'registered-letter', sentOn: '2026-12-01', previewSha256: '0'.repeat(64) });
    expect(number.code).toBe('INVALID_INPUT');
    expect(number.message).toMatch(/^La clé de contrôle de «\u00a0RR123456789FR\u00a0»/);
    const deadline = await callRefused(core, 'letters.preview', { ...request, paymentDeadline: '2026-11-30' });
    expect(deadline.message).toBe('La date limite de paiement ne peut pas précéder la date de la lettre.');
    const mixed = await callRefused(core, 'letters.preview', { clientId: other.id, invoiceIds: [a.id], tone: 'friendly', letterDate: '2026-12-01' });
    expect(mixed.message).toMatch(/même client|n’existe/);
  });
});
