import type { AttachedPdf } from '../../../shared/attachments/schema';
import type { MethodParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { frenchTypography } from '../../../shared/kernel/frenchTypography';
import type { Database, Invoice } from '../../../shared/ledger/schema';
import type { Clock } from '../app/clock';
import type { BlobStore } from '../store/blobStore';
import { sha256 } from '../store/durableJsonFile';
import type { Store } from '../store/store';
import type { PdfReader } from '../einvoice/pdfReader';
import { READ_TIME_LIMIT_MS } from '../einvoice/readInvoiceFile';
import { checkAttachedPdf } from './checkAttachedPdf';

/**
 * The invoice's own PDF: checked (checkAttachedPdf), archived by SHA-256 in the blob store (the same bytes are kept
 * once, whichever invoice or letter they belong to) and linked to the invoice. Detaching unlinks it; the file goes
 * only when nothing in the data refers to its hash any more (another invoice, a letter that carried its copy).
 */
export class AttachmentService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly blobs: BlobStore,
    /** The PDF reading worker that checks the file (the process's own when none is given). */
    private readonly pdfReader?: PdfReader,
  ) {}

  async attach(input: MethodParsedInput<'attachments.attach'>): Promise<Invoice> {
    const invoice = findInvoice(this.store.data, input.invoiceId);
    const check = await checkAttachedPdf(input.bytes, READ_TIME_LIMIT_MS, this.pdfReader);
    if (!check.ok) throw new AppError('INVALID_INPUT', check.message);
    const previous = invoice.attachment;
    if (previous && previous.sha256 !== sha256(input.bytes) && !input.replace) {
      throw new AppError('CONFLICT', frenchTypography(`La facture ${invoice.number} a déjà un PDF joint («\u00a0${previous.fileName}\u00a0») : confirmez pour le remplacer.`));
    }
    const stored = await this.blobs.put(input.bytes, 'pdf');
    const attachment: AttachedPdf = {
      sha256: stored.sha256,
      sizeBytes: stored.sizeBytes,
      fileName: input.fileName,
      pageCount: check.pageCount,
      attachedAt: previous?.sha256 === stored.sha256 ? previous.attachedAt : this.clock.now().toISOString(),
    };
    const saved = await this.setAttachment(input.invoiceId, attachment);
    if (previous && previous.sha256 !== stored.sha256) await this.removeIfUnreferenced(previous.sha256);
    return saved;
  }

  async read(invoiceId: string): Promise<{ pdf: Uint8Array<ArrayBuffer> | null; fileName: string; intact: boolean; problem: string | null }> {
    const attachment = findInvoice(this.store.data, invoiceId).attachment;
    if (!attachment) throw new AppError('NOT_FOUND', 'Cette facture n’a pas de PDF joint.');
    const read = await this.blobs.read(attachment.sha256, 'pdf');
    // The blob store reads into a plain ArrayBuffer (never shared).
    const pdf = read.bytes as Uint8Array<ArrayBuffer> | null;
    return read.intact
      ? { pdf, fileName: attachment.fileName, intact: true, problem: null }
      : { pdf, fileName: attachment.fileName, intact: false, problem: read.reason };
  }

  /** The attached PDF's bytes, refused when missing or changed since it was attached (never merged or printed as it is). */
  async intactBytes(invoiceId: string): Promise<{ pdf: Uint8Array; attachment: AttachedPdf }> {
    const attachment = findInvoice(this.store.data, invoiceId).attachment;
    if (!attachment) throw new AppError('NOT_FOUND', 'Cette facture n’a pas de PDF joint.');
    const read = await this.blobs.read(attachment.sha256, 'pdf');
    if (!read.intact) throw new AppError('CONFLICT', `Le PDF joint à la facture ne peut pas être utilisé\u00a0: ${read.reason}`);
    return { pdf: read.bytes, attachment };
  }

  async detach(invoiceId: string): Promise<Invoice> {
    const previous = findInvoice(this.store.data, invoiceId).attachment;
    if (!previous) throw new AppError('NOT_FOUND', 'Cette facture n’a pas de PDF joint.');
    const saved = await this.setAttachment(invoiceId, null);
    await this.removeIfUnreferenced(previous.sha256);
    return saved;
  }

  private async setAttachment(invoiceId: string, attachment: AttachedPdf | null): Promise<Invoice> {
    const now = this.clock.now().toISOString();
    let saved: Invoice | undefined;
    await this.store.update((db) => {
      const invoice = findInvoice(db, invoiceId);
      saved = { ...invoice, attachment, updatedAt: now };
      const next = saved;
      return { ...db, invoices: db.invoices.map((i) => (i.id === invoiceId ? next : i)) };
    });
    return saved!;
  }

  /**
   * Any mention of the hash in the data keeps the file: another invoice's attachment, a reminder whose letter carried
   * the copy, a record set aside in quarantine. Looking at the whole document, rather than at the places known today,
   * keeps a proof safe from a reference added later.
   */
  private async removeIfUnreferenced(hash: string): Promise<void> {
    if (JSON.stringify(this.store.data).includes(hash)) return;
    await this.blobs.remove(hash, 'pdf');
  }
}

function findInvoice(db: Database, invoiceId: string): Invoice {
  const invoice = db.invoices.find((i) => i.id === invoiceId);
  if (!invoice) throw new AppError('NOT_FOUND', 'Cette facture n’existe plus\u00a0: elle a peut-être été supprimée.');
  return invoice;
}
