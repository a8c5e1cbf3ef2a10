import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { databaseSchema, emptyDatabase, type Database } from '../../../shared/ledger/schema';
import type { Store } from '../store/store';

/** Test support for the import: the CSV fixtures, and a tiny in-memory store. */

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../test/fixtures/csv/${name}`, import.meta.url))));
}
export const utf8 = (text: string) => new TextEncoder().encode(text);

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A tiny in-memory Store: the state is deep-frozen so that a mutation that edits it in place throws. */
export class MemoryStore implements Store {
  data: Database;
  updates = 0;
  failNextWrite = false;
  readonly file = '/memoire/relance.json';
  readonly backupsFolder = '/memoire/sauvegardes';
  readonly notices = [];
  readonly readOnly = false;

  constructor(data: Database = emptyDatabase()) {
    this.data = deepFreeze(structuredClone(data));
  }

  async update(mutate: (current: Database) => Database): Promise<Database> {
    this.updates++;
    const next = databaseSchema.parse(mutate(this.data));
    if (this.failNextWrite) {
      this.failNextWrite = false;
      throw new Error('EIO: i/o error, write');
    }
    this.data = deepFreeze(next);
    return this.data;
  }

  async listBackups(): Promise<never[]> {
    return [];
  }

  async restoreBackup(): Promise<never> {
    throw new Error('no backups in memory');
  }

  async flushed(): Promise<void> {}

  async close(): Promise<void> {}
}

