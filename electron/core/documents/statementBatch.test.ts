import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StatementBatchPrepared, StatementPreview } from '../../../shared/documents/statementsContract';
import type { ArchivedFile } from '../../../shared/dunning/schema';
import type { LedgerSnapshot } from '../../../shared/ipc/contract';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import { callOk, callRefused, tempCore } from '../../../test/support/tempCore';
import { fixedClock } from '../app/clock';
import { createCore } from '../app/createCore';
import { pdftotext } from './pdfReading';

let core: Awaited<ReturnType<typeof tempCore>>;
beforeEach(async () => {
  core = await tempCore('2026-12-01T10:00:00');
});
afterEach(async () => {
  await core.dispose();
});

const call = <T>(method: string, input: unknown) => callOk<T>(core, method, input);
const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const AS_OF = '2026-11-30';

/**
 * Six clients on 30/11/2026 (the day before the clock):
 * - Atelier Dupré SARL: 1 200,00 € overdue, 800,00 € of which 300,00 € paid (overdue), 450,00 € not yet due, a 100,00 € credit note: 2 050,00 €;
 * - Bâti Rhône SAS: 960,00 € not yet due (200,00 € paid on 01/12, after the date), an invoice of December not on it: 960,00 €;
 * - Jeanne Morel: everything paid; Pixel & Co: 300,00 € open, a credit note of 300,00 €; Studio Lumen SAS: a 250,00 € credit note only;
 * - Zinc et Fils: 700,00 € overdue, but its postal address is incomplete.
 */
async function seed(c: Pick<typeof core, 'dispatch' | 'store'> = core) {
  const call = <T>(method: string, input: unknown) => callOk<T>(c, method, input);
  await call('identity.save', { name: 'Camille Martin', legalForm: 'ei', address: { street: '8 rue Mercière', postalCode: '69002', city: 'Lyon' }, iban: 'FR7630006000011234567890189', siret: '73282932000074' });
  const client = (name: string, kind: 'business' | 'private' = 'business', street = '12 rue de la Paix') =>
    call<Client>('clients.save', { kind, name, address: { street, postalCode: '75002', city: 'Paris' } });
  const dupre = await client('Atelier Dupré SARL');
  const bati = await client('Bâti Rhône SAS');
  const morel = await client('Jeanne Morel', 'private');
  const pixel = await client('Pixel & Co');
  const lumen = await client('Studio Lumen SAS');
  const zinc = await client('Zinc et Fils', 'business', '');
  const inv = (clientId: string, number: string, issueDate: string, dueDate: string, amountTtcCents: number) => call<Invoice>('invoices.save', { number, clientId, issueDate, dueDate, amountTtcCents });
  await inv(dupre.id, 'F-2026-101', '2026-09-15', '2026-10-15', 120_000);
  const d2 = await inv(dupre.id, 'F-2026-102', '2026-10-01', '2026-10-31', 80_000);
  await inv(dupre.id, 'F-2026-103', '2026-11-20', '2026-12-20', 45_000);
  await call('payments.add', { invoiceId: d2.id, date: '2026-11-10', amountCents: 30_000 });
  const b1 = await inv(bati.id, 'F-2026-201', '2026-11-25', '2026-12-25', 96_000);
  await call('payments.add', { invoiceId: b1.id, date: '2026-12-01', amountCents: 20_000 });
  await inv(bati.id, 'F-2026-202', '2026-12-01', '2026-12-31', 50_000);
  const m1 = await inv(morel.id, 'F-2026-301', '2026-10-01', '2026-10-31', 50_000);
  await call('payments.add', { invoiceId: m1.id, date: '2026-11-02', amountCents: 50_000 });
  await inv(pixel.id, 'F-2026-401', '2026-11-01', '2026-12-01', 30_000);
  await inv(zinc.id, 'F-2026-501', '2026-09-01', '2026-10-01', 70_000);
  const note = (id: string, number: string, clientId: string, issueDate: string, amountTtcCents: number) => ({ id, number, clientId, issueDate, amountTtcCents, notes: '', createdAt: `${issueDate}T09:00:00.000Z`, updatedAt: `${issueDate}T09:00:00.000Z` });
  await c.store.update((db) => ({
    ...db,
    creditNotes: [note('av1', 'AV-2026-004', dupre.id, '2026-11-05', 10_000), note('av2', 'AV-2026-005', pixel.id, '2026-11-15', 30_000), note('av3', 'AV-2026-006', lumen.id, '2026-11-18', 25_000)],
  }));
  return { dupre, bati, morel, pixel, lumen, zinc, b1 };
}

const prepare = (batchId: string, asOf = AS_OF) => call<StatementBatchPrepared | { status: 'cancelled' }>('statements.batchPrepare', { batchId, asOf });
const statementsOf = async () => (await call<LedgerSnapshot>('ledger.snapshot', {})).clients.flatMap((c) => c.statements.map((s) => ({ client: c.name, ...s })));

describe('« Relevés de fin de mois »', () => {
  it('draws the statement of every client with an open balance, each its own preview, into one PDF, and says why the others are left out', async () => {
    await seed();
    const progress: { done: number; total: number; phase: string }[] = [];
    core.events.on('statements.batchProgress', (p) => progress.push(p));
    const before = await readFile(core.dataFile, 'utf8');
    const batch = (await prepare('releves-0001')) as StatementBatchPrepared;
    expect(batch.status).toBe('ready');
    expect(batch.asOf).toBe(AS_OF);
    expect(batch.fileName).toBe('2026-11-30 Relevés de fin de mois (2).pdf');
    expect(batch.statements.map((s) => [s.clientName, s.figures, s.paidSinceCents])).toEqual([
      ['Atelier Dupré SARL', { overdueCents: 170_000, notDueCents: 45_000, creditCents: 10_000, balanceCents: 205_000, invoiceCount: 3 }, 0],
      ['Bâti Rhône SAS', { overdueCents: 0, notDueCents: 96_000, creditCents: 0, balanceCents: 96_000, invoiceCount: 1 }, 20_000],
    ]);
    expect(batch.skipped.map((s) => [s.clientName, s.balanceCents, s.reason])).toEqual([
      ['Jeanne Morel', 0, 'Aucune facture ouverte au 30/11/2026.'],
      ['Pixel & Co', 0, 'Solde nul au 30/11/2026\u00a0: les avoirs couvrent les factures ouvertes.'],
      ['Studio Lumen SAS', -25_000, 'Solde créditeur au 30/11/2026\u00a0: 250,00\u00a0€ en sa faveur (avoirs).'],
      ['Zinc et Fils', 70_000, 'L’adresse postale de Zinc et Fils est incomplète (numéro et voie, code postal, ville)\u00a0: complétez la fiche du client.'],
    ]);
    expect(progress).toEqual([
      { batchId: 'releves-0001', done: 0, total: 3, phase: 'statements' },
      ...[1, 2, 3].map((done) => ({ batchId: 'releves-0001', done, total: 3, phase: 'statements' })),
      { batchId: 'releves-0001', done: 3, total: 3, phase: 'merge' },
    ]);

    // The combined PDF: each statement's pages, in order, hold the text of its own preview.
    const pages = await pdftotext(batch.pdf);
    expect(pages).toHaveLength(batch.statements.reduce((n, s) => n + s.pageCount, 0));
    for (const s of batch.statements) {
      const alone = await call<StatementPreview>('statements.preview', { clientId: s.clientId, asOf: AS_OF });
      expect(s.sha256).toBe(alone.sha256);
      const own = await pdftotext(alone.pdf);
      expect(s.pageCount).toBe(own.length);
      expect(pages.slice(s.firstPage - 1, s.firstPage - 1 + s.pageCount)).toEqual(own);
    }
    const [dupre, bati] = batch.statements.map((s) => flat(pages.slice(s.firstPage - 1, s.firstPage - 1 + s.pageCount).join('\n')));
    expect(dupre).toContain('Objet : relevé de compte au 30 novembre 2026');
    expect(dupre).toContain('Solde de votre compte au 30 novembre 2026 : 2 050,00 €, dont 1 700,00 € échus et 450,00 € non encore échus, avoirs de 100,00 € déduits.');
    expect(bati).toContain('Bâti Rhône SAS');
    expect(bati).toContain('Solde de votre compte au 30 novembre 2026 : 960,00 €, dont 0,00 € échus et 960,00 € non encore échus.');
    expect(bati).not.toContain('F-2026-202');
    const all = flat(pages.join('\n'));
    for (const absent of ['Jeanne Morel', 'Pixel & Co', 'Studio Lumen', 'Zinc et Fils']) expect(all).not.toContain(absent);
    // Nothing recorded, nothing written.
    expect(await readFile(core.dataFile, 'utf8')).toBe(before);
  }, 120_000);

  it('records every statement at once on its client, its very bytes archived by hash, as statements.send does', async () => {
    await seed();
    const batch = (await prepare('releves-0002')) as StatementBatchPrepared;
    // A change that alters no statement (a note on a client) does not stop the batch: each statement is drawn again and compared.
    const morel = core.store.data.clients.find((c) => c.name === 'Jeanne Morel')!;
    await call('clients.save', { id: morel.id, kind: 'private', name: morel.name, address: morel.address, notes: 'Préfère les appels le matin.' });
    const sent = await call<{ documents: ArchivedFile[]; clients: Client[] }>('statements.batchSend', { batchId: 'releves-0002', channel: 'letter', sentOn: '2026-12-01' });
    expect(sent.documents.map((d) => d.sha256)).toEqual(batch.statements.map((s) => s.sha256));
    expect(sent.clients.map((c) => c.name)).toEqual(['Atelier Dupré SARL', 'Bâti Rhône SAS']);
    expect(await statementsOf()).toEqual([
      expect.objectContaining({ client: 'Atelier Dupré SARL', asOf: AS_OF, sentOn: '2026-12-01', channel: 'letter', balanceCents: 205_000, overdueCents: 170_000, document: expect.objectContaining({ sha256: batch.statements[0]!.sha256, kind: 'pdf' }) }),
      expect.objectContaining({ client: 'Bâti Rhône SAS', asOf: AS_OF, sentOn: '2026-12-01', channel: 'letter', balanceCents: 96_000, overdueCents: 0, document: expect.objectContaining({ sha256: batch.statements[1]!.sha256 }) }),
    ]);
    for (const s of batch.statements) {
      const onDisk = await readFile(join(core.dir, 'blobs', s.sha256.slice(0, 2), `${s.sha256}.pdf`));
      expect(hash(onDisk)).toBe(s.sha256);
    }
    // Sent once: the batch is gone; a new batch of the same date leaves these clients out (only the Zinc et Fils is left, and it cannot be drawn).
    expect((await callRefused(core, 'statements.batchSend', { batchId: 'releves-0002', channel: 'letter', sentOn: '2026-12-01' })).code).toBe('NOT_FOUND');
    const again = await callRefused(core, 'statements.batchPrepare', { batchId: 'releves-0003', asOf: AS_OF });
    expect(again).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Aucun des relevés n’a pu être produit\u00a0: L’adresse postale de Zinc et Fils est incomplète (numéro et voie, code postal, ville)\u00a0: complétez la fiche du client.',
    });
  }, 120_000);

  it('is all or none: a statement of the batch recorded meanwhile refuses the whole batch', async () => {
    const { bati } = await seed();
    await prepare('releves-0004');
    const preview = await call<StatementPreview>('statements.preview', { clientId: bati.id, asOf: AS_OF });
    await call('statements.send', { request: { clientId: bati.id, asOf: AS_OF }, channel: 'email', sentOn: '2026-12-01', previewSha256: preview.sha256 });
    const refused = await callRefused(core, 'statements.batchSend', { batchId: 'releves-0004', channel: 'letter', sentOn: '2026-12-01' });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe('Bâti Rhône SAS\u00a0: Relevé au 30/11/2026 déjà enregistré comme envoyé le 01/12/2026. Aucun relevé du lot n’a été enregistré\u00a0: préparez les relevés à nouveau.');
    // Only the one sent by hand: the Atelier Dupré got nothing.
    expect((await statementsOf()).map((s) => [s.client, s.channel])).toEqual([['Bâti Rhône SAS', 'email']]);
  }, 120_000);

  it('refuses a stale batch, and records nothing: a payment that changes a statement, a client who now owes something, a statement that can now be drawn', async () => {
    const { dupre, morel } = await seed();
    await prepare('releves-0005');
    const d1 = core.store.data.invoices.find((i) => i.number === 'F-2026-101')!;
    await call('payments.add', { invoiceId: d1.id, date: '2026-11-28', amountCents: 10_000 });
    const changed = await callRefused(core, 'statements.batchSend', { batchId: 'releves-0005', channel: 'letter', sentOn: '2026-12-01' });
    expect(changed).toMatchObject({ code: 'CONFLICT', message: 'Le relevé d’Atelier Dupré SARL a changé depuis la préparation (les données ont été modifiées)\u00a0: préparez les relevés à nouveau.' });

    const fresh = (await prepare('releves-0006')) as StatementBatchPrepared;
    expect(fresh.statements.find((s) => s.clientId === dupre.id)!.figures.balanceCents).toBe(195_000);
    await call('invoices.save', { number: 'F-2026-302', clientId: morel.id, issueDate: '2026-11-20', dueDate: '2026-12-20', amountTtcCents: 12_345 });
    const added = await callRefused(core, 'statements.batchSend', { batchId: 'releves-0006', channel: 'letter', sentOn: '2026-12-01' });
    expect(added).toMatchObject({ code: 'CONFLICT', message: 'Jeanne Morel a maintenant un solde à régler au 30/11/2026 (les données ont été modifiées)\u00a0: préparez les relevés à nouveau.' });

    // The Zinc et Fils's address completed: its statement can be drawn now, the batch without it is no longer the month's.
    await prepare('releves-0010');
    const zinc = core.store.data.clients.find((c) => c.name === 'Zinc et Fils')!;
    await call('clients.save', { id: zinc.id, kind: 'business', name: zinc.name, address: { street: '3 rue des Forges', postalCode: '75011', city: 'Paris' } });
    const completed = await callRefused(core, 'statements.batchSend', { batchId: 'releves-0010', channel: 'letter', sentOn: '2026-12-01' });
    expect(completed).toMatchObject({ code: 'CONFLICT', message: 'Le relevé de Zinc et Fils peut maintenant être produit (sa fiche a été complétée)\u00a0: préparez les relevés à nouveau pour l’inclure.' });
    expect(await statementsOf()).toEqual([]);
  }, 120_000);

  it('stops drawing when cancelled, and the cancelled batch cannot be sent or printed', async () => {
    await seed();
    core.events.on('statements.batchProgress', (p) => {
      if (p.done === 1) void call('statements.batchCancel', { batchId: 'releves-0007' });
    });
    expect((await prepare('releves-0007')).status).toBe('cancelled');
    expect((await callRefused(core, 'statements.batchSend', { batchId: 'releves-0007', channel: 'letter', sentOn: '2026-12-01' })).code).toBe('NOT_FOUND');
    expect((await callRefused(core, 'letters.outputPdf', { source: { kind: 'statement-batch', batchId: 'releves-0007' }, action: 'open' })).code).toBe('NOT_FOUND');
  }, 120_000);

  it('says so when no client owes anything on the date, refuses a date to come and a sending before the statements’ date', async () => {
    await seed();
    expect(await callRefused(core, 'statements.batchPrepare', { batchId: 'releves-0008', asOf: '2026-08-31' })).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Aucun client n’a de solde à régler au 31/08/2026\u00a0: il n’y a pas de relevé à faire.',
    });
    await prepare('releves-0009');
    expect(await callRefused(core, 'statements.batchSend', { batchId: 'releves-0009', channel: 'letter', sentOn: '2026-11-29' })).toMatchObject({ code: 'INVALID_INPUT', fields: { sentOn: 'Un relevé ne peut pas être envoyé avant sa date.' } });
    expect((await callRefused(core, 'statements.batchPrepare', { batchId: '../../etc', asOf: AS_OF })).code).toBe('INVALID_INPUT');
    expect(await callRefused(core, 'statements.batchPrepare', { batchId: 'releves-0012', asOf: '2026-12-31' })).toMatchObject({ code: 'INVALID_INPUT', fields: { asOf: 'La date des relevés ne peut pas être après aujourd’hui.' } });
  }, 120_000);
});

describe('« Imprimer » a batch of statements in the app', () => {
  it('hands the desktop the combined PDF prepared, byte for byte, named after the batch', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'relance-releves-'));
    const printed: string[] = [];
    const app = await createCore({
      dataFile: join(dir, 'data', 'relance.json'),
      clock: fixedClock(new Date('2026-12-01T10:00:00')),
      mode: 'electron',
      version: 'test',
      tempDir: join(dir, 'tmp'),
      platform: { openFolder: async () => undefined, printPdf: async (path) => void printed.push(path), openPdf: async (path) => void printed.push(path) },
    });
    try {
      await seed(app);
      const batch = await callOk<StatementBatchPrepared>(app, 'statements.batchPrepare', { batchId: 'releves-0011', asOf: AS_OF });
      const { file } = await callOk<{ file: string }>(app, 'letters.outputPdf', { source: { kind: 'statement-batch', batchId: 'releves-0011' }, action: 'print' });
      expect(printed).toEqual([file]);
      expect(basename(file)).toBe('2026-11-30 Relevés de fin de mois (2).pdf');
      expect(Buffer.compare(await readFile(file), Buffer.from(batch.pdf))).toBe(0);
    } finally {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
