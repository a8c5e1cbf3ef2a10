import { pdf, type DocumentProps } from '@react-pdf/renderer';
import { createElement, type ReactElement } from 'react';
import type { LetterModel } from '../../../shared/documents/letterModel';
import { LetterDocument, SHEET_CONTENT_HEIGHT, sheetCount, type LetterPagination } from './LetterDocument';
import { letterModelProblem } from './letterCheck';
import { registerLetterFonts, type LetterFonts } from './letterFonts';
import { TextLayoutCache } from './textLayoutCache';
import { pdfStreamBytes } from './pdfStreamBytes';

/** A model the renderer will not draw; its message is French and says what is wrong. */
export class LetterRejectedError extends Error {
  override readonly name = 'LetterRejectedError';
}

/**
 * Draws letters into one PDF, in the calling thread (the worker calls this; tests may too). The fonts are
 * registered and parsed at the first call and kept.
 */
export async function renderLetterPdf(models: readonly LetterModel[], options: { fontDir: string; createdAt: Date }): Promise<Uint8Array> {
  const problem = letterModelProblem(models);
  if (problem) throw new LetterRejectedError(problem);
  const fonts = await registerLetterFonts(options.fontDir);
  // Every letter as fixed sheets first (one layout pass); those whose content does not fit are drawn again flowing.
  let layout: unknown = null;
  const sheets = models.map((): LetterPagination => 'sheets');
  const first = await draw(models, fonts, options.createdAt, sheets, (l) => (layout = l), textLayouts);
  const overflowing = overflowingLetters(layout, models);
  if (overflowing.size === 0) return first;
  return draw(models, fonts, options.createdAt, models.map((_, i) => (overflowing.has(i) ? 'flow' : 'sheets')));
}

/** Kept by the thread for every letter it draws (the worker's life). */
const textLayouts = new TextLayoutCache();

async function draw(
  models: readonly LetterModel[],
  fonts: LetterFonts,
  createdAt: Date,
  pagination: readonly LetterPagination[],
  onLayout?: (layout: unknown) => void,
  cache?: TextLayoutCache,
): Promise<Uint8Array> {
  const laidOut = (l: unknown): void => {
    onLayout?.(l);
    cache?.keep(l);
  };
  // pdf() is typed for a <Document> element; LetterDocument renders one.
  const document = createElement(LetterDocument, { models, fonts, createdAt, pagination, onLayout: laidOut }) as unknown as ReactElement<DocumentProps>;
  const instance = pdf(document);
  // Only sheets that do not wrap take kept lines: pagination splits the lines of a flowing text in place.
  cache?.prepare((instance as unknown as { container?: { document?: unknown } }).container?.document);
  return pdfStreamBytes((await instance.toBuffer()) as AsyncIterable<Uint8Array | string>);
}

interface LaidOutNode {
  box?: { top?: number; height?: number };
  style?: { position?: string };
  children?: LaidOutNode[];
}

/**
 * The letters drawn as 'sheets' whose content is taller than a page's content box, read from react-pdf's layout
 * (its pages in order, on each the sheet's box first, in points). A layout that cannot be read counts every letter as overflowing: drawing them flowing is slower, never wrong.
 */
export function overflowingLetters(layout: unknown, models: readonly LetterModel[]): Set<number> {
  const all = new Set(models.map((_, i) => i));
  const pages = (layout as LaidOutNode | null)?.children;
  const expected = models.reduce((n, m) => n + sheetCount(m), 0);
  if (!Array.isArray(pages) || pages.length !== expected) return all;
  const overflowing = new Set<number>();
  let index = 0;
  for (let letter = 0; letter < models.length; letter += 1) {
    for (let sheet = 0; sheet < sheetCount(models[letter]!); sheet += 1) {
      const height = pages[index++]!.children?.[0]?.box?.height;
      if (typeof height !== 'number') return all;
      if (height > SHEET_CONTENT_HEIGHT + 0.5) overflowing.add(letter);
    }
  }
  return overflowing;
}
