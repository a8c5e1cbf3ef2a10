import type { LocalDate } from '../kernel/localDate';

/**
 * The mise en demeure and the day it takes effect (C. civ. 1344, 1231-6; legal-facts.md §§ 5, 9, 10).
 *
 * A mise en demeure takes effect when it reaches the debtor. For a registered letter with avis de réception:
 * - delivered: the day it was handed over (the date on the signed AR);
 * - not collected (« pli avisé et non réclamé »): it is still a valid mise en demeure (Cass. 1re civ. 20 Jan 2021,
 *   n° 19-20.680), from the day it was first presented;
 * - presented, then collected later at the post office: the day it was collected. DECISION: the later of the two,
 *   on the safe side for the creditor (interest never starts before the debtor had the letter in hand).
 * Until one of these days is known, the mise en demeure has been SENT but has no effective date: against a private
 * client no interest accrues yet, and the app says interest starts on receipt. The sending day is never used: a
 * letter posted on Monday and received on Thursday makes the debtor late from Friday, not Tuesday.
 * The dates come from the letter's postal events (shared/proofs/postalEvents), checked there.
 */

export interface FormalNoticeProof {
  readonly sentOn: LocalDate;
  /** Sent by registered letter: a first presentation date can be recorded. */
  readonly registered: boolean;
  /** Day the client received it (AR signed, e-mail read, letter handed over). */
  readonly receivedOn: LocalDate | null;
  /** Registered letter: day La Poste first presented it (avis de passage). */
  readonly firstPresentedOn: LocalDate | null;
}

/** The day the mise en demeure counts from: receipt, else first presentation of an uncollected letter, else null. */
export function formalNoticeEffectiveDate(proof: Pick<FormalNoticeProof, 'receivedOn' | 'firstPresentedOn'>): LocalDate | null {
  return proof.receivedOn ?? proof.firstPresentedOn ?? null;
}
