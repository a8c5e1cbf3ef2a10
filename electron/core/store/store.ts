import type { Notice } from '../../../shared/ipc/contract';
import type { Database } from '../../../shared/ledger/schema';

/** One backup as the user sees it in Paramètres › Données. */
export interface BackupSummary {
  name: string;
  /** ISO instant it was taken (by the clock of that moment). */
  takenAt: string;
  sizeBytes: number;
  /** What it holds; null when the backup cannot be read. */
  counts: { clients: number; invoices: number; reminders: number } | null;
}

/**
 * The one local JSON database. `data` is the last state that was written durably; treat it as
 * immutable. `update` runs mutations one at a time: the mutation returns a new Database, which is
 * written atomically and flushed before the promise resolves; if the write fails, `data` is unchanged.
 */
export interface Store {
  readonly data: Database;
  update(mutate: (current: Database) => Database): Promise<Database>;
  /** Absolute path of the JSON file (as configured: a symbolic link stays a link). */
  readonly file: string;
  readonly backupsFolder: string;
  /** What the user must be told about the opening (recovery from a damaged file, …), in French. */
  readonly notices: readonly Notice[];
  /** True when the file cannot be written safely (newer version, another window, read-only folder, …). */
  readonly readOnly: boolean;
  /** The backups, newest first. */
  listBackups(): Promise<BackupSummary[]>;
  /**
   * Replaces the data with a backup's. The current version is backed up first, so a restore can be
   * undone by restoring that one. Returns the name of the backup that holds the replaced version.
   */
  restoreBackup(name: string): Promise<{ data: Database; previousKeptAs: string | null }>;
  /** Resolves when every queued write (and the backup taken at open) has settled. */
  flushed(): Promise<void>;
  /** Waits for the write in flight, then releases the folder. */
  close(): Promise<void>;
}
