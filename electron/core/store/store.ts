import type { Notice } from '../../../shared/ipc/contract';
import type { Database } from '../../../shared/ledger/schema';

/**
 * The one local JSON database. `data` is the last state that was written durably; treat it as
 * immutable. `update` runs mutations one at a time: the mutation returns a new Database, which is
 * written atomically and flushed before the promise resolves; if the write fails, `data` is unchanged.
 */
export interface Store {
  readonly data: Database;
  update(mutate: (current: Database) => Database): Promise<Database>;
  /** Absolute path of the JSON file. */
  readonly file: string;
  readonly backupsFolder: string;
  /** What the user must be told about the opening (recovery from a damaged file, …), in French. */
  readonly notices: readonly Notice[];
  /** True when the file cannot be written safely (e.g. written by a newer version of Relance). */
  readonly readOnly: boolean;
  close(): Promise<void>;
}
