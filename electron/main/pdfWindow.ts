import { BrowserWindow, session, shell } from 'electron';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The desktop side of « Imprimer » and « Ouvrir dans le lecteur PDF ». The core writes the PDF into its own private
 * temporary folder and calls these with that file only (electron/core/documents/pdfOutput.ts); they take no path
 * from the page.
 */

const PRINT_PARTITION = 'relance-print';

function assertPdfFile(file: string): void {
  if (!isAbsolute(file) || !file.toLowerCase().endsWith('.pdf')) throw new Error(`not a PDF file written by Relance: ${file}`);
}

/**
 * A window of its own whose top-level document is the PDF (Chromium's PDF viewer, so the system print dialog prints
 * the PDF's own pages, not a screenshot of the app), then that dialog. Its session is a separate in-memory partition:
 * no preload, no permission, nothing of the app's page.
 */
export async function printPdf(file: string): Promise<void> {
  assertPdfFile(file);
  const ses = session.fromPartition(PRINT_PARTITION);
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  const window = new BrowserWindow({
    width: 900,
    height: 1000,
    title: 'Relance — impression',
    webPreferences: {
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click must not open a window (the window open handler denies it anyway).
      disableBlinkFeatures: 'Auxclick',
      // Chromium's PDF viewer is a plugin: without it the PDF would be downloaded, not shown.
      plugins: true,
    },
  });
  await window.loadURL(pathToFileURL(file).href);
  // Since Electron 32 (electron/electron#43309) print() from a PDF document prints the PDF's pages.
  window.webContents.print({ silent: false, printBackground: true }, (success, reason) => {
    if (!success && reason !== 'Print job canceled' && reason !== 'cancelled') console.error(`[relance] printing ${file} failed: ${reason}`);
  });
}

/** The system's PDF reader; openPath answers an error text, empty on success. */
export async function openPdf(file: string): Promise<void> {
  assertPdfFile(file);
  const error = await shell.openPath(file);
  if (error) throw new Error(error);
}
