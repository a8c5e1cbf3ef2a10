import { createHash } from 'node:crypto';
import { MAX_EINVOICE_BYTES, type InvoiceProposal, type ReadResult } from '../../../shared/einvoice/proposal';
import { looksLikeXml } from '../../../shared/einvoice/xml';
import type { ReadFileInfo } from '../../../shared/einvoice/contract';
import { defaultPdfReader, type PdfReader, type PdfReadFailure } from './pdfReader';

/**
 * Reading a dropped invoice file: a PDF's embedded Factur-X / ZUGFeRD / XRechnung XML (whichever attachment carries
 * it), else the PDF's text; or a standalone CII or UBL XML file. The reading itself is done in a worker thread
 * (pdfReader.ts, pdfWork.ts: pdfjs-dist's Node build, eval and XFA off, no scripting), bounded in time and memory, so
 * that a damaged or hostile file ends in a French refusal, never a hang of the app.
 */

export const PDF_MESSAGES = {
  empty: 'Le fichier est vide.',
  tooLarge: `Le fichier est trop volumineux (au plus ${MAX_EINVOICE_BYTES / 1024 / 1024}\u00a0Mo).`,
  notPdf: 'Ce fichier n’est ni un PDF ni une facture électronique XML\u00a0: déposez la facture en PDF, ou son fichier XML (Factur-X, CII, UBL).',
  damaged: 'Ce PDF est endommagé\u00a0: il ne peut pas être lu. Enregistrez-le à nouveau depuis le logiciel qui l’a produit.',
  password: 'Ce PDF est protégé par un mot de passe\u00a0: enregistrez-en une copie sans mot de passe, puis déposez-la.',
  timeout: 'La lecture de ce fichier prend trop de temps\u00a0: il est sans doute endommagé.',
  outOfMemory: 'La lecture de ce fichier demande trop de mémoire\u00a0: il est sans doute endommagé.',
  interrupted: 'La lecture de ce fichier s’est interrompue\u00a0: déposez-le à nouveau. Si cela recommence, il est sans doute endommagé.',
} as const;

export const READ_TIME_LIMIT_MS = 15_000;

export interface FileReading {
  proposal: InvoiceProposal;
  file: ReadFileInfo;
}

export function isPdf(bytes: Uint8Array): boolean {
  // The header may follow a few bytes of junk (readers accept it within the first 1 KB).
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.indexOf('%PDF-', 0, 'latin1') !== -1;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const FAILURES: Record<PdfReadFailure, string> = {
  damaged: PDF_MESSAGES.damaged,
  // pdf-lib's refusal of an owner password only matters when attaching; read, such a file is merely damaged.
  restricted: PDF_MESSAGES.damaged,
  password: PDF_MESSAGES.password,
  timeout: PDF_MESSAGES.timeout,
  outOfMemory: PDF_MESSAGES.outOfMemory,
  interrupted: PDF_MESSAGES.interrupted,
};

/** Reads a PDF or an XML invoice file. Every refusal is a French reason; nothing is stored. */
export async function readInvoiceFile(fileName: string, bytes: Uint8Array, timeLimitMs = READ_TIME_LIMIT_MS, reader: PdfReader = defaultPdfReader()): Promise<ReadResult<FileReading>> {
  if (bytes.byteLength === 0) return { ok: false, message: PDF_MESSAGES.empty };
  if (bytes.byteLength > MAX_EINVOICE_BYTES) return { ok: false, message: PDF_MESSAGES.tooLarge };
  const format = isPdf(bytes) ? 'pdf' : 'xml';
  if (format === 'xml' && !looksLikeXml(bytes)) return { ok: false, message: PDF_MESSAGES.notPdf };
  const read = await reader.readInvoice(bytes, format, timeLimitMs);
  if (!read.ok) return { ok: false, message: 'reason' in read ? FAILURES[read.reason] : read.message };
  const file: ReadFileInfo = { fileName, sha256: sha256(bytes), sizeBytes: bytes.byteLength, format, xmlName: read.value.xmlName };
  return { ok: true, value: { proposal: read.value.proposal, file } };
}
