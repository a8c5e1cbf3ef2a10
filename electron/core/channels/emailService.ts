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
import type { DunningService } from '../dunning/dunningService';
import { pdfFileName } from '../documents/pdfOutput';
import type { LetterService } from '../documents/letterService';
import { simpleParser } from 'mailparser';
import { invoiceCopies, type InvoiceCopy } from '../attachments/invoiceCopies';
import type { BlobStore } from '../store/blobStore';
import { sha256 } from '../store/durableJsonFile';
import type { Store } from '../store/store';
import type { EmlOutput } from './emlOutput';

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
}

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
    const levelId = this.letters.levelOf(built.request);
    const stored = await this.blobs.put(built.eml, 'eml');
    const document: ArchivedFile = { sha256: stored.sha256, kind: 'eml', sizeBytes: stored.sizeBytes };
    const invoices = await this.dunning.recordReminders(
      built.request.invoiceIds.map((invoiceId) => ({
        invoiceId,
        levelId,
        sentOn: input.sentOn,
        channel: 'email' as const,
        note: '',
        document,
        tone: built.request.tone,
        variantId: built.email.variantId,
        deadline: built.paymentDeadline,
        ...copyOf(built.copies, invoiceId),
      })),
    );
    return { document, invoices };
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
    const email = composed.email;

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
    // baseBoundary is read by MailComposer (mail-composer/index.js) though its types leave it out.
    const options: ConstructorParameters<typeof MailComposer>[0] & { baseBoundary: string } = {
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
    };
    const composer = new MailComposer(options);
    const eml = new Uint8Array(await composer.compile().build());
    return { email, eml, attachments, paymentDeadline: facts.facts.paymentDeadline, request, copies };
  }
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
