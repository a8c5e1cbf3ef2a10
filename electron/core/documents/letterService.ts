import { composeLetter } from '../../../shared/documents/composeLetter';
import type { LetterRequestInput, LetterPreview } from '../../../shared/documents/contract';
import { letterFactsFromLedger } from '../../../shared/documents/letterFacts';
import { effectiveTemplates } from '../../../shared/documents/storedTemplates';
import { parseRegisteredNumber } from '../../../shared/documents/registeredNumber';
import { policyResolver } from '../../../shared/dunning/engine';
import type { ArchivedFile, DunningChannel } from '../../../shared/dunning/schema';
import { AppError } from '../../../shared/ipc/errors';
import { frenchTypography } from '../../../shared/kernel/frenchTypography';
import type { LocalDate } from '../../../shared/kernel/localDate';
import type { Invoice } from '../../../shared/ledger/schema';
import type { DunningService } from '../dunning/dunningService';
import type { BlobStore } from '../store/blobStore';
import { sha256 } from '../store/durableJsonFile';
import type { Store } from '../store/store';
import type { LetterRenderer } from './letterRenderer';
import { enclosureLine, invoiceCopies, type InvoiceCopy } from '../attachments/invoiceCopies';
import { LETTER_TONE_TITLES } from '../../../shared/documents/toneTitles';

export interface SendLetterInput {
  request: LetterRequestInput;
  channel: Exclude<DunningChannel, 'phone'>;
  sentOn: LocalDate;
  previewSha256: string;
}

/**
 * Letters from the ledger: composed in French (shared/documents), drawn to PDF off the event loop, and, once sent,
 * archived by hash and recorded on each invoice. The same request on the same data gives the same bytes (the PDF's
 * date is the letter's), so what was previewed is what is archived; if the data changed in between, sending is refused.
 */
export class LetterService {
  constructor(
    private readonly store: Store,
    private readonly renderer: LetterRenderer,
    private readonly blobs: BlobStore,
    private readonly dunning: DunningService,
  ) {}

  async preview(request: LetterRequestInput): Promise<LetterPreview> {
    const { preview } = await this.build(request);
    return preview;
  }

  /**
   * The letter for an e-mail whose invoices' PDFs travel as attachments of their own: it says the copy is enclosed
   * (« Pièce jointe : … ») but carries none of their pages.
   */
  async previewWithCopiesBeside(request: LetterRequestInput): Promise<{ preview: LetterPreview; copies: InvoiceCopy[] }> {
    return this.build(request, false);
  }

  /**
   * The letter, then the copy of each invoice's attached PDF (unless the request says not to), as one PDF whose title,
   * author and subject say what it is. Without a copy the letter's bytes are those of the letter alone.
   */
  private async build(request: LetterRequestInput, mergeCopies = true): Promise<{ preview: LetterPreview; copies: InvoiceCopy[] }> {
    const db = this.store.data;
    const invoices = request.invoiceIds.map((id) => db.invoices.find((i) => i.id === id)).filter((i) => i !== undefined);
    const copies = await invoiceCopies(invoices, request.invoiceCopies ?? true, this.blobs);
    const included = copies.filter((c) => c.part !== null);
    const letter = this.compose(request, included.length > 0);
    const model = included.length > 0 ? { ...letter.model, enclosures: [frenchTypography(enclosureLine(included.map((c) => c.number)))] } : letter.model;
    const createdAt = pdfDate(request.letterDate);
    // Worker replies arrive as plain ArrayBuffer-backed arrays (structured clone).
    let pdf = (await this.renderer.render([model], { createdAt })) as Uint8Array<ArrayBuffer>;
    if (mergeCopies && included.length > 0) {
      const numbers = included.map((c) => c.number).join(', ');
      const metadata = { title: `${LETTER_TONE_TITLES[request.tone]} ${numbers}`, author: model.sender[0] ?? '', subject: frenchTypography(`${model.subject.replace(/^Objet\s?:\s?/u, '')} ; ${included.length > 1 ? 'copies des factures jointes' : 'copie de la facture jointe'}`) };
      pdf = (await this.renderer.merge([pdf, ...included.map((c) => c.part!)], { createdAt, metadata })) as Uint8Array<ArrayBuffer>;
    }
    const preview: LetterPreview = {
      pdf,
      sha256: sha256(pdf),
      figures: letter.figures,
      variantId: letter.variantId,
      paymentDeadline: letter.paymentDeadline,
      registeredMail: letter.registeredMail,
      invoiceCopies: copies.map((c) => ({ invoiceId: c.invoiceId, number: c.number, attached: c.attached, included: c.part !== null, problem: c.problem })),
    };
    return { preview, copies };
  }

  /** The attachment whose copy went with the letter, per invoice: recorded on its reminder. */
  copyFiles(copies: readonly InvoiceCopy[]): Map<string, ArchivedFile> {
    return new Map(copies.flatMap((c) => (c.file ? [[c.invoiceId, c.file] as const] : [])));
  }

  async send(input: SendLetterInput): Promise<{ document: ArchivedFile; invoices: Invoice[] }> {
    const request = { ...input.request, registeredMail: input.channel === 'registered-letter' };
    if (input.channel === 'registered-letter' && request.registeredNumber) {
      const number = parseRegisteredNumber(request.registeredNumber);
      if (!number.ok) throw new AppError('INVALID_INPUT', number.message, { registeredNumber: number.message });
      request.registeredNumber = number.value;
    }
    const { preview, copies } = await this.build(request);
    const copyFiles = this.copyFiles(copies);
    if (preview.sha256 !== input.previewSha256) {
      throw new AppError(
        'CONFLICT',
        frenchTypography('La lettre a changé depuis l’aperçu (les données ou les options ont été modifiées) : vérifiez le nouvel aperçu, puis envoyez-le.'),
      );
    }
    const stored = await this.blobs.put(preview.pdf, 'pdf');
    const document: ArchivedFile = { sha256: stored.sha256, kind: 'pdf', sizeBytes: stored.sizeBytes };
    const levelId = this.levelOf(request);
    const invoices = await this.dunning.recordReminders(
      request.invoiceIds.map((invoiceId) => ({
        invoiceId,
        levelId,
        sentOn: input.sentOn,
        channel: input.channel,
        note: '',
        document,
        tone: request.tone,
        variantId: preview.variantId,
        deadline: preview.paymentDeadline,
        ...(request.registeredNumber ? { registeredNumber: request.registeredNumber } : {}),
        ...(copyFiles.has(invoiceId) ? { invoiceCopy: copyFiles.get(invoiceId)! } : {}),
      })),
    );
    return { document, invoices };
  }

  async archived(hash: string): Promise<{ pdf: Uint8Array<ArrayBuffer> | null; intact: boolean; problem: string | null }> {
    const read = await this.blobs.read(hash, 'pdf');
    const pdf = read.bytes as Uint8Array<ArrayBuffer> | null;
    return read.intact ? { pdf, intact: true, problem: null } : { pdf, intact: false, problem: read.reason };
  }

  private compose(request: LetterRequestInput, invoiceCopyEnclosed = false) {
    const db = this.store.data;
    const facts = letterFactsFromLedger(
      { identity: db.identity, clients: db.clients, invoices: db.invoices, settings: db.settings },
      request,
      effectiveTemplates(db.settings.letterTemplates, request.clientId),
    );
    if (!facts.ok) throw refusal(facts.errors);
    for (const id of request.invoiceIds) {
      const invoice = db.invoices.find((i) => i.id === id);
      if (invoice && invoice.clientId !== request.clientId) throw new AppError('INVALID_INPUT', 'Une lettre ne regroupe que des factures du même client.');
    }
    const letter = composeLetter({ ...facts.facts, invoiceCopyEnclosed });
    if (!letter.ok) throw refusal(letter.errors);
    return { ...letter, paymentDeadline: facts.facts.paymentDeadline, registeredMail: facts.facts.registeredMail };
  }

  /** The level of the client's policy that this tone writes (the first one, when a policy has two of the same tone). */
  levelOf(request: LetterRequestInput): string {
    const db = this.store.data;
    const policy = policyResolver(db.clients, db.settings.defaultPolicy)(request.clientId);
    const level = policy.levels.find((l) => l.tone === request.tone);
    if (!level) throw new AppError('INVALID_INPUT', 'La politique de relance de ce client n’a pas d’étape de ce ton : ajoutez-la dans ses paramètres de relance.');
    return level.id;
  }
}

/** Noon UTC of the letter's date: the same day in every time zone of France, and the same bytes every time. */
function pdfDate(letterDate: LocalDate): Date {
  return new Date(`${letterDate}T12:00:00.000Z`);
}

function refusal(errors: readonly string[]): AppError {
  const message = errors.length === 1 ? errors[0]! : `La lettre ne peut pas être produite\u00a0:\n${errors.map((e) => `– ${e}`).join('\n')}`;
  return new AppError('INVALID_INPUT', message);
}
