import path from 'node:path';
import { fsyncDirectory, sha256, writeFileDurably } from './durableJsonFile';
import type { StoreFs } from './storeFs';
import { pathExists } from './storeFs';

export type AsideKind = 'damaged' | 'original' | 'encodage';

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Keeps the data file's bytes, untouched, beside it as `<name>.<kind>-<instant>.json` (durably)
 * and returns that path. The same bytes already kept under that kind are not copied twice (a crash
 * loop must not fill the folder). With `bytes` null (a file too big to read) the file is copied.
 */
export async function keepAside(file: string, target: string, kind: AsideKind, now: Date, bytes: Uint8Array | null, fs: StoreFs): Promise<string> {
  const dir = path.dirname(file);
  const base = path.basename(file, path.extname(file));
  const prefix = `${base}.${kind}-`;
  if (bytes) {
    const hash = sha256(bytes);
    for (const name of await fs.readdir(dir)) {
      if (!name.startsWith(prefix) || !name.endsWith('.json')) continue;
      const candidate = path.join(dir, name);
      try {
        if ((await fs.stat(candidate)).size === bytes.byteLength && sha256(await fs.readFile(candidate)) === hash) return candidate;
      } catch {
        // Unreadable: not a match.
      }
    }
  }
  let aside = path.join(dir, `${prefix}${stamp(now)}.json`);
  for (let i = 1; await pathExists(fs, aside); i++) aside = path.join(dir, `${prefix}${stamp(now)}-${i}.json`);
  if (bytes) {
    await writeFileDurably(aside, bytes, fs);
  } else {
    await fs.copyFile(target, aside);
    const handle = await fs.open(aside, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsyncDirectory(dir, fs);
  }
  return aside;
}
