import { describe, expect, it } from 'vitest';
import { composeLetter } from '../documents/composeLetter';
import { letterFactsFromLedger } from '../documents/letterFacts';
import { aBusinessClient, aLetterInvoice, aPrivateClient, anIdentity, letterSettings } from '../documents/testkit';
import type { DunningTone } from '../dunning/schema';
import type { Client, Invoice } from '../ledger/schema';
import { formatEuros } from '../kernel/money';
import { composeSms, dialableNumber, smsUri } from './composeSms';
import { reminderDigest } from './reminderDigest';
import { smsLength } from './smsSegments';

function factsFor(tone: DunningTone, over: { client?: Client; invoices?: Invoice[]; letterDate?: string; paymentLink?: string } = {}) {
  const client = over.client ?? aBusinessClient();
  const invoices = over.invoices ?? [aLetterInvoice({ clientId: client.id, amountTtcCents: 123_456 })];
  const facts = letterFactsFromLedger(
    { identity: anIdentity({ paymentLink: over.paymentLink ?? '' }), clients: [client], invoices, settings: letterSettings() },
    { clientId: client.id, invoiceIds: invoices.map((i) => i.id), tone, letterDate: over.letterDate ?? '2026-07-01', ...(tone === 'courtesy' ? {} : { paymentDeadline: '2026-07-09' }) },
  );
  if (!facts.ok) throw new Error(facts.errors.join('\n'));
  return facts.facts;
}

function smsFor(...args: Parameters<typeof factsFor>): string {
  const digest = reminderDigest(factsFor(...args), 'Le SMS');
  if (!digest.ok) throw new Error(digest.errors.join('\n'));
  return composeSms(digest.digest);
}

describe('composeSms: one short text per tone', () => {
  it('rappel amiable: the invoice, what is still due to the cent, the deadline, the IBAN and the reference, the sender, in French typography', () => {
    expect(smsFor('friendly')).toBe(
      'Bonjour, sauf erreur, la facture n°\u00a0F-2026-012 (1\u202f234,56\u00a0€), échue le 14/06/2026, reste impayée. ' +
        'Merci de la régler d’ici le 09/07/2026. Virement\u00a0: IBAN FR76 3000 6000 0112 3456 7890 189, réf. F-2026-012. Cordialement, Camille Durand EI',
    );
  });

  it('prefers the payment link to the IBAN when there is one', () => {
    const text = smsFor('friendly', { paymentLink: 'https://paiement.durand-studio.fr/facture' });
    expect(text).toContain('Paiement\u00a0: https://paiement.durand-studio.fr/facture, réf. F-2026-012.');
    expect(text).not.toContain('IBAN');
  });

  it('relance ferme between businesses: the principal, the penalties and the 40 € exactly as the letter of the same tone and day claims them', () => {
    const facts = factsFor('firm');
    const letter = composeLetter(facts);
    if (!letter.ok) throw new Error(letter.errors.join('\n'));
    const { principalCents, penaltiesCents, indemnityCents, totalCents } = letter.figures;
    expect(principalCents).toBe(123_456);
    expect(indemnityCents).toBe(4_000);
    expect(penaltiesCents).toBeGreaterThan(0);
    const text = smsFor('firm');
    expect(text).toContain(
      `la facture n°\u00a0F-2026-012 reste impayée\u00a0: ${formatEuros(totalCents)} dont ${formatEuros(penaltiesCents)} de pénalités et 40,00\u00a0€ d’indemnité. À régler d’ici le 09/07/2026, sinon une mise en demeure suivra.`,
    );
    expect(totalCents).toBe(principalCents + penaltiesCents + indemnityCents);
  });

  it('a private client: never the 40 €, nor penalties before a mise en demeure', () => {
    const client = aPrivateClient();
    const text = smsFor('firm', { client, invoices: [aLetterInvoice({ clientId: client.id, amountTtcCents: 65_000 })] });
    expect(text).toContain('reste impayée\u00a0: 650,00\u00a0€. À régler d’ici le 09/07/2026');
    expect(text).not.toMatch(/40,00|indemnité|pénalités/);
  });

  it('mise en demeure: announces the registered letter (an SMS is no proof of one) and the total claimed', () => {
    const facts = factsFor('formal');
    const letter = composeLetter(facts);
    if (!letter.ok) throw new Error(letter.errors.join('\n'));
    const { penaltiesCents, totalCents } = letter.figures;
    expect(smsFor('formal')).toBe(
      `Camille Durand EI\u00a0: mise en demeure envoyée ce jour par lettre recommandée. Sans règlement de ${formatEuros(totalCents)} (facture n°\u00a0F-2026-012, dont ${formatEuros(penaltiesCents)} de pénalités et 40,00\u00a0€ d’indemnité) ` +
        'd’ici le 09/07/2026, j’engagerai une procédure de recouvrement. Virement\u00a0: IBAN FR76 3000 6000 0112 3456 7890 189, réf. F-2026-012.',
    );
  });

  it('groups the invoices of a grouped reminder, with their total', () => {
    const client = aBusinessClient();
    const invoices = [
      aLetterInvoice({ id: 'inv-12', clientId: client.id, amountTtcCents: 100_000 }),
      aLetterInvoice({ id: 'inv-13', number: 'F-2026-013', clientId: client.id, issueDate: '2026-05-20', dueDate: '2026-06-19', amountTtcCents: 20_050 }),
    ];
    const text = smsFor('friendly', { client, invoices });
    expect(text).toContain('les factures n°\u00a0F-2026-012, F-2026-013 (1\u202f200,50\u00a0€), échues le 14/06/2026, restent impayées. Merci de les régler');
    expect(text).toContain('réf. F-2026-012, F-2026-013.');
  });

  it('before the due date: a rappel avant échéance names the due date', () => {
    expect(smsFor('courtesy', { letterDate: '2026-06-10' })).toContain('arrive à échéance le 14/06/2026.');
  });

  it('every tone fits in a few SMS: UCS-2 (French typography), 4 or 5 parts for one invoice with the IBAN', () => {
    const parts = Object.fromEntries((['friendly', 'firm', 'formal', 'litigation'] as const).map((tone) => [tone, smsLength(smsFor(tone))]));
    for (const length of Object.values(parts)) expect(length.encoding).toBe('UCS-2');
    expect(Object.fromEntries(Object.entries(parts).map(([tone, l]) => [tone, l.segments]))).toEqual({ friendly: 4, firm: 5, formal: 5, litigation: 4 });
  });

  it('refuses in French what it cannot write: nothing to pay with, an invoice already paid', () => {
    const facts = factsFor('friendly');
    const noMeans = reminderDigest({ ...facts, identity: { ...facts.identity, iban: '', paymentLink: '' } }, 'Le SMS');
    expect(noMeans).toEqual({ ok: false, errors: ['Le SMS doit dire comment payer\u00a0: saisissez votre IBAN ou un lien de paiement dans Paramètres › Identité.'] });
    const paid = aLetterInvoice({ amountTtcCents: 10_000, payments: [{ id: 'p1', date: '2026-06-20', amountCents: 10_000, note: '', recordedAt: '2026-06-20T10:00:00.000Z' }] });
    const r = reminderDigest(factsFor('friendly', { invoices: [paid] }), 'Le SMS');
    expect(r.ok ? [] : r.errors).toEqual(['La facture n°\u00a0F-2026-012 est entièrement réglée\u00a0: il n’y a plus rien à réclamer.']);
  });
});

describe('sms: links', () => {
  it('dials French numbers in the international format, keeps a foreign one, refuses what cannot be dialled', () => {
    expect(dialableNumber('06 12 34 56 78')).toBe('+33612345678');
    expect(dialableNumber('+33 (0)6 12 34 56 78')).toBe('+33612345678');
    expect(dialableNumber('0033 6 12 34 56 78')).toBe('+33612345678');
    expect(dialableNumber('+32 2 123 45 67')).toBe('+3221234567');
    expect(dialableNumber('12')).toBeNull();
  });

  it('carries the text percent-encoded as UTF-8 (RFC 5724)', () => {
    const uri = smsUri('06 12 34 56 78', 'Réf. F-1\u00a0: 10,00\u00a0€');
    expect(uri).toBe('sms:+33612345678?body=R%C3%A9f.%20F-1%C2%A0%3A%2010%2C00%C2%A0%E2%82%AC');
    expect(decodeURIComponent(uri!.split('body=')[1]!)).toBe('Réf. F-1\u00a0: 10,00\u00a0€');
    expect(smsUri('', 'x')).toBeNull();
  });
});
