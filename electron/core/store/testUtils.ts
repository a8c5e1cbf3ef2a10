import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localDateOf } from '../../../shared/kernel/localDate';
import type { Clock } from '../app/clock';

export async function tempDir(prefix = 'relance-store-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/** A clock the test moves by hand. */
export function manualClock(start: string): Clock & { advance(ms: number): void; set(iso: string): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    today: () => localDateOf(new Date(t)),
    advance(ms: number) {
      t += ms;
    },
    set(iso: string) {
      t = new Date(iso).getTime();
    },
  };
}

export async function listDir(dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir)).sort();
  } catch {
    return [];
  }
}
