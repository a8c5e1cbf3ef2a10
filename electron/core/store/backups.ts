import path from 'node:path';
import type { Clock } from '../app/clock';
import { sha256, writeFileDurably } from './durableJsonFile';
import { errorCode, realFs, type StoreFs } from './storeFs';

/**
 * Rolling backups in `backups/` beside the data file, named
 * `relance-<sequence>-<instant>-<hash>.json`. They are ordered by the sequence number, never by the
 * clock (a clock set back or forward must not make old backups look new); the instant is only
 * shown to the user. Content already backed up (same SHA-256) is not backed up again, so restarts
 * never push real history out. Only known-good content is backed up. The oldest are removed beyond
 * a count and beyond a total size, the newest being always kept.
 */

export const HOUR_MS = 3_600_000;
export const DEFAULT_BACKUPS_TO_KEEP = 10;
export const DEFAULT_BACKUPS_MAX_BYTES = 300 * 1024 * 1024;

export interface BackupInfo {
  file: string;
  name: string;
  /** Order of taking; 0 for backups named by an older Relance (older than any numbered one). */
  seq: number;
  /** When it was taken, by the clock of that moment (for display only). */
  takenAt: Date;
  /** First 16 hex digits of the content's SHA-256 (null for an older Relance's backups). */
  hash: string | null;
  size: number;
}

export interface BackupsOptions {
  keep?: number;
  maxBytes?: number;
  clock: Clock;
  fs?: StoreFs;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function parseStamp(key: string): Date {
  return new Date(key.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z'));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const STAMP = '(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)';

export class Backups {
  private readonly numbered: RegExp;
  private readonly legacy: RegExp;
  private readonly keep: number;
  private readonly maxBytes: number;
  private readonly clock: Clock;
  private readonly fs: StoreFs;
  /** When this process last took a backup, by the injected clock (the hourly rhythm). */
  private lastTakenAt: Date | null = null;

  constructor(
    readonly folder: string,
    /** File name without extension, e.g. 'relance'. */
    private readonly baseName: string,
    options: BackupsOptions,
  ) {
    this.keep = options.keep ?? DEFAULT_BACKUPS_TO_KEEP;
    this.maxBytes = options.maxBytes ?? DEFAULT_BACKUPS_MAX_BYTES;
    this.clock = options.clock;
    this.fs = options.fs ?? realFs;
    if (!Number.isInteger(this.keep) || this.keep < 1) throw new RangeError('backupsToKeep must be a positive integer');
    const base = escapeRegExp(baseName);
    this.numbered = new RegExp(`^${base}-(\\d{8})-${STAMP}-([0-9a-f]{16})\\.json$`);
    this.legacy = new RegExp(`^${base}-${STAMP}(?:-(\\d+))?\\.json$`);
  }

  /** Backups on disk, newest first. */
  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const found: (BackupInfo & { legacyKey: string })[] = [];
    for (const name of names) {
      const file = path.join(this.folder, name);
      const n = this.numbered.exec(name);
      const l = n ? null : this.legacy.exec(name);
      if (!n && !l) continue;
      let size: number;
      try {
        size = (await this.fs.stat(file)).size;
      } catch {
        continue;
      }
      if (n) found.push({ file, name, seq: Number(n[1]), takenAt: parseStamp(n[2]!), hash: n[3]!, size, legacyKey: '' });
      else found.push({ file, name, seq: 0, takenAt: parseStamp(l![1]!), hash: null, size, legacyKey: `${l![1]}-${(l![2] ?? '0').padStart(6, '0')}` });
    }
    found.sort((a, b) => b.seq - a.seq || (a.legacyKey < b.legacyKey ? 1 : a.legacyKey > b.legacyKey ? -1 : 0));
    return found.map(({ legacyKey: _, ...info }) => info);
  }

  /**
   * Writes `content` (known-good file content) as a new backup unless the same content is already
   * backed up, then prunes. Returns the backup that holds this content.
   */
  async take(content: string | Uint8Array): Promise<BackupInfo> {
    const takenAt = this.clock.now();
    this.lastTakenAt = takenAt;
    const hash = sha256(content).slice(0, 16);
    const existing = await this.list();
    const same = existing.find((b) => b.hash === hash);
    if (same) return same;
    const seq = (existing[0]?.seq ?? 0) + 1;
    const name = `${this.baseName}-${String(seq).padStart(8, '0')}-${stamp(takenAt)}-${hash}.json`;
    const file = path.join(this.folder, name);
    await this.fs.mkdir(this.folder, { recursive: true });
    await writeFileDurably(file, content, this.fs);
    await this.prune();
    const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    return { file, name, seq, takenAt, hash, size };
  }

  /** True when this process took no backup during the last hour of the clock (or the clock went back). */
  isDue(): boolean {
    if (!this.lastTakenAt) return true;
    const elapsed = this.clock.now().getTime() - this.lastTakenAt.getTime();
    return elapsed >= HOUR_MS || elapsed < 0;
  }

  /** Removes the oldest backups beyond the count or the total size; the newest is always kept. */
  async prune(): Promise<string[]> {
    const all = await this.list();
    const removed: string[] = [];
    let total = 0;
    for (const [index, backup] of all.entries()) {
      total += backup.size;
      if (index === 0 || (index < this.keep && total <= this.maxBytes)) continue;
      try {
        await this.fs.unlink(backup.file);
        removed.push(backup.file);
      } catch {
        // Left for the next prune.
      }
    }
    return removed;
  }

  async read(name: string): Promise<Uint8Array> {
    if (path.basename(name) !== name || !(this.numbered.test(name) || this.legacy.test(name))) {
      throw Object.assign(new Error(`not a backup: ${name}`), { code: 'ENOENT' });
    }
    return this.fs.readFile(path.join(this.folder, name));
  }
}
