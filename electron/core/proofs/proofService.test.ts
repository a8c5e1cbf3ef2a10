import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LetterPreview } from '../../../shared/documents/contract';
import { buildOverview } from '../../../shared/dunning/overview';
import type { ArchivedFile } from '../../../shared/dunning/schema';
import type { LedgerSnapshot } from '../../../shared/ipc/contract';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import { callRefused, coreForEachTest } from '../../../test/support/tempCore';
import { mappedCharacters, readPdf } from '../documents/pdfReading';
import { CAMILLE_MARTIN } from '../../../test/support/sender';

/**
 * What happened to a letter after it left, through the contract: postal events and their scans (archived by hash),
 * append-only with cancellations that say why, on every invoice of a grouped letter, and the legal interest of a
 * private client running from the right day, to the cent.
 */

const core = coreForEachTest('2026-03-31T10:00:00');
const call = core.call;
const refused = (method: string, input: unknown) => callRefused(core, method, input);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const TESTDATA = join(__dirname, '../../../../shared/testdata/pdf');
const PNG_1PX = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005000201a5e2a8a80000000049454e44ae426082', 'hex');

async function seed(kind: 'business' | 'private') {
  await call('identity.save', { ...CAMILLE_MARTIN, email: '' });
  const client = await call<Client>('clients.save', { kind, name: kind === 'private' ? 'Jeanne Morel' : 'Atelier Dupré SARL', address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' } });
  // 1 500,00 € due on 15 January 2026.
  const a = await call<Invoice>('invoices.save', { number: 'F-2026-001', clientId: client.id, issueDate: '2025-12-16', dueDate: '2026-01-15', amountTtcCents: 150000, description: 'Refonte du site' });
  const b = await call<Invoice>('invoices.save', { number: 'F-2026-002', clientId: client.id, issueDate: '2025-12-20', dueDate: '2026-01-19', amountTtcCents: 60000 });
  return { client, a, b };
}

/** A mise en demeure of both invoices in one letter, sent by recommandé on 2 February 2026. */
async function sendGroupedNotice(client: Client, a: Invoice, b: Invoice) {
  const request = { clientId: client.id, invoiceIds: [a.id, b.id], tone: 'formal', letterDate: '2026-02-02', registeredMail: true, registeredNumber: '1A 123 456 7890 1' };
  const preview = await call<LetterPreview>('letters.preview', request);
  const sent = await call<{ document: ArchivedFile; invoices: Invoice[] }>('letters.send', { request, channel: 'registered-letter', sentOn: '2026-02-02', previewSha256: preview.sha256 });
  return { reminderId: sent.invoices[0]!.reminders.at(-1)!.id, document: sent.document };
}

async function rowsOf(...numbers: string[]) {
  const snapshot = await call<LedgerSnapshot>('ledger.snapshot', {});
  const o = buildOverview(snapshot, '2026-03-31');
  return numbers.map((n) => [...o.toActOn, ...o.overdue].find((r) => r.invoice.number === n)!);
}

describe('the legal interest of a private client follows the letter’s delivery', { timeout: 60_000 }, () => {
  it('runs from the day after the delivery on the AR, on every invoice of the letter, to the cent', async () => {
    const { client, a, b } = await seed('private');
    const { reminderId } = await sendGroupedNotice(client, a, b);
    // Sent, not received yet: no interest against a private client.
    expect((await rowsOf('F-2026-001', 'F-2026-002')).map((r) => r.penaltiesCents)).toEqual([0, 0]);

    const scan = await readFile(join(TESTDATA, 'plain/invoice2data_free_fiber.pdf'));
    const delivered = await call<Invoice>('invoices.recordPostalEvent', {
      invoiceId: a.id,
      reminderId,
      kind: 'delivered',
      on: '2026-02-10',
      scan: { fileName: 'AR signé.pdf', bytes: new Uint8Array(scan) },
    });
    expect(delivered.formalNoticeDate).toBe('2026-02-10');
    expect(delivered.postalEvents).toMatchObject([{ kind: 'delivered', on: '2026-02-10', scan: { sha256: sha(scan), kind: 'pdf', sizeBytes: scan.length } }]);
    // The other invoice of the letter got the same event.
    const other = (await call<LedgerSnapshot>('ledger.snapshot', {})).invoices.find((i) => i.id === b.id)!;
    expect(other.formalNoticeDate).toBe('2026-02-10');
    expect(other.postalEvents).toMatchObject([{ kind: 'delivered', on: '2026-02-10', scan: { sha256: sha(scan) } }]);

    // From 11/02 to 31/03/2026: 18 + 31 = 49 days at 2,62 % (autres cas, 1er semestre 2026).
    // 150 000 × 262 × 49 / 3 650 000 = 527,59 → 528 cents; 60 000 × 262 × 49 / 3 650 000 = 211,04 → 211 cents. No 40 €.
    const [rowA, rowB] = await rowsOf('F-2026-001', 'F-2026-002');
    expect(rowA).toMatchObject({ penaltiesCents: 528, indemnityCents: 0 });
    expect(rowB).toMatchObject({ penaltiesCents: 211, indemnityCents: 0 });
    expect(rowA!.penaltiesCents).not.toBe(0);
  });

  it('runs from the day after the first presentation of a letter « avisée et non réclamée », not from its return', async () => {
    const { client, a, b } = await seed('private');
    const { reminderId } = await sendGroupedNotice(client, a, b);
    const returned = await call<Invoice>('invoices.recordPostalEvent', {
      invoiceId: a.id,
      reminderId,
      kind: 'returned',
      returnReason: 'unclaimed',
      presentedOn: '2026-02-04',
      on: '2026-02-20',
      note: 'Enveloppe revenue avec l’AR',
      scan: { fileName: 'retour.png', bytes: new Uint8Array(PNG_1PX) },
    });
    expect(returned.postalEvents.map((e) => [e.kind, e.on])).toEqual([
      ['presented', '2026-02-04'],
      ['returned', '2026-02-20'],
    ]);
    expect(returned.formalNoticeDate).toBe('2026-02-04');
    expect(returned.reminders.at(-1)).toMatchObject({ firstPresentedOn: '2026-02-04', receivedOn: null, returnedOn: '2026-02-20' });
    // From 05/02 to 31/03/2026: 24 + 31 = 55 days: 150 000 × 262 × 55 / 3 650 000 = 592,19 → 592 cents; 60 000 → 236,88 → 237 cents.
    expect((await rowsOf('F-2026-001', 'F-2026-002')).map((r) => r.penaltiesCents)).toEqual([592, 237]);
  });

  it('presented, then collected later at the post office: the later day, the collection, counts', async () => {
    const { client, a, b } = await seed('private');
    const { reminderId } = await sendGroupedNotice(client, a, b);
    await call('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'presented', on: '2026-02-04' });
    expect((await rowsOf('F-2026-001'))[0]!.penaltiesCents).toBe(592);
    const collected = await call<Invoice>('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'delivered', on: '2026-02-10' });
    expect(collected.formalNoticeDate).toBe('2026-02-10');
    expect((await rowsOf('F-2026-001'))[0]!.penaltiesCents).toBe(528);
  });

  it('a letter back as « destinataire inconnu » is no mise en demeure: no interest, the app still waits for a receipt', async () => {
    const { client, a, b } = await seed('private');
    const { reminderId } = await sendGroupedNotice(client, a, b);
    const back = await call<Invoice>('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'returned', returnReason: 'unknown-address', on: '2026-02-06' });
    expect(back.formalNoticeDate).toBeNull();
    expect((await rowsOf('F-2026-001'))[0]!.penaltiesCents).toBe(0);
  });

  it('a letter handed over (« remise en main propre ») takes effect the day it was handed', async () => {
    const { a } = await seed('private');
    const handed = await call<Invoice>('invoices.recordReminder', { invoiceId: a.id, levelId: 'formal-notice', sentOn: '2026-02-10', channel: 'hand' });
    expect(handed.reminders[0]).toMatchObject({ channel: 'hand', receivedOn: '2026-02-10' });
    expect(handed.formalNoticeDate).toBe('2026-02-10');
    expect((await rowsOf('F-2026-001'))[0]!.penaltiesCents).toBe(528);
    // Withdrawn (with a reason), the date goes with it.
    const withdrawn = await call<Invoice>('invoices.cancelReminder', { invoiceId: a.id, reminderId: handed.reminders[0]!.id, note: 'remise à une autre personne' });
    expect(withdrawn.formalNoticeDate).toBeNull();
  });
});

describe('postal events are proof: append-only, checked, their scans archived by hash', { timeout: 60_000 }, () => {
  it('keeps the scan under blobs/ by its SHA-256, never in relance.json, and reads it back checked', async () => {
    const { client, a, b } = await seed('business');
    const { reminderId } = await sendGroupedNotice(client, a, b);
    const recorded = await call<Invoice>('invoices.recordPostalEvent', {
      invoiceId: a.id,
      reminderId,
      kind: 'deposit-proof',
      on: '2026-02-02',
      scan: { fileName: 'preuve de dépôt.png', bytes: new Uint8Array(PNG_1PX) },
    });
    const hash = sha(PNG_1PX);
    expect(recorded.postalEvents[0]!.scan).toEqual({ sha256: hash, kind: 'png', sizeBytes: PNG_1PX.length });
    const file = join(core.dir, 'blobs', hash.slice(0, 2), `${hash}.png`);
    expect(sha(await readFile(file))).toBe(hash);
    const json = await readFile(core.dataFile, 'utf8');
    expect(json).toContain(hash);
    expect(json).not.toContain(PNG_1PX.toString('base64').slice(0, 40));
    expect(await call('proofs.scan', { sha256: hash, kind: 'png' })).toEqual({ bytes: new Uint8Array(PNG_1PX), intact: true, problem: null });
    await writeFile(file, 'autre chose');
    expect(await call('proofs.scan', { sha256: hash, kind: 'png' })).toMatchObject({ intact: false, problem: expect.stringContaining('a été modifié') as string });
  });

  it('refuses in French a file that is not a PDF, JPEG or PNG, whatever its name, and records nothing', async () => {
    const { client, a, b } = await seed('business');
    const { reminderId } = await sendGroupedNotice(client, a, b);
    const notPdf = await readFile(join(TESTDATA, 'edge/qpdf_bad1_not-a-pdf.pdf'));
    const error = await refused('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'delivered', on: '2026-02-05', scan: { fileName: 'ar.pdf', bytes: new Uint8Array(notPdf) } });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', fields: { scan: expect.stringMatching(/^«\u00a0ar\.pdf\u00a0» porte l’extension \.pdf mais n’en a pas le contenu/) as string } });
    expect((await refused('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'delivered', on: '2026-02-05', scan: { fileName: 'ar.pdf', bytes: new Uint8Array(0) } })).message).toBe('Le fichier est vide.');
    expect((await call<LedgerSnapshot>('ledger.snapshot', {})).invoices.every((i) => i.postalEvents.length === 0)).toBe(true);
    // A deposit proof without its scan, a presentation of a letter that did not go by recommandé.
    expect((await refused('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'deposit-proof', on: '2026-02-02' })).fields).toEqual({ scan: 'Joignez le scan de la preuve de dépôt.' });
    const email = await call<Invoice>('invoices.recordReminder', { invoiceId: a.id, levelId: 'litigation', sentOn: '2026-03-01', channel: 'email' });
    expect((await refused('invoices.recordPostalEvent', { invoiceId: a.id, reminderId: email.reminders.at(-1)!.id, kind: 'presented', on: '2026-03-02' })).message).toBe(
      'Seule une lettre recommandée a une première présentation\u00a0: celle-ci est partie autrement.',
    );
  });

  it('one delivery per letter: a second is refused until the first is withdrawn, with a reason; both stay in the file', async () => {
    const { client, a, b } = await seed('business');
    const { reminderId } = await sendGroupedNotice(client, a, b);
    const first = await call<Invoice>('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'delivered', on: '2026-02-05' });
    expect(await refused('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'delivered', on: '2026-02-06' })).toMatchObject({
      code: 'CONFLICT',
      message: 'Cette lettre a déjà sa distribution (05/02/2026)\u00a0: retirez d’abord cette saisie si elle est erronée.',
    });
    expect((await refused('invoices.cancelPostalEvent', { invoiceId: a.id, eventId: first.postalEvents[0]!.id, note: '  ' })).fields).toEqual({ note: 'Indiquez pourquoi cette saisie est retirée.' });
    const cancelled = await call<Invoice>('invoices.cancelPostalEvent', { invoiceId: a.id, eventId: first.postalEvents[0]!.id, note: 'date mal recopiée' });
    expect(cancelled.postalEventCancellations).toMatchObject([{ eventId: first.postalEvents[0]!.id, note: 'date mal recopiée' }]);
    expect(cancelled.formalNoticeDate).toBeNull();
    // The other invoice of the letter had its twin withdrawn too.
    const other = (await call<LedgerSnapshot>('ledger.snapshot', {})).invoices.find((i) => i.id === b.id)!;
    expect(other.postalEventCancellations).toHaveLength(1);
    expect(other.formalNoticeDate).toBeNull();
    expect((await refused('invoices.cancelPostalEvent', { invoiceId: a.id, eventId: first.postalEvents[0]!.id, note: 'encore' })).code).toBe('CONFLICT');
    const again = await call<Invoice>('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'delivered', on: '2026-02-06' });
    expect(again.postalEvents.map((e) => e.on)).toEqual(['2026-02-05', '2026-02-06']);
    expect(again.formalNoticeDate).toBe('2026-02-06');
    expect(
      (await refused('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'returned', returnReason: 'unclaimed', on: '2026-02-20' })).code,
    ).toBe('CONFLICT');
  });

  it('checks the dates: not before the sending, not in the future, a delivery not before the presentation', async () => {
    const { client, a, b } = await seed('business');
    const { reminderId } = await sendGroupedNotice(client, a, b);
    expect((await refused('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'presented', on: '2026-02-01' })).fields).toEqual({
      on: 'La date de première présentation ne peut pas précéder l’envoi de la lettre (02/02/2026).',
    });
    expect((await refused('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'delivered', on: '2026-04-01' })).fields).toEqual({ on: 'La date de distribution ne peut pas être dans le futur.' });
    await call('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'presented', on: '2026-02-04' });
    expect((await refused('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'delivered', on: '2026-02-03' })).fields).toEqual({
      on: 'La date de distribution ne peut pas précéder la première présentation (04/02/2026).',
    });
    expect((await refused('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'returned', on: '2026-02-20' })).fields).toEqual({ returnReason: 'Indiquez le motif du retour.' });
    expect((await refused('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'deposit-proof', on: '2026-02-03', scan: { fileName: 'p.png', bytes: new Uint8Array(PNG_1PX) } })).fields).toEqual({
      on: 'La preuve de dépôt porte le jour de l’envoi (02/02/2026)\u00a0: corrigez d’abord la date d’envoi de la relance si elle est fausse.',
    });
  });
});

describe('the invoice’s history as a PDF', { timeout: 60_000 }, () => {
  it('prints the chronology a court file needs: the parties, the invoice, every dated event, the SHA-256 of each archived file', async () => {
    const { client, a, b } = await seed('business');
    const { reminderId, document } = await sendGroupedNotice(client, a, b);
    await call('payments.add', { invoiceId: a.id, date: '2026-02-03', amountCents: 50000, note: 'virement partiel' });
    await call('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'presented', on: '2026-02-04' });
    const delivered = await call<Invoice>('invoices.recordPostalEvent', { invoiceId: a.id, reminderId, kind: 'delivered', on: '2026-02-06', scan: { fileName: 'ar.png', bytes: new Uint8Array(PNG_1PX) } });
    await call('invoices.cancelPostalEvent', { invoiceId: a.id, eventId: delivered.postalEvents.find((e) => e.kind === 'delivered')!.id, note: 'AR d’une autre lettre' });
    await call('invoices.setPause', { invoiceId: a.id, pause: { kind: 'dispute', since: '2026-03-02', note: 'contestation du délai' } });

    const { pdf, fileName } = await call<{ pdf: Uint8Array; fileName: string }>('invoices.historyPdf', { invoiceId: a.id });
    expect(fileName).toBe('2026-03-31 Historique F-2026-001.pdf');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
    const plain = text.replace(/[\u00a0\u202f]/g, ' ').replace(/[ \t]+/g, ' ');
    for (const expected of [
      'Historique de la facture n° F-2026-001',
      'Camille Martin EI',
      'SIRET : 732 829 320 00074',
      'Atelier Dupré SARL',
      'Refonte du site',
      'Reste dû 1 000,00 €',
      'Mise en demeure',
      'Envoi en recommandé avec AR n° 1A 123 456 7890 1',
      'Paiement reçu',
      'virement partiel',
      'Première présentation',
      'Distribution (AR signé)',
      'Retiré le 31/03/2026 (motif plus bas)',
      'Motif : AR d’une autre lettre',
      'Mise en demeure effective le 04/02/2026',
      'Relances mises en pause',
      'Litige : contestation du délai',
      'Lettre archivée, SHA-256 :',
      'Scan archivé (PNG), SHA-256 :',
      `\n ${document.sha256}\n`,
      `\n ${sha(PNG_1PX)}\n`,
      'page 1 sur',
    ]) {
      expect(plain).toContain(expected);
    }
    // In order of the day each thing happened: issued, sent, paid, presented, delivered, paused, the delivery withdrawn (today).
    const at = (s: string) => plain.indexOf(s);
    const order = ['Facture émise', 'Envoi en recommandé', 'Paiement reçu', 'Première présentation', 'Distribution (AR', 'Relances mises en pause', 'Saisie retirée'].map(at);
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    // The typography is drawn: the font maps the no-break spaces (a copy gives them back), never a slash for the thousands.
    const chars = mappedCharacters(pdf);
    for (const c of ['\u00a0', '\u202f', '«', '»', '€', 'é', '’']) expect(chars, `U+${c.codePointAt(0)!.toString(16)}`).toContain(c);
    expect(text).not.toMatch(/\d\/\d{3},\d{2}/);
    const pages = await readPdf(pdf);
    expect(pages[0]!.text).toMatch(/Reste dû\s*1[ \u00a0\u202f]000,00[ \u00a0]€/);
  });
});
