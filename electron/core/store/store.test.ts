import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors';
import { databaseSchema, emptyDatabase, type Database } from '../../../shared/ledger/schema';
import { fixedClock } from '../app/clock';
import { resolveDataFile } from './dataLocation';
import { makeClient, makeInvoice, withInvoice } from './fixtures';
import { openStore } from './openStore';
import type { Store } from './store';
import { listDir, tempDir } from './testUtils';

const clock = fixedClock(new Date('2026-11-23T09:30:00.000Z'));
const opened: Store[] = [];

async function open(file: string): Promise<Store> {
  const store = await openStore({ file, clock });
  opened.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

describe('openStore', () => {
  it('creates the folder and an empty database when there is no file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'nested', 'deeper', 'relance.json');
    const store = await open(file);
    expect(store.data).toEqual(emptyDatabase());
    expect(store.readOnly).toBe(false);
    expect(store.notices).toEqual([]);
    expect(store.file).toBe(file);
    expect(store.backupsFolder).toBe(path.join(dir, 'nested', 'deeper', 'backups'));
    const onDisk = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(databaseSchema.parse(onDisk)).toEqual(emptyDatabase());
  });

  it('round-trips what was saved, through a close and a reopen', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const store = await open(file);
    const result = await store.update((db) => ({
      ...db,
      identity: { ...db.identity, name: 'Camille Durand – Graphisme' },
      clients: [makeClient(0)],
      invoices: [makeInvoice(1, 1, 2)],
    }));
    expect(store.data).toBe(result);
    await store.close();

    const again = await open(file);
    expect(again.data).toEqual(result);
    expect(again.data.identity.name).toBe('Camille Durand – Graphisme');
    expect(again.data.invoices[0]!.payments).toHaveLength(2);
    expect(again.notices).toEqual([]);
  });

  it('runs 50 concurrent updates one at a time, all landing in order', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const store = await open(file);
    const seen: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        store.update((db) => {
          seen.push(db.invoices.length);
          return withInvoice(db, makeInvoice(n));
        }),
      ),
    );
    // Each mutation saw the result of all the previous ones.
    expect(seen).toEqual(Array.from({ length: 50 }, (_, n) => n));
    expect(results.map((r) => r.invoices.length)).toEqual(Array.from({ length: 50 }, (_, n) => n + 1));
    expect(store.data.invoices.map((i) => i.id)).toEqual(Array.from({ length: 50 }, (_, n) => `i${n}`));
    const onDisk = databaseSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
    expect(onDisk.invoices.map((i) => i.id)).toEqual(store.data.invoices.map((i) => i.id));
    expect((await listDir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing when the mutation throws, and rejects with that very error', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const store = await open(file);
    await store.update((db) => withInvoice(db, makeInvoice(1)));
    const before = await fs.readFile(file);
    const statBefore = await fs.stat(file);
    const boom = new AppError('CONFLICT', 'Ce numéro de facture existe déjà.');
    await expect(
      store.update(() => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(store.data.invoices).toHaveLength(1);
    expect(await fs.readFile(file)).toEqual(before);
    expect((await fs.stat(file)).ino).toBe(statBefore.ino); // not even rewritten
    // The queue keeps working after a failed mutation.
    await store.update((db) => withInvoice(db, makeInvoice(2)));
    expect(store.data.invoices).toHaveLength(2);
  });

  it('rejects a failed write with STORE_WRITE_FAILED and keeps the data and the file as they were', async () => {
    const root = await tempDir();
    const dir = path.join(root, 'data');
    const file = path.join(dir, 'relance.json');
    const store = await open(file);
    await store.update((db) => withInvoice(db, makeInvoice(1)));
    const dataBefore = store.data;
    const bytesBefore = await fs.readFile(file);

    // The data folder disappears and a plain file takes its name: the write cannot succeed.
    const moved = path.join(root, 'moved');
    await fs.rename(dir, moved);
    await fs.writeFile(dir, 'not a folder');
    const error = await store.update((db) => withInvoice(db, makeInvoice(2))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('STORE_WRITE_FAILED');
    expect((error as AppError).message).toMatch(/n’ont pas pu être enregistrées/);
    expect((error as AppError).message).toMatch(/ENOTDIR/); // the OS reason
    expect(store.data).toBe(dataBefore);
    expect(await fs.readFile(path.join(moved, 'relance.json'))).toEqual(bytesBefore);

    // Once the folder is back, saving works again from the unchanged data.
    await fs.unlink(dir);
    await fs.rename(moved, dir);
    await store.update((db) => withInvoice(db, makeInvoice(3)));
    expect(store.data.invoices.map((i) => i.id)).toEqual(['i1', 'i3']);
    const onDisk = databaseSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
    expect(onDisk.invoices.map((i) => i.id)).toEqual(['i1', 'i3']);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'rejects with STORE_WRITE_FAILED when the folder is read-only',
    async () => {
      const dir = await tempDir();
      const file = path.join(dir, 'relance.json');
      const store = await open(file);
      const bytesBefore = await fs.readFile(file);
      await fs.chmod(dir, 0o555);
      try {
        await expect(store.update((db) => withInvoice(db, makeInvoice(1)))).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
        expect(store.data.invoices).toEqual([]);
        expect(await fs.readFile(file)).toEqual(bytesBefore);
      } finally {
        await fs.chmod(dir, 0o755);
      }
    },
  );

  it('cleans temp files left by a killed writer at the next open', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    await (await open(file)).close();
    // pid 2^22+1 is above Linux's pid_max default: surely dead.
    const leftover = path.join(dir, '.relance.json.4194305-abcdef123456.tmp');
    await fs.writeFile(leftover, '{"schemaVersion":1,"identi');
    const unrelated = path.join(dir, 'notes.tmp');
    await fs.writeFile(unrelated, 'keep me');
    const store = await open(file);
    expect(store.notices).toEqual([]);
    const names = await listDir(dir);
    expect(names).not.toContain('.relance.json.4194305-abcdef123456.tmp');
    expect(names).toContain('notes.tmp');
  });

  it('refuses to save something that is not a database', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const store = await open(file);
    const bytes = await fs.readFile(file);
    await expect(store.update(() => undefined as unknown as Database)).rejects.toMatchObject({ code: 'INTERNAL' });
    await expect(store.update((db) => ({ ...db, invoices: null }) as unknown as Database)).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(store.data).toEqual(emptyDatabase());
    expect(await fs.readFile(file)).toEqual(bytes);
  });

  it('refuses updates after close', async () => {
    const dir = await tempDir();
    const store = await openStore({ file: path.join(dir, 'relance.json'), clock });
    await store.close();
    await expect(store.update((db) => db)).rejects.toBeInstanceOf(AppError);
  });
});

describe('resolveDataFile', () => {
  it('uses relance.json in the default folder', () => {
    expect(resolveDataFile({}, '/home/camille/.config/Relance')).toBe(path.resolve('/home/camille/.config/Relance/relance.json'));
  });
  it('lets RELANCE_DATA_DIR override the folder', () => {
    expect(resolveDataFile({ RELANCE_DATA_DIR: '/media/usb/relance' }, '/home/x')).toBe(path.resolve('/media/usb/relance/relance.json'));
    expect(resolveDataFile({ RELANCE_DATA_DIR: '  ' }, '/home/x')).toBe(path.resolve('/home/x/relance.json'));
  });
});
