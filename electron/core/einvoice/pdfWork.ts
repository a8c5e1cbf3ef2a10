import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument } from 'pdf-lib';
import type { InvoiceProposal, ReadResult } from '../../../shared/einvoice/proposal';
import { proposeFromText } from '../../../shared/einvoice/textFields';
import { readInvoiceXmlBytes } from '../../../shared/einvoice/xml';

/**
 * What the PDF reading worker (pdfReadingWorker.ts) does with a file's bytes: pdfjs-dist's Node build, with eval and
 * XFA off and no scripting (a PDF's JavaScript is never run), and pdf-lib. It runs in that worker thread only, so that
 * a file that makes pdfjs loop or eat memory stops the worker, never the app (pdfReader.ts bounds it in time).
 * Failures are reasons, not sentences: each caller words them for its own screen.
 */

/** The embedded files that carry the invoice, in the order they are looked for (compared case-insensitively). */
const INVOICE_ATTACHMENT_NAMES = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml', 'order-x.xml'] as const;

const MAX_TEXT_PAGES = 5;

/**
 * pdfjs' standard fonts (for text in the 14 standard fonts), found beside the pdfjs-dist this code loads: in the
 * packaged app that is app.asar.unpacked/node_modules/pdfjs-dist (electron-builder.yml › asarUnpack), where the
 * worker runs from.
 */
export const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + sep;

export type PdfJob =
  /** A dropped invoice as a PDF: its embedded XML read, else its text. */
  | { task: 'invoicePdf'; bytes: Uint8Array }
  /** A dropped standalone CII or UBL XML file. */
  | { task: 'invoiceXml'; bytes: Uint8Array }
  /** A PDF to attach to an invoice: whether pdfjs reads it and pdf-lib can copy its pages. */
  | { task: 'check'; bytes: Uint8Array };

/** Why a PDF could not be read, as the worker knows it. */
export type PdfFailure = 'damaged' | 'password' | 'restricted';

export interface InvoiceRead {
  proposal: InvoiceProposal;
  /** The embedded XML's name, '' when the proposal comes from the text or from a standalone XML file. */
  xmlName: string;
}

export type PdfWorkResult<T> = { ok: true; value: T } | { ok: false; reason: PdfFailure } | { ok: false; message: string };

export type PdfJobResult = PdfWorkResult<InvoiceRead> | PdfWorkResult<{ pageCount: number }>;

function openPdf(bytes: Uint8Array) {
  return getDocument({
    data: bytes,
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    standardFontDataUrl: STANDARD_FONTS,
  });
}

/** pdfjs' failures as reasons. */
function pdfFailure(error: unknown): PdfFailure {
  return error instanceof Error && error.name === 'PasswordException' ? 'password' : 'damaged';
}

interface PdfContent {
  xml: { name: string; bytes: Uint8Array } | null;
  pages: string[];
}

async function readPdfContent(bytes: Uint8Array, lookForXml: boolean): Promise<PdfContent> {
  // pdfjs takes the array it is given (and may detach it): its own copy, the caller's bytes are read again after.
  const task = openPdf(bytes.slice());
  try {
    const doc = await task.promise;
    const attachments = (lookForXml ? ((await doc.getAttachments()) ?? {}) : {}) as Record<string, { filename?: string; content?: Uint8Array }>;
    const byName = new Map<string, { name: string; bytes: Uint8Array }>();
    for (const [key, a] of Object.entries(attachments)) {
      const name = a.filename || key;
      if (a.content instanceof Uint8Array) byName.set(name.toLowerCase(), { name, bytes: a.content });
    }
    const xml = INVOICE_ATTACHMENT_NAMES.map((n) => byName.get(n)).find((a) => a !== undefined) ?? [...byName.values()].find((a) => a.name.toLowerCase().endsWith('.xml')) ?? null;
    if (xml) return { xml, pages: [] };
    const pages: string[] = [];
    const count = Math.min(doc.numPages, MAX_TEXT_PAGES);
    for (let n = 1; n <= count; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        text += item.hasEOL ? '\n' : ' ';
      }
      pages.push(text);
    }
    return { xml: null, pages };
  } finally {
    await task.destroy();
  }
}

/** A PDF invoice: the proposal from its embedded XML, or from its text when it has none (or none that reads). */
async function readInvoicePdf(bytes: Uint8Array): Promise<PdfWorkResult<InvoiceRead>> {
  let content: PdfContent;
  try {
    content = await readPdfContent(bytes, true);
  } catch (error) {
    return { ok: false, reason: pdfFailure(error) };
  }
  if (content.xml) {
    const read = readInvoiceXmlBytes(content.xml.bytes);
    if (read.ok) return { ok: true, value: { proposal: read.value, xmlName: content.xml.name } };
    // An unreadable attachment: the PDF's own text is the next best source.
    try {
      content = await readPdfContent(bytes, false);
    } catch (error) {
      return { ok: false, reason: pdfFailure(error) };
    }
  }
  return { ok: true, value: { proposal: proposeFromText(content.pages), xmlName: '' } };
}

function readInvoiceXml(bytes: Uint8Array): PdfWorkResult<InvoiceRead> {
  const read: ReadResult<InvoiceProposal> = readInvoiceXmlBytes(bytes);
  return read.ok ? { ok: true, value: { proposal: read.value, xmlName: '' } } : read;
}

/** pdfjs reads it (its first page too) and pdf-lib loads it: its page count, or why not. */
async function checkPdf(bytes: Uint8Array): Promise<PdfWorkResult<{ pageCount: number }>> {
  let pageCount: number;
  const task = openPdf(bytes.slice());
  try {
    const doc = await task.promise;
    await doc.getPage(1);
    pageCount = doc.numPages;
  } catch (error) {
    return { ok: false, reason: pdfFailure(error) };
  } finally {
    await task.destroy();
  }
  if (!Number.isSafeInteger(pageCount) || pageCount < 1) return { ok: false, reason: 'damaged' };
  try {
    await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    return { ok: false, reason: error instanceof Error && /encrypted/i.test(error.message) ? 'restricted' : 'damaged' };
  }
  return { ok: true, value: { pageCount } };
}

export function runPdfJob(job: PdfJob): Promise<PdfJobResult> {
  switch (job.task) {
    case 'invoicePdf':
      return readInvoicePdf(job.bytes);
    case 'invoiceXml':
      return Promise.resolve(readInvoiceXml(job.bytes));
    case 'check':
      return checkPdf(job.bytes);
  }
}
