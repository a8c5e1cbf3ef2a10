import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { composeEmail, type ComposedEmail } from '../../../shared/channels/composeEmail';
import type { ArchivedEmail, EmailAttachment, EmailPreview, EmailRequestInput } from '../../../shared/channels/contract';
import type { LetterRequestInput } from '../../../shared/documents/contract';
import { letterFactsFromLedger } from '../../../shared/documents/letterFacts';
import { effectiveTemplates } from '../../../shared/documents/storedTemplates';
import type { ArchivedFile } from '../../../shared/dunning/schema';
import { AppError } from '../../../shared/ipc/errors';
import { frenchTypography as fr } from '../../../shared/kernel/frenchTypography';
import type { LocalDate } from '../../../shared/kernel/localDate';
import type { Invoice } from '../../../shared/ledger/schema';
import type { DunningService, RecordReminderInput } from '../dunning/dunningService';
import { pdfFileName } from '../documents/pdfOutput';
import type { LetterService } from '../documents/letterService';
import { simpleParser } from 'mailparser';
import { invoiceCopies, type InvoiceCopy } from '../attachments/invoiceCopies';
import type { BlobStore } from '../store/blobStore';
import { sha256 } from '../store/durableJsonFile';
import type { Store } from '../store/store';
import type { EmlOutput } from './emlOutput';
import type { Clock } from '../app/clock';
import { domainOf, type SmtpService } from './smtpService';

/** Longer mailto: links are cut or refused by some mail clients and browsers: none is offered past this length. */
const MAX_MAILTO = 8000;

interface BuiltEmail {
  email: ComposedEmail;
  eml: Uint8Array<ArrayBuffer>;
  attachments: EmailAttachment[];
  paymentDeadline: LocalDate;
  request: LetterRequestInput;
  /** The invoices' PDFs attached (recorded on each reminder, so that their files are kept). */
  copies: InvoiceCopy[];
  /** What MailComposer built the preview's .eml from (the message sent by SMTP is built from the same, see send). */
  options: ComposerOptions;
}

// baseBoundary and newline are read by MailComposer (mail-composer/index.js) though its types leave them out.
type ComposerOptions = ConstructorParameters<typeof MailComposer>[0] & { baseBoundary: string; newline: 'windows' };

/**
 * A reminder by e-mail, for the user's own mail client: the e-mail written from the same letter (shared/channels),
 * its PDF attached (the very bytes of the letter's preview), built by nodemailer's MailComposer as an .eml marked
 * « X-Unsent: 1 » (Thunderbird, Outlook and Apple Mail open it as a draft). Deterministic: the Date is the letter's
 * date, the Message-ID and the MIME boundaries come from the content's hash, so the preview's bytes are the archived ones.
 */
export class EmailService {
  constructor(
    private readonly store: Store,
    private readonly letters: LetterService,
    private readonly blobs: BlobStore,
    private readonly dunning: DunningService,
    private readonly output: EmlOutput,
    private readonly smtp: SmtpService,
    private readonly clock: Clock,
  ) {}

  async preview(input: EmailRequestInput): Promise<EmailPreview> {
    const built = await this.build(input);
    const { email } = built;
    return {
      from: `${email.from.name} <${email.from.address}>`,
      to: `${email.to.name} <${email.to.address}>`,
      subject: email.subject,
      text: email.text,
      html: email.html,
      attachments: built.attachments,
      eml: built.eml,
      fileName: emlFileName(email.subject),
      sha256: sha256(built.eml),
      sizeBytes: built.eml.byteLength,
      mailto: built.attachments.length === 0 ? mailtoOf(email) : null,
      variantId: email.variantId,
      paymentDeadline: built.paymentDeadline,
    };
  }

  /** « Voir l’e-mail »: the message as archived, read back from its bytes (never recomposed), checked against its hash. */
  async archived(hash: string): Promise<ArchivedEmail> {
    const read = await this.blobs.read(hash, 'eml');
    const eml = read.bytes as Uint8Array<ArrayBuffer> | null;
    let message: ArchivedEmail['message'] = null;
    if (eml) {
      try {
        const mail = await simpleParser(Buffer.from(eml), { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
        message = {
          from: mail.from?.text ?? '',
          to: (Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : mail.to?.text) ?? '',
          subject: mail.subject ?? '',
          date: mail.date ? mail.date.toISOString() : null,
          text: mail.text ?? '',
          attachments: mail.attachments.map((a) => ({ fileName: a.filename ?? 'pièce jointe', contentType: a.contentType, sizeBytes: a.size, sha256: sha256(new Uint8Array(a.content)) })),
        };
      } catch {
        message = null;
      }
    }
    const fileName = emlFileName(message?.subject || `E-mail archivé ${hash.slice(0, 12)}`);
    if (!read.intact) return { intact: false, problem: read.reason, message, eml, fileName };
    if (!message) return { intact: true, problem: 'L’e-mail archivé n’a pas pu être relu.', message: null, eml, fileName };
    return { intact: true, problem: null, message, eml, fileName };
  }

  /** « Ouvrir dans ma messagerie »: the .eml written by the core, handed to the system's mail client. */
  async open(input: EmailRequestInput): Promise<{ file: string }> {
    const built = await this.build(input);
    return this.output.open(built.eml, emlFileName(built.email.subject));
  }

  /** « Marquer comme envoyé »: the .eml archived by hash, the reminder recorded by e-mail on every invoice (all or none). */
  async markSent(input: { email: EmailRequestInput; sentOn: LocalDate; previewSha256: string }): Promise<{ document: ArchivedFile; invoices: Invoice[] }> {
    const built = await this.build(input.email);
    if (sha256(built.eml) !== input.previewSha256) {
      throw new AppError('CONFLICT', fr('L’e-mail a changé depuis l’aperçu (les données ou les options ont été modifiées) : vérifiez le nouvel aperçu, puis marquez-le comme envoyé.'));
    }
    const stored = await this.blobs.put(built.eml, 'eml');
    const document: ArchivedFile = { sha256: stored.sha256, kind: 'eml', sizeBytes: stored.sizeBytes };
    const invoices = await this.dunning.recordReminders(this.reminderInputs(built, input.sentOn, document));
    return { document, invoices };
  }

  /**
   * « Envoyer maintenant » (SMTP). The message is the preview's (its hash is checked first: same From, To, subject,
   * text, HTML and attachments) with two changes that make it a message rather than a draft: no « X-Unsent », and
   * the Date and Message-ID of the moment it leaves (a draft's fixed Date would lie, and a Message-ID reused by a
   * second sending would let a mail server drop it as a duplicate). Those bytes are built once, handed to the SMTP
   * transport as they are (raw), and archived by hash only after the server accepted them: the archive is exactly
   * what was sent. Before anything leaves, the reminders are checked as recordReminders will check them (a step
   * already sent, a read-only file…), so that a message is never sent that could not be recorded; a failure of the
   * server is a French message and nothing is archived nor recorded.
   */
  async send(input: { email: EmailRequestInput; previewSha256: string }): Promise<{ document: ArchivedFile; invoices: Invoice[]; to: string }> {
    const smtp = this.smtp.ready();
    const built = await this.build(input.email);
    if (sha256(built.eml) !== input.previewSha256) {
      throw new AppError('CONFLICT', fr('L’e-mail a changé depuis l’aperçu (les données ou les options ont été modifiées) : vérifiez le nouvel aperçu, puis envoyez-le.'));
    }
    const to = built.email.to.address;
    const sentOn = this.clock.today();
    const reminders = (document: ArchivedFile) => this.reminderInputs(built, sentOn, document, to);
    const placeholder: ArchivedFile = { sha256: input.previewSha256, kind: 'eml', sizeBytes: built.eml.byteLength };
    this.dunning.checkReminders(reminders(placeholder));

    const now = this.clock.now();
    const { headers: _draftHeaders, ...message } = built.options;
    const options: ComposerOptions = {
      ...message,
      date: now,
      messageId: `<${String(message.messageId).slice(1, 33)}.${now.getTime().toString(36)}@${domainOf(smtp.from)}>`,
    };
    const sent = new Uint8Array(await new MailComposer(options).compile().build());
    if (hasBareLineFeed(sent)) throw new AppError('INTERNAL', 'Le message n’a pas pu être préparé pour l’envoi (fins de ligne).');
    await smtp.send(sent, to);

    try {
      const stored = await this.blobs.put(sent, 'eml');
      const document: ArchivedFile = { sha256: stored.sha256, kind: 'eml', sizeBytes: stored.sizeBytes };
      const invoices = await this.dunning.recordReminders(reminders(document));
      return { document, invoices, to };
    } catch (error) {
      const reason = error instanceof AppError ? ` (${error.message})` : '';
      throw new AppError('STORE_WRITE_FAILED', fr(`L’e-mail est parti à ${to}, mais son envoi n’a pas pu être enregistré${reason}. Enregistrez la relance à la main depuis la facture.`));
    }
  }

  private reminderInputs(built: BuiltEmail, sentOn: LocalDate, document: ArchivedFile, sentTo?: string): RecordReminderInput[] {
    const levelId = this.letters.levelOf(built.request);
    return built.request.invoiceIds.map((invoiceId) => ({
      invoiceId,
      levelId,
      sentOn,
      channel: 'email' as const,
      note: '',
      document,
      tone: built.request.tone,
      variantId: built.email.variantId,
      deadline: built.paymentDeadline,
      ...(sentTo ? { sentTo } : {}),
      ...copyOf(built.copies, invoiceId),
    }));
  }

  private async build(input: EmailRequestInput): Promise<BuiltEmail> {
    // An e-mail is never a registered letter: its PDF says nothing of one.
    const request: LetterRequestInput = { ...input.request, registeredMail: false, registeredNumber: null };
    const db = this.store.data;
    const client = db.clients.find((c) => c.id === request.clientId);
    for (const id of request.invoiceIds) {
      const invoice = db.invoices.find((i) => i.id === id);
      if (invoice && invoice.clientId !== request.clientId) throw new AppError('INVALID_INPUT', 'Un e-mail de relance ne regroupe que des factures du même client.');
    }
    const facts = letterFactsFromLedger(
      { identity: db.identity, clients: db.clients, invoices: db.invoices, settings: db.settings },
      request,
      effectiveTemplates(db.settings.letterTemplates, request.clientId),
    );
    if (!facts.ok) throw refusal(facts.errors);
    // The invoices' own PDFs travel as attachments of their own, beside the letter (which says they are enclosed).
    const invoices = request.invoiceIds.map((id) => db.invoices.find((i) => i.id === id)).filter((i) => i !== undefined);
    const copies = (await invoiceCopies(invoices, request.invoiceCopies ?? true, this.blobs)).filter((c) => c.part !== null);
    const composed = composeEmail({ ...facts.facts, clientEmail: client?.email ?? '', letterAttached: input.attachLetter, invoiceCopyEnclosed: copies.length > 0 });
    if (!composed.ok) throw refusal(composed.errors);
    // The From address of Paramètres › Envoi des e-mails, when one is set there (the same in the draft and the message sent).
    const smtpFrom = db.settings.smtp.from;
    const email = smtpFrom ? { ...composed.email, from: { ...composed.email.from, address: smtpFrom } } : composed.email;

    const attachments: EmailAttachment[] = [];
    const parts: { filename: string; content: Buffer; contentType: string }[] = [];
    if (input.attachLetter) {
      const { preview: letter } = await this.letters.previewWithCopiesBeside(request);
      const fileName = pdfFileName(fr(`Relance ${request.invoiceIds.length > 1 ? 'factures' : 'facture'} ${numbersOf(db.invoices, request.invoiceIds)}`));
      attachments.push({ fileName, contentType: 'application/pdf', sizeBytes: letter.pdf.byteLength, sha256: letter.sha256, role: 'letter' });
      parts.push({ filename: fileName, content: Buffer.from(letter.pdf), contentType: 'application/pdf' });
    }
    for (const copy of copies) {
      const pdf = copy.part!.pdf;
      const fileName = pdfFileName(`Facture ${copy.number}`);
      attachments.push({ fileName, contentType: 'application/pdf', sizeBytes: pdf.byteLength, sha256: copy.file!.sha256, role: 'invoice' });
      parts.push({ filename: fileName, content: Buffer.from(pdf), contentType: 'application/pdf' });
    }

    const seed = sha256(new TextEncoder().encode(JSON.stringify([email.from, email.to, email.subject, email.text, email.html, attachments.map((a) => a.sha256), request.letterDate])));
    const options: ComposerOptions = {
      from: { name: email.from.name, address: email.from.address },
      to: { name: email.to.name, address: email.to.address },
      subject: email.subject,
      text: email.text,
      html: email.html,
      attachments: parts,
      date: new Date(`${request.letterDate}T12:00:00.000Z`),
      messageId: `<${seed.slice(0, 32)}@relance.local>`,
      baseBoundary: seed.slice(32, 48),
      headers: { 'X-Unsent': '1' },
      textEncoding: 'quoted-printable',
      // Every line break CRLF (RFC 5322), the text's too: SMTP would turn a bare LF into CRLF on the wire, and the
      // archive of a message sent must be the bytes the server received.
      newline: 'windows',
    };
    const composer = new MailComposer(options);
    const eml = new Uint8Array(await composer.compile().build());
    return { email, eml, attachments, paymentDeadline: facts.facts.paymentDeadline, request, copies, options };
  }
}

/** A LF not preceded by CR: SMTP's DATA would change it, and the archive would no longer be what was received. */
function hasBareLineFeed(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a && (i === 0 || bytes[i - 1] !== 0x0d)) return true;
  return false;
}

function copyOf(copies: readonly InvoiceCopy[], invoiceId: string): { invoiceCopy?: ArchivedFile } {
  const file = copies.find((c) => c.invoiceId === invoiceId)?.file;
  return file ? { invoiceCopy: file } : {};
}

function numbersOf(invoices: readonly Invoice[], ids: readonly string[]): string {
  return ids.map((id) => invoices.find((i) => i.id === id)?.number ?? '').filter((n) => n !== '').join(', ');
}

/** The subject as a file name: « Relance - facture n° F-2026-012 du 15 mai 2026.eml ». */
export function emlFileName(subject: string): string {
  return pdfFileName(subject).replace(/\.pdf$/, '.eml');
}

/** mailto:client?subject=…&body=… (RFC 6068: percent-encoded UTF-8, CRLF line breaks), or null when too long. */
function mailtoOf(email: ComposedEmail): string | null {
  const url = `mailto:${encodeURIComponent(email.to.address).replace(/%40/g, '@')}?subject=${encodeURIComponent(email.subject)}&body=${encodeURIComponent(email.text.replace(/\n/g, '\r\n'))}`;
  return url.length <= MAX_MAILTO ? url : null;
}

function refusal(errors: readonly string[]): AppError {
  const message = errors.length === 1 ? errors[0]! : `L’e-mail ne peut pas être préparé\u00a0:\n${errors.map((e) => `– ${e}`).join('\n')}`;
  return new AppError('INVALID_INPUT', message);
}
