import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Adapter } from 'lowdb';

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

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** Flushes a folder entry (the rename) to disk. Some platforms refuse to open or fsync a folder. */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
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

async function renameWithRetry(from: string, to: string): Promise<void> {
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
export async function writeFileDurably(file: string, content: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(file);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', 0o600);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(tmp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(path.dirname(file));
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Removes temp files left by a process that died mid-write. Temp files of a live process (another
 * write in progress) are left alone. Returns the removed paths. A missing folder is not an error.
 */
export async function cleanTempFiles(dir: string): Promise<string[]> {
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
    if (!m || isAlive(Number(m[2]))) continue;
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

export interface DurableJsonFileOptions {
  /** JSON indentation; 0 writes compact JSON. */
  indent?: number;
}

/**
 * A lowdb adapter that writes JSON durably. Writes are serialised: they never run concurrently,
 * so two renames can never race. `read` returns the parsed JSON as is (validation is the caller's
 * job) or null when the file does not exist; it throws a SyntaxError on unparsable content.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly file: string;
  private readonly indent: number;
  private queue: Promise<unknown> = Promise.resolve();
  /** The exact text last read from or written to the file: what is on disk now, as far as we know. */
  lastText: string | null = null;

  constructor(file: string, options: DurableJsonFileOptions = {}) {
    this.file = path.resolve(file);
    this.indent = options.indent ?? 2;
  }

  /** Raw text of the file, or null when it does not exist. */
  async readText(): Promise<string | null> {
    try {
      return await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  async read(): Promise<T | null> {
    const text = await this.readText();
    if (text === null) return null;
    const value = JSON.parse(stripBom(text)) as T;
    this.lastText = text;
    return value;
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
    const run = this.queue.then(async () => {
      await writeFileDurably(this.file, text);
      this.lastText = text;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every queued write has settled. */
  async flush(): Promise<void> {
    await this.queue;
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
