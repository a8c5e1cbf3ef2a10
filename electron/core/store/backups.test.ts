import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseSchema } from '../../../shared/ledger/schema';
import { HOUR_MS } from './backups';
import { makeInvoice, withInvoice } from './fixtures';
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

describe('rolling backups', () => {
  it('takes a copy of the known-good file at every open, named by the time', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const clock = manualClock('2026-11-23T09:30:00.000Z');
    const first = await openStore({ file, clock });
    opened.push(first);
    await first.update((db) => withInvoice(db, makeInvoice(1)));
    await first.close();
    const bytes = await fs.readFile(file);

    clock.advance(5 * 60_000);
    const second = await openStore({ file, clock });
    opened.push(second);
    const names = await listDir(second.backupsFolder);
    expect(names).toContain('relance-2026-11-23T09-35-00-000Z.json');
    expect(await fs.readFile(path.join(second.backupsFolder, 'relance-2026-11-23T09-35-00-000Z.json'))).toEqual(bytes);
  });

  it('backs up the previous file at most once per hour of the clock while running', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const clock = manualClock('2026-11-23T09:30:00.000Z');
    await (await openStore({ file, clock })).close(); // creates the file
    const store = await openStore({ file, clock }); // backup at open: 09:30, empty
    opened.push(store);
    const folder = store.backupsFolder;
    expect(await listDir(folder)).toEqual(['relance-2026-11-23T09-30-00-000Z.json']);

    for (let n = 1; n <= 5; n++) {
      clock.advance(10 * 60_000); // 09:40 … 10:20
      await store.update((db) => withInvoice(db, makeInvoice(n)));
    }
    // 10:30 is the first save an hour after the last backup: it keeps the file as it was before (i1…i5).
    clock.set('2026-11-23T10:30:00.000Z');
    await store.update((db) => withInvoice(db, makeInvoice(6)));
    clock.set('2026-11-23T11:29:59.999Z');
    await store.update((db) => withInvoice(db, makeInvoice(7)));

    const names = await listDir(folder);
    expect(names).toEqual(['relance-2026-11-23T09-30-00-000Z.json', 'relance-2026-11-23T10-30-00-000Z.json']);
    expect(await invoiceIdsIn(path.join(folder, names[0]!))).toEqual([]);
    expect(await invoiceIdsIn(path.join(folder, names[1]!))).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);

    clock.advance(1);
    await store.update((db) => withInvoice(db, makeInvoice(8)));
    expect(await listDir(folder)).toHaveLength(3);
    expect(HOUR_MS).toBe(3_600_000);
  });

  it('keeps the last N backups and removes the oldest', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const clock = manualClock('2026-11-23T09:30:00.000Z');
    const store = await openStore({ file, clock, backupsToKeep: 3 });
    opened.push(store);
    for (let n = 1; n <= 6; n++) {
      clock.advance(HOUR_MS);
      await store.update((db) => withInvoice(db, makeInvoice(n)));
    }
    const names = await listDir(store.backupsFolder);
    expect(names).toEqual([
      'relance-2026-11-23T13-30-00-000Z.json',
      'relance-2026-11-23T14-30-00-000Z.json',
      'relance-2026-11-23T15-30-00-000Z.json',
    ]);
    // The newest backup is the file as it was before the last save.
    expect(await invoiceIdsIn(path.join(store.backupsFolder, names[2]!))).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
  });

  it('does not overwrite a backup taken at the same instant', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const clock = manualClock('2026-11-23T09:30:00.000Z');
    for (let i = 0; i < 3; i++) await (await openStore({ file, clock })).close();
    const names = await listDir(path.join(dir, 'backups'));
    expect(names).toHaveLength(2); // the first open created the file: nothing to back up yet
    expect(names.every((n) => n.startsWith('relance-2026-11-23T09-30-00-000Z'))).toBe(true);
  });
});
