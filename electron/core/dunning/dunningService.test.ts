import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildOverview } from '../../../shared/dunning/overview';
import { DEFAULT_POLICY } from '../../../shared/dunning/schema';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import type { LedgerSnapshot } from '../../../shared/ipc/contract';
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
async function overview() {
  const snapshot = await call<LedgerSnapshot>('ledger.snapshot', {});
  return buildOverview(snapshot, '2026-02-10');
}

async function seed(kind: 'business' | 'private' = 'business') {
  const client = await call<Client>('clients.save', { kind, name: kind === 'business' ? 'Atelier Dupré SARL' : 'Jeanne Morel', address });
  const invoice = await call<Invoice>('invoices.save', { number: 'F-2025-042', clientId: client.id, issueDate: '2025-10-21', dueDate: '2025-11-20', amountTtcCents: 120000 });
  return { client, invoice };
}

describe('dunning through the contract', () => {
  it('shows the worked example on the overview: 82 days, 32,76 € of penalties and 40 €, a friendly reminder due (caught up)', async () => {
    const { invoice } = await seed();
    const o = await overview();
    expect(o.toActOn).toHaveLength(1);
    const row = o.toActOn[0]!;
    expect(row).toMatchObject({ daysLate: 82, remainingCents: 120000, penaltiesCents: 3276, indemnityCents: 4000 });
    expect(row.dunning).toMatchObject({ status: 'due', nextDate: '2025-11-27', overdueSince: '2025-11-27' });
    expect(row.dunning.nextLevel!.id).toBe('friendly');
    expect(o.totals).toMatchObject({ outstandingCents: 120000, overdueCents: 120000, penaltiesCents: 3276, indemnitiesCents: 4000 });
    expect(row.invoice.id).toBe(invoice.id);
  });

  it('records a reminder as proof; the next level counts from the day it was actually sent', async () => {
    const { invoice } = await seed();
    const updated = await call<Invoice>('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'friendly', sentOn: '2026-02-10', channel: 'email', note: 'envoyé à la compta' });
    expect(updated.reminders).toMatchObject([{ levelId: 'friendly', sentOn: '2026-02-10', channel: 'email', note: 'envoyé à la compta' }]);
    const onDisk = JSON.parse(await readFile(core.dataFile, 'utf8'));
    expect(onDisk.invoices[0].reminders[0].sentOn).toBe('2026-02-10');
    const o = await overview();
    expect(o.toActOn).toHaveLength(0);
    expect(o.overdue[0]!.dunning).toMatchObject({ status: 'scheduled', nextDate: '2026-02-20' });
    expect(o.overdue[0]!.dunning.nextLevel!.id).toBe('firm');
    expect(await refused('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'friendly', sentOn: '2026-02-10', channel: 'email' })).toMatchObject({
      code: 'CONFLICT',
      message: '« Rappel amiable » a déjà été envoyé pour cette facture.',
    });
    expect((await refused('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'firm', sentOn: '2026-02-10', channel: 'letter' })).message).toBe(
      'Une relance a déjà été envoyée ce jour-là pour cette facture : une seule par jour.',
    );
    expect((await refused('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'firm', sentOn: '2026-02-11', channel: 'letter' })).fields).toEqual({
      sentOn: 'La date d’envoi ne peut pas être dans le futur.',
    });
    expect((await refused('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'nope', sentOn: '2026-02-09', channel: 'letter' })).code).toBe('INVALID_INPUT');
  });

  it('a mise en demeure to a private client starts the legal interest from the next day', async () => {
    const { invoice } = await seed('private');
    let row = (await overview()).toActOn[0]!;
    expect(row).toMatchObject({ penaltiesCents: 0, indemnityCents: 0 });
    await call('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'formal-notice', sentOn: '2026-01-10', channel: 'registered-letter' });
    const snapshot = await call<LedgerSnapshot>('ledger.snapshot', {});
    expect(snapshot.invoices[0]!.formalNoticeDate).toBe('2026-01-10');
    const o = buildOverview(snapshot, '2026-02-10');
    row = [...o.toActOn, ...o.overdue][0]!;
    // Next comes the contentieux: 8 days to pay + 15 days after the mise en demeure.
    expect(row.dunning.nextDate).toBe('2026-02-02');
    // 2026-01-11 → 2026-02-10 = 31 days at 2,62 % (taux légal, autres cas, 1er semestre 2026): 1200 × 0.0262 × 31 / 365 = 2,67 €
    expect(row).toMatchObject({ penaltiesCents: 267, indemnityCents: 0 });
  });

  it('pausing removes the invoice from today’s list; a broken promise re-arms it with the reason', async () => {
    const { invoice } = await seed();
    await call('invoices.setPause', { invoiceId: invoice.id, pause: { kind: 'dispute', since: '2026-02-10', note: 'Conteste la livraison' } });
    let o = await overview();
    expect(o.toActOn).toHaveLength(0);
    expect(o.overdue[0]!.dunning.pause!.reason).toContain('Conteste la livraison');
    expect((await refused('invoices.setPause', { invoiceId: invoice.id, pause: { kind: 'promise', since: '2026-02-10', until: '2026-02-01', note: '' } })).fields).toEqual({
      'pause.until': 'La date de paiement promise ne peut pas précéder la date de la promesse.',
    });
    expect((await refused('invoices.setPause', { invoiceId: invoice.id, pause: { kind: 'promise', since: '2026-02-01', until: '2026-02-05', note: '' } })).fields).toEqual({
      'pause.until': 'La date promise est déjà passée : choisissez une date à venir.',
    });
    expect(
      (await refused('invoices.setPause', { invoiceId: invoice.id, pause: { kind: 'plan', since: '2026-02-10', note: '', instalments: [{ dueDate: '2026-03-01', amountCents: 60000 }] } })).fields,
    ).toEqual({ 'pause.instalments': 'Le plan de paiement doit couvrir tout le reste dû.' });
    await call('invoices.setPause', { invoiceId: invoice.id, pause: { kind: 'promise', since: '2026-02-10', until: '2026-02-15', note: '' } });
    const snapshot = await call<LedgerSnapshot>('ledger.snapshot', {});
    expect(buildOverview(snapshot, '2026-02-12').toActOn).toHaveLength(0);
    o = buildOverview(snapshot, '2026-02-16');
    expect(o.toActOn).toHaveLength(1);
    expect(o.toActOn[0]!.dunning.pauseBroken).toEqual({ on: '2026-02-16', reason: 'Promesse de paiement du 15/02/2026 non tenue.' });
    await call('invoices.setPause', { invoiceId: invoice.id, pause: null });
    expect((await overview()).toActOn).toHaveLength(1);
  });

  it('a paid or cancelled invoice leaves the overview and cannot be chased', async () => {
    const { invoice } = await seed();
    await call('invoices.setCancelled', { invoiceId: invoice.id, cancelled: true });
    expect((await overview()).toActOn).toHaveLength(0);
    expect((await refused('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'friendly', sentOn: '2026-02-10', channel: 'email' })).message).toBe(
      'Cette facture est annulée : impossible de relancer cette facture.',
    );
    await call('invoices.setCancelled', { invoiceId: invoice.id, cancelled: false });
    await call('payments.add', { invoiceId: invoice.id, date: '2026-02-10', amountCents: 120000 });
    const o = await overview();
    expect(o.toActOn).toHaveLength(0);
    expect(o.overdue).toHaveLength(0);
    expect(o.totals.outstandingCents).toBe(0);
  });

  it('a changed policy applies to every open invoice at once; a client policy overrides it', async () => {
    const { client } = await seed();
    const settings = (await call<LedgerSnapshot>('ledger.snapshot', {})).settings;
    const levels = DEFAULT_POLICY.levels.map((l) => (l.id === 'friendly' ? { ...l, offsetDays: 100 } : l));
    await call('settings.save', { ...settings, defaultPolicy: { levels } });
    let o = await overview();
    expect(o.toActOn).toHaveLength(0);
    expect(o.overdue[0]!.dunning).toMatchObject({ status: 'scheduled', nextDate: '2026-02-28' });
    await call('clients.setPolicy', { clientId: client.id, policy: { levels: DEFAULT_POLICY.levels.map((l) => ({ ...l })) } });
    o = await overview();
    expect(o.toActOn[0]!.dunning.nextDate).toBe('2025-11-27');
  });

  it('records legal dates and refuses impossible ones', async () => {
    const { invoice } = await seed('private');
    const updated = await call<Invoice>('invoices.setLegalDates', { invoiceId: invoice.id, formalNoticeDate: '2026-01-05', completionDate: '2025-10-01' });
    expect(updated).toMatchObject({ formalNoticeDate: '2026-01-05', completionDate: '2025-10-01' });
    expect((await refused('invoices.setLegalDates', { invoiceId: invoice.id, formalNoticeDate: null, completionDate: '2025-12-01' })).fields).toEqual({
      completionDate: 'La date d’achèvement ne peut pas suivre la date de la facture.',
    });
  });

  it('refuses user rates for a badly named half-year, with a French message', async () => {
    const settings = (await call<LedgerSnapshot>('ledger.snapshot', {})).settings;
    const error = await refused('settings.save', { ...settings, extraRates: { '2027-S3': { ecbBp: 240 } } });
    expect(error.message).toBe('Semestre invalide (format attendu : 2027-S1).');
  });
});
