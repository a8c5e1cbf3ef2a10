import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LetterPreview } from '../../../shared/documents/contract';
import type { ArchivedFile } from '../../../shared/dunning/schema';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import { fixedClock } from '../app/clock';
import { createCore, type Core } from '../app/createCore';
import { callOk, callRefused } from '../../../test/support/tempCore';
import { pdfFileName } from './pdfOutput';

let dir: string;
let core: Core;
let calls: { hook: 'print' | 'open' | 'folder'; path: string }[];
let failing: boolean;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relance-output-'));
  calls = [];
  failing = false;
  core = await createCore({
    dataFile: join(dir, 'data', 'relance.json'),
    clock: fixedClock(new Date('2026-12-01T10:00:00')),
    mode: 'electron',
    version: 'test',
    tempDir: join(dir, 'tmp'),
    platform: {
      openFolder: async (path) => void calls.push({ hook: 'folder', path }),
      printPdf: async (path) => {
        calls.push({ hook: 'print', path });
        if (failing) throw new Error('no printer');
      },
      openPdf: async (path) => void calls.push({ hook: 'open', path }),
    },
  });
});
afterEach(async () => {
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

const call = <T>(method: string, input: unknown) => callOk<T>(core, method, input);

async function seed(c: Core = core) {
  const call = <T>(method: string, input: unknown) => callOk<T>(c, method, input);
  await call('identity.save', { name: 'Camille Martin', legalForm: 'ei', address: { street: '8 rue Mercière', postalCode: '69002', city: 'Lyon' }, siret: '73282932000074', email: 'c@martin.fr', iban: 'FR7630006000011234567890189' });
  const client = await call<Client>('clients.save', { kind: 'business', name: 'Atelier Dupré', address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' } });
  const invoice = await call<Invoice>('invoices.save', { number: 'F/2026:012', clientId: client.id, issueDate: '2026-09-15', dueDate: '2026-10-15', amountTtcCents: 123456, description: 'Logo' });
  return { request: { clientId: client.id, invoiceIds: [invoice.id], tone: 'formal', letterDate: '2026-12-01' } };
}

describe('Imprimer and Ouvrir dans le lecteur PDF in the app', () => {
  it('writes the letter the core draws into its own private temporary folder, under a clean name, and hands that file only to the hook', async () => {
    const { request } = await seed();
    const preview = await call<LetterPreview>('letters.preview', request);
    const { file } = await call<{ file: string }>('letters.outputPdf', { source: { kind: 'letter', request }, action: 'print' });
    expect(dirname(dirname(file))).toBe(join(dir, 'tmp'));
    expect(file.split('/').at(-2)).toMatch(/^relance-pdf-/);
    expect(file.split('/').at(-1)).toBe('2026-12-01 Mise en demeure F-2026-012.pdf');
    expect(calls).toEqual([{ hook: 'print', path: file }]);
    expect(Buffer.compare(await readFile(file), Buffer.from(preview.pdf))).toBe(0);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(dirname(file))).mode & 0o777).toBe(0o700);

    const opened = await call<{ file: string }>('letters.outputPdf', { source: { kind: 'letter', request }, action: 'open' });
    expect(calls.at(-1)).toEqual({ hook: 'open', path: opened.file });
  }, 60_000);

  it('opens an archived letter only when it matches its hash, named after its sending', async () => {
    const { request } = await seed();
    const preview = await call<LetterPreview>('letters.preview', { ...request, registeredMail: false });
    const sent = await call<{ document: ArchivedFile }>('letters.send', { request, channel: 'letter', sentOn: '2026-12-01', previewSha256: preview.sha256 });
    const { file } = await call<{ file: string }>('letters.outputPdf', { source: { kind: 'archived', sha256: sent.document.sha256 }, action: 'open' });
    expect(file.endsWith('/2026-12-01 Mise en demeure F-2026-012.pdf')).toBe(true);
    await writeFile(join(dir, 'data', 'blobs', sent.document.sha256.slice(0, 2), `${sent.document.sha256}.pdf`), '%PDF-1.7 autre');
    const damaged = await callRefused(core, 'letters.outputPdf', { source: { kind: 'archived', sha256: sent.document.sha256 }, action: 'open' });
    expect(damaged).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('modifié depuis son envoi') });
    expect(calls).toHaveLength(1);
  }, 60_000);

  it('validates its input: no path, no unknown source, no unknown action', async () => {
    for (const input of [
      { source: { kind: 'file', path: '/etc/passwd' }, action: 'open' },
      { source: { kind: 'archived', sha256: '../../x' }, action: 'open' },
      { source: { kind: 'batch', batchId: 'abc/../../' }, action: 'print' },
      { source: { kind: 'archived', sha256: 'a'.repeat(64) }, action: 'delete' },
      { source: { kind: 'archived', sha256: 'a'.repeat(64) }, action: 'open', path: '/tmp/x.pdf' },
    ]) {
      expect((await callRefused(core, 'letters.outputPdf', input)).code).toBe('INVALID_INPUT');
    }
    expect((await callRefused(core, 'letters.outputPdf', { source: { kind: 'batch', batchId: 'unknown-batch' }, action: 'print' })).code).toBe('NOT_FOUND');
    expect(calls).toEqual([]);
    expect(await readdir(dir)).not.toContain('tmp');
  });

  it('says where the file is when the desktop cannot print it', async () => {
    const { request } = await seed();
    failing = true;
    const refused = await callRefused(core, 'letters.outputPdf', { source: { kind: 'letter', request }, action: 'print' });
    expect(refused.code).toBe('UNAVAILABLE');
    expect(refused.message).toMatch(/^La fenêtre d’impression n’a pas pu s’ouvrir\. Le PDF est ici\u00a0: .*relance-pdf-.*\.pdf$/);
  }, 60_000);

  it('is unavailable without the desktop (loopback mode), with what the browser does instead, and writes nothing', async () => {
    const web = await createCore({ dataFile: join(dir, 'web', 'relance.json'), clock: fixedClock(new Date('2026-12-01T10:00:00')), mode: 'loopback', version: 'test', tempDir: join(dir, 'tmp') });
    try {
      const { request } = await seed(web);
      const print = await callRefused(web, 'letters.outputPdf', { source: { kind: 'letter', request }, action: 'print' });
      expect(print).toEqual({ code: 'UNAVAILABLE', message: 'Imprimer par le système n’est possible que dans l’application Relance\u00a0: ici, le navigateur ouvre le PDF pour l’imprimer.' });
      const open = await callRefused(web, 'letters.outputPdf', { source: { kind: 'letter', request }, action: 'open' });
      expect(open.message).toBe('Ouvrir dans le lecteur PDF n’est possible que dans l’application Relance\u00a0: ici, le PDF est téléchargé.');
      expect(await readdir(dir)).not.toContain('tmp');
    } finally {
      await web.close();
    }
  });

  it('removes its folder when the core closes', async () => {
    const { request } = await seed();
    const { file } = await call<{ file: string }>('letters.outputPdf', { source: { kind: 'letter', request }, action: 'open' });
    await core.close();
    await expect(stat(dirname(file))).rejects.toThrow();
    core = await createCore({ dataFile: join(dir, 'data', 'relance.json'), clock: fixedClock(new Date('2026-12-01T10:00:00')), mode: 'electron', version: 'test' });
  }, 60_000);
});

describe('pdfFileName', () => {
  it.each([
    ['2026-12-01 Mise en demeure F/2026:012', '2026-12-01 Mise en demeure F-2026-012.pdf'],
    ['a<b>c"d|e?f*g\\h\u0000i\u001fj', 'a-b-c-d-e-f-g-h-i-j.pdf'],
    ['  ..\tcaché  ', 'caché.pdf'],
    ['fin. . ', 'fin.pdf'],
    ['CON', 'Relance CON.pdf'],
    ['', 'Relance.pdf'],
    ['x'.repeat(300), `${'x'.repeat(120)}.pdf`],
  ])('%j → %j', (title, name) => {
    expect(pdfFileName(title)).toBe(name);
  });
});

describe('printing the invoice’s attached PDF', () => {
  it('hands the printer its pages only: the script and the open action of the file stay behind', async () => {
    await seed();
    const [invoice] = (await call<{ invoices: Invoice[] }>('ledger.snapshot', {})).invoices;
    const bytes = new Uint8Array(await readFile(join(__dirname, '../../../../shared/testdata/pdf/edge/pdfjs_issue6106_openaction-js-print.pdf')));
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/JavaScript/);
    await call('attachments.attach', { invoiceId: invoice!.id, fileName: 'script.pdf', bytes });
    const { file } = await call<{ file: string }>('letters.outputPdf', { source: { kind: 'attachment', invoiceId: invoice!.id }, action: 'print' });
    expect(file.split('/').at(-1)).toBe('Facture F-2026-012.pdf');
    expect(calls).toEqual([{ hook: 'print', path: file }]);
    const printed = Buffer.from(await readFile(file)).toString('latin1');
    expect(printed.startsWith('%PDF-')).toBe(true);
    expect(printed).not.toMatch(/\/(?:JavaScript|JS|OpenAction)\b/);
  });

  it('refuses an attached file changed on disk since it was attached, and prints nothing', async () => {
    await seed();
    const [invoice] = (await call<{ invoices: Invoice[] }>('ledger.snapshot', {})).invoices;
    const bytes = new Uint8Array(await readFile(join(__dirname, '../../../../shared/testdata/pdf/facturx/corpus_Facture_FR_MINIMUM.pdf')));
    const saved = await call<Invoice>('attachments.attach', { invoiceId: invoice!.id, fileName: 'f.pdf', bytes });
    const sha = saved.attachment!.sha256;
    await writeFile(join(dir, 'data', 'blobs', sha.slice(0, 2), `${sha}.pdf`), bytes.subarray(0, 200));
    const refused = await callRefused(core, 'letters.outputPdf', { source: { kind: 'attachment', invoiceId: invoice!.id }, action: 'print' });
    expect(refused.message).toContain('Le PDF joint à la facture ne peut pas être utilisé');
    expect(calls).toEqual([]);
  });
});

describe('printing a statement of account', () => {
  it('hands the printer the statement drawn again from its request: the same bytes as its preview', async () => {
    const { request } = await seed();
    const statement = { clientId: request.clientId, asOf: '2026-12-01' };
    const preview = await call<{ pdf: Uint8Array; sha256: string }>('statements.preview', statement);
    const { file } = await call<{ file: string }>('letters.outputPdf', { source: { kind: 'statement', request: statement }, action: 'open' });
    expect(file.split('/').at(-1)).toBe('2026-12-01 Relevé de compte Atelier Dupré.pdf');
    expect(calls).toEqual([{ hook: 'open', path: file }]);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(await readFile(file)).digest('hex')).toBe(preview.sha256);
  });
});
