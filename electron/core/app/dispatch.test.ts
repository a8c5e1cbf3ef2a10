import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { address, tempCore } from '../../../test/support/tempCore';

let core: Awaited<ReturnType<typeof tempCore>>;
beforeEach(async () => {
  core = await tempCore();
});
afterEach(async () => {
  await core.dispose();
});

describe('IPC validation: a malformed call is refused with a code, never crashes the core', () => {
  it.each([
    ['an unknown method', 'files.readAny', { path: '/etc/passwd' }, 'UNKNOWN_METHOD'],
    ['a method name that is not a string', 42, {}, 'UNKNOWN_METHOD'],
    ['a prototype key', '__proto__', {}, 'UNKNOWN_METHOD'],
    ['a missing input', 'clients.save', undefined, 'INVALID_INPUT'],
    ['a string instead of an object', 'invoices.save', 'DROP TABLE', 'INVALID_INPUT'],
    ['an extra key on a strict input', 'clients.delete', { id: 'a', evil: true }, 'INVALID_INPUT'],
    ['an id with path characters', 'invoices.delete', { id: '../../etc' }, 'INVALID_INPUT'],
    ['a float amount of cents', 'payments.add', { invoiceId: 'x', date: '2026-01-01', amountCents: 12.5 }, 'INVALID_INPUT'],
    ['bytes sent as a string', 'import.preview', { kind: 'invoices', fileName: 'a.csv', bytes: 'abc' }, 'INVALID_INPUT'],
  ])('refuses %s', async (_label, method, input, code) => {
    const result = await core.dispatch(method, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/[a-zéèàç]/i);
      expect(result.error.message).not.toMatch(/^(Invalid|Expected|Required)/);
    }
  });

  it('answers field-level French messages for a bad client', async () => {
    const result = await core.dispatch('clients.save', { kind: 'business', name: '', siret: '123', email: 'pas-un-mail', address });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: {
          name: 'Le nom du client est obligatoire.',
          siret: 'SIRET invalide\u00a0: 14 chiffres dont le dernier est une clé de contrôle.',
          email: 'Adresse e-mail invalide (exemple\u00a0: nom@domaine.fr).',
        },
      },
    });
  });

  it('refuses a due date before the issue date, and writes nothing', async () => {
    const before = await readFile(core.dataFile, 'utf8');
    const client = await core.dispatch('clients.save', { kind: 'business', name: 'Atelier Dupré', address });
    expect(client.ok).toBe(true);
    const afterClient = await readFile(core.dataFile, 'utf8');
    expect(afterClient).not.toBe(before);
    const clientId = client.ok ? (client.data as { id: string }).id : '';
    const result = await core.dispatch('invoices.save', { number: 'F-1', clientId, issueDate: '2026-02-01', dueDate: '2026-01-01', amountTtcCents: 1000 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { dueDate: 'L’échéance ne peut pas précéder la date de la facture.' } } });
    expect(await readFile(core.dataFile, 'utf8')).toBe(afterClient);
  });

  it('keeps working after a storm of garbage calls', async () => {
    const garbage = [null, undefined, 1, 'x', [], {}, { a: { b: { c: [] } } }, new Uint8Array(3)];
    for (const method of ['', 'app.status', 'ledger.snapshot', 'nope', 'payments.remove']) {
      for (const input of garbage) await core.dispatch(method, input);
    }
    const status = await core.dispatch('app.status', {});
    expect(status).toMatchObject({ ok: true, data: { today: '2026-11-23', readOnly: false } });
  });
});

describe('the data-changed event follows the contract’s own flag', () => {
  it('is sent after a successful change, and not after a read or a refused change', async () => {
    const seen: string[] = [];
    core.events.subscribe((event) => seen.push(event));
    await core.dispatch('ledger.snapshot', {});
    await core.dispatch('app.status', {});
    expect(seen).toEqual([]);
    await core.dispatch('clients.save', { kind: 'business', name: '', address });
    expect(seen).toEqual([]);
    await core.dispatch('clients.save', { kind: 'business', name: 'Atelier Dupré', address });
    expect(seen).toEqual(['data.changed']);
  });

  it('no method marked as a read changes the data file', async () => {
    const { contract } = await import('../../../shared/ipc/contract');
    await core.dispatch('clients.save', { kind: 'business', name: 'Atelier Dupré', address });
    const before = await readFile(core.dataFile, 'utf8');
    const reads = Object.entries(contract).filter(([, spec]) => !spec.mutates);
    expect(reads.map(([name]) => name)).toContain('ledger.snapshot');
    for (const [name] of reads) await core.dispatch(name, {});
    expect(await readFile(core.dataFile, 'utf8')).toBe(before);
  });
});
