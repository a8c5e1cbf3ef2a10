import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseSchema } from '../../../shared/ledger/schema';
import { Backups, HOUR_MS } from './backups';
import { makeClient, makeInvoice, withInvoice } from './fixtures';
import { openStore } from './openStore';
import type { Store } from './store';
import { listDir, manualClock, tempDir } from './testUtils';

const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});


async function invoiceIdsIn(file: string): Promise<string[]> {
  return databaseSchema.parse(JSON.parse(await fs.readFile(file, 'utf8'))).invoices.map((i) => i.id);
}

/** The backups of `dir`, newest first, as the store orders them. */
async function backupsOf(dir: string, clock = manualClock('2026-01-01T00:00:00Z')) {
  return new Backups(path.join(dir, 'backups'), 'relance', { clock }).list();
}

async function setup(start = '2026-11-23T09:30:00.000Z') {
  const dir = await tempDir();
  const file = path.join(dir, 'relance.json');
  const clock = manualClock(start);
  return { dir, file, clock };
}

/** One session of the app: open, add invoice n, close. */
async function session(file: string, clock: ReturnType<typeof manualClock>, n: number, options: { backupsToKeep?: number; backupsMaxBytes?: number } = {}) {
  const store = await openStore({ file, clock, ...options });
  await store.update((db) => withInvoice(db.clients.length ? db : { ...db, clients: [makeClient(0)] }, makeInvoice(n)));
  await store.close();
}

describe('rolling backups', () => {
  it('backs up the state left at close, numbered in sequence, with its date and hash; the next open adds nothing', async () => {
    const { dir, file, clock } = await setup();
    await session(file, clock, 1);
    const bytes = await fs.readFile(file);
    const [atClose] = await backupsOf(dir);
    expect(atClose!.name).toMatch(/^relance-\d{8}-2026-11-23T09-30-00-000Z-[0-9a-f]{16}\.json$/);
    expect(await fs.readFile(atClose!.file)).toEqual(bytes);
    const count = (await backupsOf(dir)).length;
    clock.advance(5 * 60_000);
    const second = await openStore({ file, clock });
    await second.close(); // the opening's backup runs in the background: the same content, not taken again
    expect(await backupsOf(dir)).toHaveLength(count);
    expect((await backupsOf(dir))[0]!.name).toBe(atClose!.name);
  });

  it('takes a copy at open of a file it has not backed up yet (left by another copy of Relance, restored by hand)', async () => {
    const { dir, file, clock } = await setup();
    await session(file, clock, 1);
    const db = databaseSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
    const other = JSON.stringify({ ...db, invoices: [...db.invoices, makeInvoice(2)] });
    await fs.writeFile(file, other);
    clock.advance(5 * 60_000);
    await (await openStore({ file, clock })).close();
    const [newest] = await backupsOf(dir);
    expect(newest!.takenAt.toISOString()).toBe('2026-11-23T09:35:00.000Z');
    expect(await fs.readFile(newest!.file, 'utf8')).toBe(other);
  });

  it('backs up the previous file at most once per hour of the clock while running', async () => {
    const { dir, file, clock } = await setup();
    await (await openStore({ file, clock })).close(); // creates the file
    const store = await openStore({ file, clock }); // backup at open: 09:30, empty
    opened.push(store);
    for (let n = 1; n <= 5; n++) {
      clock.advance(10 * 60_000); // 09:40 … 10:20
      await store.update((db) => withInvoice(db, makeInvoice(n)));
    }
    expect(await backupsOf(dir)).toHaveLength(1);
    // 10:30 is the first save an hour after the last backup: it keeps the file as it was before (i1…i5).
    clock.set('2026-11-23T10:30:00.000Z');
    await store.update((db) => withInvoice(db, makeInvoice(6)));
    clock.set('2026-11-23T11:29:59.999Z');
    await store.update((db) => withInvoice(db, makeInvoice(7)));
    const list = await backupsOf(dir);
    expect(list.map((b) => b.seq)).toEqual([2, 1]);
    expect(await invoiceIdsIn(list[1]!.file)).toEqual([]);
    expect(await invoiceIdsIn(list[0]!.file)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    clock.advance(1);
    await store.update((db) => withInvoice(db, makeInvoice(8)));
    expect(await backupsOf(dir)).toHaveLength(3);
  });

  it('never backs up the same content twice: ten restarts keep the history', async () => {
    const { dir, file, clock } = await setup();
    for (let n = 1; n <= 4; n++) {
      clock.advance(HOUR_MS);
      await session(file, clock, n, { backupsToKeep: 5 });
    }
    const before = await backupsOf(dir);
    for (let i = 0; i < 10; i++) {
      clock.advance(HOUR_MS);
      await (await openStore({ file, clock, backupsToKeep: 5 })).close();
    }
    const after = await backupsOf(dir);
    // The last session's close backed up what it left: the restarts add nothing and prune nothing.
    expect(after.map((b) => b.name)).toEqual(before.map((b) => b.name));
    expect(await invoiceIdsIn(after[0]!.file)).toEqual(['i1', 'i2', 'i3', 'i4']);
    expect(new Set(after.map((b) => b.hash)).size).toBe(after.length);
  });

  it('keeps the last N backups and removes the oldest', async () => {
    const { dir, file, clock } = await setup();
    const store = await openStore({ file, clock, backupsToKeep: 3 });
    opened.push(store);
    for (let n = 1; n <= 6; n++) {
      clock.advance(HOUR_MS);
      await store.update((db) => withInvoice(db, makeInvoice(n)));
    }
    const list = await backupsOf(dir);
    expect(list.map((b) => b.seq)).toEqual([6, 5, 4]);
    // The newest backup is the file as it was before the last save.
    expect(await invoiceIdsIn(list[0]!.file)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
  });

  it('orders by sequence, not by the clock: a clock set back a year prunes nothing new and restores the latest data', async () => {
    const { dir, file, clock } = await setup('2026-11-23T09:00:00.000Z');
    for (let n = 1; n <= 12; n++) {
      clock.advance(HOUR_MS);
      await session(file, clock, n);
    }
    clock.set('2025-11-23T09:00:00.000Z'); // back a year (a dead CMOS battery, a wrong manual setting)
    for (let n = 13; n <= 36; n++) {
      clock.advance(HOUR_MS);
      await session(file, clock, n);
    }
    const list = await backupsOf(dir);
    expect(list).toHaveLength(10);
    // The newest backups are the ones taken last, although their dates are a year earlier.
    expect(list[0]!.takenAt.getUTCFullYear()).toBe(2025);
    expect(await invoiceIdsIn(list[0]!.file)).toHaveLength(36);
    // Damage the file: the restore brings back the data as the last session left it (36 of 36).
    await fs.writeFile(file, '{broken');
    const store = await openStore({ file, clock });
    opened.push(store);
    expect(store.data.invoices).toHaveLength(36);
  });

  it('a run with the clock ten years ahead does not make its backup "newest" for good', async () => {
    const { dir, file, clock } = await setup('2026-11-23T09:00:00.000Z');
    await session(file, clock, 1);
    clock.set('2036-11-23T09:00:00.000Z');
    await session(file, clock, 2);
    clock.set('2026-11-24T09:00:00.000Z');
    await session(file, clock, 3);
    await session(file, clock, 4);
    const list = await backupsOf(dir);
    expect(list[0]!.takenAt.getUTCFullYear()).toBe(2026);
    expect(await invoiceIdsIn(list[0]!.file)).toEqual(['i1', 'i2', 'i3', 'i4']);
    await fs.writeFile(file, '');
    const store = await openStore({ file, clock });
    opened.push(store);
    expect(store.data.invoices.map((i) => i.id)).toEqual(['i1', 'i2', 'i3', 'i4']);
  });

  it('caps the total size of the backups, always keeping the newest', async () => {
    const { dir, file, clock } = await setup();
    for (let n = 1; n <= 8; n++) {
      clock.advance(HOUR_MS);
      await session(file, clock, n, { backupsMaxBytes: 6_000 });
    }
    const list = await backupsOf(dir);
    const total = list.reduce((sum, b) => sum + b.size, 0);
    expect(list.length).toBeGreaterThanOrEqual(1);
    expect(list.length).toBeLessThan(8);
    expect(total - list[0]!.size).toBeLessThanOrEqual(6_000);
    expect(await invoiceIdsIn(list[0]!.file)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8']);
    // A limit smaller than one backup still keeps one.
    await session(file, clock, 9, { backupsMaxBytes: 10 });
    expect(await backupsOf(dir)).toHaveLength(1);
  });

  it('treats backups named by an older Relance (by date) as older than any numbered one', async () => {
    const { dir, file, clock } = await setup('2026-11-23T09:00:00.000Z');
    await session(file, clock, 1);
    const backupsDir = path.join(dir, 'backups');
    await fs.mkdir(backupsDir, { recursive: true });
    await fs.writeFile(path.join(backupsDir, 'relance-2036-01-01T00-00-00-000Z.json'), await fs.readFile(file));
    clock.advance(HOUR_MS);
    await session(file, clock, 2);
    const list = await backupsOf(dir);
    expect(list.at(-1)!.name).toBe('relance-2036-01-01T00-00-00-000Z.json');
    expect(list[0]!.seq).toBeGreaterThan(0);
    expect(await listDir(backupsDir)).toContain('relance-2036-01-01T00-00-00-000Z.json');
  });
});
