import { planDueLetters, type BatchGrouping } from '../../../shared/documents/batch';
import type { BatchLetter, BatchPrepared, LetterPreview, LetterRequestInput } from '../../../shared/documents/contract';
import { parseRegisteredNumber } from '../../../shared/documents/registeredNumber';
import type { ArchivedFile } from '../../../shared/dunning/schema';
import { AppError } from '../../../shared/ipc/errors';
import { PreparedBatches } from './preparedBatches';
import { frenchTypography as fr } from '../../../shared/kernel/frenchTypography';
import type { LocalDate } from '../../../shared/kernel/localDate';
import type { Database } from '../../../shared/ledger/schema';
import type { Invoice } from '../../../shared/ledger/schema';
import type { Clock } from '../app/clock';
import type { CoreEvents } from '../app/events';
import type { DunningService } from '../dunning/dunningService';
import type { BlobStore } from '../store/blobStore';
import type { Store } from '../store/store';
import type { LetterRenderer } from './letterRenderer';
import type { LetterService } from './letterService';

type BatchChannel = 'letter' | 'registered-letter';

interface PreparedLetter {
  meta: BatchLetter;
  request: LetterRequestInput;
  preview: LetterPreview;
}

interface PreparedBatch {
  batchId: string;
  channel: BatchChannel;
  letterDate: LocalDate;
  /** The data the letters were drawn from: while it is the store's, the same requests give the same bytes. */
  drawnFrom: Database;
  letters: PreparedLetter[];
  pdf: Uint8Array;
}


/**
 * « Préparer les lettres du jour »: every letter the dunning asks for today, each drawn alone exactly as its own
 * preview (letters.preview: the same request gives the same bytes), then put together into one PDF in the worker.
 * Progress goes out as events; a cancel stops the drawing after the letter in hand. Nothing is recorded until
 * « Marquer comme envoyées », which archives each letter's own bytes by hash and records them all at once.
 */
export class LetterBatchService {
  private readonly batches = new PreparedBatches<PreparedBatch>({
    alreadyPrepared: 'Ce lot de lettres a déjà été préparé.',
    gone: 'Ce lot de lettres n’est plus disponible (déjà envoyé, ou Relance a redémarré) : préparez les lettres du jour à nouveau.',
  });

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly letters: LetterService,
    private readonly renderer: Pick<LetterRenderer, 'merge'>,
    private readonly blobs: BlobStore,
    private readonly dunning: DunningService,
    private readonly events: CoreEvents,
  ) {}

  async prepare(input: { batchId: string; grouping: BatchGrouping; channel: BatchChannel; allChannels?: boolean }): Promise<BatchPrepared | { status: 'cancelled'; batchId: string }> {
    const { batchId } = input;
    const signal = this.batches.start(batchId);
    try {
      const drawnFrom = this.store.data;
      const letterDate = this.clock.today();
      const plans = planDueLetters(drawnFrom, letterDate, input.grouping, input.allChannels ? 'all' : 'paper');
      if (plans.length === 0) throw new AppError('NOT_FOUND', 'Aucune lettre n’est à envoyer aujourd’hui.');
      const total = plans.length;
      const progress = (done: number, phase: 'letters' | 'merge'): void => this.events.emit('letters.batchProgress', { batchId, done, total, phase });
      progress(0, 'letters');
      const letters: PreparedLetter[] = [];
      const skipped: BatchPrepared['skipped'] = [];
      let page = 1;
      for (const [i, plan] of plans.entries()) {
        if (signal.aborted) return { status: 'cancelled', batchId };
        const request: LetterRequestInput = {
          clientId: plan.clientId,
          invoiceIds: plan.invoiceIds,
          tone: plan.tone,
          letterDate,
          registeredMail: input.channel === 'registered-letter',
        };
        try {
          const preview = await this.letters.preview(request);
          const pageCount = countPages(preview.pdf);
          const meta: BatchLetter = {
            index: letters.length,
            clientId: plan.clientId,
            clientName: plan.clientName,
            invoiceIds: plan.invoiceIds,
            invoiceNumbers: plan.invoiceNumbers,
            tone: plan.tone,
            levelId: plan.levelId,
            sha256: preview.sha256,
            firstPage: page,
            pageCount,
            figures: preview.figures,
          };
          page += pageCount;
          letters.push({ meta, request, preview });
        } catch (error) {
          // A letter that cannot be drawn (an address to complete, a missing rate) is left out and said why.
          if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') throw error;
          skipped.push({ clientName: plan.clientName, invoiceNumbers: plan.invoiceNumbers, reason: error.message });
        }
        progress(i + 1, 'letters');
      }
      if (signal.aborted) return { status: 'cancelled', batchId };
      if (letters.length === 0) {
        throw new AppError('INVALID_INPUT', fr(`Aucune des lettres du jour n’a pu être produite : ${skipped.map((s) => s.reason).join(' ')}`));
      }
      progress(total, 'merge');
      const pdf = await this.renderer.merge(
        letters.map((l) => l.preview.pdf),
        { createdAt: new Date(`${letterDate}T12:00:00.000Z`) },
      );
      if (signal.aborted) return { status: 'cancelled', batchId };
      this.keep({ batchId, channel: input.channel, letterDate, drawnFrom, letters, pdf });
      return { status: 'ready', batchId, letterDate, channel: input.channel, pdf: pdf as Uint8Array<ArrayBuffer>, letters: letters.map((l) => l.meta), skipped };
    } finally {
      this.batches.finish(batchId);
    }
  }

  cancel(batchId: string): { cancelled: boolean } {
    return this.batches.cancel(batchId);
  }

  /** The combined PDF of a prepared batch (to print it or open it). */
  pdfOf(batchId: string): { pdf: Uint8Array; letterDate: LocalDate; count: number } {
    const batch = this.batch(batchId);
    return { pdf: batch.pdf, letterDate: batch.letterDate, count: batch.letters.length };
  }

  async send(input: { batchId: string; channel: BatchChannel; sentOn: LocalDate; registeredNumbers?: string[] | undefined }): Promise<{ documents: ArchivedFile[]; invoices: Invoice[] }> {
    const batch = this.batch(input.batchId);
    if (input.channel !== batch.channel) {
      throw new AppError(
        'CONFLICT',
        batch.channel === 'registered-letter'
          ? fr('Ces lettres portent la mention « Lettre recommandée avec accusé de réception » : elles partent en recommandé, ou préparez-les à nouveau pour un courrier simple.')
          : fr('Ces lettres ont été préparées pour un courrier simple : préparez-les à nouveau pour un envoi en recommandé (la mention doit y figurer).'),
      );
    }
    const numbers = input.channel === 'registered-letter' ? this.registeredNumbers(batch, input.registeredNumbers ?? []) : [];
    // The data changed since the letters were drawn: each is drawn again and must be the same, or nothing is sent.
    if (this.store.data !== batch.drawnFrom) {
      for (const letter of batch.letters) {
        const again = await this.letters.preview(letter.request);
        if (again.sha256 !== letter.preview.sha256) {
          throw new AppError(
            'CONFLICT',
            fr(`La lettre à ${letter.meta.clientName} (${letter.meta.invoiceNumbers.join(', ')}) a changé depuis la préparation (les données ont été modifiées) : préparez les lettres du jour à nouveau.`),
          );
        }
      }
    }
    const documents: ArchivedFile[] = [];
    for (const letter of batch.letters) {
      const stored = await this.blobs.put(letter.preview.pdf, 'pdf');
      documents.push({ sha256: stored.sha256, kind: 'pdf', sizeBytes: stored.sizeBytes });
    }
    const invoices = await this.dunning.recordReminders(
      batch.letters.flatMap((letter, i) =>
        letter.meta.invoiceIds.map((invoiceId) => ({
          invoiceId,
          levelId: letter.meta.levelId,
          sentOn: input.sentOn,
          channel: input.channel,
          note: '',
          document: documents[i]!,
          tone: letter.meta.tone,
          variantId: letter.preview.variantId,
          deadline: letter.preview.paymentDeadline,
          ...(numbers[i] ? { registeredNumber: numbers[i] } : {}),
          ...copyOf(letter.preview, invoiceId, this.store.data.invoices),
        })),
      ),
    );
    this.batches.drop(batch.batchId);
    return { documents, invoices };
  }

  private registeredNumbers(batch: PreparedBatch, raw: readonly string[]): string[] {
    if (raw.length !== batch.letters.length) {
      throw new AppError('INVALID_INPUT', `Saisissez le numéro du recommandé de chacune des ${batch.letters.length} lettres.`, { registeredNumbers: 'Un numéro par lettre.' });
    }
    // The contract checked each number; they are stored as printed (« 1A 123 456 7890 1 »).
    return raw.map((n) => {
      const parsed = parseRegisteredNumber(n);
      if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.message);
      return parsed.value;
    });
  }

  private batch(batchId: string): PreparedBatch {
    return this.batches.get(batchId);
  }

  private keep(batch: PreparedBatch): void {
    this.batches.keep(batch.batchId, batch);
  }
}

/**
 * The pages of a PDF drawn by react-pdf (pdfkit writes every page object as plain text, "/Type /Page" followed by
 * anything but the "s" of the page tree's "/Type /Pages").
 */
export function countPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** The invoice's attached PDF, when the letter carried its copy: recorded on the reminder, so that its file is kept. */
function copyOf(preview: LetterPreview, invoiceId: string, invoices: readonly Invoice[]): { invoiceCopy?: ArchivedFile } {
  const included = preview.invoiceCopies.some((c) => c.invoiceId === invoiceId && c.included);
  const attachment = included ? invoices.find((i) => i.id === invoiceId)?.attachment : null;
  return attachment ? { invoiceCopy: { sha256: attachment.sha256, kind: 'pdf', sizeBytes: attachment.sizeBytes } } : {};
}
