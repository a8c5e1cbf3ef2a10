import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Client, type Invoice } from '../../../shared/ledger/schema';
import { openStore } from '../store/openStore';
import { address, callOk, callRefused, tempCore } from '../../../test/support/tempCore';

let core: Awaited<ReturnType<typeof tempCore>>;
beforeEach(async () => {
  core = await tempCore('2026-02-10T10:00:00');
});
afterEach(async () => {
  await core.dispose();
});

const call = <T>(method: string, input: unknown) => callOk<T>(core, method, input);
const refused = (method: string, input: unknown) => callRefused(core, method, input);

async function seed() {
  const client = await call<Client>('clients.save', { kind: 'business', name: 'Atelier Dupré SARL', contactName: 'Élise Martin', address, siret: '73282932000074' });
  const invoice = await call<Invoice>('invoices.save', {
    number: 'F-2025-042',
    clientId: client.id,
    issueDate: '2025-10-21',
    dueDate: '2025-11-20',
    amountTtcCents: 120000,
    amountHtCents: 100000,
  });
  return { client, invoice };
}

describe('ledger', () => {
  it('creates a client and an invoice, both on disk', async () => {
    const { client, invoice } = await seed();
    expect(invoice).toMatchObject({ number: 'F-2025-042', amountTtcCents: 120000, currency: 'EUR', payments: [], createdAt: new Date('2026-02-10T10:00:00').toISOString() });
    const onDisk = JSON.parse(await readFile(core.dataFile, 'utf8'));
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(onDisk.clients[0].name).toBe(client.name);
    expect(onDisk.invoices[0].amountTtcCents).toBe(120000);
    await core.close();
    const reopened = await openStore({ file: core.dataFile });
    expect(reopened.data.invoices).toHaveLength(1);
    await reopened.close();
  });

  it('refuses a duplicate invoice number, case- and space-insensitively', async () => {
    const { client } = await seed();
    const error = await refused('invoices.save', { number: ' f-2025-042 ', clientId: client.id, issueDate: '2026-01-01', dueDate: '2026-01-31', amountTtcCents: 5000 });
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Une facture porte déjà le numéro F-2025-042.', fields: { number: 'Une facture porte déjà le numéro F-2025-042.' } });
  });

  it('records partial then full payments; the status follows', async () => {
    const { invoice } = await seed();
    let updated = await call<Invoice>('payments.add', { invoiceId: invoice.id, date: '2026-01-15', amountCents: 20000 });
    expect(updated.payments).toHaveLength(1);
    const over = await refused('payments.add', { invoiceId: invoice.id, date: '2026-02-01', amountCents: 100001 });
    expect(over.message).toBe('Le paiement (1\u202f000,01\u00a0€) dépasse le reste dû (1\u202f000,00\u00a0€).');
    const future = await refused('payments.add', { invoiceId: invoice.id, date: '2026-02-11', amountCents: 100 });
    expect(future.fields).toEqual({ date: 'La date du paiement ne peut pas être dans le futur.' });
    updated = await call<Invoice>('payments.add', { invoiceId: invoice.id, date: '2026-02-10', amountCents: 100000 });
    expect(updated.payments.map((p) => p.amountCents)).toEqual([20000, 100000]);
    const paid = await refused('payments.add', { invoiceId: invoice.id, date: '2026-02-10', amountCents: 1 });
    expect(paid.message).toBe('Cette facture est déjà entièrement payée.');
    const lower = await refused('invoices.save', { ...invoice, amountTtcCents: 100000 });
    expect(lower.message).toBe('Le montant TTC ne peut pas être inférieur aux paiements déjà reçus (1\u202f200,00\u00a0€).');
    const removed = await call<Invoice>('payments.remove', { invoiceId: invoice.id, paymentId: updated.payments[1]!.id });
    expect(removed.payments).toHaveLength(1);
  });

  it('refuses to delete a client that still has invoices', async () => {
    const { client, invoice } = await seed();
    expect(await refused('clients.delete', { id: client.id })).toMatchObject({ code: 'IN_USE', message: 'Ce client a 1 facture\u00a0: supprimez ou réattribuez cette facture d’abord.' });
    await call('invoices.delete', { id: invoice.id });
    await call('clients.delete', { id: client.id });
    expect((await call<{ clients: unknown[] }>('ledger.snapshot', {})).clients).toHaveLength(0);
  });

  it('saves the identity used on letters, and refuses a bad IBAN', async () => {
    const error = await refused('identity.save', { name: 'Camille Roux', iban: 'FR76 3000 6000 0112 3456 7890 188' });
    expect(error.fields).toEqual({ iban: 'IBAN invalide\u00a0: vérifiez les chiffres (la clé de contrôle ne correspond pas).' });
    const saved = await call<{ name: string; iban: string }>('identity.save', { name: 'Camille Roux', iban: 'FR76 3000 6000 0112 3456 7890 189', address });
    expect(saved.name).toBe('Camille Roux');
  });

  it('stores the IBAN and the BIC normalised, however they were typed', async () => {
    await call('identity.save', { name: 'Camille Roux', iban: ' fr76 3000 6000 0112 3456 7890 189', bic: 'bnpa fr pp xxx', address });
    const onDisk = JSON.parse(await readFile(core.dataFile, 'utf8'));
    expect(onDisk.identity).toMatchObject({ iban: 'FR7630006000011234567890189', bic: 'BNPAFRPPXXX' });
  });

  it('refuses a French postcode or phone number of the wrong length on save, and still loads one stored before', async () => {
    const postcode = await refused('clients.save', { kind: 'business', name: 'Atelier Dupré SARL', address: { ...address, postalCode: '6900' } });
    expect(postcode).toMatchObject({ code: 'INVALID_INPUT', fields: { 'address.postalCode': 'Code postal\u00a0: 5 chiffres pour la France (exemple\u00a0: 69001).' } });
    const phone = await refused('identity.save', { name: 'Camille Roux', address, phone: '06 12 34 56 7' });
    expect(phone.fields).toEqual({ phone: 'Téléphone\u00a0: 10 chiffres pour la France (exemple\u00a0: 06 12 34 56 78), ou +33 suivi de 9 chiffres.' });
    await call('clients.save', { kind: 'business', name: 'Brussels Design', address: { ...address, postalCode: '1000', city: 'Bruxelles', country: 'Belgique' }, phone: '02 123 45 67' });

    // A file written before these checks: its client loads as it is.
    await core.close();
    const raw = JSON.parse(await readFile(core.dataFile, 'utf8'));
    raw.clients.push({ ...raw.clients[0], id: 'c-old', name: 'Ancien client', address: { ...address, postalCode: '6900' }, phone: '06 12 34 56 7' });
    await writeFile(core.dataFile, JSON.stringify(raw));
    const reopened = await openStore({ file: core.dataFile });
    expect(reopened.data.clients.find((c) => c.id === 'c-old')).toMatchObject({ address: { postalCode: '6900' }, phone: '06 12 34 56 7' });
    expect(reopened.data.quarantine).toEqual([]);
    expect(reopened.notices).toEqual([]);
    await reopened.close();
  });

  it('tells the renderer that data changed after a write, not after a read', async () => {
    const seen: string[] = [];
    core.events.subscribe((e) => seen.push(e));
    await call('ledger.snapshot', {});
    await seed();
    expect(seen).toEqual(['data.changed', 'data.changed']);
  });
});
