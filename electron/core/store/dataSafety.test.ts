import { spawn, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseSchema, emptyDatabase, type Database } from '../../../shared/ledger/schema';
import { encodeWindows1252 } from '../../../shared/import/decodeText';
import { makeClient, makeInvoice, withInvoice } from './fixtures';
import { openStore } from './openStore';
import type { Store } from './store';
import { fsError, realFs, type StoreFs } from './storeFs';
import { listDir, manualClock, tempDir } from './testUtils';

const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function open(file: string, extra: Partial<Parameters<typeof openStore>[0]> = {}): Promise<Store> {
  const store = await openStore({ file, clock: manualClock('2026-11-23T09:00:00.000Z'), ...extra });
  opened.push(store);
  return store;
}

function ledger(invoices: number): Database {
  let db: Database = { ...emptyDatabase(), clients: [makeClient(0), makeClient(1)] };
  for (let n = 1; n <= invoices; n++) db = withInvoice(db, makeInvoice(n, 2));
  return db;
}

async function folderWith(db: unknown): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const file = path.join(dir, 'relance.json');
  await fs.writeFile(file, JSON.stringify(db, null, 2));
  return { dir, file };
}

/** Words that betray system or library text in a message meant for the user. */
const ENGLISH = /\b(?:invalid|expected|input|received|permission|denied|error|cannot|failed|string|number|undefined|null|object|too big|too small|no such file)\b/i;

function expectFrench(store: Store): void {
  for (const n of store.notices) expect(n.message, n.message).not.toMatch(ENGLISH);
}

/** A file system whose write operations fail with `code`, as a read-only folder or a full disk does. */
function failingWrites(code: string, when: (op: string, target: string) => boolean = () => true): StoreFs {
  const fail = (op: string, target: unknown) => {
    if (when(op, String(target))) throw fsError(code, `${code}: operation not permitted, ${op} '${String(target)}'`);
  };
  return {
    ...realFs,
    open: async (file, flags, mode) => {
      if (flags !== 'r') fail('open', file);
      return realFs.open(file, flags, mode);
    },
    rename: async (from, to) => {
      fail('rename', to);
      return realFs.rename(from, to);
    },
    writeFile: async (file, data, options) => {
      fail('writeFile', file);
      return realFs.writeFile(file, data, options);
    },
    copyFile: async (from, to, mode) => {
      fail('copyFile', to);
      return realFs.copyFile(from, to, mode);
    },
  } as StoreFs;
}

describe('a missing data file is never a first run when Relance has lived here', () => {
  it('restores the newest good backup when relance.json is gone, and says so', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const first = await open(file);
    await first.update(() => ledger(3));
    await first.close();
    await (await open(file)).close(); // backs up the 3 invoices
    await fs.unlink(file);

    const store = await open(file);
    expect(store.data.invoices).toHaveLength(3);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]!.message).toMatch(/introuvable/);
    expect(store.notices[0]!.message).toMatch(/sauvegarde du .* a été restaurée/);
    expectFrench(store);
    expect(databaseSchema.parse(JSON.parse(await fs.readFile(file, 'utf8'))).invoices).toHaveLength(3);
  });

  it('says so, and lists what was set aside, when only damaged files are left', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    await fs.writeFile(path.join(dir, 'relance.damaged-2026-11-20T09-00-00-000Z.json'), '{broken');
    const store = await open(file);
    expect(store.data.invoices).toEqual([]);
    expect(store.notices[0]!.level).toBe('error');
    expect(store.notices[0]!.message).toContain('relance.damaged-2026-11-20T09-00-00-000Z.json');
  });

  it('is a quiet first run in an empty folder', async () => {
    const dir = await tempDir();
    const store = await open(path.join(dir, 'relance.json'));
    expect(store.notices).toEqual([]);
    expect(store.readOnly).toBe(false);
  });
});

describe('recovery never leaves a moment without a valid file', () => {
  it('keeps the damaged file in place when the restored copy cannot be written (full disk): read-only, nothing lost', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const first = await open(file);
    await first.update(() => ledger(2));
    await first.close();
    await (await open(file)).close();
    await fs.writeFile(file, '{"schemaVersion":3,"clients":[tron');

    // Everything but the writable probe and the damaged copy fails: the disk filled up mid-recovery.
    const fsFull = failingWrites('ENOSPC', (op, target) => op === 'rename' && path.basename(target) === 'relance.json');
    const store = await open(file, { fs: fsFull });
    expect(store.readOnly).toBe(true);
    expect(store.data.invoices).toHaveLength(2); // the backup, shown
    expect(await fs.readFile(file, 'utf8')).toBe('{"schemaVersion":3,"clients":[tron'); // untouched
    const aside = (await listDir(dir)).filter((n) => n.startsWith('relance.damaged-'));
    expect(aside).toHaveLength(1);
    expect(store.notices.map((n) => n.message).join(' ')).toMatch(/le disque est plein/);
    expectFrench(store);
    await store.close();

    // Space is back: the next start recovers for real, without a second copy of the same damage.
    const again = await open(file);
    expect(again.readOnly).toBe(false);
    expect(again.data.invoices).toHaveLength(2);
    expect((await listDir(dir)).filter((n) => n.startsWith('relance.damaged-'))).toHaveLength(1);
  });
});

describe('one writer per data folder', () => {
  it('opens a second store on the same folder read-only, says why, and loses no acknowledged write', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const first = await open(file);
    const second = await open(file);
    expect(first.readOnly).toBe(false);
    expect(second.readOnly).toBe(true);
    expect(second.notices[0]!.message).toMatch(/déjà ouvert par une autre fenêtre de Relance/);
    expectFrench(second);

    let acked = 0;
    for (let n = 1; n <= 20; n++) {
      await first.update((db) => withInvoice(db.clients.length ? db : { ...db, clients: [makeClient(0)] }, makeInvoice(n)));
      acked++;
      await expect(second.update((db) => ({ ...db, invoices: [] }))).rejects.toMatchObject({ code: 'STORE_READ_ONLY' });
    }
    await first.close();
    await second.close();
    const third = await open(file);
    expect(third.readOnly).toBe(false);
    expect(third.data.invoices).toHaveLength(acked);
  });

  it('refuses writes to a second process while another Relance writes to the folder', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const writer = spawn(process.execPath, ['--import', 'tsx', path.resolve('electron/core/store/crashWriter.ts'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let lastAck = 0;
    const ready = new Promise<void>((resolve) => {
      writer.stdout.setEncoding('utf8');
      writer.stdout.on('data', (chunk: string) => {
        if (chunk.includes('ready')) resolve();
        for (const m of chunk.matchAll(/ack (\d+)/g)) lastAck = Number(m[1]);
      });
    });
    try {
      await ready;
      const second = await open(file);
      expect(second.readOnly).toBe(true);
      expect(second.notices[0]!.message).toMatch(/programme n°\u00a0\d+/);
      await expect(second.update((db) => ({ ...db, invoices: [] }))).rejects.toMatchObject({ code: 'STORE_READ_ONLY' });
      await second.close();
    } finally {
      writer.kill('SIGKILL');
      await new Promise((resolve) => writer.once('exit', resolve));
    }
    const after = await open(file);
    expect(after.readOnly).toBe(false);
    expect(after.data.invoices.length).toBeGreaterThanOrEqual(lastAck);
  });

  it('takes over at once a lock left by a process that died', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    // A real process takes the lock and is killed without releasing it.
    const script = `
      import { openStore } from ${JSON.stringify(path.resolve('electron/core/store/openStore.ts'))};
      await openStore({ file: ${JSON.stringify(file)} });
      process.kill(process.pid, 'SIGKILL');`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    expect(await listDir(dir)).toContain('relance.json.lock');
    const store = await open(file);
    expect(store.readOnly).toBe(false);
    expect(store.notices).toEqual([]);
  });

  it('refuses to overwrite a file changed on disk by someone else, and says so', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const store = await open(file);
    await store.update(() => ledger(1));
    // Another program (a sync tool, a hand edit) replaces the file.
    const theirs = JSON.stringify(ledger(5), null, 2);
    await fs.writeFile(file + '.theirs', theirs);
    await fs.rename(file + '.theirs', file);
    await expect(store.update((db) => withInvoice(db, makeInvoice(9)))).rejects.toMatchObject({
      code: 'STORE_CONFLICT',
      message: expect.stringMatching(/modifié par un autre programme/),
    });
    expect(await fs.readFile(file, 'utf8')).toBe(theirs);
    expect(store.data.invoices).toHaveLength(1);
  });
});

describe('what the file holds is never dropped', () => {
  it('reads a Latin-1 "é" typed by hand as "é", keeps the original bytes aside and says so', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const db = ledger(1);
    const text = JSON.stringify({ ...db, clients: [{ ...db.clients[0]!, name: 'Société Générale' }, db.clients[1]] }, null, 2);
    // Mostly UTF-8, with one name re-saved in Latin-1 by an old editor.
    const bytes = Buffer.concat([Buffer.from(text.slice(0, text.indexOf('Société')), 'utf8'), Buffer.from(encodeWindows1252('Société Générale')), Buffer.from(text.slice(text.indexOf('Société') + 16), 'utf8')]);
    await fs.writeFile(file, bytes);

    const store = await open(file);
    expect(store.data.clients[0]!.name).toBe('Société Générale');
    const aside = (await listDir(dir)).filter((n) => n.startsWith('relance.encodage-'));
    expect(aside).toHaveLength(1);
    expect(await fs.readFile(path.join(dir, aside[0]!))).toEqual(bytes);
    expect(store.notices[0]!.message).toMatch(/4 caractères mal encodés/);
    expectFrench(store);
  });

  it('writes through a symbolic link to its target and never replaces the link', async () => {
    const dir = await tempDir();
    const synced = await tempDir('relance-synced-');
    const target = path.join(synced, 'relance.json');
    await fs.writeFile(target, JSON.stringify(ledger(1), null, 2));
    const file = path.join(dir, 'relance.json');
    await fs.symlink(target, file);

    const store = await open(file);
    await store.update((db) => withInvoice(db, makeInvoice(2, 2)));
    expect((await fs.lstat(file)).isSymbolicLink()).toBe(true);
    expect(databaseSchema.parse(JSON.parse(await fs.readFile(target, 'utf8'))).invoices).toHaveLength(2);
  });

  it('opens read-only, and says so, when the link points nowhere (a synced folder unplugged)', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    await fs.symlink(path.join(dir, 'absent', 'relance.json'), file);
    const store = await open(file);
    expect(store.readOnly).toBe(true);
    expect(store.notices[0]!.message).toMatch(/lien vers un fichier introuvable/);
    expect((await fs.lstat(file)).isSymbolicLink()).toBe(true);
  });

  it('loads the valid records when some fail, sets the others aside with their reasons, and keeps them across saves', async () => {
    const db = ledger(5);
    const raw = JSON.parse(JSON.stringify(db));
    raw.invoices[1].dueDate = '2026-02-30';
    raw.clients[1].name = 'N'.repeat(101);
    raw.invoices[3].currency = 'USD';
    const { dir, file } = await folderWith(raw);

    const store = await open(file);
    // Invoices of client c1 go aside with it (the law depends on the client's kind).
    const kept = store.data.invoices.map((i) => i.id);
    expect(kept).toEqual(db.invoices.filter((i, idx) => i.clientId === 'c0' && idx !== 1 && idx !== 3).map((i) => i.id));
    expect(store.data.quarantine.map((q) => q.label)).toEqual(expect.arrayContaining([`Client ${'N'.repeat(60)}`, `Facture ${db.invoices[1]!.number}`, `Facture ${db.invoices[3]!.number}`]));
    expect(store.data.quarantine.find((q) => q.label === `Facture ${db.invoices[1]!.number}`)!.value).toEqual(raw.invoices[1]);
    expect(store.notices[0]!.message).toMatch(/mis de côté/);
    expectFrench(store);
    expect((await listDir(dir)).filter((n) => n.startsWith('relance.original-'))).toHaveLength(1);

    await store.update((d) => withInvoice(d, makeInvoice(50, 1)));
    await store.close();
    const again = await open(file);
    expect(again.notices).toEqual([]);
    expect(again.data.quarantine).toHaveLength(store.data.quarantine.length);
    expect(again.data.quarantine.find((q) => q.label === `Facture ${db.invoices[3]!.number}`)!.value).toEqual(raw.invoices[3]);
  });

  it('repairs duplicate ids without losing either record', async () => {
    const db = ledger(3);
    const twin = { ...db.invoices[0]!, number: 'F-TWIN', amountTtcCents: 4_200, amountHtCents: 3_500 };
    const { file } = await folderWith({ ...db, invoices: [...db.invoices, twin] });
    const store = await open(file);
    expect(store.data.invoices).toHaveLength(4);
    expect(new Set(store.data.invoices.map((i) => i.id)).size).toBe(4);
    expect(store.data.invoices.find((i) => i.number === 'F-TWIN')!.amountTtcCents).toBe(4_200);
    expect(store.data.invoices.find((i) => i.number === db.invoices[0]!.number)!.id).toBe(db.invoices[0]!.id);
    expect(store.notices[0]!.message).toMatch(/identifiant/);
  });

  it('keeps and reports fields it does not know instead of dropping them', async () => {
    const db = ledger(1);
    const { file } = await folderWith({ ...db, invoices: [{ ...db.invoices[0]!, purchaseOrder: 'BC-77' }], exportedBy: 'Tiime' });
    const store = await open(file);
    expect(store.data.invoices).toHaveLength(1);
    const fields = store.data.quarantine.filter((q) => q.section === 'fields');
    expect(fields.map((f) => [f.label, f.value])).toEqual([
      ['Champ inconnu invoices[0].purchaseOrder', 'BC-77'],
      ['Champ inconnu exportedBy', 'Tiime'],
    ]);
    expect(store.notices[0]!.message).toMatch(/champs inconnus/);
  });
});

describe('read-only and unavailable folders are found at start, in French', () => {
  it('opens read-only when the folder refuses writes (injected: CI runs as root)', async () => {
    const { file } = await folderWith(ledger(2));
    const store = await open(file, { fs: failingWrites('EACCES') });
    expect(store.readOnly).toBe(true);
    expect(store.data.invoices).toHaveLength(2);
    expect(store.notices[0]!.message).toMatch(/ne peut pas écrire dans son dossier de données/);
    expectFrench(store);
    await expect(store.update((db) => db)).rejects.toMatchObject({ code: 'STORE_READ_ONLY' });
  });

  it('shows a French message, not EACCES text, when the folder cannot be created', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'Relance'), 'a file where the folder should be');
    const store = await open(path.join(dir, 'Relance', 'relance.json'));
    expect(store.readOnly).toBe(true);
    expect(store.notices[0]!.message).toMatch(/ne peut pas ouvrir son dossier de données/);
    expectFrench(store);
  });

  it('treats a file far too big to be a ledger as damaged, without "Invalid string length"', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const handle = await fs.open(file, 'w');
    await handle.truncate(300 * 1024 * 1024); // sparse: 300 MB that take no room
    await handle.close();
    const store = await open(file);
    expect(store.notices[0]!.message).toMatch(/beaucoup trop volumineux \(300\u00a0Mo\)/);
    expectFrench(store);
    expect((await listDir(dir)).filter((n) => n.startsWith('relance.damaged-'))).toHaveLength(1);
    await store.close();
    await fs.rm(dir, { recursive: true, force: true });
  });
});

describe('a real full disk (tmpfs)', () => {
  const canMount = process.platform === 'linux' && os.userInfo().uid === 0;
  it.runIf(canMount)('refuses a save that does not fit, keeps the previous file whole, and says the disk is full', async () => {
    const mount = await tempDir('relance-tmpfs-');
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount]);
    if (mounted.status !== 0) {
      console.log(`full-disk test skipped: mount failed (${mounted.stderr.toString().trim()})`);
      return;
    }
    try {
      const file = path.join(mount, 'relance.json');
      const store = await openStore({ file, clock: manualClock('2026-11-23T09:00:00.000Z'), backupsToKeep: 1 });
      await store.update(() => ledger(1000));
      const before = await fs.readFile(file, 'utf8');
      // 1,000 notes of 2,000 characters (3 MB) cannot fit on a 2 MB disk.
      await expect(store.update((db) => ({ ...db, invoices: db.invoices.map((i) => ({ ...i, notes: 'x'.repeat(2000) })) }))).rejects.toMatchObject({
        code: 'STORE_WRITE_FAILED',
        message: expect.stringMatching(/le disque est plein/),
      });
      expect(await fs.readFile(file, 'utf8')).toBe(before);
      expect(store.data.invoices[0]!.notes).toBe(makeInvoice(1, 2).notes);
      await store.close();
      const again = await openStore({ file });
      expect(again.data.invoices).toHaveLength(1000);
      await again.close();
    } finally {
      spawnSync('umount', [mount]);
    }
  });
  if (!canMount) it.skip('full-disk test needs root on Linux to mount a small tmpfs', () => undefined);
});
