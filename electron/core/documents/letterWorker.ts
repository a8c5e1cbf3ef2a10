import { parentPort, workerData } from 'node:worker_threads';
import type { LetterModel } from '../../../shared/documents/letterModel';
import type { HistoryDocumentModel } from '../../../shared/proofs/historyModel';
import { registerLetterFonts } from './letterFonts';
import { renderHistoryPdf } from './renderHistoryPdf';
import { mergePdfs, type MergeMetadata, type MergePart } from './mergePdfs';
import { LetterRejectedError, renderLetterPdf } from './renderLetterPdf';

/**
 * The letter worker: a thread of its own, kept for the life of the renderer, so that the fonts are parsed once
 * and the layout code stays compiled. It draws one request at a time (the main side queues them) and hands the
 * PDF's bytes back without copying them.
 */

export interface LetterWorkerData {
  fontDir: string;
  /** How many warm-up letters to draw while idle after the start (none in tests: a worker per test would waste them). */
  warmUpRounds: number;
  /** How long after the start the warm-up begins (the window draws its first screen meanwhile). */
  warmUpAfterMs: number;
}

export interface LetterRequest {
  id: number;
  models: readonly LetterModel[];
  /** The PDF's creation date, epoch milliseconds. */
  createdAt: number;
}

/** PDFs already drawn, put together as one (a batch of letters): off the caller's event loop too. */
export interface MergeRequest {
  id: number;
  merge: readonly (Uint8Array | MergePart)[];
  metadata?: MergeMetadata;
  createdAt: number;
}

/** An invoice's history (its chronology as a PDF): drawn by the same warm worker, with the same fonts. */
export interface HistoryRequest {
  id: number;
  history: HistoryDocumentModel;
  createdAt: number;
}

export type WorkerRequest = LetterRequest | MergeRequest | HistoryRequest;

export type LetterReply =
  | { id: number; ok: true; pdf: Uint8Array }
  | { id: number; ok: false; rejected: boolean; message: string }
  /** Sent once, when the warm-up is over (the renderer's `warm`). */
  | { warmedUp: true };

const port = parentPort;
if (!port) throw new Error('letterWorker runs in a worker thread only.');
const { fontDir, warmUpRounds, warmUpAfterMs } = workerData as LetterWorkerData;

// One drawing at a time, in the order asked: a request waits for the drawing under way, never runs beside it.
let tail: Promise<unknown> = Promise.resolve();
let waiting = 0;
const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
};

// Fonts parsed and the whole pipeline run once before the first request: the first real letter is a warm one.
const ready = registerLetterFonts(fontDir).then(() => renderLetterPdf([WARM_UP], { fontDir, createdAt: new Date(0) }));

port.on('message', (request: WorkerRequest) => {
  waiting += 1;
  void inTurn(async () => {
    waiting -= 1;
    try {
      await ready.catch(() => undefined);
      const createdAt = new Date(request.createdAt);
      const pdf =
        'merge' in request
          ? await mergePdfs(request.merge, createdAt, request.metadata)
          : 'history' in request
            ? await renderHistoryPdf(request.history, { fontDir, createdAt })
            : await renderLetterPdf(request.models, { fontDir, createdAt });
      port.postMessage({ id: request.id, ok: true, pdf } satisfies LetterReply, [pdf.buffer as ArrayBuffer]);
    } catch (error) {
      const rejected = error instanceof LetterRejectedError;
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ id: request.id, ok: false, rejected, message } satisfies LetterReply);
    }
  });
});

/**
 * V8 compiles the layout engine's code to its fastest form only after it has run it many times: the first thirty
 * letters after a start take one and a half to two times longer than the following ones. So while nobody is waiting,
 * the worker draws its warm-up letter again, each time with other numbers and amounts (new words to shape, new lines
 * to break), and throws the PDFs away. A request that comes in waits at most for the one warm-up letter being drawn;
 * the warm-up resumes only when no request is waiting. It begins a few seconds after the start, once the window has drawn
 * its first screen: on two cores it would compete with it.
 */
async function warmUp(): Promise<void> {
  await ready.catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, warmUpAfterMs));
  for (let round = 1; round <= warmUpRounds; round += 1) {
    while (waiting > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await inTurn(() => renderLetterPdf([warmUpVariant(round)], { fontDir, createdAt: new Date(0) })).catch(() => undefined);
  }
  port!.postMessage({ warmedUp: true } satisfies LetterReply);
}
if (warmUpRounds > 0) void warmUp();

/** The warm-up letter with the numbers of round `n`: another invoice number, amount, date and recipient. */
function warmUpVariant(n: number): LetterModel {
  const number = `F-2026-${String(n).padStart(3, '0')}`;
  const amount = `${n}\u202f${String((n * 7919) % 1000).padStart(3, '0')},${String(n % 100).padStart(2, '0')}\u00a0€`;
  const swap = (text: string): string => text.replaceAll('F-2026-001', number).replaceAll('1\u202f234,56\u00a0€', amount).replaceAll('31 décembre 2025', `${1 + (n % 28)} novembre 2026`);
  const swapAll = (lines: readonly string[]): string[] => lines.map(swap);
  return {
    ...WARM_UP,
    recipient: [`Société Destinataire ${n}`, ...WARM_UP.recipient.slice(1)],
    subject: swap(WARM_UP.subject),
    references: swapAll(WARM_UP.references),
    paragraphs: swapAll(WARM_UP.paragraphs),
    table: WARM_UP.table && { ...WARM_UP.table, rows: WARM_UP.table.rows.map(swapAll), totals: WARM_UP.table.totals && swapAll(WARM_UP.table.totals) },
    payment: swapAll(WARM_UP.payment),
  };
}

/** A letter with the usual blocks and words, drawn once at start and thrown away. */
const WARM_UP: LetterModel = {
  tone: 'friendly',
  sender: ['Expéditeur EI', '1 rue de la Paix', '75002 Paris', 'SIRET 000 000 000 00000'],
  recipient: ['Société Destinataire', 'Service comptabilité', '2 avenue de la Gare', '69003 LYON'],
  placeAndDate: 'Paris, le 1er janvier 2026',
  registeredMention: 'Lettre recommandée avec accusé de réception',
  subject: 'Objet\u00a0: Relance de la facture n°\u00a0F-2026-001',
  references: ['Réf.\u00a0: facture n°\u00a0F-2026-001 du 1er décembre 2025'],
  salutation: 'Madame, Monsieur,',
  paragraphs: [
    'Sauf erreur de notre part, la facture ci-dessous, d’un montant de 1\u202f234,56\u00a0€ TTC, échue le 31 décembre 2025, reste impayée à ce jour. Nous vous remercions de bien vouloir procéder à son règlement.',
  ],
  table: {
    columns: [
      { label: 'Facture', align: 'left' },
      { label: 'Échéance', align: 'left' },
      { label: 'Reste dû', align: 'right' },
    ],
    rows: [['F-2026-001', '31/12/2025', '1\u202f234,56\u00a0€']],
    totals: ['Total', '', '1\u202f234,56\u00a0€'],
  },
  paragraphsAfterTable: ['Les pénalités de retard et l’indemnité forfaitaire de 40\u00a0€ pour frais de recouvrement sont dues.'],
  payment: ['IBAN\u00a0: FR76 0000 0000 0000 0000 0000 000', 'Référence à indiquer\u00a0: F-2026-001'],
  closing: 'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
  signature: ['Expéditeur', 'Gérant'],
  annexes: [{ title: 'Annexe — Décompte', paragraphs: ['Taux\u00a0: 12,15\u00a0% l’an.'], table: null }],
  footer: 'Expéditeur EI — SIRET 000 000 000 00000',
};
