import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StatementPreview } from '../../../shared/documents/statementsContract';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import { callRefused, coreForEachTest } from '../../../test/support/tempCore';

const core = coreForEachTest('2026-12-01T10:00:00');
const call = core.call;
const text = (pdf: Uint8Array) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8').replace(/[\u00a0\u202f]/g, ' ');

/** Atelier Dupré: F-101 (1 200,00 €, overdue), F-102 (800,00 €, 300,00 € paid, overdue), F-103 (450,00 €, not yet due); a 100,00 € credit note. */
async function seed() {
  await call('identity.save', { name: 'Camille Martin', legalForm: 'ei', address: { street: '8 rue Mercière', postalCode: '69002', city: 'Lyon' }, iban: 'FR7630006000011234567890189', siret: '73282932000074' });
  const client = await call<Client>('clients.save', { kind: 'business', name: 'Atelier Dupré SARL', address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' } });
  const inv = (number: string, issueDate: string, dueDate: string, amountTtcCents: number) => call<Invoice>('invoices.save', { number, clientId: client.id, issueDate, dueDate, amountTtcCents });
  await inv('F-2026-101', '2026-09-15', '2026-10-15', 120_000);
  const b = await inv('F-2026-102', '2026-10-01', '2026-10-31', 80_000);
  await inv('F-2026-103', '2026-11-20', '2026-12-20', 45_000);
  await call('payments.add', { invoiceId: b.id, date: '2026-11-10', amountCents: 30_000 });
  await core.store.update((db) => ({
    ...db,
    creditNotes: [{ id: 'av1', number: 'AV-2026-004', clientId: client.id, issueDate: '2026-11-05', amountTtcCents: 10_000, notes: '', createdAt: '2026-11-05T09:00:00.000Z', updatedAt: '2026-11-05T09:00:00.000Z' }],
  }));
  return client;
}

describe('the statement of account (relevé de compte)', () => {
  it('lists every open invoice, due or not, the credit note and the payments, with the balance split, in French figures', async () => {
    const client = await seed();
    const preview = await call<StatementPreview>('statements.preview', { clientId: client.id, asOf: '2026-12-01' });
    expect(preview.figures).toEqual({ overdueCents: 170_000, notDueCents: 45_000, creditCents: 10_000, balanceCents: 205_000, invoiceCount: 3 });
    expect(preview.fileName).toBe('2026-12-01 Relevé de compte Atelier Dupré SARL.pdf');
    const t = text(preview.pdf);
    expect(t).toContain('Lyon, le 1er décembre 2026');
    expect(t).toContain('Objet : relevé de compte au 1er décembre 2026');
    expect(t).toMatch(/Facture F-2026-101\s+15\/09\/2026\s+15\/10\/2026 \(échue\)\s+1 200,00 €\s+0,00 €\s+1 200,00 €/);
    expect(t).toMatch(/Facture F-2026-102\s+01\/10\/2026\s+31\/10\/2026 \(échue\)\s+800,00 €\s+300,00 €\s+500,00 €/);
    expect(t).toMatch(/Facture F-2026-103\s+20\/11\/2026\s+20\/12\/2026\s+450,00 €\s+0,00 €\s+450,00 €/);
    expect(t).toMatch(/Avoir AV-2026-004\s+05\/11\/2026\s+—\s+-100,00 €\s+-100,00 €/);
    expect(t.replace(/\s+/g, ' ')).toContain('Solde de votre compte au 1er décembre 2026 : 2 050,00 €, dont 1 700,00 € échus et 450,00 € non encore échus, avoirs de 100,00 € déduits.');
    expect(t).toContain('IBAN : FR76 3000 6000 0112 3456 7890 189');
    expect(t.replace(/\s+/g, ' ')).toContain('Règlement reçu : 300,00 € le 10/11/2026 (facture F-2026-102).');
    expect(t).not.toContain('40,00 €');
  });

  it('as of an earlier date: later invoices and payments are not in it', async () => {
    const client = await seed();
    const preview = await call<StatementPreview>('statements.preview', { clientId: client.id, asOf: '2026-11-01' });
    expect(preview.figures).toEqual({ overdueCents: 200_000, notDueCents: 0, creditCents: 0, balanceCents: 200_000, invoiceCount: 2 });
    expect(text(preview.pdf)).not.toContain('F-2026-103');
  });

  it('recorded as sent: the very bytes previewed are archived and kept on the client; a change in between is refused', async () => {
    const client = await seed();
    const request = { clientId: client.id, asOf: '2026-12-01' };
    const preview = await call<StatementPreview>('statements.preview', request);
    const saved = await call<Client>('statements.send', { request, channel: 'letter', sentOn: '2026-12-01', previewSha256: preview.sha256 });
    expect(saved.statements).toHaveLength(1);
    expect(saved.statements[0]).toMatchObject({ asOf: '2026-12-01', sentOn: '2026-12-01', channel: 'letter', balanceCents: 205_000, overdueCents: 170_000, document: { sha256: preview.sha256, kind: 'pdf' } });
    const archived = await readFile(join(core.dir, 'blobs', preview.sha256.slice(0, 2), `${preview.sha256}.pdf`));
    expect(createHash('sha256').update(archived).digest('hex')).toBe(preview.sha256);
    // The client's form does not touch it.
    await call('clients.save', { id: client.id, kind: 'business', name: 'Atelier Dupré SARL', address: { street: '14 rue de la Paix', postalCode: '75002', city: 'Paris' } });
    expect(core.store.data.clients[0]!.statements).toHaveLength(1);

    const stale = await callRefused(core, 'statements.send', { request, channel: 'letter', sentOn: '2026-12-01', previewSha256: preview.sha256 });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toContain('Le relevé a changé depuis l’aperçu');
  });

  it('says why there is nothing to state, in French', async () => {
    await call('identity.save', { name: 'Camille Martin', address: { street: '8 rue Mercière', postalCode: '69002', city: 'Lyon' }, iban: 'FR7630006000011234567890189' });
    const client = await call<Client>('clients.save', { kind: 'business', name: 'Studio Lumen SAS', address: { street: '1 rue Neuve', postalCode: '69001', city: 'Lyon' } });
    const refused = await callRefused(core, 'statements.preview', { clientId: client.id, asOf: '2026-12-01' });
    expect(refused.message).toBe('Studio Lumen SAS n’a aucune facture ouverte au 01/12/2026\u00a0: il n’y a pas de relevé à faire.');
    expect((await callRefused(core, 'statements.preview', { clientId: 'nobody', asOf: '2026-12-01' })).code).toBe('NOT_FOUND');
  });
});
