import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { MAX_EINVOICE_BYTES, type InvoiceProposal, type ReadResult } from '../../../shared/einvoice/proposal';
import { proposeFromText } from '../../../shared/einvoice/textFields';
import { looksLikeXml, readInvoiceXmlBytes } from '../../../shared/einvoice/xml';
import type { ReadFileInfo } from '../../../shared/einvoice/contract';

/**
 * Reading a dropped invoice file: a PDF's embedded Factur-X / ZUGFeRD / XRechnung XML (whichever attachment carries
 * it), else the PDF's text; or a standalone CII or UBL XML file. pdfjs-dist's Node build, with eval and XFA off and
 * no scripting (its JavaScript is never run); at most MAX_TEXT_PAGES pages read, and the whole read bounded in time,
 * so that a damaged or hostile file ends in a French refusal, never a hang.
 */

export const PDF_MESSAGES = {
  empty: 'Le fichier est vide.',
  tooLarge: `Le fichier est trop volumineux (au plus ${MAX_EINVOICE_BYTES / 1024 / 1024}\u00a0Mo).`,
  notPdf: 'Ce fichier n’est ni un PDF ni une facture électronique XML\u00a0: déposez la facture en PDF, ou son fichier XML (Factur-X, CII, UBL).',
  damaged: 'Ce PDF est endommagé\u00a0: il ne peut pas être lu. Enregistrez-le à nouveau depuis le logiciel qui l’a produit.',
  password: 'Ce PDF est protégé par un mot de passe\u00a0: enregistrez-en une copie sans mot de passe, puis déposez-la.',
  timeout: 'La lecture de ce fichier prend trop de temps\u00a0: il est sans doute endommagé.',
} as const;

/** The embedded files that carry the invoice, in the order they are looked for (compared case-insensitively). */
export const INVOICE_ATTACHMENT_NAMES = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml', 'order-x.xml'] as const;

const MAX_TEXT_PAGES = 5;
export const READ_TIME_LIMIT_MS = 15_000;

export const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + sep;

export interface FileReading {
  proposal: InvoiceProposal;
  file: ReadFileInfo;
}

function isPdf(bytes: Uint8Array): boolean {
  // The header may follow a few bytes of junk (readers accept it within the first 1 KB).
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.indexOf('%PDF-', 0, 'latin1') !== -1;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** pdfjs' failures as French reasons. */
function pdfFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return PDF_MESSAGES.password;
  return PDF_MESSAGES.damaged;
}

interface PdfContent {
  xml: { name: string; bytes: Uint8Array } | null;
  pages: string[];
}

async function readPdfContent(bytes: Uint8Array, signal: { cancelled: boolean }, lookForXml: boolean): Promise<PdfContent> {
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
  const onCancel = (): void => void task.destroy();
  try {
    const doc = await task.promise;
    if (signal.cancelled) throw new Error('cancelled');
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
    for (let n = 1; n <= count && !signal.cancelled; n += 1) {
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
    if (signal.cancelled) onCancel();
    else await task.destroy();
  }
}

export function withTimeLimit<T>(work: (signal: { cancelled: boolean }) => Promise<T>, ms: number): Promise<T> {
  const signal = { cancelled: false };
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.cancelled = true;
      reject(new Error('timeout'));
    }, ms);
    work(signal).then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** Reads a PDF or an XML invoice file. Every refusal is a French reason; nothing is stored. */
export async function readInvoiceFile(fileName: string, bytes: Uint8Array, timeLimitMs = READ_TIME_LIMIT_MS): Promise<ReadResult<FileReading>> {
  if (bytes.byteLength === 0) return { ok: false, message: PDF_MESSAGES.empty };
  if (bytes.byteLength > MAX_EINVOICE_BYTES) return { ok: false, message: PDF_MESSAGES.tooLarge };
  const info = { fileName, sha256: sha256(bytes), sizeBytes: bytes.byteLength };

  if (!isPdf(bytes)) {
    if (!looksLikeXml(bytes)) return { ok: false, message: PDF_MESSAGES.notPdf };
    const read = readInvoiceXmlBytes(bytes);
    return read.ok ? { ok: true, value: { proposal: read.value, file: { ...info, format: 'xml', xmlName: '' } } } : read;
  }

  let content: PdfContent;
  try {
    content = await withTimeLimit((signal) => readPdfContent(bytes, signal, true), timeLimitMs);
  } catch (error) {
    return { ok: false, message: error instanceof Error && error.message === 'timeout' ? PDF_MESSAGES.timeout : pdfFailure(error) };
  }
  if (content.xml) {
    const read = readInvoiceXmlBytes(content.xml.bytes);
    if (read.ok) return { ok: true, value: { proposal: read.value, file: { ...info, format: 'pdf', xmlName: content.xml.name } } };
    // An unreadable attachment: the PDF's own text is the next best source.
    try {
      content = await withTimeLimit((signal) => readPdfContent(bytes, signal, false), timeLimitMs);
    } catch (error) {
      return { ok: false, message: pdfFailure(error) };
    }
  }
  return { ok: true, value: { proposal: proposeFromText(content.pages), file: { ...info, format: 'pdf', xmlName: '' } } };
}
