import { afterEach, describe, expect, it } from 'vitest';
import type { SmsPreview } from '../../../shared/channels/contract';
import { smsLength } from '../../../shared/channels/smsSegments';
import { DEFAULT_POLICY } from '../../../shared/dunning/schema';
import { invoiceHistory } from '../../../shared/proofs/history';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import { callOk, callRefused, tempCore } from '../../../test/support/tempCore';
import { fixedClock, movableClock } from '../app/clock';

let core: Awaited<ReturnType<typeof tempCore>> | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});

async function seed(kind: 'business' | 'private', phone: string, clock = movableClock(fixedClock(new Date('2026-12-01T11:00:00Z')))) {
  core = await tempCore(undefined, clock);
  const c = core;
  const call = <T>(method: string, input: unknown) => callOk<T>(c, method, input);
  await call('identity.save', { name: 'Camille Martin', legalForm: 'ei', address: { street: '8 rue Mercière', postalCode: '69002', city: 'Lyon' }, iban: 'FR7630006000011234567890189' });
  const client = await call<Client>('clients.save', { kind, name: 'Jeanne Morel', phone, address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' } });
  const invoice = await call<Invoice>('invoices.save', { number: 'F-2026-031', clientId: client.id, issueDate: '2026-10-01', dueDate: '2026-10-31', amountTtcCents: 65_000 });
  const request = { clientId: client.id, invoiceIds: [invoice.id], tone: 'friendly', letterDate: '2026-12-01', paymentDeadline: '2026-12-09' };
  return { call, client, invoice, request, clock };
}

describe('a reminder by SMS', () => {
  it('previews the tone’s text, the number to send it to; records it on the SMS channel with the text as sent, in the history', async () => {
    const { call, client, request } = await seed('private', '06 12 34 56 78');
    const preview = await call<SmsPreview>('sms.preview', { request });
    expect(preview.text).toBe(
      'Bonjour, sauf erreur, la facture n°\u00a0F-2026-031 (650,00\u00a0€), échue le 31/10/2026, reste impayée. Merci de la régler d’ici le 09/12/2026. ' +
        'Virement\u00a0: IBAN FR76 3000 6000 0112 3456 7890 189, réf. F-2026-031. Cordialement, Camille Martin EI',
    );
    expect(smsLength(preview.text)).toMatchObject({ encoding: 'UCS-2', segments: 4 });
    expect(preview.phone).toEqual({ number: '06 12 34 56 78', dialable: '+33612345678', problem: null });
    // Tuesday 12:00 in Paris: within the usual hours.
    expect(preview.hoursWarning).toBeNull();

    const edited = `${preview.text} Merci !`;
    const [saved] = await call<Invoice[]>('sms.markSent', { request, text: edited, sentOn: '2026-12-01' });
    expect(saved!.reminders).toEqual([
      expect.objectContaining({ levelId: 'friendly', channel: 'sms', sentOn: '2026-12-01', message: edited, recipient: '06 12 34 56 78', tone: 'friendly', deadline: '2026-12-09' }),
    ]);
    const entry = invoiceHistory(saved!, client, DEFAULT_POLICY).find((e) => e.kind === 'reminder')!;
    expect(entry.title).toBe('Rappel amiable');
    expect(entry.details[0]).toBe('SMS envoyé au 06 12 34 56 78');
    expect(entry.details[1]).toBe(`Texte\u00a0: «\u00a0${edited.replace(' !', '\u202f!')}\u00a0»`);
  });

  it('to a private person in the evening or on a weekend (the app’s clock, Europe/Paris): a gentle warning; none for a business', async () => {
    const { call, request, clock } = await seed('private', '06 12 34 56 78');
    clock.moveTo(new Date('2026-12-01T20:30:00Z'));
    const late = await call<SmsPreview>('sms.preview', { request });
    expect(late.hoursWarning).toContain('Il est 21\u00a0h\u00a030, mardi 1er\u00a0décembre\u00a0: ce client est un particulier.');
    expect(late.hoursWarning).toContain('Prochain créneau\u00a0: demain à 10\u00a0h.');
    await core!.dispose();
    core = null;
    const pro = await seed('business', '06 12 34 56 78', movableClock(fixedClock(new Date('2026-12-05T20:30:00Z'))));
    expect((await pro.call<SmsPreview>('sms.preview', { request: pro.request })).hoursWarning).toBeNull();
  });

  it('without a phone number: the text is still offered, and the screen is told why there is no link', async () => {
    const { call, request } = await seed('private', '');
    const preview = await call<SmsPreview>('sms.preview', { request });
    expect(preview.phone).toEqual({ number: '', dialable: null, problem: 'Aucun numéro de téléphone dans la fiche de Jeanne Morel\u00a0: ajoutez-le pour ouvrir le SMS sur ce numéro, ou copiez le texte.' });
    expect(preview.text).toContain('F-2026-031');
  });

  it('says in French everything that keeps the SMS from being written', async () => {
    const { call, request, client } = await seed('private', '06 12 34 56 78');
    await call('identity.save', { name: 'Camille Martin', legalForm: 'ei', address: { street: '8 rue Mercière', postalCode: '69002', city: 'Lyon' } });
    const notDue = await call<Invoice>('invoices.save', { number: 'F-2026-040', clientId: client.id, issueDate: '2026-11-20', dueDate: '2026-12-20', amountTtcCents: 10_000 });
    const refused = await callRefused(core!, 'sms.preview', { request: { ...request, invoiceIds: [...request.invoiceIds, notDue.id] } });
    expect(refused.message).toBe(
      'Le SMS ne peut pas être préparé\u00a0:\n– Le SMS doit dire comment payer\u00a0: saisissez votre IBAN ou un lien de paiement dans Paramètres › Identité.\n' +
        '– La facture n°\u00a0F-2026-040 n’est pas encore échue (échéance le 20/12/2026)\u00a0: seul un rappel avant échéance convient.',
    );
  });

  it('refuses an empty text, and a second reminder of the same step', async () => {
    const { call, request } = await seed('private', '06 12 34 56 78');
    expect((await callRefused(core!, 'sms.markSent', { request, text: '   ', sentOn: '2026-12-01' })).message).toContain('Le texte du SMS est vide.');
    await call('sms.markSent', { request, text: 'Bonjour', sentOn: '2026-12-01' });
    expect((await callRefused(core!, 'sms.markSent', { request, text: 'Bonjour', sentOn: '2026-12-01' })).message).toMatch(/^«\u00a0Rappel amiable\u00a0» a déjà été envoyé pour la facture n°.F-2026-031\.$/);
  });
});
