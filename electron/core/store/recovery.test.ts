import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseSchema, emptyDatabase, type Database } from '../../../shared/ledger/schema';
import { makeClient, makeInvoice, withInvoice } from './fixtures';
import { formatDateTimeFr, openStore } from './openStore';
import type { Store } from './store';
import { listDir, manualClock, tempDir } from './testUtils';

const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

const FRENCH_DATE_TIME = /\d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}/;

/** A data folder with a history: backups at 09:00 (i1) and 10:00 (i1, i2), the file holding i1…i3. */
async function folderWithHistory() {
  const dir = await tempDir();
  const file = path.join(dir, 'relance.json');
  const clock = manualClock('2026-11-23T08:00:00.000Z');
  await (await openStore({ file, clock })).close();
  const sessions: [string, number][] = [
    ['2026-11-23T09:00:00.000Z', 1],
    ['2026-11-23T10:00:00.000Z', 2],
    ['2026-11-23T10:10:00.000Z', 3],
  ];
  for (const [at, n] of sessions) {
    clock.set(at);
    const store = await openStore({ file, clock });
    await store.update((db) => withInvoice({ ...db, clients: [makeClient(0)] }, makeInvoice(n)));
    await store.close();
  }
  clock.set('2026-11-23T11:00:00.000Z');
  return { dir, file, clock, backupsFolder: path.join(dir, 'backups') };
}

async function readDb(file: string): Promise<Database> {
  return databaseSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
}

function damagedName(names: string[]): string {
  const found = names.filter((n) => /^relance\.damaged-.*\.json$/.test(n));
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('recovery from a damaged file', () => {
  it('keeps unparsable content intact aside, restores the newest backup and says so in French', async () => {
    const { dir, file, clock, backupsFolder } = await folderWithHistory();
    const newestBackup = (await listDir(backupsFolder)).at(-1)!;
    expect(newestBackup).toMatch(/^relance-00000004-2026-11-23T10-10-00-000Z-[0-9a-f]{16}\.json$/);
    await fs.writeFile(file, '{not json');

    const store = await openStore({ file, clock });
    opened.push(store);
    const damaged = path.join(dir, damagedName(await listDir(dir)));
    expect(path.basename(damaged)).toBe('relance.damaged-2026-11-23T11-00-00-000Z.json');
    expect(await fs.readFile(damaged, 'utf8')).toBe('{not json');

    // The backup of 10:10 holds i1…i3: the file as the last session left it (backed up at close).
    expect(store.data.invoices.map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
    expect(store.readOnly).toBe(false);
    expect(store.notices).toHaveLength(1);
    const notice = store.notices[0]!;
    expect(notice.level).toBe('warning');
    expect(notice.message).toContain(damaged);
    expect(notice.message).toContain(`sauvegarde du ${formatDateTimeFr(new Date('2026-11-23T10:10:00.000Z'))}`);
    expect(notice.message).toMatch(FRENCH_DATE_TIME);
    expect(notice.message).toMatch(/n’a pas pu être ouvert/);
    expect(notice.message).toMatch(/restaurée/);

    // The restored data is now the main file and can be worked on.
    expect((await readDb(file)).invoices.map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
    await store.update((db) => withInvoice(db, makeInvoice(4)));
    await store.close();
    const again = await openStore({ file, clock });
    opened.push(again);
    expect(again.notices).toEqual([]);
    expect(again.data.invoices.map((i) => i.id)).toEqual(['i1', 'i2', 'i3', 'i4']);
    // The damaged file is still there, untouched.
    expect(await fs.readFile(damaged, 'utf8')).toBe('{not json');
  });

  it('loads the valid records of a file where one record fails, setting that one aside with its reason', async () => {
    const { dir, file, clock } = await folderWithHistory();
    const db = await readDb(file);
    const bad = JSON.parse(JSON.stringify(db));
    bad.invoices[0].amountTtcCents = '12';
    const badText = JSON.stringify(bad, null, 2);
    await fs.writeFile(file, badText);

    const store = await openStore({ file, clock });
    opened.push(store);
    expect(store.data.invoices.map((i) => i.id)).toEqual(['i2', 'i3']);
    expect(store.data.quarantine).toHaveLength(1);
    expect(store.data.quarantine[0]).toMatchObject({ section: 'invoices', value: bad.invoices[0] });
    expect(store.data.quarantine[0]!.reason).toMatch(/^montant TTC\u00a0: /);
    // The file as it was is kept aside, byte for byte.
    const aside = (await listDir(dir)).filter((n) => n.startsWith('relance.original-'));
    expect(aside).toHaveLength(1);
    expect(await fs.readFile(path.join(dir, aside[0]!), 'utf8')).toBe(badText);
    expect(store.notices[0]!.message).toContain(path.join(dir, aside[0]!));
    expect(store.notices[0]!.message).toMatch(/mis de côté/);
  });

  it('treats a truncated file (killed by another program mid-copy) as damaged', async () => {
    const { dir, file, clock } = await folderWithHistory();
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.slice(0, Math.floor(text.length / 2)));
    const store = await openStore({ file, clock });
    opened.push(store);
    damagedName(await listDir(dir));
    expect(store.data.invoices.map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
  });

  it('starts empty and says so when there is no backup at all', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    await fs.writeFile(file, '\u0000\u0000\u0000garbage');
    const clock = manualClock('2026-11-23T09:30:00.000Z');
    const store = await openStore({ file, clock });
    opened.push(store);
    const damaged = path.join(dir, 'relance.damaged-2026-11-23T09-30-00-000Z.json');
    expect(await fs.readFile(damaged, 'utf8')).toBe('\u0000\u0000\u0000garbage');
    expect(store.data).toEqual(emptyDatabase());
    expect(await readDb(file)).toEqual(emptyDatabase());
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]!.message).toContain(damaged);
    expect(store.notices[0]!.message).toMatch(/Aucune sauvegarde utilisable/);
    expect(store.notices[0]!.message).toMatch(/données vides/);
  });

  it('falls back to an older backup when the newest is damaged too', async () => {
    const { dir, file, clock, backupsFolder } = await folderWithHistory();
    const names = await listDir(backupsFolder);
    expect(names.map((n) => n.slice(0, 41))).toEqual([
      'relance-00000001-2026-11-23T08-00-00-000Z',
      'relance-00000002-2026-11-23T09-00-00-000Z',
      'relance-00000003-2026-11-23T10-00-00-000Z',
      'relance-00000004-2026-11-23T10-10-00-000Z',
    ]);
    await fs.writeFile(path.join(backupsFolder, names[3]!), '{"schemaVersion":1,"identity":');
    await fs.writeFile(file, 'PK\u0003\u0004 (someone saved a zip here)');

    const store = await openStore({ file, clock });
    opened.push(store);
    // The 10:00 backup holds i1 and i2 (the state that session left).
    expect(store.data.invoices.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(store.notices[0]!.message).toContain(`sauvegarde du ${formatDateTimeFr(new Date('2026-11-23T10:00:00.000Z'))}`);
    expect(store.notices[0]!.message).toContain(path.join(dir, damagedName(await listDir(dir))));
    // The bad backup is left alone (it may still matter to someone), not restored.
    expect(await fs.readFile(path.join(backupsFolder, names[3]!), 'utf8')).toBe('{"schemaVersion":1,"identity":');
  });

  it('never loses an earlier damaged file when damage happens twice at the same instant', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const clock = manualClock('2026-11-23T09:30:00.000Z');
    await fs.writeFile(file, 'first');
    await (await openStore({ file, clock })).close();
    await fs.writeFile(file, 'second');
    await (await openStore({ file, clock })).close();
    const damaged = (await listDir(dir)).filter((n) => n.includes('.damaged-'));
    expect(damaged).toHaveLength(2);
    const contents = await Promise.all(damaged.map((n) => fs.readFile(path.join(dir, n), 'utf8')));
    expect(contents.sort()).toEqual(['first', 'second']);
  });
});

describe('formatDateTimeFr', () => {
  it('writes day/month/year à hours:minutes in local time', () => {
    expect(formatDateTimeFr(new Date(2026, 10, 23, 9, 30))).toBe('23/11/2026 à 09:30');
  });
});
