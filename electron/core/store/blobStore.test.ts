import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { promises as nodeFs } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors';
import { BlobStore } from './blobStore';
import { fsError, type StoreFs } from './storeFs';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relance-blobs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const letter = new TextEncoder().encode('%PDF-1.7\nMise en demeure F-2026-012 — 1 234,56 €\n%%EOF');
const hashOf = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('the archive of sent documents, by content hash', () => {
  it('stores the bytes under their SHA-256, once, and reads them back intact', async () => {
    const blobs = new BlobStore(dir);
    const first = await blobs.put(letter, 'pdf');
    const again = await blobs.put(letter, 'pdf');
    expect(first).toEqual(again);
    expect(first.sha256).toBe(hashOf(letter));
    expect(first.file).toBe(`blobs/${first.sha256.slice(0, 2)}/${first.sha256}.pdf`);
    expect(await readdir(join(dir, 'blobs', first.sha256.slice(0, 2)))).toEqual([`${first.sha256}.pdf`]);
    expect(Buffer.from(await readFile(join(dir, first.file))).equals(Buffer.from(letter))).toBe(true);
    const read = await blobs.read(first.sha256, 'pdf');
    expect(read.intact).toBe(true);
    expect(Buffer.from(read.bytes!).equals(Buffer.from(letter))).toBe(true);
  });

  it('shows a document changed after it was archived, and one that is gone, in French', async () => {
    const blobs = new BlobStore(dir);
    const stored = await blobs.put(letter, 'pdf');
    await writeFile(join(dir, stored.file), '%PDF-1.7 une autre lettre');
    const changed = await blobs.read(stored.sha256, 'pdf');
    expect(changed).toMatchObject({ intact: false, reason: expect.stringContaining('a été modifié depuis son envoi') });
    expect(new TextDecoder().decode(changed.bytes!)).toBe('%PDF-1.7 une autre lettre');
    // Archiving the same letter again repairs the file.
    await blobs.put(letter, 'pdf');
    expect((await blobs.read(stored.sha256, 'pdf')).intact).toBe(true);
    await rm(join(dir, stored.file));
    expect(await blobs.read(stored.sha256, 'pdf')).toEqual({ intact: false, bytes: null, reason: expect.stringContaining('introuvable') });
  });

  it('refuses a reference that is not a hash (no path from outside)', async () => {
    const blobs = new BlobStore(dir);
    await expect(blobs.read('../../relance', 'pdf')).rejects.toThrow(AppError);
    await expect(blobs.read(hashOf(letter), 'exe' as never)).rejects.toThrow('Référence de document archivé invalide.');
  });

  it('a full disk: a French refusal, and no partial file left', async () => {
    const full: StoreFs = {
      ...nodeFs,
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        const handle = await nodeFs.open(...args);
        return Object.assign(Object.create(handle), {
          writeFile: () => Promise.reject(fsError('ENOSPC')),
          close: () => handle.close(),
        });
      }) as typeof nodeFs.open,
    };
    const blobs = new BlobStore(dir, full);
    const refusal = await blobs.put(letter, 'pdf').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).message).toMatch(/^Le document n’a pas pu être archivé .*le disque est plein.*Rien n’a été enregistré\.$/);
    const folder = join(dir, 'blobs', hashOf(letter).slice(0, 2));
    expect(await readdir(folder)).toEqual([]);
  });
});
