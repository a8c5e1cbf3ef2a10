import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors';
import { databaseSchema, SCHEMA_VERSION } from '../../../shared/ledger/schema';
import { fixedClock } from '../app/clock';
import { makeClient, makeInvoice, withInvoice } from './fixtures';
import { InvalidDocumentError, migrations, runMigrations, schemaVersionOf, type Migration } from './migrations';
import { openStore } from './openStore';
import type { Store } from './store';
import { listDir, tempDir } from './testUtils';
import { sha256 } from './durableJsonFile';
import { schemaFingerprint } from './schemaFingerprint';

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

/** A hand-made file of before schemaVersion: no version, no identity, invoices without payments/currency. */
function legacyDocument() {
  const { payments: _p, currency: _c, ...invoice } = makeInvoice(7);
  return { clients: [makeClient(0)], invoices: [invoice] };
}

describe('migration runner', () => {
  it('has a contiguous chain up to the current version', () => {
    expect(migrations.map((m) => [m.from, m.to])).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, v) => [v, v + 1]));
  });

  it('reads the version, 0 when absent, and refuses nonsense', () => {
    expect(schemaVersionOf({ clients: [] })).toBe(0);
    expect(schemaVersionOf({ schemaVersion: 1 })).toBe(1);
    expect(() => schemaVersionOf([])).toThrow(InvalidDocumentError);
    expect(() => schemaVersionOf(null)).toThrow(InvalidDocumentError);
    expect(() => schemaVersionOf({ schemaVersion: '1' })).toThrow(InvalidDocumentError);
    expect(() => schemaVersionOf({ schemaVersion: 1.5 })).toThrow(InvalidDocumentError);
  });

  it('migrates a v0 document to a valid current database', () => {
    const result = runMigrations(legacyDocument());
    expect(result).toMatchObject({ fromVersion: 0, toVersion: SCHEMA_VERSION, applied: SCHEMA_VERSION });
    const db = databaseSchema.parse(result.raw);
    expect(db.schemaVersion).toBe(SCHEMA_VERSION);
    expect(db.identity.name).toBe('');
    expect(db.invoices[0]).toMatchObject({ id: 'i7', payments: [], currency: 'EUR' });
    expect(db.clients[0]!.id).toBe('c0');
  });

  it('migrates a v1 document to v2: the dunning starts with nothing sent, nothing paused, the default policy', () => {
    const v1 = { schemaVersion: 1, identity: {}, clients: [{ ...makeClient(0), dunningPolicy: undefined }], invoices: [{ ...makeInvoice(1), reminders: undefined, pause: undefined, cancelled: undefined, formalNoticeDate: undefined, completionDate: undefined }] };
    const result = runMigrations(JSON.parse(JSON.stringify(v1)));
    expect(result).toMatchObject({ fromVersion: 1, toVersion: SCHEMA_VERSION, applied: SCHEMA_VERSION - 1 });
    const db = databaseSchema.parse(result.raw);
    expect(db.settings.defaultPolicy.levels.map((l) => l.id)).toEqual(['courtesy', 'friendly', 'firm', 'formal-notice', 'litigation']);
    expect(db.settings.extraRates).toEqual({});
    expect(db.clients[0]!.dunningPolicy).toBeNull();
    expect(db.invoices[0]).toMatchObject({ reminders: [], pause: null, cancelled: false, formalNoticeDate: null, completionDate: null });
  });

  it('refuses a v0 document that holds neither clients nor invoices', () => {
    expect(() => runMigrations({ hello: 'world' })).toThrow(InvalidDocumentError);
    expect(() => runMigrations({ clients: 'none' })).toThrow(InvalidDocumentError);
  });

  it('chains several migrations in order', () => {
    const list: Migration[] = [
      { from: 0, to: 1, migrate: (raw) => ({ ...(raw as object), schemaVersion: 1, trail: ['0→1'] }) },
      { from: 1, to: 2, migrate: (raw) => ({ ...(raw as { trail: string[] }), schemaVersion: 2, trail: [...(raw as { trail: string[] }).trail, '1→2'] }) },
    ];
    const result = runMigrations({ clients: [] }, 2, list);
    expect(result.raw).toMatchObject({ schemaVersion: 2, trail: ['0→1', '1→2'] });
    expect(result.applied).toBe(2);
    expect(() => runMigrations({ clients: [] }, 3, list)).toThrow(/No migration from schema version 2/);
  });
});

describe('opening files of other versions', () => {
  it('migrates a v0 file and saves it with the current schemaVersion, keeping the original as a backup', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const legacyText = JSON.stringify(legacyDocument(), null, 2);
    await fs.writeFile(file, legacyText);

    const store = await open(file);
    expect(store.readOnly).toBe(false);
    expect(store.notices).toEqual([]);
    expect(store.data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(store.data.invoices[0]!.payments).toEqual([]);

    const saved = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(saved.schemaVersion).toBe(SCHEMA_VERSION);
    expect(databaseSchema.parse(saved)).toEqual(store.data);
    // The pre-migration file is kept, byte for byte, in the backups (taken in the background after opening: awaited).
    await store.flushed();
    const backups = await listDir(store.backupsFolder);
    expect(backups).toHaveLength(1);
    expect(await fs.readFile(path.join(store.backupsFolder, backups[0]!), 'utf8')).toBe(legacyText);

    await store.update((db) => withInvoice(db, makeInvoice(8)));
    await store.close();
    const again = await open(file);
    expect(again.data.invoices.map((i) => i.id)).toEqual(['i7', 'i8']);
  });

  it('opens a file from a newer Relance read-only, never touching it', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const future = {
      schemaVersion: SCHEMA_VERSION + 1,
      identity: {},
      settings: {},
      clients: [makeClient(0)],
      invoices: [makeInvoice(1)],
      reminders: [{ id: 'r1', kind: 'nouveauté' }],
    };
    const bytes = Buffer.from(JSON.stringify(future, null, 4));
    await fs.writeFile(file, bytes);
    const mtime = (await fs.stat(file)).mtimeMs;

    const store = await open(file);
    expect(store.readOnly).toBe(true);
    // What still fits today's schema is shown.
    expect(store.data.invoices.map((i) => i.id)).toEqual(['i1']);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]!.level).toBe('warning');
    expect(store.notices[0]!.message).toMatch(/version plus récente de Relance/);
    expect(store.notices[0]!.message).toMatch(/lecture seule/);

    const error = await store.update((db) => withInvoice(db, makeInvoice(2))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('STORE_READ_ONLY');
    expect((error as AppError).message).toMatch(/version plus récente de Relance/);

    await store.close();
    expect(await fs.readFile(file)).toEqual(bytes);
    expect((await fs.stat(file)).mtimeMs).toBe(mtime);
    // Nothing written beside it: no backup, no damaged copy, no temp file.
    expect(await listDir(dir)).toEqual(['relance.json']);
  });

  it('shows a newer file that no longer fits today’s schema as empty, still read-only', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const text = JSON.stringify({ schemaVersion: 99, ledger: { entries: [] } });
    await fs.writeFile(file, text);
    const store = await open(file);
    expect(store.readOnly).toBe(true);
    expect(store.data.invoices).toEqual([]);
    expect(await fs.readFile(file, 'utf8')).toBe(text);
  });
});

describe('fields added with a default, without a new schemaVersion', () => {
  it('opens a v3 file written before the letters’ fields (legal form, RCS, signatory, invoice description) with their defaults', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const invoice: Record<string, unknown> = { ...makeInvoice(1) };
    delete invoice.description;
    const before = {
      schemaVersion: 3,
      identity: { name: 'Sophie Laurent Design', address: { street: '24 rue des Arts', postalCode: '69001', city: 'Lyon' }, iban: 'FR7630006000011234567890189' },
      settings: {},
      clients: [makeClient(0)],
      invoices: [invoice],
      creditNotes: [],
      quarantine: [],
    };
    const text = JSON.stringify(before);
    await fs.writeFile(file, text);
    // The note an earlier build left after its own save: same bytes, another schema.
    await fs.writeFile(path.join(dir, '.relance.json.sha256'), JSON.stringify({ sha256: sha256(text), schema: '0123456789abcdef' }));

    const store = await open(file);
    expect(store.readOnly).toBe(false);
    expect(store.notices).toEqual([]);
    expect(store.data.identity).toMatchObject({ name: 'Sophie Laurent Design', legalForm: 'ei', rcsCity: '', signatory: '', iban: 'FR7630006000011234567890189' });
    expect(store.data.invoices[0]).toMatchObject({ id: 'i1', description: '' });
    expect(store.data.quarantine).toEqual([]);
    expect(schemaFingerprint()).not.toBe('0123456789abcdef');
  });
});
