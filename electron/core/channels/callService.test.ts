import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallSheetResult } from '../../../shared/channels/contract';
import { dunningStateOf } from '../../../shared/dunning/engine';
import { DEFAULT_POLICY } from '../../../shared/dunning/schema';
import { invoiceHistory } from '../../../shared/proofs/history';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import { callOk, callRefused, tempCore } from '../../../test/support/tempCore';
import { readPdf } from '../documents/pdfReading';
import { CAMILLE_MARTIN } from '../../../test/support/sender';

let core: Awaited<ReturnType<typeof tempCore>>;
beforeEach(async () => {
  // Tuesday 1 December 2026, 10:00 on this computer's clock.
  core = await tempCore('2026-12-01T10:00:00');
});
afterEach(async () => {
  await core.dispose();
});

const call = <T>(method: string, input: unknown) => callOk<T>(core, method, input);

async function seed(phone = '06 12 34 56 78', kind: 'business' | 'private' = 'business') {
  await call('identity.save', { ...CAMILLE_MARTIN, bic: '' });
  const client = await call<Client>('clients.save', {
    kind,
    name: 'Atelier Dupré SARL',
    contactName: 'Mme Hélène Dupré',
    phone,
    address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' },
  });
  const invoice = await call<Invoice>('invoices.save', { number: 'F-2026-012', clientId: client.id, issueDate: '2026-09-15', dueDate: '2026-10-15', amountTtcCents: 123_456 });
  const request = { clientId: client.id, invoiceIds: [invoice.id], tone: 'friendly', letterDate: '2026-12-01' };
  return { client, invoice, request };
}

const logCall = (request: unknown, c: Record<string, unknown>) => call<Invoice[]>('calls.log', { request, call: { calledOn: '2026-12-01', time: '10:15', ...c } });

describe('the call sheet', () => {
  it('says what to say, the amounts to the cent and the deadline, with the number to call and the time now', async () => {
    const { request } = await seed();
    const r = await call<CallSheetResult>('calls.sheet', { request: { ...request, paymentDeadline: '2026-12-09' } });
    expect(r.sheet.title).toBe('Fiche d’appel\u00a0: rappel amiable');
    expect(r.sheet.blocks.map((b) => b.heading)).toEqual(['Se présenter', 'Les faits', 'La demande', 'Comment payer', 'À noter pendant l’appel', 'Pour conclure']);
    const all = r.sheet.blocks.flatMap((b) => b.lines).join('\n');
    expect(all).toContain('Bonjour, pourrais-je parler à Mme Hélène Dupré\u202f?');
    expect(all).toContain('Ici Camille Martin EI. Je vous appelle au sujet de la facture n°\u00a0F-2026-012 du 15\u00a0septembre 2026.');
    expect(all).toContain('Elle était payable le 15\u00a0octobre 2026 et je n’ai pas encore reçu le règlement\u00a0: il reste 1\u202f234,56\u00a0€ à régler.');
    expect(all).toContain('Je vous demande de régler 1\u202f234,56\u00a0€ au plus tard le 9\u00a0décembre 2026.');
    expect(all).toContain('Par virement\u00a0: IBAN FR76 3000 6000 0112 3456 7890 189.');
    expect(r.sheet.figures).toEqual([
      ['Reste dû', '1\u202f234,56\u00a0€'],
      ['Date limite de paiement', '9\u00a0décembre 2026'],
    ]);
    expect(r.phone).toEqual({ number: '06 12 34 56 78', dialable: '+33612345678', problem: null });
    expect(r.hoursWarning).toBeNull();
    expect(r.attemptsWarning).toBeNull();
    expect(r.now).toEqual({ on: '2026-12-01', time: '10:00' });
  });

  it('relance ferme between businesses: the penalties and the 40 € in the figures, their total asked', async () => {
    const { request } = await seed();
    const r = await call<CallSheetResult>('calls.sheet', { request: { ...request, tone: 'firm' } });
    const [principal, penalties, indemnity, total] = r.sheet.figures;
    expect(principal).toEqual(['Reste dû', '1\u202f234,56\u00a0€']);
    expect(penalties![0]).toBe('Pénalités de retard');
    expect(indemnity).toEqual(['Indemnité forfaitaire', '40,00\u00a0€']);
    const cents = (s: string) => Number(s.replace(/[^\d,]/g, '').replace(',', ''));
    expect(cents(total![1])).toBe(123_456 + cents(penalties![1]) + 4_000);
    expect(r.sheet.blocks.flatMap((b) => b.lines).join('\n')).toContain(`Je vous demande de régler ${total![1]} au plus tard le`);
  });

  it('says in French when the client has no phone number', async () => {
    const { request } = await seed('');
    const r = await call<CallSheetResult>('calls.sheet', { request });
    expect(r.phone).toEqual({ number: '', dialable: null, problem: 'Aucun numéro de téléphone dans la fiche d’Atelier Dupré SARL\u00a0: ajoutez-le pour l’appeler depuis Relance.' });
  });
});

describe('the call log', () => {
  it('a private client called 4 times in 30 days: the call sheet says so before a 5th call', async () => {
    const { request } = await seed('06 12 34 56 78', 'private');
    for (const time of ['09:00', '11:00', '15:00']) await logCall(request, { time, outcome: 'no-answer' });
    expect((await call<CallSheetResult>('calls.sheet', { request })).attemptsWarning).toBeNull();
    await logCall(request, { time: '17:00', outcome: 'message-left' });
    expect((await call<CallSheetResult>('calls.sheet', { request })).attemptsWarning).toMatch(/^Déjà 4 appels à ce client ces 30 derniers jours/);
  });

  it('a promise: logged, counted as the step’s reminder by phone, and the dunning paused until the promised day', async () => {
    const { invoice, request, client } = await seed();
    const [saved] = await logCall(request, { person: 'Mme Dupré', outcome: 'promise', promisedOn: '2026-12-15', note: 'Virement en attente de signature.' });
    expect(saved!.phoneCalls).toHaveLength(1);
    const logged = saved!.phoneCalls[0]!;
    expect(logged).toMatchObject({ levelId: 'friendly', calledOn: '2026-12-01', time: '10:15', person: 'Mme Dupré', outcome: 'promise', promisedOn: '2026-12-15' });
    expect(saved!.reminders).toEqual([
      expect.objectContaining({ levelId: 'friendly', channel: 'phone', sentOn: '2026-12-01', callId: logged.id, id: logged.reminderId, note: 'Promesse de paiement pour le 15/12/2026 — Mme Dupré' }),
    ]);
    expect(saved!.pause).toEqual({
      kind: 'promise',
      since: '2026-12-01',
      until: '2026-12-15',
      note: 'Promis par téléphone (Mme Dupré, appel du 01/12/2026 à 10\u00a0h\u00a015)\u00a0: Virement en attente de signature.',
    });
    const state = dunningStateOf(saved!, DEFAULT_POLICY, '2026-12-01');
    expect(state.status).toBe('paused');
    expect(state.pause?.reason).toBe('Promesse de paiement jusqu’au 15/12/2026.');
    // The day after the promised day, unpaid: the dunning resumes at the next step, and says why.
    const after = dunningStateOf(saved!, DEFAULT_POLICY, '2026-12-16');
    expect(after.pauseBroken?.reason).toBe('Promesse de paiement du 15/12/2026 non tenue.');
    expect(after.nextLevel?.id).toBe('firm');

    // In the invoice's history (and so in its PDF): the step, by phone, with the call.
    const history = invoiceHistory(saved!, client, DEFAULT_POLICY);
    const entry = history.find((e) => e.reminderId === logged.reminderId)!;
    expect(entry.title).toBe('Rappel amiable');
    expect(entry.details).toEqual([
      'Appel téléphonique',
      'Appel du 01/12/2026 à 10\u00a0h\u00a015 avec Mme Dupré\u00a0: promesse de paiement pour le 15/12/2026',
      'Virement en attente de signature.',
    ]);
    const pdf = await call<{ pdf: Uint8Array }>('invoices.historyPdf', { invoiceId: invoice.id });
    // The PDF wraps its lines: compared with every run of spaces as one.
    const text = (await readPdf(pdf.pdf)).map((p) => p.text).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Rappel amiable Appel téléphonique Appel du 01/12/2026 à 10 h 15 avec Mme Dupré : promesse de paiement pour le 15/12/2026');
  });

  it('no answer: in the log and the history as an attempt, no reminder, no pause: the step stays due', async () => {
    const { request, client } = await seed();
    const [saved] = await logCall(request, { outcome: 'no-answer' });
    expect(saved!.reminders).toEqual([]);
    expect(saved!.pause).toBeNull();
    expect(saved!.phoneCalls[0]).toMatchObject({ outcome: 'no-answer' });
    expect(saved!.phoneCalls[0]!.reminderId).toBeUndefined();
    expect(dunningStateOf(saved!, DEFAULT_POLICY, '2026-12-01')).toMatchObject({ status: 'due', nextLevel: expect.objectContaining({ id: 'friendly' }) });
    const entry = invoiceHistory(saved!, client, DEFAULT_POLICY).find((e) => e.kind === 'call')!;
    expect(entry.title).toBe('Appel sans réponse');
    expect(entry.details).toEqual(['Appel du 01/12/2026 à 10\u00a0h\u00a015\u00a0: pas de réponse', 'Au sujet de l’étape «\u00a0Rappel amiable\u00a0»']);
  });

  it('a message left counts as the reminder; a second call the same day is logged without a second reminder', async () => {
    const { request } = await seed();
    const [first] = await logCall(request, { outcome: 'message-left', note: 'Messagerie de la comptabilité.' });
    expect(first!.reminders).toHaveLength(1);
    const [second] = await logCall(request, { time: '16:40', person: 'M. Dupré', outcome: 'dispute', note: 'Conteste le nombre de jours facturés.' });
    expect(second!.reminders).toHaveLength(1);
    expect(second!.phoneCalls.map((c) => c.outcome)).toEqual(['message-left', 'dispute']);
    expect(second!.pause).toEqual({ kind: 'dispute', since: '2026-12-01', note: 'Conteste le nombre de jours facturés.' });
    expect(dunningStateOf(second!, DEFAULT_POLICY, '2026-12-01').pause?.reason).toBe('litige «\u00a0Conteste le nombre de jours facturés.\u00a0»');
  });

  it('a call about two invoices: logged on both, both paused; the reminder only where the step was not sent yet', async () => {
    const { request, client } = await seed();
    const other = await call<Invoice>('invoices.save', { number: 'F-2026-015', clientId: client.id, issueDate: '2026-09-30', dueDate: '2026-10-30', amountTtcCents: 48_000 });
    await call('invoices.recordReminder', { invoiceId: other.id, levelId: 'friendly', sentOn: '2026-11-25', channel: 'email' });
    const saved = await logCall({ ...request, invoiceIds: [...request.invoiceIds, other.id] }, { person: 'Mme Dupré', outcome: 'promise', promisedOn: '2026-12-10' });
    expect(saved.map((i) => i.phoneCalls.length)).toEqual([1, 1]);
    expect(saved.map((i) => i.pause)).toEqual([expect.objectContaining({ kind: 'promise', until: '2026-12-10' }), expect.objectContaining({ kind: 'promise', until: '2026-12-10' })]);
    expect(saved.map((i) => i.reminders.map((r) => r.channel))).toEqual([['phone'], ['email']]);
    expect(saved[1]!.phoneCalls[0]!.reminderId).toBeUndefined();
  });

  it('a call logged by mistake is withdrawn with its reason: it stays in the history, struck, and its reminder goes with it', async () => {
    const { request, client, invoice } = await seed();
    const [first] = await logCall(request, { outcome: 'no-answer' });
    const [second] = await logCall(request, { time: '11:00', person: 'Mme Dupré', outcome: 'message-left' });
    expect(second!.reminders).toHaveLength(1);
    expect((await callRefused(core, 'calls.cancel', { invoiceId: invoice.id, callId: first!.phoneCalls[0]!.id, note: ' ' })).message).toBe(
      'Indiquez pourquoi cet appel est retiré (il reste dans l’historique avec ce motif).',
    );
    const noAnswer = await call<Invoice>('calls.cancel', { invoiceId: invoice.id, callId: first!.phoneCalls[0]!.id, note: 'Mauvaise facture.' });
    const history = invoiceHistory(noAnswer, client, DEFAULT_POLICY);
    expect(history.find((e) => e.kind === 'call')).toMatchObject({ title: 'Appel sans réponse', cancelledOn: '2026-12-01' });
    expect(history.find((e) => e.key.startsWith('call-cancel-'))).toMatchObject({ title: 'Appel du 01/12/2026 retiré', details: ['Motif\u00a0: Mauvaise facture.'] });
    expect((await callRefused(core, 'calls.cancel', { invoiceId: invoice.id, callId: first!.phoneCalls[0]!.id, note: 'Encore.' })).message).toBe('Cet appel a déjà été retiré.');

    // The call that counted as the step's reminder: the reminder is withdrawn too, the step is due again.
    const withdrawn = await call<Invoice>('calls.cancel', { invoiceId: invoice.id, callId: second!.phoneCalls[1]!.id, note: 'Numéro d’un autre client.' });
    expect(withdrawn.reminderCancellations).toEqual([expect.objectContaining({ reminderId: second!.reminders[0]!.id, note: 'Numéro d’un autre client.' })]);
    expect(dunningStateOf(withdrawn, DEFAULT_POLICY, '2026-12-01')).toMatchObject({ status: 'due', nextLevel: expect.objectContaining({ id: 'friendly' }) });
  });

  it('refuses in French: a promise without its date, a dispute without its subject, a call in the future, a paid invoice', async () => {
    const { request, invoice } = await seed();
    expect((await callRefused(core, 'calls.log', { request, call: { calledOn: '2026-12-01', time: '10:15', outcome: 'promise' } })).message).toContain('Indiquez la date de paiement promise.');
    expect((await callRefused(core, 'calls.log', { request, call: { calledOn: '2026-12-01', time: '10:15', outcome: 'dispute' } })).message).toContain('Précisez l’objet du litige dans la note.');
    expect((await callRefused(core, 'calls.log', { request, call: { calledOn: '2026-12-01', time: '25:00', outcome: 'no-answer' } })).message).toContain('Heure de l’appel invalide');
    expect((await callRefused(core, 'calls.log', { request, call: { calledOn: '2026-12-02', time: '10:15', outcome: 'no-answer' } })).message).toBe('La date de l’appel ne peut pas être dans le futur.');
    await call('payments.add', { invoiceId: invoice.id, date: '2026-11-30', amountCents: 123_456 });
    expect((await callRefused(core, 'calls.log', { request, call: { calledOn: '2026-12-01', time: '10:15', outcome: 'no-answer' } })).message).toBe(
      'Cette facture est payée\u00a0: inutile de noter un appel au sujet de cette facture.',
    );
  });
});
