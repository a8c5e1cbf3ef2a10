import { AppError } from '../../../shared/ipc/errors';

/** Batches kept for sending or printing: the latest ones (one PDF of letters or statements, a few MB at most). */
const KEPT_BATCHES = 2;
/** Ids cancelled before their preparation arrived (the loopback transport may deliver the two calls out of order). */
const EARLY_CANCELS_KEPT = 20;

/**
 * The bookkeeping of a batch service (the letters of the day, the statements of the month): the batches being drawn
 * (with the signal that stops them), a cancel that may arrive before its preparation, and the latest prepared batches,
 * kept until they are sent.
 */
export class PreparedBatches<T> {
  private readonly running = new Map<string, AbortController>();
  private readonly earlyCancels: string[] = [];
  private readonly prepared = new Map<string, T>();

  constructor(private readonly messages: { alreadyPrepared: string; gone: string }) {}

  /** Starts drawing `batchId`: its signal, already aborted when its cancel came first. Refused for an id already used. */
  start(batchId: string): AbortSignal {
    if (this.running.has(batchId) || this.prepared.has(batchId)) throw new AppError('CONFLICT', this.messages.alreadyPrepared);
    const abort = new AbortController();
    if (this.earlyCancels.includes(batchId)) abort.abort();
    this.running.set(batchId, abort);
    return abort.signal;
  }

  /** The drawing of `batchId` is over (prepared, cancelled or failed). */
  finish(batchId: string): void {
    this.running.delete(batchId);
  }

  cancel(batchId: string): { cancelled: boolean } {
    const running = this.running.get(batchId);
    if (running) {
      running.abort();
      return { cancelled: true };
    }
    if (!this.prepared.has(batchId)) {
      this.earlyCancels.push(batchId);
      if (this.earlyCancels.length > EARLY_CANCELS_KEPT) this.earlyCancels.shift();
    }
    return { cancelled: false };
  }

  keep(batchId: string, batch: T): void {
    this.prepared.set(batchId, batch);
    while (this.prepared.size > KEPT_BATCHES) this.prepared.delete(this.prepared.keys().next().value!);
  }

  get(batchId: string): T {
    const batch = this.prepared.get(batchId);
    if (!batch) throw new AppError('NOT_FOUND', this.messages.gone);
    return batch;
  }

  /** Sent: no longer kept. */
  drop(batchId: string): void {
    this.prepared.delete(batchId);
  }
}
