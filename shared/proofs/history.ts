import { DEFAULT_POLICY, LATE_CHARGES_LEVEL, type ArchivedFile, type DunningPolicy, type ReminderRecord } from '../dunning/schema';
import { frenchTypography as fr } from '../kernel/frenchTypography';
import { formatFrenchDate, localDateOf, type LocalDate } from '../kernel/localDate';
import { formatEuros } from '../kernel/money';
import type { Client, Invoice } from '../ledger/schema';
import { POSTAL_EVENT_LABELS, RETURN_REASON_LABELS } from './postalEvents';
import { callSummary } from '../channels/callLog';

/**
 * The invoice's history: every event in the order it happened (the invoice issued, each reminder sent with its
 * archived letter, what La Poste did with it, payments, pauses, cancellations), as the history screen lists it and
 * as its PDF prints it for a court file. A pure function of the invoice; every text is French and typeset.
 */

export type HistoryEntryKind = 'invoice' | 'reminder' | 'call' | 'postal' | 'payment' | 'pause' | 'notice' | 'charges' | 'cancellation';

export interface HistoryEntry {
  /** Stable within the invoice (the record's id and what it is). */
  readonly key: string;
  readonly kind: HistoryEntryKind;
  /** The day it happened (for a cancellation: the day it was recorded). */
  readonly on: LocalDate;
  /** When it was recorded in Relance (ISO instant), to order the events of one day. */
  readonly recordedAt: string;
  readonly title: string;
  readonly details: readonly string[];
  /** The archived letter or scan that proves it (its SHA-256 is printed). */
  readonly document?: ArchivedFile & { role: 'letter' | 'email' | 'scan' };
  /** The day it was withdrawn (the entry stays, struck through, and the cancellation follows as an entry of its own), or null. */
  readonly cancelledOn: LocalDate | null;
  /** What the user can act on: the reminder or the postal event it is. */
  readonly reminderId?: string;
  readonly postalEventId?: string;
  /** A call of the call log that is no reminder of its own (it can be withdrawn from the history). */
  readonly callId?: string;
}

/** levelId → label: the client's policy, the default policy, the built-in levels. */
export function levelLabelOf(policy: DunningPolicy): (levelId: string) => string {
  const labels = new Map<string, string>();
  for (const l of [...policy.levels, ...DEFAULT_POLICY.levels, LATE_CHARGES_LEVEL]) if (!labels.has(l.id)) labels.set(l.id, l.label);
  return (id) => labels.get(id) ?? id;
}

/** How a reminder left, in words that agree with any step's name (« Rappel amiable », « Mise en demeure »). */
const SENT_BY: Record<ReminderRecord['channel'], string> = {
  letter: 'Envoi par lettre simple',
  'registered-letter': 'Envoi en recommandé avec AR',
  email: 'Envoi par e-mail',
  sms: 'SMS envoyé',
  hand: 'Remise en main propre',
  phone: 'Appel téléphonique',
};

const dayOf = (instant: string): LocalDate => localDateOf(new Date(instant));
const cancelledOnOf = (c: { recordedAt: string } | undefined): LocalDate | null => (c ? dayOf(c.recordedAt) : null);
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const d = formatFrenchDate;

export function invoiceHistory(invoice: Invoice, client: Pick<Client, 'name'> | null, policy: DunningPolicy): HistoryEntry[] {
  const label = levelLabelOf(policy);
  const entries: HistoryEntry[] = [];
  const cancelledReminders = new Map(invoice.reminderCancellations.map((c) => [c.reminderId, c]));
  const eventCancellations = new Map(invoice.postalEventCancellations.map((c) => [c.eventId, c]));
  const reminders = new Map(invoice.reminders.map((r) => [r.id, r]));
  const reminderName = (id: string): string => {
    const r = reminders.get(id);
    return r ? fr(`« ${label(r.levelId)} » du ${d(r.sentOn)}`) : 'une relance';
  };

  entries.push({
    key: `invoice-${invoice.id}`,
    kind: 'invoice',
    on: invoice.issueDate,
    recordedAt: invoice.createdAt,
    title: `Facture émise${client ? ` à ${client.name}` : ''}`,
    details: [
      fr(`N° ${invoice.number}, ${formatEuros(invoice.amountTtcCents)} TTC, échéance le ${d(invoice.dueDate)}`),
      ...(invoice.description ? [fr(invoice.description)] : []),
      `Enregistrée dans Relance le ${d(dayOf(invoice.createdAt))}`,
    ],
    cancelledOn: null,
  });

  const calls = new Map(invoice.phoneCalls.map((c) => [c.id, c]));
  for (const r of invoice.reminders) {
    // « n° » held to the number whatever it starts with (an S10 number starts with letters).
    // An e-mail prepared in Relance (its .eml archived) was opened in the user's own mail client: « e-mail préparé ».
    // One sent by Relance itself (SMTP) names the address it went to: « e-mail envoyé à compta@… ».
    const sentBy =
      r.channel === 'email' && r.sentTo
        ? `E-mail envoyé à ${r.sentTo}`
        : r.channel === 'email' && r.document?.kind === 'eml'
        ? 'E-mail préparé (envoyé depuis votre messagerie)'
        : r.channel === 'sms' && r.recipient
          ? `SMS envoyé au ${r.recipient}`
          : SENT_BY[r.channel];
    const details = [sentBy + (r.registeredNumber ? ` n°\u00a0${r.registeredNumber}` : '')];
    // A call the reminder stands for: who was reached, when, and what came of it.
    const call = r.callId ? calls.get(r.callId) : undefined;
    if (call) details.push(...callSummary(call));
    if (r.message) details.push(fr(`Texte : « ${r.message} »`));
    if (r.deadline) details.push(`Délai de paiement accordé jusqu’au ${d(r.deadline)}`);
    // A call's reminder notes its outcome, which the call's own lines above already say.
    if (r.note && !call) details.push(fr(r.note));
    entries.push({
      key: `reminder-${r.id}`,
      kind: 'reminder',
      on: r.sentOn,
      recordedAt: r.recordedAt,
      title: label(r.levelId),
      details,
      ...(r.document ? { document: { ...r.document, role: r.document.kind === 'eml' ? ('email' as const) : ('letter' as const) } } : {}),
      cancelledOn: cancelledOnOf(cancelledReminders.get(r.id)),
      reminderId: r.id,
    });
    // A receipt typed on the reminder before postal events existed (no event for it): shown as it was recorded.
    if (!invoice.postalEvents.some((e) => e.reminderId === r.id) && r.channel !== 'hand' && (r.firstPresentedOn || r.receivedOn)) {
      for (const [on, title] of [
        [r.firstPresentedOn, POSTAL_EVENT_LABELS.presented],
        [r.receivedOn, 'Réception'],
      ] as const) {
        if (on) entries.push({ key: `receipt-${r.id}-${on}-${title}`, kind: 'postal', on, recordedAt: r.recordedAt, title, details: [fr(`Lettre ${reminderName(r.id)}`)], cancelledOn: cancelledOnOf(cancelledReminders.get(r.id)) });
      }
    }
  }
  // Calls that are no reminder of their own (no answer, a step already sent): attempts, kept in the chronology. A call
  // that stands for a reminder is that reminder's entry; withdrawn, the reminder is withdrawn with it and says so.
  const standingFor = new Set(invoice.reminders.map((r) => r.callId).filter((id) => id !== undefined));
  const callCancellations = new Map(invoice.phoneCallCancellations.map((c) => [c.callId, c]));
  for (const c of invoice.phoneCalls) {
    if (standingFor.has(c.id)) continue;
    entries.push({
      key: `call-${c.id}`,
      kind: 'call',
      on: c.calledOn,
      recordedAt: c.recordedAt,
      title: c.outcome === 'no-answer' ? 'Appel sans réponse' : 'Appel téléphonique',
      details: [...callSummary(c), fr(`Au sujet de l’étape « ${label(c.levelId)} »`)],
      cancelledOn: cancelledOnOf(callCancellations.get(c.id)),
      callId: c.id,
    });
    const cancellation = callCancellations.get(c.id);
    if (cancellation) {
      entries.push({
        key: `call-cancel-${cancellation.id}`,
        kind: 'cancellation',
        on: dayOf(cancellation.recordedAt),
        recordedAt: cancellation.recordedAt,
        title: fr(`Appel du ${d(c.calledOn)} retiré`),
        details: [cancellation.note ? fr(`Motif : ${cancellation.note}`) : 'Sans motif indiqué'],
        cancelledOn: null,
      });
    }
  }
  for (const c of invoice.reminderCancellations) {
    entries.push({
      key: `reminder-cancel-${c.id}`,
      kind: 'cancellation',
      on: dayOf(c.recordedAt),
      recordedAt: c.recordedAt,
      title: fr(`Relance ${reminderName(c.reminderId)} retirée`),
      details: [c.note ? fr(`Motif : ${c.note}`) : 'Sans motif indiqué'],
      cancelledOn: null,
    });
  }

  for (const e of invoice.postalEvents) {
    const details = [fr(`Lettre ${reminderName(e.reminderId)}`)];
    if (e.kind === 'returned') details.push(fr(`Motif : ${RETURN_REASON_LABELS[e.returnReason ?? 'unclaimed']}`));
    if (e.note) details.push(fr(e.note));
    entries.push({
      key: `postal-${e.id}`,
      kind: 'postal',
      on: e.on,
      recordedAt: e.recordedAt,
      title: POSTAL_EVENT_LABELS[e.kind],
      details,
      ...(e.scan ? { document: { ...e.scan, role: 'scan' as const } } : {}),
      cancelledOn: cancelledOnOf(eventCancellations.get(e.id)),
      postalEventId: e.id,
      reminderId: e.reminderId,
    });
  }
  const events = new Map(invoice.postalEvents.map((e) => [e.id, e]));
  for (const c of invoice.postalEventCancellations) {
    const e = events.get(c.eventId);
    entries.push({
      key: `postal-cancel-${c.id}`,
      kind: 'cancellation',
      on: dayOf(c.recordedAt),
      recordedAt: c.recordedAt,
      title: fr(`Saisie retirée : ${e ? `${lowerFirst(POSTAL_EVENT_LABELS[e.kind])} du ${d(e.on)}` : 'événement de distribution'}`),
      details: [c.note ? fr(`Motif : ${c.note}`) : 'Sans motif indiqué'],
      cancelledOn: null,
    });
  }

  for (const p of invoice.payments) {
    entries.push({
      key: `payment-${p.id}`,
      kind: 'payment',
      on: p.date,
      recordedAt: p.recordedAt,
      title: 'Paiement reçu',
      details: [formatEuros(p.amountCents), ...(p.note ? [fr(p.note)] : [])],
      cancelledOn: null,
    });
  }

  if (invoice.pause) {
    const p = invoice.pause;
    const why =
      p.kind === 'dispute'
        ? fr(`Litige : ${p.note}`)
        : p.kind === 'promise'
          ? `Promesse de paiement pour le ${d(p.until)}`
          : `Plan de paiement en ${p.instalments.length} échéance${p.instalments.length > 1 ? 's' : ''}, jusqu’au ${d(p.instalments.at(-1)!.dueDate)}`;
    entries.push({
      key: 'pause',
      kind: 'pause',
      on: p.since,
      recordedAt: invoice.updatedAt,
      title: 'Relances mises en pause',
      details: [why, ...(p.kind !== 'dispute' && p.note ? [fr(p.note)] : [])],
      cancelledOn: null,
    });
  }

  const noticeFromApp = invoice.reminders.some((r) => !cancelledReminders.has(r.id) && (r.receivedOn === invoice.formalNoticeDate || r.firstPresentedOn === invoice.formalNoticeDate));
  if (invoice.formalNoticeDate && !noticeFromApp) {
    entries.push({
      key: 'notice',
      kind: 'notice',
      on: invoice.formalNoticeDate,
      recordedAt: invoice.updatedAt,
      title: 'Mise en demeure faite hors de Relance',
      details: [`Reçue par le client le ${d(invoice.formalNoticeDate)}`],
      cancelledOn: null,
    });
  }
  if (invoice.lateChargesWaiver) {
    const w = invoice.lateChargesWaiver;
    entries.push({ key: 'waiver', kind: 'charges', on: w.waivedOn, recordedAt: invoice.updatedAt, title: 'Renonciation aux pénalités et à l’indemnité', details: w.note ? [fr(w.note)] : [], cancelledOn: null });
  }
  if (invoice.lateChargesSettlement) {
    const s = invoice.lateChargesSettlement;
    entries.push({
      key: 'settlement',
      kind: 'charges',
      on: s.settledOn,
      recordedAt: invoice.updatedAt,
      title: 'Pénalités et indemnité reçues',
      details: [formatEuros(s.amountCents), ...(s.note ? [fr(s.note)] : [])],
      cancelledOn: null,
    });
  }
  if (invoice.cancelled) {
    entries.push({ key: 'cancelled', kind: 'cancellation', on: dayOf(invoice.updatedAt), recordedAt: invoice.updatedAt, title: 'Facture annulée', details: [], cancelledOn: null });
  }

  const order = (e: HistoryEntry): number => (e.kind === 'invoice' ? 0 : 1);
  return entries.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : order(a) - order(b) || (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0)));
}
