import { CALL_OUTCOME_LABELS, callEffect } from '../../../shared/channels/callLog';
import { callAttemptsWarning, recentCallAttempts } from '../../../shared/channels/callAttempts';
import { callSheet } from '../../../shared/channels/callSheet';
import { contactHoursWarning } from '../../../shared/channels/contactHours';
import type { CallLogInput, CallSheetResult } from '../../../shared/channels/contract';
import type { LetterRequestInput } from '../../../shared/documents/contract';
import { activeReminders } from '../../../shared/dunning/engine';
import type { PhoneCall } from '../../../shared/dunning/schema';
import { AppError } from '../../../shared/ipc/errors';
import { formatFrenchDate } from '../../../shared/kernel/localDate';
import type { Invoice } from '../../../shared/ledger/schema';
import type { Clock } from '../app/clock';
import { newId } from '../app/ids';
import type { LetterService } from '../documents/letterService';
import type { DunningService } from '../dunning/dunningService';
import type { Store } from '../store/store';
import { phoneOf, shortReminderOf } from './shortReminder';

const WORDS = { what: 'La fiche d’appel', cannot: 'La fiche d’appel ne peut pas être préparée' };

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * A reminder by phone: the call sheet of the tone to read aloud (shared/channels/callSheet), then the call log. A
 * call is written in the log of every invoice of the request, in one write with what it brings (shared/channels/
 * callLog.callEffect): the step's reminder on the phone channel when the client was reached or a message was left,
 * a promise pause until the promised day, a dispute pause.
 */
export class CallService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly letters: LetterService,
    private readonly dunning: DunningService,
  ) {}

  sheet(input: { request: LetterRequestInput }): CallSheetResult {
    const { digest, client } = shortReminderOf(this.store, input.request, WORDS);
    const now = this.clock.now();
    return {
      sheet: callSheet(digest),
      phone: phoneOf(client, 'ajoutez-le pour l’appeler depuis Relance.'),
      hoursWarning: contactHoursWarning(now, client.kind),
      attemptsWarning: callAttemptsWarning(
        recentCallAttempts(
          this.store.data.invoices.filter((i) => i.clientId === client.id).flatMap(standingCalls),
          this.clock.today(),
        ),
        client.kind,
      ),
      // The computer's wall clock, as the app's days are (localDateOf).
      now: { on: this.clock.today(), time: `${pad2(now.getHours())}:${pad2(now.getMinutes())}` },
      paymentDeadline: digest.deadline,
    };
  }

  /** A call logged by mistake: a cancelling entry with its reason, and the reminder it counted as withdrawn with it (one write). */
  async cancel(input: { invoiceId: string; callId: string; note: string }): Promise<Invoice> {
    const note = input.note.trim();
    if (note === '') throw new AppError('INVALID_INPUT', 'Indiquez pourquoi cet appel est retiré (il reste dans l’historique avec ce motif).', { note: 'Indiquez le motif du retrait.' });
    const now = this.clock.now().toISOString();
    let saved: Invoice | undefined;
    await this.store.update((current) => {
      const invoice = current.invoices.find((i) => i.id === input.invoiceId);
      if (!invoice) throw new AppError('NOT_FOUND', 'Cette facture n’existe plus\u00a0: elle a peut-être été supprimée.');
      const call = invoice.phoneCalls.find((c) => c.id === input.callId);
      if (!call) throw new AppError('NOT_FOUND', 'Cet appel n’existe plus.');
      if (invoice.phoneCallCancellations.some((c) => c.callId === call.id)) throw new AppError('CONFLICT', 'Cet appel a déjà été retiré.');
      const reminderStands = call.reminderId !== undefined && !invoice.reminderCancellations.some((c) => c.reminderId === call.reminderId);
      saved = {
        ...invoice,
        phoneCallCancellations: [...invoice.phoneCallCancellations, { id: newId(), callId: call.id, recordedAt: now, note }],
        reminderCancellations: reminderStands ? [...invoice.reminderCancellations, { id: newId(), reminderId: call.reminderId!, recordedAt: now, note }] : invoice.reminderCancellations,
        updatedAt: now,
      };
      const changed = saved;
      return { ...current, invoices: current.invoices.map((i) => (i.id === changed.id ? changed : i)) };
    });
    return saved!;
  }

  async log(input: CallLogInput): Promise<Invoice[]> {
    const { call, request } = input;
    const today = this.clock.today();
    if (call.calledOn > today) throw invalid('calledOn', 'La date de l’appel ne peut pas être dans le futur.');
    const db = this.store.data;
    for (const id of request.invoiceIds) {
      const invoice = db.invoices.find((i) => i.id === id);
      if (!invoice) throw new AppError('NOT_FOUND', 'Cette facture n’existe plus\u00a0: elle a peut-être été supprimée.');
      if (invoice.clientId !== request.clientId) throw new AppError('INVALID_INPUT', 'Un appel ne concerne que des factures du même client.');
      if (call.calledOn < invoice.issueDate) throw invalid('calledOn', `L’appel ne peut pas précéder la date de la facture n°\u00a0${invoice.number} (${formatFrenchDate(invoice.issueDate)}).`);
    }
    const levelId = this.letters.levelOf(request);
    const recordedAt = this.clock.now().toISOString();
    return this.dunning.recordOnInvoices(
      'noter un appel au sujet de',
      request.invoiceIds.map((invoiceId) => {
        const callId = newId();
        let effect: ReturnType<typeof callEffect> | null = null;
        return {
          invoiceId,
          reminder: (invoice: Invoice) => {
            // The step is still open on this invoice: not sent yet, and no reminder already on the day of the call.
            const active = activeReminders(invoice);
            const stepOpen = !active.some((r) => r.levelId === levelId || r.sentOn === call.calledOn);
            effect = callEffect(call, stepOpen);
            return effect.countsAsReminder
              ? { invoiceId, levelId, sentOn: call.calledOn, channel: 'phone' as const, note: reminderNote(call), tone: request.tone, callId }
              : null;
          },
          change: (invoice, reminder) => {
            const logged: PhoneCall = {
              id: callId,
              levelId,
              calledOn: call.calledOn,
              time: call.time,
              person: call.person,
              outcome: call.outcome,
              ...(call.promisedOn ? { promisedOn: call.promisedOn } : {}),
              note: call.note,
              ...(reminder ? { reminderId: reminder.id } : {}),
              recordedAt,
            };
            const pause = effect?.pause ?? null;
            return { ...invoice, phoneCalls: [...invoice.phoneCalls, logged], ...(pause ? { pause } : {}) };
          },
        };
      }),
    );
  }
}

/** The reminder's note, as the reminders' table and the accountant's export show it: « Promesse de paiement pour le 20/02/2026 — Mme Dupré ». */
/** The calls that still count (not withdrawn). */
function standingCalls(invoice: Invoice): PhoneCall[] {
  const withdrawn = new Set(invoice.phoneCallCancellations.map((c) => c.callId));
  return invoice.phoneCalls.filter((c) => !withdrawn.has(c.id));
}

function reminderNote(call: CallLogInput['call']): string {
  const outcome = call.outcome === 'promise' && call.promisedOn ? `Promesse de paiement pour le ${formatFrenchDate(call.promisedOn)}` : CALL_OUTCOME_LABELS[call.outcome];
  return (call.person ? `${outcome} — ${call.person}` : outcome).slice(0, 500);
}

function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { [`call.${field}`]: message });
}
