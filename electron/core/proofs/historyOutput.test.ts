import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import { fixedClock } from '../app/clock';
import { createCore, type Core } from '../app/createCore';
import { callOk, callRefused, tempCore } from '../../../test/support/tempCore';

/** « Imprimer l’historique » in the app: the core draws the history and hands the desktop its own file, never a path from the page. */

let dir: string;
let core: Core;
let printed: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relance-history-'));
  printed = [];
  core = await createCore({
    dataFile: join(dir, 'data', 'relance.json'),
    clock: fixedClock(new Date('2026-03-31T10:00:00')),
    mode: 'electron',
    version: 'test',
    tempDir: join(dir, 'tmp'),
    platform: { openFolder: async () => undefined, printPdf: async (path) => void printed.push(path), openPdf: async () => undefined },
  });
});
afterEach(async () => {
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

async function anInvoice(c: Core): Promise<Invoice> {
  const client = await callOk<Client>(c, 'clients.save', { kind: 'private', name: 'Jeanne Morel', address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' } });
  return callOk<Invoice>(c, 'invoices.save', { number: 'F/2026:001', clientId: client.id, issueDate: '2026-01-02', dueDate: '2026-02-01', amountTtcCents: 50_000 });
}

describe('invoices.historyOutput', { timeout: 60_000 }, () => {
  it('prints the history the core draws, from a file of its own under a clean name', async () => {
    const invoice = await anInvoice(core);
    const { file } = await callOk<{ file: string }>(core, 'invoices.historyOutput', { invoiceId: invoice.id, action: 'print' });
    expect(printed).toEqual([file]);
    expect(file.startsWith(join(dir, 'tmp'))).toBe(true);
    expect(file).toMatch(/2026-03-31 Historique F-2026-001\.pdf$/);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('is refused in the loopback mode with what the browser does instead', async () => {
    const loopback = await tempCore('2026-03-31T10:00:00');
    try {
      const invoice = await anInvoice(loopback);
      const error = await callRefused(loopback, 'invoices.historyOutput', { invoiceId: invoice.id, action: 'print' });
      expect(error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringContaining('le navigateur ouvre le PDF pour l’imprimer') as string });
    } finally {
      await loopback.dispose();
    }
  });
});
