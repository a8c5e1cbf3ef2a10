import { planStatementBatch } from '../../../shared/documents/statementBatch';
import type { StatementRecord } from '../../../shared/documents/statementSchema';
import type { StatementBatchPrepared, StatementPreview } from '../../../shared/documents/statementsContract';
import type { ArchivedFile } from '../../../shared/dunning/schema';
import { AppError } from '../../../shared/ipc/errors';
import { PreparedBatches } from './preparedBatches';
import { deName } from '../../../shared/kernel/elision';
import { frenchTypography as fr } from '../../../shared/kernel/frenchTypography';
import { formatFrenchDate, type LocalDate } from '../../../shared/kernel/localDate';
import type { Client, Database } from '../../../shared/ledger/schema';
import type { Clock } from '../app/clock';
import type { CoreEvents } from '../app/events';
import { newId } from '../app/ids';
import type { BlobStore } from '../store/blobStore';
import type { Store } from '../store/store';
import { countPages } from './letterBatchService';
import type { LetterRenderer } from './letterRenderer';
import { pdfFileName } from './pdfOutput';
import type { StatementService } from './statementService';

type StatementChannel = StatementRecord['channel'];

interface PreparedStatement {
  meta: StatementBatchPrepared['statements'][number];
  preview: StatementPreview;
}

interface PreparedBatch {
  batchId: string;
  asOf: LocalDate;
  /** The data the statements were drawn from: while it is the store's, the same requests give the same bytes. */
  drawnFrom: Database;
  statements: PreparedStatement[];
  /** The clients the plan took whose statement could not be drawn (an address to complete): still so at sending. */
  failedClientIds: string[];
  pdf: Uint8Array;
  fileName: string;
}

const FUTURE_DATE = 'La date des relevés ne peut pas être après aujourd’hui.';


/**
 * « Relevés de fin de mois »: the statement of account of every client with an open balance on a date, each drawn
 * alone exactly as its own preview (statements.preview: the same request gives the same bytes), then put together
 * into one PDF in the worker. Progress goes out as events; a cancel stops the drawing after the statement in hand.
 * Nothing is recorded until « Marquer comme envoyés », which archives each statement's own bytes by hash and records
 * them on their clients all at once, or none, as statements.send records one.
 */
export class StatementBatchService {
  private readonly batches = new PreparedBatches<PreparedBatch>({
    alreadyPrepared: 'Ce lot de relevés a déjà été préparé.',
    gone: 'Ce lot de relevés n’est plus disponible (déjà enregistré, ou Relance a redémarré) : préparez les relevés à nouveau.',
  });

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly statements: Pick<StatementService, 'preview'>,
    private readonly renderer: Pick<LetterRenderer, 'merge'>,
    private readonly blobs: BlobStore,
    private readonly events: CoreEvents,
  ) {}

  async prepare(input: { batchId: string; asOf: LocalDate }): Promise<StatementBatchPrepared | { status: 'cancelled'; batchId: string }> {
    const { batchId, asOf } = input;
    // A statement states the account as it stands: on a day that has come (the month's end, or today), never ahead.
    if (asOf > this.clock.today()) throw new AppError('INVALID_INPUT', FUTURE_DATE, { asOf: FUTURE_DATE });
    const signal = this.batches.start(batchId);
    try {
      const drawnFrom = this.store.data;
      const plan = planStatementBatch(drawnFrom, asOf);
      if (plan.statements.length === 0) throw new AppError('NOT_FOUND', fr(`Aucun client n’a de solde à régler au ${formatFrenchDate(asOf)} : il n’y a pas de relevé à faire.`));
      const total = plan.statements.length;
      const progress = (done: number, phase: 'statements' | 'merge'): void => this.events.emit('statements.batchProgress', { batchId, done, total, phase });
      progress(0, 'statements');
      const statements: PreparedStatement[] = [];
      const skipped: StatementBatchPrepared['skipped'] = [...plan.skipped];
      let page = 1;
      for (const [i, entry] of plan.statements.entries()) {
        if (signal.aborted) return { status: 'cancelled', batchId };
        try {
          const preview = await this.statements.preview({ clientId: entry.clientId, asOf });
          const pageCount = countPages(preview.pdf);
          statements.push({
            meta: { index: statements.length, clientId: entry.clientId, clientName: entry.clientName, sha256: preview.sha256, firstPage: page, pageCount, figures: preview.figures, paidSinceCents: entry.paidSinceCents },
            preview,
          });
          page += pageCount;
        } catch (error) {
          // A statement that cannot be drawn (the client's address to complete) is left out and said why.
          if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') throw error;
          skipped.push({ clientId: entry.clientId, clientName: entry.clientName, balanceCents: entry.figures.balanceCents, reason: error.message });
        }
        progress(i + 1, 'statements');
      }
      if (signal.aborted) return { status: 'cancelled', batchId };
      if (statements.length === 0) {
        throw new AppError('INVALID_INPUT', fr(`Aucun des relevés n’a pu être produit : ${[...new Set(skipped.slice(plan.skipped.length).map((s) => s.reason))].join(' ')}`));
      }
      progress(total, 'merge');
      const pdf = await this.renderer.merge(
        statements.map((s) => s.preview.pdf),
        { createdAt: new Date(`${asOf}T12:00:00.000Z`) },
      );
      if (signal.aborted) return { status: 'cancelled', batchId };
      const fileName = pdfFileName(`${asOf} Relevés de fin de mois (${statements.length})`);
      this.keep({ batchId, asOf, drawnFrom, statements, failedClientIds: skipped.slice(plan.skipped.length).map((s) => s.clientId), pdf, fileName });
      return { status: 'ready', batchId, asOf, pdf: pdf as Uint8Array<ArrayBuffer>, fileName, statements: statements.map((s) => s.meta), skipped };
    } finally {
      this.batches.finish(batchId);
    }
  }

  cancel(batchId: string): { cancelled: boolean } {
    return this.batches.cancel(batchId);
  }

  /** The combined PDF of a prepared batch (to print it or open it). */
  pdfOf(batchId: string): { pdf: Uint8Array; title: string } {
    const batch = this.batch(batchId);
    return { pdf: batch.pdf, title: batch.fileName.replace(/\.pdf$/, '') };
  }

  async send(input: { batchId: string; channel: StatementChannel; sentOn: LocalDate }): Promise<{ documents: ArchivedFile[]; clients: Client[] }> {
    const batch = this.batch(input.batchId);
    if (input.sentOn < batch.asOf) throw new AppError('INVALID_INPUT', 'Un relevé ne peut pas être envoyé avant sa date.', { sentOn: 'Un relevé ne peut pas être envoyé avant sa date.' });
    // The data changed since the statements were drawn: the batch must be the same clients and each statement the same bytes, or nothing is sent.
    if (this.store.data !== batch.drawnFrom) await this.checkStillValid(batch);
    const documents: ArchivedFile[] = [];
    for (const s of batch.statements) {
      const stored = await this.blobs.put(s.preview.pdf, 'pdf');
      documents.push({ sha256: stored.sha256, kind: 'pdf', sizeBytes: stored.sizeBytes });
    }
    const recordedAt = this.clock.now().toISOString();
    const records = new Map<string, StatementRecord>(
      batch.statements.map((s, i) => [
        s.meta.clientId,
        {
          id: newId(),
          asOf: batch.asOf,
          sentOn: input.sentOn,
          channel: input.channel,
          document: documents[i]!,
          balanceCents: s.preview.figures.balanceCents,
          overdueCents: s.preview.figures.overdueCents,
          recordedAt,
        },
      ]),
    );
    const saved: Client[] = [];
    // One update: every client gets its statement, or (a refusal inside) none does.
    await this.store.update((db) => {
      saved.length = 0;
      for (const s of batch.statements) {
        const client = db.clients.find((c) => c.id === s.meta.clientId);
        if (!client) throw new AppError('CONFLICT', fr(`${s.meta.clientName} n’existe plus : préparez les relevés à nouveau.`));
        const already = client.statements.find((r) => r.asOf === batch.asOf);
        if (already) {
          throw new AppError(
            'CONFLICT',
            fr(`Le relevé ${deName(client.name)} au ${formatFrenchDate(batch.asOf)} a déjà été enregistré comme envoyé le ${formatFrenchDate(already.sentOn)} : aucun relevé du lot n’a été enregistré. Préparez les relevés à nouveau.`),
          );
        }
      }
      const clients = db.clients.map((c) => {
        const record = records.get(c.id);
        if (!record) return c;
        const next = { ...c, statements: [...c.statements, record] };
        saved.push(next);
        return next;
      });
      return { ...db, clients };
    });
    this.batches.drop(batch.batchId);
    return { documents, clients: batch.statements.map((s) => saved.find((c) => c.id === s.meta.clientId)!) };
  }

  /** The batch must be what preparing it now would give: the same clients, each statement the same bytes. */
  private async checkStillValid(batch: PreparedBatch): Promise<void> {
    const plan = planStatementBatch(this.store.data, batch.asOf);
    const nothingRecorded = 'Aucun relevé du lot n’a été enregistré : préparez les relevés à nouveau.';
    for (const s of batch.statements) {
      if (plan.statements.some((p) => p.clientId === s.meta.clientId)) continue;
      const skip = plan.skipped.find((k) => k.clientId === s.meta.clientId);
      throw new AppError('CONFLICT', fr(skip ? `${skip.clientName} : ${skip.reason} ${nothingRecorded}` : `${s.meta.clientName} n’existe plus. ${nothingRecorded}`));
    }
    for (const entry of plan.statements) {
      const prepared = batch.statements.find((s) => s.meta.clientId === entry.clientId);
      const failed = batch.failedClientIds.includes(entry.clientId);
      if (!prepared && !failed) {
        throw new AppError('CONFLICT', fr(`${entry.clientName} a maintenant un solde à régler au ${formatFrenchDate(batch.asOf)} (les données ont été modifiées) : préparez les relevés à nouveau.`));
      }
      const preview = await this.statements.preview({ clientId: entry.clientId, asOf: batch.asOf }).catch(() => null);
      if (prepared && preview?.sha256 !== prepared.preview.sha256) {
        throw new AppError('CONFLICT', fr(`Le relevé ${deName(entry.clientName)} a changé depuis la préparation (les données ont été modifiées) : préparez les relevés à nouveau.`));
      }
      if (!prepared && preview) {
        throw new AppError('CONFLICT', fr(`Le relevé ${deName(entry.clientName)} peut maintenant être produit (sa fiche a été complétée) : préparez les relevés à nouveau pour l’inclure.`));
      }
    }
  }

  private batch(batchId: string): PreparedBatch {
    return this.batches.get(batchId);
  }

  private keep(batch: PreparedBatch): void {
    this.batches.keep(batch.batchId, batch);
  }
}
