import { Low } from 'lowdb';
import type { Notice } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { SCHEMA_VERSION, type Database } from '../../../shared/ledger/schema';
import type { Backups } from './backups';
import type { DataLock } from './dataLock';
import type { DurableJsonFile } from './durableJsonFile';
import { interpretText } from './interpret';
import { describeFsError, writeFailedRefusal } from './storeMessages';
import type { BackupSummary, Store } from './store';

export interface JsonStoreParts {
  adapter: DurableJsonFile<Database>;
  backups: Backups;
  file: string;
  data: Database;
  notices: Notice[];
  /** Why writes are refused, in French; null when the store is writable. */
  readOnlyRefusal: string | null;
  lock: DataLock | null;
  /** Bytes of the known-good file as opened, to back up in the background (null: nothing to back up). */
  openBackup: Uint8Array | null;
}

function isDatabaseShape(next: unknown): next is Database {
  const db = next as Database;
  return (
    typeof db === 'object' &&
    db !== null &&
    db.schemaVersion === SCHEMA_VERSION &&
    Array.isArray(db.clients) &&
    Array.isArray(db.invoices) &&
    Array.isArray(db.creditNotes) &&
    Array.isArray(db.quarantine)
  );
}

export class JsonStore implements Store {
  private committed: Database;
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;
  private refusal: string | null;
  private readonly low: Low<Database>;
  private readonly adapter: DurableJsonFile<Database>;
  private readonly backups: Backups;
  private readonly lock: DataLock | null;
  readonly file: string;
  readonly notices: Notice[];

  constructor(parts: JsonStoreParts) {
    this.adapter = parts.adapter;
    this.backups = parts.backups;
    this.file = parts.file;
    this.notices = parts.notices;
    this.refusal = parts.readOnlyRefusal;
    this.lock = parts.lock;
    this.committed = parts.data;
    this.low = new Low<Database>(parts.adapter, parts.data);
    const openBackup = parts.openBackup;
    if (openBackup && !this.refusal) {
      // Off the opening's critical path; the first write waits for it (it is first in the queue).
      this.tail = this.backups.take(openBackup).catch(() => {
        this.notices.push({ level: 'warning', message: 'La sauvegarde automatique de vos données n’a pas pu être faite à l’ouverture.' });
      });
    }
  }

  get data(): Database {
    return this.committed;
  }

  get readOnly(): boolean {
    return this.refusal !== null;
  }

  get backupsFolder(): string {
    return this.backups.folder;
  }

  /** From now on every write is refused with `message` (the lock was lost, …). */
  refuseWrites(message: string, notice: Notice): void {
    if (this.refusal) return;
    this.refusal = message;
    this.notices.push(notice);
  }

  update(mutate: (current: Database) => Database): Promise<Database> {
    return this.enqueue(() => this.apply(mutate));
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new AppError('INTERNAL', 'Les données ont été fermées\u00a0: relancez Relance.'));
    const run = this.tail.then(() => {
      if (this.refusal) throw new AppError('STORE_READ_ONLY', this.refusal);
      return job();
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async apply(mutate: (current: Database) => Database): Promise<Database> {
    const current = this.committed;
    const next = mutate(current); // a throw rejects the update as is; nothing is written
    if (next === current) return current;
    // Full validation costs ~100 ms on 10,000 invoices (see bench/): services validate their inputs,
    // the store only refuses a result that is not a database at all.
    if (!isDatabaseShape(next)) {
      throw new AppError('INTERNAL', 'Erreur interne\u00a0: les données à enregistrer sont incomplètes. Rien n’a été enregistré.');
    }
    // Before the previous version is replaced, keep it as a backup (at most once an hour).
    const previous = this.adapter.lastText;
    if (previous !== null && this.backups.isDue()) {
      await this.backups.take(previous).catch(() => undefined); // a failed backup must not block saving
    }
    await this.write(next, current);
    return next;
  }

  private async write(next: Database, current: Database): Promise<void> {
    this.low.data = next;
    try {
      await this.low.write();
    } catch (error) {
      this.low.data = current;
      if (error instanceof AppError) throw error;
      throw new AppError('STORE_WRITE_FAILED', writeFailedRefusal(this.file, error));
    }
    this.committed = next;
  }

  async listBackups(): Promise<BackupSummary[]> {
    const list = await this.backups.list();
    const summaries: BackupSummary[] = [];
    for (const b of list) {
      let counts: BackupSummary['counts'] = null;
      try {
        const found = interpretText(new TextDecoder().decode(await this.backups.read(b.name)));
        if (found.kind === 'ok') {
          const db = found.data;
          counts = { clients: db.clients.length, invoices: db.invoices.length, reminders: db.invoices.reduce((n, inv) => n + inv.reminders.length, 0) };
        }
      } catch {
        counts = null;
      }
      summaries.push({ name: b.name, takenAt: b.takenAt.toISOString(), sizeBytes: b.size, counts });
    }
    return summaries;
  }

  restoreBackup(name: string): Promise<{ data: Database; previousKeptAs: string | null }> {
    return this.enqueue(async () => {
      let bytes: Uint8Array;
      try {
        bytes = await this.backups.read(name);
      } catch {
        throw new AppError('NOT_FOUND', 'Cette sauvegarde n’existe plus (elle a peut-être été supprimée depuis l’affichage de la liste).');
      }
      const found = interpretText(new TextDecoder().decode(bytes));
      if (found.kind !== 'ok') throw new AppError('CONFLICT', 'Cette sauvegarde est illisible ou endommagée\u00a0: elle ne peut pas être restaurée. Choisissez-en une autre.');
      let previousKeptAs: string | null = null;
      const previous = this.adapter.lastText;
      if (previous !== null) {
        try {
          previousKeptAs = (await this.backups.take(previous)).name;
        } catch (error) {
          throw new AppError('STORE_WRITE_FAILED', `La version actuelle n’a pas pu être sauvegardée avant la restauration\u00a0: ${describeFsError(error)}. Rien n’a été modifié.`);
        }
      }
      await this.write(found.data, this.committed);
      return { data: found.data, previousKeptAs };
    });
  }

  async flushed(): Promise<void> {
    await this.tail;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tail;
    await this.adapter.flush();
    // The state the user leaves is backed up too (once: the same content is never backed up twice),
    // so that a file damaged while Relance was closed comes back as it was left.
    const last = this.adapter.lastText;
    if (!this.refusal && last !== null) await this.backups.take(last).catch(() => undefined);
    await this.lock?.release();
  }
}
