import { MAX_ATTACHMENT_BYTES } from '../../../shared/attachments/schema';
import { ATTACHMENT_MESSAGES } from '../../../shared/attachments/messages';
import { defaultPdfReader, type PdfReader, type PdfReadFailure } from '../einvoice/pdfReader';
import { isPdf, READ_TIME_LIMIT_MS } from '../einvoice/readInvoiceFile';

export type PdfCheck = { ok: true; pageCount: number } | { ok: false; message: string };

const FAILURES: Record<PdfReadFailure, string> = {
  damaged: ATTACHMENT_MESSAGES.damaged,
  password: ATTACHMENT_MESSAGES.password,
  restricted: ATTACHMENT_MESSAGES.restricted,
  timeout: ATTACHMENT_MESSAGES.timeout,
  outOfMemory: ATTACHMENT_MESSAGES.outOfMemory,
  interrupted: ATTACHMENT_MESSAGES.interrupted,
};

/**
 * Whether a file can be attached to an invoice: a real PDF (its signature, then parsed by pdfjs-dist with scripting,
 * eval and XFA off: its JavaScript is never run), its first page readable, not protected by a user password, and one
 * pdf-lib can copy pages from (the copy of the invoice merged into the letters). Read in the PDF reading worker
 * (pdfReader.ts), bounded in time and memory.
 */
export async function checkAttachedPdf(bytes: Uint8Array, timeLimitMs = READ_TIME_LIMIT_MS, reader: PdfReader = defaultPdfReader()): Promise<PdfCheck> {
  if (bytes.byteLength === 0) return { ok: false, message: ATTACHMENT_MESSAGES.empty };
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false, message: ATTACHMENT_MESSAGES.tooLarge };
  if (!isPdf(bytes)) return { ok: false, message: ATTACHMENT_MESSAGES.notPdf };
  const check = await reader.check(bytes, timeLimitMs);
  if (!check.ok) return { ok: false, message: 'reason' in check ? FAILURES[check.reason] : ATTACHMENT_MESSAGES.damaged };
  return { ok: true, pageCount: check.value.pageCount };
}
