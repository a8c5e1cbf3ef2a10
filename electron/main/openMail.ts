import { shell } from 'electron';
import { isAbsolute } from 'node:path';

/**
 * The desktop side of « Ouvrir dans ma messagerie ». The core writes the .eml (X-Unsent: 1, opened as a draft) into
 * its own private temporary folder and calls this with that file only (electron/core/channels/emlOutput.ts).
 */
export async function openMail(file: string): Promise<void> {
  if (!isAbsolute(file) || !file.toLowerCase().endsWith('.eml')) throw new Error(`not an e-mail file written by Relance: ${file}`);
  // openPath answers an error text, empty on success.
  const error = await shell.openPath(file);
  if (error) throw new Error(error);
}
