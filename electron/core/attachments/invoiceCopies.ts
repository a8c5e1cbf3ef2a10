import type { ArchivedFile } from '../../../shared/dunning/schema';
import type { Invoice } from '../../../shared/ledger/schema';
import type { BlobStore } from '../store/blobStore';
import type { MergePart } from '../documents/mergePdfs';

/** One invoice of a letter and the copy of its PDF: merged after the letter when attached, intact and asked for. */
export interface InvoiceCopy {
  invoiceId: string;
  number: string;
  attached: boolean;
  /** The pages to merge (stamped « Copie de la facture n° … »), or null when it does not go with the letter. */
  part: MergePart | null;
  /** The archived attachment the copy comes from (recorded on the reminder, so that its file is kept). */
  file: ArchivedFile | null;
  /** French, when the attached file cannot be used (missing, changed since it was attached). */
  problem: string | null;
}

export function copyStamp(number: string): string {
  return `Copie de la facture n°\u00a0${number}`;
}

/**
 * The copies of the invoices' PDFs for a letter, in the letter's order. A file changed or missing since it was attached
 * is left out with its reason (a letter never carries a copy that is not the one attached).
 */
export async function invoiceCopies(invoices: readonly Invoice[], wanted: boolean, blobs: BlobStore): Promise<InvoiceCopy[]> {
  const copies: InvoiceCopy[] = [];
  for (const invoice of invoices) {
    const attachment = invoice.attachment;
    const base = { invoiceId: invoice.id, number: invoice.number, attached: attachment !== null };
    if (!attachment || !wanted) {
      copies.push({ ...base, part: null, file: null, problem: null });
      continue;
    }
    const read = await blobs.read(attachment.sha256, 'pdf');
    copies.push(
      read.intact
        ? { ...base, part: { pdf: read.bytes, stamp: copyStamp(invoice.number) }, file: { sha256: attachment.sha256, kind: 'pdf', sizeBytes: attachment.sizeBytes }, problem: null }
        : { ...base, part: null, file: null, problem: `Le PDF joint à la facture n°\u00a0${invoice.number} n’est pas joint à la lettre\u00a0: ${read.reason}` },
    );
  }
  return copies;
}

/** The line under the signature that says what goes with the letter. */
export function enclosureLine(numbers: readonly string[]): string {
  return numbers.length === 1
    ? `Pièce jointe\u00a0: copie de la facture n°\u00a0${numbers[0]}`
    : `Pièces jointes\u00a0: copies des factures n°\u00a0${numbers.slice(0, -1).join(', ')} et ${numbers.at(-1)}`;
}
