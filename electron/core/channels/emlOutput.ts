import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import { frenchTypography as fr } from '../../../shared/kernel/frenchTypography';
import { PrivateTempFolder } from '../store/privateTempFolder';

/** What the desktop shell lends for an .eml Relance wrote itself: the system's mail client. */
export interface MailPlatform {
  /** Opens the file with the application the system gives .eml files (Thunderbird, Outlook, Apple Mail). */
  openMail(file: string): Promise<void>;
}

/**
 * Writes an .eml the core built into its own private temporary folder (made at first use) and hands that file, and
 * nothing else, to the desktop, as PdfOutput does for PDFs. The page never names a path.
 */
export class EmlOutput {

  constructor(
    private readonly platform: MailPlatform | undefined,
    parent: string = tmpdir(),
  ) {
    this.temp = new PrivateTempFolder(parent, 'relance-mail-');
  }

  private readonly temp: PrivateTempFolder;

  async open(bytes: Uint8Array, fileName: string): Promise<{ file: string }> {
    if (!this.platform) {
      throw new AppError('UNAVAILABLE', fr('Ouvrir dans la messagerie n’est possible que dans l’application Relance : ici, le fichier .eml est téléchargé, ouvrez-le avec votre messagerie.'));
    }
    if (!fileName.endsWith('.eml') || fileName.includes('/') || fileName.includes('\\')) throw new AppError('INTERNAL', 'Nom de fichier de message invalide.');
    const folder = await this.temp.path();
    const file = path.join(folder, fileName);
    await writeFile(file, bytes, { mode: 0o600 });
    try {
      await this.platform.openMail(file);
    } catch {
      throw new AppError('UNAVAILABLE', fr(`Aucune messagerie n’a pu ouvrir le message. Le fichier est ici : ${file}`));
    }
    return { file };
  }

  async close(): Promise<void> {
    await this.temp.remove();
  }
}
