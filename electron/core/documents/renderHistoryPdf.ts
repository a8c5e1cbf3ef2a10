import { pdf, type DocumentProps } from '@react-pdf/renderer';
import { createElement, type ReactElement } from 'react';
import type { HistoryDocumentModel } from '../../../shared/proofs/historyModel';
import { HistoryDocument } from './HistoryDocument';
import { registerLetterFonts } from './letterFonts';

/** Draws an invoice's history into a PDF, in the calling thread (the letters' worker calls this; tests may too). */
export async function renderHistoryPdf(model: HistoryDocumentModel, options: { fontDir: string; createdAt: Date }): Promise<Uint8Array> {
  await registerLetterFonts(options.fontDir);
  const document = createElement(HistoryDocument, { model, createdAt: options.createdAt }) as unknown as ReactElement<DocumentProps>;
  const stream = await pdf(document).toBuffer();
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'binary') : chunk);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
