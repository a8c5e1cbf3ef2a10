import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../clock';
import { writeFileDurably } from './durableJsonFile';

/**
 * Rolling backups in `backups/` beside the data file: `relance-2026-11-23T09-30-00-000Z.json`
 * (the clock's instant, UTC). Only known-good content is ever backed up, so any backup can be
 * restored; the oldest beyond `keep` are removed.
 */

export const HOUR_MS = 3_600_000;
export const DEFAULT_BACKUPS_TO_KEEP = 10;

export interface BackupInfo {
  file: string;
  takenAt: Date;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class Backups {
  private readonly pattern: RegExp;
  /** When the last backup was taken by this process (or found on disk), by the injected clock. */
  private lastTakenAt: Date | null = null;

  constructor(
    readonly folder: string,
    /** File name without extension, e.g. 'relance'. */
    private readonly baseName: string,
    private readonly keep: number,
    private readonly clock: Clock,
  ) {
    if (!Number.isInteger(keep) || keep < 1) throw new RangeError('backupsToKeep must be a positive integer');
    this.pattern = new RegExp(`^${escapeRegExp(baseName)}-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)(?:-(\\d+))?\\.json$`);
  }

  /** Backups on disk, newest first. */
  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const found: { file: string; takenAt: Date; key: string; seq: number }[] = [];
    for (const name of names) {
      const m = this.pattern.exec(name);
      if (!m) continue;
      const key = m[1]!;
      const iso = key.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');
      const takenAt = new Date(iso);
      if (Number.isNaN(takenAt.getTime())) continue;
      found.push({ file: path.join(this.folder, name), takenAt, key, seq: m[2] ? Number(m[2]) : 0 });
    }
    found.sort((a, b) => (a.key === b.key ? b.seq - a.seq : a.key < b.key ? 1 : -1));
    return found.map(({ file, takenAt }) => ({ file, takenAt }));
  }

  /** Remembers the newest backup on disk as the last one taken (for the hourly rhythm). */
  async init(): Promise<void> {
    const newest = (await this.list())[0];
    this.lastTakenAt = newest ? newest.takenAt : null;
  }

  /** Writes `text` (known-good file content) as a new backup, then prunes. */
  async take(text: string): Promise<BackupInfo> {
    const takenAt = this.clock.now();
    await fs.mkdir(this.folder, { recursive: true });
    const base = `${this.baseName}-${stamp(takenAt)}`;
    let file = path.join(this.folder, `${base}.json`);
    for (let seq = 1; await exists(file); seq++) file = path.join(this.folder, `${base}-${seq}.json`);
    await writeFileDurably(file, text);
    this.lastTakenAt = takenAt;
    await this.prune();
    return { file, takenAt };
  }

  /** True when no backup was taken during the last hour (or the clock went back). */
  isDue(): boolean {
    if (!this.lastTakenAt) return true;
    const elapsed = this.clock.now().getTime() - this.lastTakenAt.getTime();
    return elapsed >= HOUR_MS || elapsed < 0;
  }

  /** Takes a backup of `text` if none was taken during the last hour of the clock. */
  async takeIfDue(text: string): Promise<BackupInfo | null> {
    return this.isDue() ? this.take(text) : null;
  }

  async prune(): Promise<string[]> {
    const all = await this.list();
    const removed: string[] = [];
    for (const old of all.slice(this.keep)) {
      try {
        await fs.unlink(old.file);
        removed.push(old.file);
      } catch {
        // Left for the next prune.
      }
    }
    return removed;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
