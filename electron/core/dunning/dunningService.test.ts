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
      message: expect.stringMatching(/^«\u00a0Rappel amiable\u00a0» a déjà été envoyé pour la facture n°[\u00a0 ]F-2025-042\.$/),
    });
    expect((await refused('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'firm', sentOn: '2026-02-10', channel: 'letter' })).message).toMatch(
      /^Une relance a déjà été envoyée ce jour-là pour la facture n°[\u00a0 ]F-2025-042\u00a0: une seule par jour\.$/,
    );
    expect((await refused('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'firm', sentOn: '2026-02-11', channel: 'letter' })).fields).toEqual({
      sentOn: 'La date d’envoi ne peut pas être dans le futur.',
    });
    expect((await refused('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'nope', sentOn: '2026-02-09', channel: 'letter' })).code).toBe('INVALID_INPUT');
  });

  it('a mise en demeure to a private client starts the legal interest the day after its receipt, not its sending', async () => {
    const { invoice } = await seed('private');
    let row = (await overview()).toActOn[0]!;
    expect(row).toMatchObject({ penaltiesCents: 0, indemnityCents: 0 });
    const sent = await call<Invoice>('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'formal-notice', sentOn: '2026-01-10', channel: 'registered-letter' });
    // Sent, not received: no date of effect yet, no interest, and the décompte says why.
    expect(sent.formalNoticeDate).toBeNull();
    let o = await overview();
    row = [...o.toActOn, ...o.overdue][0]!;
    expect(row).toMatchObject({ penaltiesCents: 0, indemnityCents: 0 });
    const reminderId = sent.reminders[0]!.id;

    // The AR says: first presented 12/01, handed over 14/01 (two postal events). The invoice's formalNoticeDate follows the receipt.
    await call<Invoice>('invoices.recordPostalEvent', { invoiceId: invoice.id, reminderId, kind: 'presented', on: '2026-01-12' });
    const received = await call<Invoice>('invoices.recordPostalEvent', { invoiceId: invoice.id, reminderId, kind: 'delivered', on: '2026-01-14' });
    expect(received.formalNoticeDate).toBe('2026-01-14');
    expect(received.reminders[0]).toMatchObject({ sentOn: '2026-01-10', firstPresentedOn: '2026-01-12', receivedOn: '2026-01-14' });
    o = await overview();
    row = [...o.toActOn, ...o.overdue][0]!;
    // Next comes the contentieux: 8 days to pay from the receipt + 15 days: 14/01 + 23 = 06/02.
    expect(row.dunning.nextLevel!.id).toBe('litigation');
    expect(row.dunning.nextDate).toBe('2026-02-06');
    // 15/01 → 10/02/2026 = 17 + 10 = 27 days at 2,62 % (taux légal, autres cas, 1er semestre 2026):
    // 120 000 × 262 × 27 / 3 650 000 = 232,57 → 233 cents; no 40 € from a private client.
    expect(row).toMatchObject({ penaltiesCents: 233, indemnityCents: 0 });

    // Not collected after all: the delivery is withdrawn (a new entry that says why) and the letter came back
    // « avisé et non réclamé »: the first presentation counts. 13/01 → 10/02 = 29 days → 250 cents.
    const delivery = received.postalEvents.find((e) => e.kind === 'delivered')!;
    await call<Invoice>('invoices.cancelPostalEvent', { invoiceId: invoice.id, eventId: delivery.id, note: 'AR mal lu : la lettre est revenue' });
    const returned = await call<Invoice>('invoices.recordPostalEvent', { invoiceId: invoice.id, reminderId, kind: 'returned', returnReason: 'unclaimed', on: '2026-01-28' });
    expect(returned.formalNoticeDate).toBe('2026-01-12');
    expect(returned.reminders[0]).toMatchObject({ firstPresentedOn: '2026-01-12', receivedOn: null, returnedOn: '2026-01-28' });
    expect((await overview()).toActOn.concat((await overview()).overdue)[0]).toMatchObject({ penaltiesCents: 250 });
    // Every event withdrawn: back to « sent, awaiting receipt ».
    for (const e of returned.postalEvents.filter((e) => e.kind !== 'delivered')) {
      await call<Invoice>('invoices.cancelPostalEvent', { invoiceId: invoice.id, eventId: e.id, note: 'saisie sur la mauvaise facture' });
    }
    const cleared = (await call<LedgerSnapshot>('ledger.snapshot', {})).invoices[0]!;
    expect(cleared.formalNoticeDate).toBeNull();
    expect(cleared.postalEvents).toHaveLength(3);
    expect(cleared.postalEventCancellations).toHaveLength(3);

    const error = await refused('invoices.recordPostalEvent', { invoiceId: invoice.id, reminderId, kind: 'returned', returnReason: 'unclaimed', on: '2026-02-11', presentedOn: '2026-01-09' });
    expect(error.fields).toEqual({
      on: 'La date du retour ne peut pas être dans le futur.',
      presentedOn: 'La date de première présentation ne peut pas précéder l’envoi de la lettre (10/01/2026).',
    });
  });

  it('a mise en demeure date typed on the invoice means the earlier steps are over', async () => {
    const { invoice } = await seed('business');
    expect((await overview()).toActOn[0]!.dunning.nextLevel!.id).toBe('friendly');
    await call('invoices.setLegalDates', { invoiceId: invoice.id, formalNoticeDate: '2026-02-02', completionDate: null });
    const row = [...(await overview()).toActOn, ...(await overview()).overdue][0]!;
    // No rappel amiable, no relance ferme: the contentieux, 8 days to pay + 15 days after the mise en demeure (02/02 + 23).
    expect(row.dunning.nextLevel!.id).toBe('litigation');
    expect(row.dunning.nextDate).toBe('2026-02-25');
    expect(row.dunning.skipped.map((k) => [k.levelId, k.cause])).toEqual([
      ['friendly', 'formal-notice'],
      ['firm', 'formal-notice'],
      ['formal-notice', 'formal-notice'],
    ]);
    // A business client's penalties do not depend on it: 82 days, 32,76 € and 40 €, as before.
    expect(row).toMatchObject({ penaltiesCents: 3276, indemnityCents: 4000 });
  });

  it('a reminder recorded by mistake is withdrawn by a cancelling entry: the proof stays', async () => {
    const { invoice } = await seed();
    const sent = await call<Invoice>('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'friendly', sentOn: '2026-02-10', channel: 'email' });
    const reminderId = sent.reminders[0]!.id;
    const cancelled = await call<Invoice>('invoices.cancelReminder', { invoiceId: invoice.id, reminderId, note: 'enregistrée par erreur' });
    expect(cancelled.reminders).toHaveLength(1);
    expect(cancelled.reminderCancellations).toMatchObject([{ reminderId, note: 'enregistrée par erreur', recordedAt: new Date('2026-02-10T10:00:00').toISOString() }]); // the core's clock is local time
    const row = (await overview()).toActOn[0]!;
    expect(row.dunning).toMatchObject({ status: 'due', nextDate: '2025-11-27', lastReminder: null });
    expect((await refused('invoices.cancelReminder', { invoiceId: invoice.id, reminderId, note: 'en double' })).code).toBe('CONFLICT');
    // Withdrawing says why.
    expect((await refused('invoices.cancelReminder', { invoiceId: invoice.id, reminderId, note: ' ' })).fields).toEqual({ note: 'Indiquez pourquoi cette relance est retirée (elle reste dans l’historique avec ce motif).' });
    // The level can be sent again, even the same day.
    const again = await call<Invoice>('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'friendly', sentOn: '2026-02-10', channel: 'email' });
    expect(again.reminders).toHaveLength(2);
    const removed = await core.dispatch('invoices.removeReminder', { invoiceId: invoice.id, reminderId });
    expect(removed.ok).toBe(false);
  });

  it('an invoice paid late stays in view with its penalties and 40 €, can be claimed, waived and un-waived', async () => {
    const { invoice } = await seed();
    // 1 200,00 € due 20/11/2025, paid in full on 15/01/2026: 21/11 → 31/12/2025 = 41 days at 12,15 % → 1 638 cents;
    // 01/01 → 15/01/2026 = 15 days at 12,15 %: 120 000 × 1215 × 15 / 3 650 000 = 599,18 → 599 cents. 22,37 € + 40 € = 62,37 €.
    await call('payments.add', { invoiceId: invoice.id, date: '2026-01-15', amountCents: 120000 });
    let o = await overview();
    expect(o.toActOn).toHaveLength(1);
    const row = o.toActOn[0]!;
    expect(row).toMatchObject({ remainingCents: 0, daysLate: 56, penaltiesCents: 2237, indemnityCents: 4000 });
    expect(row.lateCharges).toMatchObject({ status: 'owed', paidOn: '2026-01-15', totalCents: 6237 });
    expect(row.dunning).toMatchObject({ status: 'due', nextDate: '2026-01-16', overdueSince: '2026-01-16' });
    expect(row.dunning.nextLevel!.id).toBe('late-charges');
    expect(o.totals).toMatchObject({ outstandingCents: 0, overdueCents: 0, penaltiesCents: 2237, indemnitiesCents: 4000 });

    // Claimed: recorded as proof, then waiting (in « Factures en retard »), still counted.
    await call('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'late-charges', sentOn: '2026-02-10', channel: 'email' });
    o = await overview();
    expect(o.toActOn).toHaveLength(0);
    expect(o.overdue[0]!.dunning.status).toBe('charges-claimed');
    expect(o.totals.penaltiesCents).toBe(2237);
    expect((await refused('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'friendly', sentOn: '2026-02-09', channel: 'email' })).message).toBe(
      'Cette facture est payée\u00a0: inutile de relancer cette facture.',
    );

    // Waived in one click (dated today), out of view and out of the totals; un-waived, back.
    const waived = await call<Invoice>('invoices.setLateChargesWaiver', { invoiceId: invoice.id, waiver: { note: 'bon client' } });
    expect(waived.lateChargesWaiver).toEqual({ waivedOn: '2026-02-10', note: 'bon client' });
    o = await overview();
    expect([...o.toActOn, ...o.overdue]).toHaveLength(0);
    expect(o.totals).toMatchObject({ penaltiesCents: 0, indemnitiesCents: 0 });
    expect((await refused('invoices.setLateChargesSettlement', { invoiceId: invoice.id, settlement: { settledOn: '2026-02-10', amountCents: 6237, note: '' } })).message).toBe(
      'Vous avez renoncé à ces pénalités\u00a0: annulez d’abord la renonciation.',
    );
    await call('invoices.setLateChargesWaiver', { invoiceId: invoice.id, waiver: null });
    o = await overview();
    expect(o.overdue).toHaveLength(1);
    expect(o.totals).toMatchObject({ penaltiesCents: 2237, indemnitiesCents: 4000 });

    // Received: closed.
    expect((await refused('invoices.setLateChargesSettlement', { invoiceId: invoice.id, settlement: { settledOn: '2026-01-10', amountCents: 6237, note: '' } })).fields).toEqual({
      settledOn: 'Le règlement des pénalités ne peut pas précéder le paiement de la facture (15/01/2026).',
    });
    await call('invoices.setLateChargesSettlement', { invoiceId: invoice.id, settlement: { settledOn: '2026-02-10', amountCents: 6237, note: 'virement' } });
    o = await overview();
    expect([...o.toActOn, ...o.overdue]).toHaveLength(0);
    expect(o.totals.penaltiesCents).toBe(0);
  });

  it('an invoice paid on time owes nothing: no claim, no waiver', async () => {
    const { invoice } = await seed();
    await call('payments.add', { invoiceId: invoice.id, date: '2025-11-20', amountCents: 120000 });
    const o = await overview();
    expect([...o.toActOn, ...o.overdue]).toHaveLength(0);
    expect((await refused('invoices.setLateChargesWaiver', { invoiceId: invoice.id, waiver: { note: '' } })).message).toBe(
      'Cette facture n’a pas de pénalités de retard à abandonner\u00a0: elle n’a pas été payée en retard.',
    );
    expect((await refused('invoices.recordReminder', { invoiceId: invoice.id, levelId: 'late-charges', sentOn: '2026-02-10', channel: 'email' })).code).toBe('INVALID_INPUT');
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
      'pause.until': 'La date promise est déjà passée\u00a0: choisissez une date à venir.',
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
      'Cette facture est annulée\u00a0: impossible de relancer cette facture.',
    );
    await call('invoices.setCancelled', { invoiceId: invoice.id, cancelled: false });
    // Paid on its due date: nothing late, nothing more to claim.
    await call('payments.add', { invoiceId: invoice.id, date: '2025-11-20', amountCents: 120000 });
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
    expect(error.message).toBe('Semestre invalide (format attendu\u00a0: 2027-S1).');
  });
});
