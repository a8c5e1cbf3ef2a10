import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import { frenchTypography as fr } from '../../../shared/kernel/frenchTypography';
import { PrivateTempFolder } from '../store/privateTempFolder';

/** What the desktop shell lends for a PDF Relance wrote itself: a print window, the system's PDF reader. */
export interface PdfPlatform {
  /** Opens the file in a window of its own whose document is the PDF, then the system print dialog. */
  printPdf(file: string): Promise<void>;
  /** Opens the file with the system's PDF reader. */
  openPdf(file: string): Promise<void>;
}

export type PdfAction = 'print' | 'open';

/** The longest file name written (before « .pdf »): well under every file system's 255. */
const MAX_NAME = 120;

/**
 * A file name from a title: no character a file system refuses (< > : " / \ | ? * and controls), no leading dot or
 * trailing dot or space (Windows drops them), no reserved device name, spaces folded, at most MAX_NAME characters.
 */
export function pdfFileName(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what file systems refuse
  let name = title.normalize('NFC').replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '-').replace(/\s+/g, ' ').trim();
  name = name.replace(/^[.\s-]+/, '').slice(0, MAX_NAME);
  // Trailing dots and spaces trimmed by hand (an unanchored /[.\s]+$/ rescans every run: quadratic).
  let end = name.length;
  while (end > 0 && (name[end - 1] === '.' || name[end - 1] === ' ')) end--;
  name = name.slice(0, end);
  if (name === '' || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name)) name = `Relance ${name}`.trim();
  return `${name}.pdf`;
}

/**
 * Writes a PDF the core produced into its own temporary folder (created at first use, private to the user) and hands
 * that file, and nothing else, to the desktop. The page never names a path: it names the letter, the archived
 * document or the batch, and the core draws or reads the bytes itself.
 */
export class PdfOutput {

  constructor(
    private readonly platform: PdfPlatform | undefined,
    /** Where the private folder is made (the system's temporary folder; a test's own). */
    parent: string = tmpdir(),
  ) {
    this.temp = new PrivateTempFolder(parent, 'relance-pdf-');
  }

  private readonly temp: PrivateTempFolder;

  async output(bytes: Uint8Array, title: string, action: PdfAction): Promise<{ file: string }> {
    if (!this.platform) {
      throw new AppError(
        'UNAVAILABLE',
        action === 'print'
          ? fr('Imprimer par le système n’est possible que dans l’application Relance : ici, le navigateur ouvre le PDF pour l’imprimer.')
          : fr('Ouvrir dans le lecteur PDF n’est possible que dans l’application Relance : ici, le PDF est téléchargé.'),
      );
    }
    if (bytes.byteLength < 5 || Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') {
      throw new AppError('INTERNAL', 'Le document à ouvrir n’est pas un PDF.');
    }
    const folder = await this.temp.path();
    const file = path.join(folder, pdfFileName(title));
    await writeFile(file, bytes, { mode: 0o600 });
    try {
      await (action === 'print' ? this.platform.printPdf(file) : this.platform.openPdf(file));
    } catch {
      throw new AppError(
        'UNAVAILABLE',
        action === 'print'
          ? fr(`La fenêtre d’impression n’a pas pu s’ouvrir. Le PDF est ici : ${file}`)
          : fr(`Aucun lecteur PDF n’a pu ouvrir le document. Le PDF est ici : ${file}`),
      );
    }
    return { file };
  }

  /** Removes the folder and what was written in it (at closing). */
  async close(): Promise<void> {
    await this.temp.remove();
  }
}
