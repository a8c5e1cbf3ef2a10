import { frenchTypography as fr } from '../kernel/frenchTypography';

/**
 * The scan of an avis de réception or of a preuve de dépôt, checked by its first bytes (never by its name or type,
 * which a renamed or damaged file gets wrong): a PDF, a JPEG or a PNG, 10 Mo at most. Checked in the renderer before
 * anything is sent, and again in the core, which never trusts what the page says.
 */

export const MAX_SCAN_BYTES = 10 * 1024 * 1024;
export type ScanKind = 'pdf' | 'jpg' | 'png';
export type ScanCheck = { ok: true; kind: ScanKind } | { ok: false; message: string };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

const WHAT = 'le scan de l’avis de réception ou de la preuve de dépôt';

/** '1,5 Mo', as the message shows a size. */
function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0Mo`;
}

/** Why a file of this size cannot be kept (checked before reading it), or null. */
export function scanSizeProblem(sizeBytes: number, fileName: string): string | null {
  if (sizeBytes <= MAX_SCAN_BYTES) return null;
  const quoted = fileName.trim() ? `«\u00a0${fileName.trim()}\u00a0»` : 'Ce fichier';
  return fr(`${quoted} pèse ${megabytes(sizeBytes)} : 10\u00a0Mo au plus. Numérisez-le en 200 ppp ou enregistrez-le en JPEG.`);
}

/** What the file is, from its first bytes, or why it cannot be kept as proof (French, with the file's name). */
export function checkScan(bytes: Uint8Array, fileName: string): ScanCheck {
  const name = fileName.trim() || 'Ce fichier';
  const quoted = fileName.trim() ? `«\u00a0${fileName.trim()}\u00a0»` : name;
  if (bytes.byteLength === 0) return { ok: false, message: fr(`${quoted} est vide : joignez ${WHAT}.`) };
  const tooBig = scanSizeProblem(bytes.byteLength, fileName);
  if (tooBig) return { ok: false, message: tooBig };
  if (startsWith(bytes, PNG)) return { ok: true, kind: 'png' };
  if (startsWith(bytes, JPEG)) return { ok: true, kind: 'jpg' };
  // A PDF may have a few bytes before its header (the specification tolerates 1 024).
  if (ascii(bytes, 0, 1024).includes('%PDF-')) {
    if (!ascii(bytes, Math.max(0, bytes.length - 2048), bytes.length).includes('%%EOF')) {
      return { ok: false, message: fr(`${quoted} est un PDF incomplet (copie ou téléchargement interrompu) : enregistrez-le de nouveau.`) };
    }
    return { ok: true, kind: 'pdf' };
  }
  const head = ascii(bytes, 4, 12);
  if (head.startsWith('ftypheic') || head.startsWith('ftypheix') || head.startsWith('ftypmif1')) {
    return { ok: false, message: fr(`${quoted} est une photo HEIC : exportez-la en JPEG (ou en PDF), puis joignez-la.`) };
  }
  const extension = /\.(pdf|jpe?g|png)$/i.exec(fileName.trim())?.[1];
  if (extension) {
    return {
      ok: false,
      message: fr(`${quoted} porte l’extension .${extension.toLowerCase()} mais n’en a pas le contenu (fichier endommagé ou renommé) : joignez ${WHAT} en PDF, JPEG ou PNG.`),
    };
  }
  return { ok: false, message: fr(`${quoted} n’est ni un PDF, ni une image JPEG ou PNG : joignez ${WHAT} dans l’un de ces formats.`) };
}
