import type { CallOutcome, DunningPause } from '../dunning/schema';
import { frenchTypography as fr } from '../kernel/frenchTypography';
import { formatFrenchDate, type LocalDate } from '../kernel/localDate';
import { minutesOf, timeOfDayText } from './timeOfDay';

/** The outcomes as the call log offers them. */
export const CALL_OUTCOME_LABELS: Record<CallOutcome, string> = {
  promise: 'Promesse de paiement',
  dispute: 'Litige',
  'message-left': 'Message laissé',
  'no-answer': 'Pas de réponse',
};

export interface CallEntry {
  readonly calledOn: LocalDate;
  readonly time: string;
  readonly person: string;
  readonly outcome: CallOutcome;
  readonly promisedOn?: LocalDate | undefined;
  readonly note: string;
}

export interface CallEffect {
  /** The call is recorded as the reminder of its step (channel 'phone'). */
  readonly countsAsReminder: boolean;
  /** The pause it puts the dunning in (replacing any pause in force), or null: the pause is left as it is. */
  readonly pause: DunningPause | null;
}

/**
 * What a call does to the dunning.
 *
 * Whether it counts as the reminder of its step: the dunning's model (shared/dunning/engine.ts) proposes each step
 * once and counts the next one from the day the previous one "was actually sent", that is the day the client was
 * told. So a call counts when the message reached the client: a promise or a dispute (someone was reached and heard
 * it) and a message left (like a letter in the letter box or an e-mail in the inbox, the message was delivered).
 * « Pas de réponse » told nobody anything: it is kept in the call log and the history (an attempt, which also matters
 * for the courtesy limit on repeated calls to a private person), but the step stays due: call again, or send it
 * another way. A call never adds a second reminder for a step already sent, nor a second reminder on one day (the
 * engine's rule): it is then logged only (`stepOpen` false), and its pause still applies.
 *
 * The pause: a promise pauses the dunning until the promised day (the engine re-arms it the day after, saying the
 * promise was not kept); a dispute pauses it with the note as its subject. Both start on the day of the call.
 */
export function callEffect(call: CallEntry, stepOpen: boolean): CallEffect {
  const reached = call.outcome !== 'no-answer';
  const pause: DunningPause | null =
    call.outcome === 'promise' && call.promisedOn
      ? { kind: 'promise', since: call.calledOn, until: call.promisedOn, note: promiseNote(call) }
      : call.outcome === 'dispute'
        ? { kind: 'dispute', since: call.calledOn, note: call.note.trim() }
        : null;
  return { countsAsReminder: reached && stepOpen, pause };
}

/** The promise pause's note: who promised, on which call, and the user's note. */
function promiseNote(call: CallEntry): string {
  const who = call.person.trim() ? `${call.person.trim()}, ` : '';
  const base = `Promis par téléphone (${who}appel du ${formatFrenchDate(call.calledOn)} à ${timeOfDayText(minutesOf(call.time))})`;
  return fr(call.note.trim() ? `${base} : ${call.note.trim()}` : `${base}.`).slice(0, 500);
}

/** The call in one line for the history: « Appel du 10/02/2026 à 14 h 30 : Mme Dupré jointe — promesse de paiement pour le 20/02/2026 ». */
export function callSummary(call: CallEntry): string[] {
  const when = `Appel du ${formatFrenchDate(call.calledOn)} à ${timeOfDayText(minutesOf(call.time))}`;
  const who = call.person.trim() ? ` avec ${call.person.trim()}` : '';
  const outcome =
    call.outcome === 'promise' && call.promisedOn
      ? `promesse de paiement pour le ${formatFrenchDate(call.promisedOn)}`
      : call.outcome === 'dispute'
        ? 'litige'
        : CALL_OUTCOME_LABELS[call.outcome].toLowerCase();
  const lines = [fr(`${when}${call.outcome === 'no-answer' ? '' : who} : ${outcome}`)];
  if (call.note.trim()) lines.push(fr(call.outcome === 'dispute' ? `Objet du litige : ${call.note.trim()}` : call.note.trim()));
  return lines;
}
