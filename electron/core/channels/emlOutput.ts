import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import { frenchTypography as fr } from '../../../shared/kernel/frenchTypography';

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
  private folder: Promise<string> | null = null;

  constructor(
    private readonly platform: MailPlatform | undefined,
    private readonly parent: string = tmpdir(),
  ) {}

  async open(bytes: Uint8Array, fileName: string): Promise<{ file: string }> {
    if (!this.platform) {
      throw new AppError('UNAVAILABLE', fr('Ouvrir dans la messagerie n’est possible que dans l’application Relance : ici, le fichier .eml est téléchargé, ouvrez-le avec votre messagerie.'));
    }
    if (!fileName.endsWith('.eml') || fileName.includes('/') || fileName.includes('\\')) throw new AppError('INTERNAL', 'Nom de fichier de message invalide.');
    const folder = await this.ensureFolder();
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
    const folder = this.folder;
    this.folder = null;
    if (folder) await rm(await folder, { recursive: true, force: true }).catch(() => undefined);
  }

  private ensureFolder(): Promise<string> {
    this.folder ??= (async () => {
      await mkdir(this.parent, { recursive: true });
      return mkdtemp(path.join(this.parent, 'relance-mail-'));
    })().catch((error: unknown) => {
      this.folder = null;
      throw error;
    });
    return this.folder;
  }
}
