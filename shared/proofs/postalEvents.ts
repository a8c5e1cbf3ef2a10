import type { PostalEvent, PostalEventKind, ReminderRecord, ReturnReason } from '../dunning/schema';
import { frenchTypography as fr } from '../kernel/frenchTypography';
import { formatFrenchDate, type LocalDate } from '../kernel/localDate';
import { formalNoticeEffectiveDate } from '../law/formalNotice';

/**
 * What happened to a letter after it left, from its postal events (shared/dunning/schema postalEventSchema). The
 * events are the proof (append-only); the reminder's firstPresentedOn / receivedOn / returnedOn are their summary,
 * which every computation reads (the engine's deadlines, the interest of a private client through the invoice's
 * formalNoticeDate). A reminder that has no event at all keeps the dates typed on it before events existed.
 */

export interface PostalEventsHolder {
  readonly postalEvents: readonly PostalEvent[];
  readonly postalEventCancellations: readonly { eventId: string }[];
}

/** The events of a reminder (or of every reminder) that no cancellation withdrew, in the order they were recorded. */
export function activePostalEvents(invoice: PostalEventsHolder, reminderId?: string): PostalEvent[] {
  const cancelled = new Set(invoice.postalEventCancellations.map((c) => c.eventId));
  return invoice.postalEvents.filter((e) => !cancelled.has(e.id) && (reminderId === undefined || e.reminderId === reminderId));
}

export interface PostalSummary {
  readonly firstPresentedOn: LocalDate | null;
  readonly receivedOn: LocalDate | null;
  readonly returnedOn: LocalDate | null;
  readonly returnReason: ReturnReason | null;
}

/** The dates a reminder's active events establish (the earliest presentation; the delivery; the return). */
export function postalSummary(events: readonly PostalEvent[]): PostalSummary {
  let firstPresentedOn: LocalDate | null = null;
  let receivedOn: LocalDate | null = null;
  let returned: PostalEvent | null = null;
  for (const e of events) {
    if (e.kind === 'presented' && (firstPresentedOn === null || e.on < firstPresentedOn)) firstPresentedOn = e.on;
    if (e.kind === 'delivered') receivedOn = e.on;
    if (e.kind === 'returned') returned = e;
  }
  return { firstPresentedOn, receivedOn, returnedOn: returned?.on ?? null, returnReason: returned?.returnReason ?? null };
}

/** The reminder with its summary written on it (what the engine and the décompte read). */
export function withPostalSummary(reminder: ReminderRecord, summary: PostalSummary): ReminderRecord {
  const { returnedOn: _returned, ...rest } = reminder;
  return {
    ...rest,
    firstPresentedOn: summary.firstPresentedOn,
    receivedOn: summary.receivedOn,
    ...(summary.returnedOn ? { returnedOn: summary.returnedOn } : {}),
  };
}

/** The day a letter counts from as a mise en demeure, from its summary: delivery, else first presentation of a letter not collected. */
export function effectiveDateOf(summary: Pick<PostalSummary, 'firstPresentedOn' | 'receivedOn'>): LocalDate | null {
  return formalNoticeEffectiveDate(summary);
}

export interface NewPostalEvent {
  readonly kind: PostalEventKind;
  readonly on: LocalDate;
  readonly returnReason?: ReturnReason;
  /** 'returned' not collected or refused: the avis de passage's date, when no presentation is recorded yet. */
  readonly presentedOn?: LocalDate;
  readonly hasScan: boolean;
}

export const POSTAL_EVENT_LABELS: Record<PostalEventKind, string> = {
  'deposit-proof': 'Preuve de dépôt',
  presented: 'Première présentation',
  delivered: 'Distribution (AR signé)',
  returned: 'Retour à l’expéditeur',
};

export const RETURN_REASON_LABELS: Record<ReturnReason, string> = {
  unclaimed: 'pli avisé et non réclamé',
  refused: 'refusé par le destinataire',
  'unknown-address': 'destinataire inconnu à l’adresse',
};

export type PostalEventProblem = { field: 'kind' | 'on' | 'presentedOn' | 'returnReason' | 'scan'; conflict?: true; message: string };

/**
 * What is wrong with an event about to be recorded for a letter (empty when it can be): the kind must fit how the
 * letter left, the dates follow the sending and each other and are not in the future, and one delivery or return only
 * (a mistaken one is cancelled first).
 */
export function postalEventProblems(
  reminder: Pick<ReminderRecord, 'sentOn' | 'channel'>,
  active: readonly PostalEvent[],
  event: NewPostalEvent,
  today: LocalDate,
): PostalEventProblem[] {
  const problems: PostalEventProblem[] = [];
  const registered = reminder.channel === 'registered-letter';
  const summary = postalSummary(active);
  const sent = formatFrenchDate(reminder.sentOn);
  if (reminder.channel === 'phone') return [{ field: 'kind', message: 'Un appel téléphonique n’a ni avis de réception ni preuve de dépôt.' }];
  if (!registered && event.kind !== 'delivered') {
    return [{ field: 'kind', message: fr(`Seule une lettre recommandée a ${event.kind === 'deposit-proof' ? 'une preuve de dépôt' : event.kind === 'presented' ? 'une première présentation' : 'un retour à l’expéditeur'} : celle-ci est partie autrement.`) }];
  }
  if (event.kind === 'deposit-proof' && !event.hasScan) problems.push({ field: 'scan', message: 'Joignez le scan de la preuve de dépôt.' });
  if (event.kind === 'returned' && !event.returnReason) problems.push({ field: 'returnReason', message: 'Indiquez le motif du retour.' });

  const dates: [field: 'on' | 'presentedOn', date: LocalDate, what: string][] = [[
    'on',
    event.on,
    event.kind === 'presented' ? 'La date de première présentation' : event.kind === 'returned' ? 'La date du retour' : event.kind === 'delivered' ? 'La date de distribution' : 'La date de dépôt',
  ]];
  if (event.presentedOn) dates.push(['presentedOn', event.presentedOn, 'La date de première présentation']);
  for (const [field, date, what] of dates) {
    if (date < reminder.sentOn) problems.push({ field, message: `${what} ne peut pas précéder l’envoi de la lettre (${sent}).` });
    else if (date > today) problems.push({ field, message: `${what} ne peut pas être dans le futur.` });
  }
  if (event.kind === 'deposit-proof' && event.on !== reminder.sentOn) {
    problems.push({ field: 'on', message: fr(`La preuve de dépôt porte le jour de l’envoi (${sent}) : corrigez d’abord la date d’envoi de la relance si elle est fausse.`) });
  }

  const presented = event.presentedOn && (summary.firstPresentedOn === null || event.presentedOn < summary.firstPresentedOn) ? event.presentedOn : summary.firstPresentedOn;
  const ended = summary.receivedOn ? `la distribution du ${formatFrenchDate(summary.receivedOn)}` : summary.returnedOn ? `le retour du ${formatFrenchDate(summary.returnedOn)}` : null;
  if ((event.kind === 'delivered' || event.kind === 'returned') && ended) {
    const already = summary.receivedOn ? `sa distribution (${formatFrenchDate(summary.receivedOn)})` : `son retour (${formatFrenchDate(summary.returnedOn!)})`;
    problems.push({ field: 'kind', conflict: true, message: fr(`Cette lettre a déjà ${already} : retirez d’abord cette saisie si elle est erronée.`) });
  }
  if (event.kind === 'presented' && summary.firstPresentedOn) {
    problems.push({ field: 'kind', conflict: true, message: fr(`La première présentation est déjà enregistrée (${formatFrenchDate(summary.firstPresentedOn)}) : retirez-la d’abord si elle est erronée.`) });
  }
  if (event.kind === 'presented' && (summary.receivedOn ?? summary.returnedOn) && event.on > (summary.receivedOn ?? summary.returnedOn)!) {
    problems.push({ field: 'on', message: `La première présentation ne peut pas suivre ${ended}.` });
  }
  if ((event.kind === 'delivered' || event.kind === 'returned') && presented && event.on < presented) {
    problems.push({ field: 'on', message: `${event.kind === 'delivered' ? 'La date de distribution' : 'La date du retour'} ne peut pas précéder la première présentation (${formatFrenchDate(presented)}).` });
  }
  if (event.kind === 'returned' && (event.returnReason === 'unclaimed' || event.returnReason === 'refused') && !presented) {
    problems.push({
      field: 'presentedOn',
      message: fr('Indiquez la date de première présentation (avis de passage) : une lettre recommandée avisée et non réclamée, ou refusée, vaut mise en demeure à cette date.'),
    });
  }
  return problems;
}
