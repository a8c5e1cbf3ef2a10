import os from 'node:os';
import { promises as fs } from 'node:fs';
import lockfile from 'proper-lockfile';
import { errorCode, isProcessAlive } from './storeFs';

/**
 * One writer per data folder: a lock (proper-lockfile: an atomic mkdir, kept fresh every few
 * seconds) beside relance.json, whatever the Electron profile or the transport. A lock left by a
 * process that died is taken over: at once when its owner note proves the process is gone on this
 * machine, otherwise once the lock has not been refreshed for STALE_MS.
 */

const STALE_MS = 10_000;

export interface LockOwner {
  pid: number;
  hostname: string;
  since: string;
  /** Identity of the lock folder this note belongs to (a note left by an older lock proves nothing). */
  lockIno: number;
  lockBirthtimeMs: number;
}

export interface DataLock {
  release(): Promise<void>;
}

export type LockResult =
  | { kind: 'acquired'; lock: DataLock }
  | { kind: 'held'; owner: LockOwner | null };


async function readOwner(ownerFile: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await fs.readFile(ownerFile, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.hostname === 'string' ? owner : null;
  } catch {
    return null;
  }
}

/** True when the lock folder is the one the note describes and its process is gone (same machine). */
async function heldByDeadProcess(lockDir: string, owner: LockOwner | null): Promise<boolean> {
  if (!owner || owner.hostname !== os.hostname() || isProcessAlive(owner.pid)) return false;
  try {
    const s = await fs.stat(lockDir);
    return s.ino === owner.lockIno && s.birthtimeMs === owner.lockBirthtimeMs;
  } catch {
    return false;
  }
}

/**
 * Takes the lock of `dataFile` (`<dataFile>.lock`, a folder). `onLost` is called if the lock is
 * taken from us while we run (the folder deleted, or not refreshed for too long: the machine froze).
 */
export async function acquireDataLock(dataFile: string, onLost: (reason: Error) => void): Promise<LockResult> {
  const lockDir = `${dataFile}.lock`;
  const ownerFile = `${dataFile}.lock-owner.json`;
  const options = { realpath: false, lockfilePath: lockDir, stale: STALE_MS, update: STALE_MS / 4, onCompromised: onLost };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const release = await lockfile.lock(dataFile, options);
      const s = await fs.stat(lockDir);
      const owner: LockOwner = { pid: process.pid, hostname: os.hostname(), since: new Date().toISOString(), lockIno: s.ino, lockBirthtimeMs: s.birthtimeMs };
      await fs.writeFile(ownerFile, JSON.stringify(owner) + '\n').catch(() => undefined);
      return {
        kind: 'acquired',
        lock: {
          release: async () => {
            await fs.unlink(ownerFile).catch(() => undefined);
            await release().catch(() => undefined);
          },
        },
      };
    } catch (error) {
      if (errorCode(error) !== 'ELOCKED') throw error;
      const owner = await readOwner(ownerFile);
      if (attempt === 0 && (await heldByDeadProcess(lockDir, owner))) {
        await fs.rmdir(lockDir).catch(() => undefined);
        continue;
      }
      return { kind: 'held', owner };
    }
  }
  return { kind: 'held', owner: await readOwner(ownerFile) };
}
