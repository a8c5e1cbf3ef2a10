import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from './durableJsonFile';
import { makeClient, makeInvoice } from './fixtures';
import { openStore } from './openStore';
import { schemaFingerprint } from './schemaFingerprint';
import { tempDir } from './testUtils';

/** A file whose first invoice lacks `notes` (a field with a default), and a note claiming Relance wrote it. */
async function fileWithNote(schema: string) {
  const dir = await tempDir();
  const file = path.join(dir, 'relance.json');
  const store = await openStore({ file });
  await store.update((db) => ({ ...db, clients: [makeClient(0)], invoices: [makeInvoice(1)] }));
  await store.close();
  const raw = JSON.parse(await fs.readFile(file, 'utf8'));
  delete raw.invoices[0].notes;
  const text = JSON.stringify(raw);
  await fs.writeFile(file, text);
  await fs.writeFile(path.join(dir, '.relance.json.sha256'), JSON.stringify({ sha256: sha256(text), schema }));
  return file;
}

describe('the opening of a file Relance wrote itself', () => {
  it('trusts the file without validating it again when its hash and the schema match the note', async () => {
    const file = await fileWithNote(schemaFingerprint());
    const store = await openStore({ file });
    // Not validated: the default of `notes` was not filled in (proof that the fast path was taken).
    expect(store.data.invoices[0]!.notes).toBeUndefined();
    await store.close();
  });

  it('validates it in full when the note comes from a build with another schema', async () => {
    const file = await fileWithNote('0123456789abcdef');
    const store = await openStore({ file });
    expect(store.data.invoices[0]!.notes).toBe('');
    await store.close();
  });

  it('validates in full a file changed since (its hash is not the noted one)', async () => {
    const file = await fileWithNote(schemaFingerprint());
    const raw = JSON.parse(await fs.readFile(file, 'utf8'));
    raw.invoices[0].number = 'F-MAIN';
    await fs.writeFile(file, JSON.stringify(raw));
    const store = await openStore({ file });
    expect(store.data.invoices[0]!).toMatchObject({ number: 'F-MAIN', notes: '' });
    await store.close();
  });

  it('notes the hash after each save, so the next opening is fast', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'relance.json');
    const store = await openStore({ file });
    await store.update((db) => ({ ...db, clients: [makeClient(0)] }));
    await store.close();
    const note = JSON.parse(await fs.readFile(path.join(dir, '.relance.json.sha256'), 'utf8'));
    expect(note).toEqual({ sha256: sha256(await fs.readFile(file)), schema: schemaFingerprint() });
  });
});
