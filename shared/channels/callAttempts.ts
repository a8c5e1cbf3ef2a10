import { addDays, type LocalDate } from '../kernel/localDate';
import { frenchTypography as fr } from '../kernel/frenchTypography';

/**
 * How often a private person has been called lately. The rules of telephone prospection (Code de la consommation
 * D223-9: at most 4 attempts in 30 days) do not bind a creditor, but repeated unwanted calls can be an aggressive
 * practice (L121-7 3°) or an offence (C. pén. 222-16) (legal-facts.md § 10): from the 4th call in 30 days, answered or
 * not, Relance says so before the next one.
 */

export const CALL_ATTEMPTS_LIMIT = 4;
const WINDOW_DAYS = 30;

/**
 * The calls to the client in the 30 days up to today (today included), each counted once: a call about several
 * invoices is logged on each of them, with the same day, time and outcome.
 */
export function recentCallAttempts(calls: readonly { calledOn: LocalDate; time: string; outcome: string }[], today: LocalDate): number {
  const from = addDays(today, -(WINDOW_DAYS - 1));
  const seen = new Set<string>();
  for (const c of calls) if (c.calledOn >= from && c.calledOn <= today) seen.add(`${c.calledOn} ${c.time} ${c.outcome}`);
  return seen.size;
}

export function callAttemptsWarning(attempts: number, clientKind: 'business' | 'private'): string | null {
  if (clientKind !== 'private' || attempts < CALL_ATTEMPTS_LIMIT) return null;
  return fr(
    `Déjà ${attempts} appels à ce client ces 30 derniers jours, avec ou sans réponse\u00a0: des appels répétés peuvent être ressentis comme du harcèlement. L’usage du démarchage téléphonique s’en tient à 4 en 30 jours\u202f; préférez maintenant un écrit.`,
  );
}
