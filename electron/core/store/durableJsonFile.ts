import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { AppError } from '../../../shared/ipc/errors';
import { errorCode, isProcessAlive, realFs, type StoreFs } from './storeFs';

/**
 * Crash-safe file writes. A write goes to a temp file in the same folder, is flushed (fsync),
 * renamed over the target (atomic on POSIX and NTFS), then the folder entry itself is flushed.
 * Whatever the moment the process dies, the target is either the old or the new complete file.
 */

const TEMP_SUFFIX = '.tmp';
/** `.<target name>.<pid>-<random>.tmp` */
const TEMP_NAME = /^\.(.+)\.(\d+)-[0-9a-f]+\.tmp$/;

function tempPathFor(file: string): string {
  const dir = path.dirname(file);
  return path.join(dir, `.${path.basename(file)}.${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Flushes a folder entry (the rename) to disk. Some platforms refuse to open or fsync a folder. */
export async function fsyncDirectory(dir: string, fs: StoreFs = realFs): Promise<void> {
  let handle: Awaited<ReturnType<StoreFs['open']>> | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    // Windows: EISDIR/EPERM on open; some filesystems: EINVAL/ENOTSUP on fsync of a folder.
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES' && code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EBADF') {
      throw error;
    }
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function renameWithRetry(fs: StoreFs, from: string, to: string): Promise<void> {
  // On Windows an antivirus or indexer may hold the target for a moment.
  const attempts = process.platform === 'win32' ? 10 : 1;
  for (let i = 1; ; i++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      if (i >= attempts || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * i));
    }
  }
}

/** Writes `content` to `file` atomically and durably (temp file, fsync, rename, fsync of the folder). */
export async function writeFileDurably(file: string, content: string | Uint8Array, fs: StoreFs = realFs): Promise<void> {
  const tmp = tempPathFor(file);
  let handle: Awaited<ReturnType<StoreFs['open']>> | undefined;
  try {
    handle = await fs.open(tmp, 'wx', 0o600);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(fs, tmp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(path.dirname(file), fs);
}


/**
 * Removes temp files left by a process that died mid-write. Temp files of a live process (another
 * write in progress) are left alone. Returns the removed paths. A missing folder is not an error.
 */
export async function cleanTempFiles(dir: string, fs: StoreFs = realFs): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || isProcessAlive(Number(m[2]))) continue;
    const full = path.join(dir, name);
    try {
      await fs.unlink(full);
      removed.push(full);
    } catch {
      // Not ours to worry about: a leftover temp file is never read.
    }
  }
  return removed;
}

/** What identifies one version of a file on disk: replaced or modified, one of these changes. */
export interface FileSignature {
  size: number;
  mtimeMs: number;
  ino: number;
}

function sameSignature(a: FileSignature, b: FileSignature): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

export const CONFLICT_MESSAGE =
  'Le fichier de données a été modifié par un autre programme depuis que Relance l’a ouvert ' +
  '(une autre copie de Relance, un outil de synchronisation ou une modification à la main). ' +
  'Pour ne pas écraser ces modifications, Relance n’a rien enregistré. Fermez puis rouvrez Relance pour voir le fichier tel qu’il est.';

export interface DurableJsonFileOptions {
  /** JSON indentation; 0 writes compact JSON. */
  indent?: number;
  fs?: StoreFs;
  /** A small file where the hash of the last write is noted, so the next open can trust it without validating again. */
  hashNoteFile?: string;
  /** Written into that note beside the hash (the schema's fingerprint). */
  hashNoteExtra?: Record<string, string>;
}

/**
 * A lowdb adapter that writes JSON durably to `file` (the real target when the data file is a
 * symbolic link, so the link is never replaced by a plain file). Writes are serialised. Before
 * replacing the file it checks that the file on disk is still the version it last read or wrote,
 * and refuses (STORE_CONFLICT) instead of silently overwriting somebody else's change.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly file: string;
  private readonly indent: number;
  private readonly fs: StoreFs;
  private readonly hashNoteFile: string | undefined;
  private readonly hashNoteExtra: Record<string, string>;
  private queue: Promise<unknown> = Promise.resolve();
  /** The exact text last read from or written to the file: what is on disk now, as far as we know. */
  lastText: string | null = null;
  /** The signature of that version on disk; null when the file did not exist. */
  signature: FileSignature | null = null;

  constructor(file: string, options: DurableJsonFileOptions = {}) {
    this.file = path.resolve(file);
    this.indent = options.indent ?? 2;
    this.fs = options.fs ?? realFs;
    this.hashNoteFile = options.hashNoteFile;
    this.hashNoteExtra = options.hashNoteExtra ?? {};
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await this.fs.readFile(this.file, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    const value = JSON.parse(stripBom(text)) as T;
    await this.remember(text);
    return value;
  }

  /** Records `text` as the version now on disk (after the owner read it). */
  async remember(text: string): Promise<void> {
    this.lastText = text;
    this.signature = await this.currentSignature();
  }

  /** Accepts what is on disk now as the version we may replace (a damaged file, kept aside first). */
  async acknowledgeOnDisk(): Promise<void> {
    this.signature = await this.currentSignature();
  }

  serialize(data: T): string {
    return JSON.stringify(data, null, this.indent) + '\n';
  }

  write(data: T): Promise<void> {
    // Serialise now: the caller may hand over a value it changes later.
    const text = this.serialize(data);
    return this.writeText(text);
  }

  /** Writes already serialised JSON, after every write queued before it. */
  writeText(text: string): Promise<void> {
    let bytes: Buffer | null = null;
    const run = this.queue.then(async () => {
      await this.checkUnchanged();
      bytes = Buffer.from(text); // encoded once, for the write and the hash
      await writeFileDurably(this.file, bytes, this.fs);
      this.lastText = text;
      this.signature = await this.currentSignature();
    });
    // The note is a hint for the next opening: written right after, without holding up the caller.
    this.queue = run.then(() => this.noteHash(bytes!)).catch(() => undefined);
    return run;
  }

  /** Resolves when every queued write has settled. */
  async flush(): Promise<void> {
    await this.queue;
  }

  private async currentSignature(): Promise<FileSignature | null> {
    try {
      const s = await this.fs.stat(this.file);
      return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  private async checkUnchanged(): Promise<void> {
    const now = await this.currentSignature();
    const expected = this.signature;
    if (expected === null && now === null) return;
    if (expected !== null && now !== null && sameSignature(expected, now)) return;
    throw new AppError('STORE_CONFLICT', CONFLICT_MESSAGE);
  }

  private async noteHash(text: string | Uint8Array): Promise<void> {
    if (!this.hashNoteFile) return;
    // Only a hint for the next open: not flushed; a missing or stale note only means a full validation.
    await this.fs.writeFile(this.hashNoteFile, JSON.stringify({ sha256: sha256(text), ...this.hashNoteExtra }) + '\n').catch(() => undefined);
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
