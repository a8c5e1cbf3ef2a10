import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { ArchivedEmail, EmailPreview } from '../../../shared/channels/contract';
import type { LetterPreview } from '../../../shared/documents/contract';
import { DEFAULT_LETTER_TEMPLATES } from '../../../shared/documents/defaultTemplates';
import type { ArchivedFile } from '../../../shared/dunning/schema';
import type { LedgerSnapshot } from '../../../shared/ipc/contract';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import { fixedClock } from '../app/clock';
import { createCore } from '../app/createCore';
import { callOk, callRefused, coreForEachTest } from '../../../test/support/tempCore';
import { emlFileName } from './emailService';
import { CAMILLE_MARTIN } from '../../../test/support/sender';

const core = coreForEachTest('2026-12-01T10:00:00');
const call = core.call;
const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const addressOf = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a[0] : a)?.value[0];

async function seed(clientEmail = 'compta@atelier-dupre.fr') {
  await call('identity.save', { ...CAMILLE_MARTIN, paymentLink: 'https://pay.example.fr/camille' });
  const client = await call<Client>('clients.save', {
    kind: 'business',
    name: 'Atelier Dupré SARL',
    email: clientEmail,
    address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' },
  });
  const a = await call<Invoice>('invoices.save', {
    number: 'F-2026-012',
    clientId: client.id,
    issueDate: '2026-05-15',
    dueDate: '2026-10-15',
    amountTtcCents: 123456,
    description: 'Création de l’identité visuelle',
  });
  const b = await call<Invoice>('invoices.save', { number: 'F-2026-015', clientId: client.id, issueDate: '2026-09-30', dueDate: '2026-10-30', amountTtcCents: 48000 });
  return { client, a, b };
}

describe('a reminder by e-mail, as an .eml for the user’s mail client', () => {
  it('parses back with mailparser: draft header, French subject, From/To, the figures, the HTML part and the letter’s PDF', async () => {
    const { client, a } = await seed();
    const request = { clientId: client.id, invoiceIds: [a.id], tone: 'friendly', letterDate: '2026-12-01' };
    const preview = await call<EmailPreview>('emails.preview', { request });
    expect(preview.sha256).toBe(hash(preview.eml));
    expect(preview.sizeBytes).toBe(preview.eml.byteLength);
    // The same request gives the same bytes (fixed Date, Message-ID and boundaries).
    expect((await call<EmailPreview>('emails.preview', { request })).sha256).toBe(preview.sha256);

    const raw = Buffer.from(preview.eml).toString('latin1');
    expect(raw).toMatch(/^X-Unsent: 1\r$/m);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);

    const mail = await simpleParser(Buffer.from(preview.eml));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.subject).toBe('Relance\u00a0: facture n°\u00a0F-2026-012 du 15\u00a0mai 2026');
    expect(mail.subject).toBe(preview.subject);
    expect(addressOf(mail.from)).toEqual({ name: 'Camille Martin EI', address: 'camille@martin-design.fr' });
    expect(addressOf(mail.to)).toEqual({ name: 'Atelier Dupré SARL', address: 'compta@atelier-dupre.fr' });
    expect(mail.date?.toISOString()).toBe('2026-12-01T12:00:00.000Z');
    expect(mail.text).toContain(preview.text.split('\n')[0]!);
    expect(mail.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(preview.text.trimEnd());
    expect(mail.text).toMatch(/1[\u00a0\u202f]234,56\u00a0€/);
    expect(mail.text).toContain('IBAN\u00a0: FR76 3000 6000 0112 3456 7890 189');
    expect(mail.text).toContain('https://pay.example.fr/camille');
    expect(mail.text).toContain('F-2026-012');
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toMatch(/1[\u00a0\u202f]234,56\u00a0€/);

    expect(mail.attachments).toHaveLength(1);
    const [pdf] = mail.attachments;
    expect(pdf!.contentType).toBe('application/pdf');
    expect(pdf!.filename).toMatch(/F-2026-012\.pdf$/);
    const letter = await call<LetterPreview>('letters.preview', { ...request, registeredMail: false, registeredNumber: null });
    expect(hash(pdf!.content)).toBe(letter.sha256);
    expect(preview.attachments).toEqual([expect.objectContaining({ sha256: letter.sha256, role: 'letter', sizeBytes: letter.pdf.byteLength })]);
    // With an attachment, no mailto: (a mailto: link cannot carry one).
    expect(preview.mailto).toBeNull();
  });

  it('a grouped reminder names every invoice in its subject and lists them in the body', async () => {
    const { client, a, b } = await seed();
    const preview = await call<EmailPreview>('emails.preview', { request: { clientId: client.id, invoiceIds: [b.id, a.id], tone: 'friendly', letterDate: '2026-12-01' } });
    expect(preview.subject).toBe('Relance\u00a0: factures n°\u00a0F-2026-012 du 15\u00a0mai 2026 et n°\u00a0F-2026-015 du 30\u00a0septembre 2026');
    expect(preview.text).toMatch(/– F-2026-015\u00a0: .*reste dû 480,00\u00a0€/);
  });

  it('without the letter attached, offers a mailto: link with the subject and the body', async () => {
    const { client, a } = await seed();
    const preview = await call<EmailPreview>('emails.preview', { request: { clientId: client.id, invoiceIds: [a.id], tone: 'friendly', letterDate: '2026-12-01' }, attachLetter: false });
    expect(preview.attachments).toEqual([]);
    const url = new URL(preview.mailto!);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('compta@atelier-dupre.fr');
    expect(url.searchParams.get('subject')).toBe(preview.subject);
    expect(url.searchParams.get('body')).toBe(preview.text.replace(/\n/g, '\r\n'));
    expect((await simpleParser(Buffer.from(preview.eml))).attachments).toHaveLength(0);
  });

  it('marks it sent: the .eml archived with the preview’s hash and the reminder recorded by e-mail on every invoice; the history says « e-mail préparé »', async () => {
    const { client, a, b } = await seed();
    const email = { request: { clientId: client.id, invoiceIds: [a.id, b.id], tone: 'friendly', letterDate: '2026-12-01' } };
    const preview = await call<EmailPreview>('emails.preview', email);
    const sent = await call<{ document: ArchivedFile; invoices: Invoice[] }>('emails.markSent', { email, sentOn: '2026-12-01', previewSha256: preview.sha256 });
    expect(sent.document).toEqual({ sha256: preview.sha256, kind: 'eml', sizeBytes: preview.sizeBytes });
    const onDisk = await readFile(join(core.dir, 'blobs', preview.sha256.slice(0, 2), `${preview.sha256}.eml`));
    expect(hash(onDisk)).toBe(preview.sha256);
    const snapshot = await call<LedgerSnapshot>('ledger.snapshot', {});
    for (const id of [a.id, b.id]) {
      const reminder = snapshot.invoices.find((i) => i.id === id)!.reminders.at(-1)!;
      expect(reminder).toMatchObject({ channel: 'email', document: sent.document, tone: 'friendly', sentOn: '2026-12-01' });
    }
    const { invoiceHistory } = await import('../../../shared/proofs/history');
    const { DEFAULT_POLICY } = await import('../../../shared/dunning/schema');
    const history = invoiceHistory(snapshot.invoices.find((i) => i.id === a.id)!, client, DEFAULT_POLICY);
    const entry = history.find((e) => e.kind === 'reminder')!;
    expect(entry.details[0]).toMatch(/^E-mail préparé/);
    expect(entry.document).toMatchObject({ role: 'email', kind: 'eml', sha256: preview.sha256 });
  });

  it('refuses a stale preview, and records nothing', async () => {
    const { client, a } = await seed();
    const email = { request: { clientId: client.id, invoiceIds: [a.id], tone: 'friendly', letterDate: '2026-12-01' } };
    const refused = await callRefused(core, 'emails.markSent', { email, sentOn: '2026-12-01', previewSha256: '0'.repeat(64) });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('L’e-mail a changé depuis l’aperçu');
    const snapshot = await call<LedgerSnapshot>('ledger.snapshot', {});
    expect(snapshot.invoices.find((i) => i.id === a.id)!.reminders).toEqual([]);
  });

  it('refuses in French a client without an e-mail address, and a template value the invoice does not have', async () => {
    const { client, b } = await seed('');
    const request = { clientId: client.id, invoiceIds: [b.id], tone: 'friendly', letterDate: '2026-12-01' };
    const noAddress = await callRefused(core, 'emails.preview', { request });
    expect(noAddress.code).toBe('INVALID_INPUT');
    expect(noAddress.message).toBe('Ajoutez l’adresse e-mail d’Atelier Dupré SARL dans sa fiche.');
    expect((await callRefused(core, 'emails.markSent', { email: { request }, sentOn: '2026-12-01', previewSha256: 'a'.repeat(64) })).message).toContain('Ajoutez l’adresse e-mail');

    await call('clients.save', { ...client, email: 'compta@atelier-dupre.fr' });
    const base = DEFAULT_LETTER_TEMPLATES.friendly.find((v) => v.audience !== 'private')!;
    const others = DEFAULT_LETTER_TEMPLATES.friendly.filter((v) => v !== base);
    await call('templates.save', { clientId: null, tone: 'friendly', variants: [{ ...base, text: `${base.text}\n\nPrestation : {{objet_facture}}.` }, ...others] });
    const missing = await callRefused(core, 'emails.preview', { request });
    expect(missing.code).toBe('INVALID_INPUT');
    expect(missing.message).toContain('n’a pas de description');
  });
});

describe('« Ouvrir dans ma messagerie »', () => {
  it('the core writes the .eml into its own temporary folder and hands that file only to the desktop; refused in the loopback mode', async () => {
    const { client, a } = await seed();
    const email = { request: { clientId: client.id, invoiceIds: [a.id], tone: 'friendly', letterDate: '2026-12-01' } };
    const loopback = await callRefused(core, 'emails.open', email);
    expect(loopback.code).toBe('UNAVAILABLE');
    expect(loopback.message).toContain('le fichier .eml est téléchargé');

    const temp = await mkdtemp(join(tmpdir(), 'relance-mail-test-'));
    const opened: string[] = [];
    const desktop = await createCore({
      dataFile: core.dataFile,
      clock: fixedClock(new Date('2026-12-01T10:00:00')),
      mode: 'electron',
      version: 'test',
      tempDir: temp,
      platform: { openFolder: async () => undefined, openMail: async (file) => void opened.push(file) },
    }).catch(async (error: unknown) => {
      await rm(temp, { recursive: true, force: true });
      throw error;
    });
    try {
      const preview = await callOk<EmailPreview>(desktop, 'emails.preview', email);
      const { file } = await callOk<{ file: string }>(desktop, 'emails.open', email);
      expect(opened).toEqual([file]);
      expect(file.startsWith(temp)).toBe(true);
      expect(file.endsWith('.eml')).toBe(true);
      expect(hash(await readFile(file))).toBe(preview.sha256);
    } finally {
      await desktop.close();
      await rm(temp, { recursive: true, force: true });
    }
  });
});

describe('the invoice’s PDF with the e-mail', () => {
  it('travels as an attachment of its own beside the letter, which says it is enclosed; recorded on the reminder when sent', async () => {
    const { client, a } = await seed();
    const invoicePdf = new Uint8Array(await readFile(join(__dirname, '../../../../shared/testdata/pdf/facturx/corpus_Facture_FR_BASICWL.pdf')));
    await call('attachments.attach', { invoiceId: a.id, fileName: 'F-2026-012.pdf', bytes: invoicePdf });
    const email = { request: { clientId: client.id, invoiceIds: [a.id], tone: 'friendly', letterDate: '2026-12-01' } };
    const preview = await call<EmailPreview>('emails.preview', email);
    expect(preview.attachments.map((x) => [x.role, x.fileName])).toEqual([
      ['letter', expect.stringMatching(/^Relance facture/) as string],
      ['invoice', 'Facture F-2026-012.pdf'],
    ]);
    const mail = await simpleParser(Buffer.from(preview.eml));
    expect(mail.attachments).toHaveLength(2);
    expect(hash(mail.attachments[1]!.content)).toBe(hash(invoicePdf));
    expect(mail.text!.replace(/\s+/g, ' ')).toContain('Vous en trouverez la copie ci-jointe.');
    expect(mail.text).not.toContain('sur simple demande');
    const letterText = execFileSync('pdftotext', ['-', '-'], { input: mail.attachments[0]!.content }).toString('utf8').replace(/[\u00a0\u202f]/g, ' ');
    expect(letterText).toContain('Pièce jointe : copie de la facture n° F-2026-012');
    // The letter alone: its pages only (the invoice is the other attachment).
    expect(letterText).not.toContain('FA-2017-0010');

    const sent = await call<{ invoices: Invoice[] }>('emails.markSent', { email, sentOn: '2026-12-01', previewSha256: preview.sha256 });
    expect(sent.invoices[0]!.reminders.at(-1)!.invoiceCopy).toEqual({ sha256: hash(invoicePdf), kind: 'pdf', sizeBytes: invoicePdf.byteLength });
  });
});

describe('« Voir l’e-mail »: the archived message read back', () => {
  it('reads the .eml archived when marked sent: its headers, text and attachments, checked against its hash', async () => {
    const { client, a } = await seed();
    const email = { request: { clientId: client.id, invoiceIds: [a.id], tone: 'friendly', letterDate: '2026-12-01' } };
    const preview = await call<EmailPreview>('emails.preview', email);
    const { document } = await call<{ document: ArchivedFile }>('emails.markSent', { email, sentOn: '2026-12-01', previewSha256: preview.sha256 });
    const archived = await call<ArchivedEmail>('emails.archived', { sha256: document.sha256 });
    expect(archived).toMatchObject({ intact: true, problem: null, fileName: emlFileName(preview.subject) });
    expect(archived.message).toMatchObject({ subject: preview.subject, date: '2026-12-01T12:00:00.000Z' });
    expect(archived.message!.to).toContain('compta@atelier-dupre.fr');
    expect(archived.message!.from).toContain('camille@martin-design.fr');
    expect(archived.message!.text).toContain('1\u202f234,56\u00a0€');
    expect(archived.message!.attachments.map((x) => x.sha256)).toEqual(preview.attachments.map((x) => x.sha256));
    expect(hash(archived.eml!)).toBe(document.sha256);
  });

  it('says so when the archived file was changed since', async () => {
    const { client, a } = await seed();
    const email = { request: { clientId: client.id, invoiceIds: [a.id], tone: 'friendly', letterDate: '2026-12-01' } };
    const preview = await call<EmailPreview>('emails.preview', email);
    const { document } = await call<{ document: ArchivedFile }>('emails.markSent', { email, sentOn: '2026-12-01', previewSha256: preview.sha256 });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(core.dir, 'blobs', document.sha256.slice(0, 2), `${document.sha256}.eml`), 'Subject: autre\r\n\r\nautre texte\r\n');
    const archived = await call<ArchivedEmail>('emails.archived', { sha256: document.sha256 });
    expect(archived.intact).toBe(false);
    expect(archived.problem).toContain('a été modifié depuis son envoi');
  });
});
