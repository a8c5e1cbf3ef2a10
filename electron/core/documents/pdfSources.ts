import type { z } from 'zod';
import type { pdfSourceSchema } from '../../../shared/documents/contract';
import { LETTER_TONE_TITLES } from '../../../shared/documents/toneTitles';
import { AppError } from '../../../shared/ipc/errors';
import type { Store } from '../store/store';
import type { LetterBatchService } from './letterBatchService';
import type { LetterService } from './letterService';
import type { LetterRenderer } from './letterRenderer';
import type { StatementService } from './statementService';
import type { StatementBatchService } from './statementBatchService';
import type { AttachmentService } from '../attachments/attachmentService';

export type PdfSource = z.output<typeof pdfSourceSchema>;

/**
 * The bytes and the title of a PDF the page asks to print or open, made by the core itself: a letter is drawn again
 * from its request (the same bytes as its preview), an archived letter is read and checked against its hash (a
 * damaged one is refused, never shown as proof), a batch is the one prepared, an attached invoice PDF is checked
 * against its hash and copied page by page.
 */
export async function pdfOfSource(
  source: PdfSource,
  deps: { store: Store; letters: LetterService; batches: LetterBatchService; attachments: AttachmentService; statements: StatementService; statementBatches: Pick<StatementBatchService, 'pdfOf'>; renderer: Pick<LetterRenderer, 'merge'> },
): Promise<{ pdf: Uint8Array; title: string }> {
  const invoices = deps.store.data.invoices;
  switch (source.kind) {
    case 'letter': {
      const { request } = source;
      const preview = await deps.letters.preview(request);
      const numbers = request.invoiceIds.map((id) => invoices.find((i) => i.id === id)?.number ?? '');
      return { pdf: preview.pdf, title: `${request.letterDate} ${LETTER_TONE_TITLES[request.tone]} ${numbersText(numbers)}` };
    }
    case 'archived': {
      const read = await deps.letters.archived(source.sha256);
      if (!read.pdf || !read.intact) throw new AppError('CONFLICT', read.problem ?? 'Le document archivé est introuvable.');
      const sent = invoices.flatMap((i) => i.reminders.filter((r) => r.document?.sha256 === source.sha256).map((r) => ({ number: i.number, reminder: r })));
      const first = sent[0]?.reminder;
      const statement = first ? null : deps.store.data.clients.flatMap((c) => c.statements.filter((r) => r.document.sha256 === source.sha256).map((r) => ({ client: c.name, record: r })))[0];
      const title = first
        ? `${first.sentOn} ${first.tone ? LETTER_TONE_TITLES[first.tone] : 'Lettre'} ${numbersText(sent.map((s) => s.number))}`
        : statement
          ? `${statement.record.asOf} Relevé de compte ${statement.client}`
          : `Lettre archivée ${source.sha256.slice(0, 12)}`;
      return { pdf: read.pdf, title };
    }
    case 'batch': {
      const batch = deps.batches.pdfOf(source.batchId);
      return { pdf: batch.pdf, title: `${batch.letterDate} Lettres du jour (${batch.count})` };
    }
    case 'attachment': {
      // Only its pages go to the viewer or the printer: a script or an open action the file carries stays behind.
      const { pdf, attachment } = await deps.attachments.intactBytes(source.invoiceId);
      const number = invoices.find((i) => i.id === source.invoiceId)?.number ?? '';
      const title = `Facture ${number}`;
      return { pdf: await deps.renderer.merge([pdf], { createdAt: new Date(attachment.attachedAt), metadata: { title } }), title };
    }
    case 'statement': {
      const preview = await deps.statements.preview(source.request);
      return { pdf: preview.pdf, title: preview.fileName.replace(/\.pdf$/, '') };
    }
    case 'statement-batch':
      return deps.statementBatches.pdfOf(source.batchId);
  }
}

function numbersText(numbers: readonly string[]): string {
  return numbers.length > 3 ? `${numbers.slice(0, 3).join(' ')} et autres` : numbers.join(' ');
}
