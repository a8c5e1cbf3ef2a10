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
  | { id: number; ok: false; rejected: boolean; message: string };

const port = parentPort;
if (!port) throw new Error('letterWorker runs in a worker thread only.');
const { fontDir } = workerData as LetterWorkerData;

// Fonts parsed and the whole pipeline run once before the first request: the first real letter is a warm one.
const ready = registerLetterFonts(fontDir).then(() => renderLetterPdf([WARM_UP], { fontDir, createdAt: new Date(0) }));

port.on('message', (request: WorkerRequest) => {
  void (async () => {
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
  })();
});

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
