import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupSummary, LedgerSnapshot } from '../../../shared/ipc/contract';
import { emptyDatabase } from '../../../shared/ledger/schema';
import { address, callOk, callRefused, tempCore } from '../../../test/support/tempCore';
import { createCore, type Core } from '../app/createCore';
import { HOUR_MS } from '../store/backups';
import { makeClient, makeInvoice } from '../store/fixtures';
import { manualClock } from '../store/testUtils';
import { DataService, type Platform } from './dataService';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A real core over a temporary folder, on a clock the test moves (the store backs up at most once an hour). */
async function coreOnManualClock(options: { platform?: Platform; seed?: unknown } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'relance-data-'));
  const dataFile = join(dir, 'relance.json');
  if (options.seed) await writeFile(dataFile, JSON.stringify(options.seed, null, 2));
  const clock = manualClock('2026-11-23T09:00:00');
  const core = await createCore({ dataFile, clock, mode: 'loopback', version: 'test', platform: options.platform });
  cleanups.push(async () => {
    await core.close();
    await rm(dir, { recursive: true, force: true });
  });
  return { core, dir, dataFile, clock };
}

async function addClient(core: Core, name: string): Promise<void> {
  await callOk(core, 'clients.save', { kind: 'business', name, address, email: '', contactName: '', notes: '' });
}

/** Three saves an hour apart: three backups (an empty ledger, then one client, then two). */
async function withHistory() {
  const env = await coreOnManualClock();
  await addClient(env.core, 'Atelier Dupré SARL');
  env.clock.advance(HOUR_MS + 60_000);
  await addClient(env.core, 'Beta SAS');
  env.clock.advance(HOUR_MS + 60_000);
  await addClient(env.core, 'Gamma Conseil');
  return env;
}

describe('data.listBackups', () => {
  it('lists the backups newest first, with when they were taken, their size and what they hold', async () => {
    const { core } = await withHistory();
    const list = await callOk<BackupSummary[]>(core, 'data.listBackups', {});
    expect(list.map((b) => b.counts?.clients)).toEqual([2, 1, 0]);
    expect(list.map((b) => b.takenAt)).toEqual([new Date('2026-11-23T11:02:00').toISOString(), new Date('2026-11-23T10:01:00').toISOString(), new Date('2026-11-23T09:00:00').toISOString()]);
    for (const b of list) {
      expect(b.sizeBytes).toBeGreaterThan(100);
      expect(b.counts).toMatchObject({ invoices: 0, reminders: 0 });
      expect(b.name).toMatch(/^relance-\d{8}-[\dTZ-]+-[0-9a-f]{16}\.json$/);
    }
  });

  it('says « illisible » (counts null) for a backup that cannot be read', async () => {
    const { core } = await withHistory();
    const [newest] = await callOk<BackupSummary[]>(core, 'data.listBackups', {});
    await writeFile(join(core.store.backupsFolder, newest!.name), '{ pas du json');
    const list = await callOk<BackupSummary[]>(core, 'data.listBackups', {});
    expect(list[0]).toMatchObject({ name: newest!.name, counts: null });
    const refused = await callRefused(core, 'data.restoreBackup', { name: newest!.name });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/illisible/);
  });
});

describe('data.restoreBackup', () => {
  it('restores a backup, keeps the replaced version, and restoring that one brings the data back', async () => {
    const { core } = await withHistory();
    const before = await callOk<LedgerSnapshot>(core, 'ledger.snapshot', {});
    expect(before.clients).toHaveLength(3);
    const list = await callOk<BackupSummary[]>(core, 'data.listBackups', {});
    const oneClient = list.find((b) => b.counts?.clients === 1)!;
    const changed: string[] = [];
    core.events.subscribe((event) => changed.push(event));

    const { previousKeptAs } = await callOk<{ previousKeptAs: string | null }>(core, 'data.restoreBackup', { name: oneClient.name });
    expect(changed).toEqual(['data.changed']);
    const restored = await callOk<LedgerSnapshot>(core, 'ledger.snapshot', {});
    expect(restored.clients.map((c) => c.name)).toEqual(['Atelier Dupré SARL']);
    // The file on disk holds the restored version too.
    expect(JSON.parse(await readFile(core.store.file, 'utf8')).clients).toHaveLength(1);

    expect(previousKeptAs).not.toBeNull();
    const after = await callOk<BackupSummary[]>(core, 'data.listBackups', {});
    expect(after[0]).toMatchObject({ name: previousKeptAs, counts: { clients: 3 } });

    await callOk(core, 'data.restoreBackup', { name: previousKeptAs });
    expect(await callOk<LedgerSnapshot>(core, 'ledger.snapshot', {})).toEqual(before);
  });

  it('refuses an unknown backup with a French message, and a name that is not a backup file name', async () => {
    const { core } = await withHistory();
    const unknown = await callRefused(core, 'data.restoreBackup', { name: 'relance-00000099-2026-11-23T08-00-00-000Z-0123456789abcdef.json' });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toBe('Cette sauvegarde n’existe plus (elle a peut-être été supprimée depuis l’affichage de la liste).');

    for (const name of ['../relance.json', '/etc/passwd', '.relance.json', 'backups/relance.json', '']) {
      const refused = await callRefused(core, 'data.restoreBackup', { name });
      expect(refused.code, name).toBe('INVALID_INPUT');
      expect(refused.message, name).toBe('Ce nom de sauvegarde n’est pas valide.');
    }
    expect((await callRefused(core, 'data.restoreBackup', { name: `${'a'.repeat(201)}.json` })).message).toBe('Ce nom de sauvegarde est trop long.');
    expect((await callRefused(core, 'data.restoreBackup', { name: 'x.json', extra: 1 })).code).toBe('INVALID_INPUT');
    expect((await callRefused(core, 'data.restoreBackup', { name: `${'a'.repeat(199)}/` })).code).toBe('INVALID_INPUT');
    expect((await callOk<LedgerSnapshot>(core, 'ledger.snapshot', {})).clients).toHaveLength(3);
  });
});

describe('data.exportCopy', () => {
  it('zips the data file as on disk, the backups, the archived files and a LISEZMOI.txt', async () => {
    const { core, dir, dataFile } = await withHistory();
    await mkdir(join(dir, 'blobs', 'ab'), { recursive: true });
    await writeFile(join(dir, 'blobs', 'ab', 'abcdef.pdf'), '%PDF-1.7 lettre');

    const { fileName, bytes } = await callOk<{ fileName: string; bytes: Uint8Array }>(core, 'data.exportCopy', {});
    expect(fileName).toBe('relance-copie-2026-11-23.zip');
    expect(bytes).toBeInstanceOf(Uint8Array);
    const files = unzipSync(bytes);

    expect(Buffer.from(files['relance.json']!).equals(await readFile(dataFile))).toBe(true);
    const backupNames = (await readdir(core.store.backupsFolder)).sort();
    expect(backupNames).toHaveLength(3);
    for (const name of backupNames) {
      expect(Buffer.from(files[`backups/${name}`]!).equals(await readFile(join(core.store.backupsFolder, name))), name).toBe(true);
    }
    expect(new TextDecoder().decode(files['blobs/ab/abcdef.pdf'])).toBe('%PDF-1.7 lettre');

    const readme = new TextDecoder().decode(files['LISEZMOI.txt']);
    expect(readme).toContain('Faite le 23 novembre 2026 à 11:02.');
    expect(readme).toContain('1. Fermez Relance.');
    expect(readme).toContain(dir);
    expect(readme).toContain('backups/\u00a0: les sauvegardes automatiques de Relance (3 fichiers)');
    expect(readme).toContain('blobs/\u00a0: les documents archivés');
    expect(readme).not.toMatch(/ [:;?!]/); // French typography: never a plain space before : ; ? !
    expect(Object.keys(files).sort()).toEqual(['LISEZMOI.txt', 'blobs/ab/abcdef.pdf', ...backupNames.map((n) => `backups/${n}`), 'relance.json'].sort());
  });

  it('includes the versions kept aside at opening, and works without any backup or archived file', async () => {
    const { core, dataFile } = await coreOnManualClock({ seed: seedWithOneBadInvoice() });
    const files = unzipSync((await callOk<{ bytes: Uint8Array }>(core, 'data.exportCopy', {})).bytes);
    expect(Buffer.from(files['relance.json']!).equals(await readFile(dataFile))).toBe(true);
    const aside = Object.keys(files).filter((n) => n.startsWith('mis-de-cote/'));
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatch(/^mis-de-cote\/relance\.original-/);
    expect(JSON.parse(new TextDecoder().decode(files[aside[0]!])).invoices[0].amountTtcCents).toBe('12');
  });

  it('refuses a copy bigger than the limit, in French', async () => {
    const { core, clock } = await withHistory();
    const small = new DataService(core.store, clock, { maxExportBytes: 1024 });
    await expect(small.exportCopy()).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/^La copie complète ferait [\d,]+\u00a0ko, plus que la limite de 1\u00a0ko\u00a0: elle n’a pas été créée\./) });
  });
});

describe('data.quarantine', () => {
  it('lists the records set aside at opening, with their French label and reason', async () => {
    const { core } = await coreOnManualClock({ seed: seedWithOneBadInvoice() });
    const records = await callOk<{ section: string; label: string; reason: string; value: { id: string }; foundAt: string }[]>(core, 'data.quarantine', {});
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ section: 'invoices', value: { id: 'i1' }, foundAt: new Date('2026-11-23T09:00:00').toISOString() });
    expect(records[0]!.label).toMatch(/Facture/);
    expect(records[0]!.reason).not.toBe('');
  });

  it('is empty for a clean file', async () => {
    const core = await tempCore();
    cleanups.push(() => core.dispose());
    expect(await callOk(core, 'data.quarantine', {})).toEqual([]);
  });
});

describe('data.openFolder', () => {
  it('is refused in the loopback mode, in French, and takes no path', async () => {
    const core = await tempCore();
    cleanups.push(() => core.dispose());
    const refused = await callRefused(core, 'data.openFolder', {});
    expect(refused.code).toBe('UNAVAILABLE');
    expect(refused.message).toBe(`Ouvrir le dossier n’est possible que dans l’application Relance. Le dossier de vos données est\u00a0: ${core.dir}`);
    expect((await callRefused(core, 'data.openFolder', { path: '/etc' })).code).toBe('INVALID_INPUT');
  });

  it('opens the store’s own folder through the platform, and says so in French when it fails', async () => {
    const opened: string[] = [];
    const { core, dataFile } = await coreOnManualClock({ platform: { openFolder: async (p) => void opened.push(p) } });
    expect(await callOk(core, 'data.openFolder', {})).toEqual({ folder: dirname(dataFile) });
    expect(opened).toEqual([dirname(dataFile)]);

    const failing = await coreOnManualClock({ platform: { openFolder: () => Promise.reject(new Error('no file manager')) } });
    const refused = await callRefused(failing.core, 'data.openFolder', {});
    expect(refused).toMatchObject({ code: 'UNAVAILABLE', message: `Le dossier n’a pas pu être ouvert. Ouvrez-le depuis votre gestionnaire de fichiers\u00a0: ${failing.dir}` });
  });
});

/** A ledger whose first invoice has a text amount: it is set aside at opening, the rest loads. */
function seedWithOneBadInvoice(): unknown {
  const db = emptyDatabase();
  const bad = { ...makeInvoice(1), amountTtcCents: '12' };
  return { ...db, clients: [makeClient(0)], invoices: [bad, makeInvoice(2)] };
}
