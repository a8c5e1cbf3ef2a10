import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../dunning/schema';
import { aClient, anInvoice } from '../ledger/testkit';
import { invoiceHistory } from './history';
import { activePostalEvents, postalEventProblems, postalSummary } from './postalEvents';

const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00`).toISOString();

/** An invoice with a bit of everything: two reminders (one withdrawn), a letter presented then returned, a payment, a pause. */
function busyInvoice() {
  return anInvoice({
    issueDate: '2026-01-02',
    dueDate: '2026-02-01',
    createdAt: at('2026-01-02'),
    payments: [{ id: 'p1', date: '2026-02-20', amountCents: 30_000, note: 'acompte', recordedAt: at('2026-02-20') }],
    reminders: [
      { id: 'r1', levelId: 'friendly', sentOn: '2026-02-08', channel: 'email', recordedAt: at('2026-02-08'), note: '' },
      { id: 'r2', levelId: 'firm', sentOn: '2026-02-10', channel: 'letter', recordedAt: at('2026-02-10'), note: '' },
      { id: 'r3', levelId: 'formal-notice', sentOn: '2026-02-12', channel: 'registered-letter', registeredNumber: 'RR123456785FR', recordedAt: at('2026-02-12'), note: '', firstPresentedOn: '2026-02-13', returnedOn: '2026-03-02' },
    ],
    reminderCancellations: [{ id: 'c1', reminderId: 'r2', recordedAt: at('2026-02-11'), note: 'partie à une mauvaise adresse' }],
    postalEvents: [
      { id: 'e1', reminderId: 'r3', kind: 'delivered', on: '2026-02-14', recordedAt: at('2026-02-15'), note: '' },
      { id: 'e2', reminderId: 'r3', kind: 'presented', on: '2026-02-13', recordedAt: at('2026-02-16'), note: '' },
      { id: 'e3', reminderId: 'r3', kind: 'returned', returnReason: 'unclaimed', on: '2026-03-02', recordedAt: at('2026-03-02'), note: '' },
    ],
    postalEventCancellations: [{ id: 'c2', eventId: 'e1', recordedAt: at('2026-02-16', '09:00'), note: 'AR mal lu' }],
    pause: { kind: 'promise', since: '2026-03-05', until: '2026-03-31', note: '' },
    formalNoticeDate: '2026-02-13',
  });
}

describe('invoiceHistory', () => {
  it('lists every event by the day it happened, then by when it was recorded', () => {
    const entries = invoiceHistory(busyInvoice(), aClient(), DEFAULT_POLICY);
    expect(entries.map((e) => [e.on, e.title])).toEqual([
      ['2026-01-02', 'Facture émise à Atelier Dupré'],
      ['2026-02-08', 'Rappel amiable'],
      ['2026-02-10', 'Relance ferme'],
      ['2026-02-11', 'Relance «\u00a0Relance ferme\u00a0» du 10/02/2026 retirée'],
      ['2026-02-12', 'Mise en demeure'],
      ['2026-02-13', 'Première présentation'],
      ['2026-02-14', 'Distribution (AR signé)'],
      ['2026-02-16', 'Saisie retirée\u00a0: distribution (AR signé) du 14/02/2026'],
      ['2026-02-20', 'Paiement reçu'],
      ['2026-03-02', 'Retour à l’expéditeur'],
      ['2026-03-05', 'Relances mises en pause'],
    ]);
  });

  it('keeps what was withdrawn, marked with the day, and says why in the withdrawal', () => {
    const entries = invoiceHistory(busyInvoice(), aClient(), DEFAULT_POLICY);
    expect(entries.find((e) => e.key === 'reminder-r2')).toMatchObject({ cancelledOn: '2026-02-11' });
    expect(entries.find((e) => e.key === 'postal-e1')).toMatchObject({ cancelledOn: '2026-02-16', postalEventId: 'e1' });
    expect(entries.find((e) => e.key === 'reminder-cancel-c1')!.details).toEqual(['Motif\u00a0: partie à une mauvaise adresse']);
    expect(entries.find((e) => e.key === 'postal-e3')!.details).toEqual(['Lettre «\u00a0Mise en demeure\u00a0» du 12/02/2026', 'Motif\u00a0: pli avisé et non réclamé']);
    expect(entries.find((e) => e.key === 'reminder-r3')!.details[0]).toBe('Envoi en recommandé avec AR n°\u00a0RR123456785FR');
    // The mise en demeure's date comes from the app's own letter: no « hors de Relance » entry.
    expect(entries.some((e) => e.kind === 'notice')).toBe(false);
  });

  it('shows a mise en demeure typed for one made outside the app', () => {
    const entries = invoiceHistory(anInvoice({ formalNoticeDate: '2026-03-03' }), null, DEFAULT_POLICY);
    expect(entries.find((e) => e.kind === 'notice')).toMatchObject({ on: '2026-03-03', title: 'Mise en demeure faite hors de Relance' });
    expect(entries[0]!.title).toBe('Facture émise');
  });
});

describe('postal summary', () => {
  it('is what the active events say: the earliest presentation, the delivery, the return', () => {
    const invoice = busyInvoice();
    const active = activePostalEvents(invoice, 'r3');
    expect(active.map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(postalSummary(active)).toEqual({ firstPresentedOn: '2026-02-13', receivedOn: null, returnedOn: '2026-03-02', returnReason: 'unclaimed' });
  });

  it('refuses a second delivery of the same letter while the first counts, as a conflict', () => {
    const problems = postalEventProblems(
      { sentOn: '2026-02-12', channel: 'registered-letter' },
      [{ id: 'e1', reminderId: 'r3', kind: 'delivered', on: '2026-02-14', recordedAt: at('2026-02-15'), note: '' }],
      { kind: 'delivered', on: '2026-02-15', hasScan: false },
      '2026-03-31',
    );
    expect(problems).toEqual([{ field: 'kind', conflict: true, message: 'Cette lettre a déjà sa distribution (14/02/2026)\u00a0: retirez d’abord cette saisie si elle est erronée.' }]);
  });
});
