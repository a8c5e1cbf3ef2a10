import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument } from 'pdf-lib';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/attachments/schema';
import { ATTACHMENT_MESSAGES } from '../../../shared/attachments/messages';
import { READ_TIME_LIMIT_MS, STANDARD_FONTS, withTimeLimit } from '../einvoice/readInvoiceFile';

export type PdfCheck = { ok: true; pageCount: number } | { ok: false; message: string };

function hasPdfHeader(bytes: Uint8Array): boolean {
  // Readers accept a header after a little junk, within the first kilobyte.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.indexOf('%PDF-', 0, 'latin1') !== -1;
}

/**
 * Whether a file can be attached to an invoice: a real PDF (its signature, then parsed by pdfjs-dist with scripting,
 * eval and XFA off: its JavaScript is never run), its first page readable, not protected by a user password, and one
 * pdf-lib can copy pages from (the copy of the invoice merged into the letters). Bounded in time.
 */
export async function checkAttachedPdf(bytes: Uint8Array, timeLimitMs = READ_TIME_LIMIT_MS): Promise<PdfCheck> {
  if (bytes.byteLength === 0) return { ok: false, message: ATTACHMENT_MESSAGES.empty };
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false, message: ATTACHMENT_MESSAGES.tooLarge };
  if (!hasPdfHeader(bytes)) return { ok: false, message: ATTACHMENT_MESSAGES.notPdf };
  let pageCount: number;
  try {
    pageCount = await withTimeLimit(async (signal) => {
      const task = getDocument({
        data: new Uint8Array(bytes),
        isEvalSupported: false,
        enableXfa: false,
        disableFontFace: true,
        useSystemFonts: false,
        stopAtErrors: false,
        verbosity: 0,
        standardFontDataUrl: STANDARD_FONTS,
      });
      try {
        const doc = await task.promise;
        if (signal.cancelled) return 0;
        await doc.getPage(1);
        return doc.numPages;
      } finally {
        void task.destroy();
      }
    }, timeLimitMs);
  } catch (error) {
    if (error instanceof Error && error.message === 'timeout') return { ok: false, message: ATTACHMENT_MESSAGES.timeout };
    return { ok: false, message: error instanceof Error && error.name === 'PasswordException' ? ATTACHMENT_MESSAGES.password : ATTACHMENT_MESSAGES.damaged };
  }
  if (!Number.isSafeInteger(pageCount) || pageCount < 1) return { ok: false, message: ATTACHMENT_MESSAGES.damaged };
  try {
    await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    const encrypted = error instanceof Error && /encrypted/i.test(error.message);
    return { ok: false, message: encrypted ? ATTACHMENT_MESSAGES.restricted : ATTACHMENT_MESSAGES.damaged };
  }
  return { ok: true, pageCount };
}
