import { pdf, type DocumentProps } from '@react-pdf/renderer';
import { createElement, type ReactElement } from 'react';
import type { HistoryDocumentModel } from '../../../shared/proofs/historyModel';
import { HistoryDocument } from './HistoryDocument';
import { registerLetterFonts } from './letterFonts';
import { pdfStreamBytes } from './pdfStreamBytes';

/** Draws an invoice's history into a PDF, in the calling thread (the letters' worker calls this; tests may too). */
export async function renderHistoryPdf(model: HistoryDocumentModel, options: { fontDir: string; createdAt: Date }): Promise<Uint8Array> {
  await registerLetterFonts(options.fontDir);
  const document = createElement(HistoryDocument, { model, createdAt: options.createdAt }) as unknown as ReactElement<DocumentProps>;
  return pdfStreamBytes((await pdf(document).toBuffer()) as AsyncIterable<Uint8Array | string>);
}
