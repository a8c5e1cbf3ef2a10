import type { LocalDate } from '../kernel/localDate';
import type { HalfYearId } from './rates.data';
import type { PrescriptionResult } from './prescription';
import { lawWarningMessage } from './wording';

/**
 * Warnings of the law computations, as data: a stable code for the program and the facts it rests on.
 * The French sentence (`message`) is written by the wording module (wording.ts) from those facts only,
 * so the computations never hold a sentence and the wording never computes.
 */
export type LawWarningFacts =
  /** A half-year needed by the computation has no rate: no total is given (see Decompte.missingRates). */
  | { readonly code: 'MISSING_RATES'; readonly missing: readonly HalfYearId[]; readonly rateKind: 'ecb' | 'legalOther' }
  /** A rate of the computation is flagged unconfirmed in the sources. */
  | { readonly code: 'UNCONFIRMED_RATE'; readonly halfYears: readonly HalfYearId[] }
  /** A rate typed by the user in Paramètres was used. */
  | { readonly code: 'USER_ENTERED_RATE'; readonly halfYears: readonly HalfYearId[] }
  /** B2B payment term longer than 60 days after the invoice date (Code de commerce L441-10 I). */
  | { readonly code: 'PAYMENT_TERM_OVER_60_DAYS'; readonly termDays: number; readonly within45EndOfMonth: boolean }
  /** B2B contractual rate below 3 × the legal rate of a half-year of the computation (L441-10 II). */
  | { readonly code: 'CONTRACTUAL_RATE_BELOW_FLOOR'; readonly rateBp: number; readonly floors: readonly { halfYear: HalfYearId; bp: number }[] }
  /** The legal rate of a half-year is unknown, so the floor of the contractual rate cannot be checked. */
  | { readonly code: 'CONTRACTUAL_FLOOR_UNVERIFIABLE'; readonly halfYears: readonly HalfYearId[] }
  /** Private client: interest runs only from a mise en demeure, and none was recorded. */
  | { readonly code: 'NO_FORMAL_NOTICE' }
  /** Private client: a mise en demeure was sent, its receipt (or first presentation) is not known yet. */
  | { readonly code: 'FORMAL_NOTICE_AWAITING_RECEIPT'; readonly sentOn: LocalDate }
  /** Private client: the mise en demeure predates the due date; interest runs only from the day after the due date. */
  | { readonly code: 'FORMAL_NOTICE_BEFORE_DUE_DATE'; readonly noticeDate: LocalDate; readonly dueDate: LocalDate }
  /** Private client: a contractual rate was set but is not applied (the legal rate is used). */
  | { readonly code: 'CONTRACTUAL_RATE_NOT_APPLIED_PRIVATE'; readonly rateBp: number }
  | { readonly code: 'PRESCRIPTION_SOON'; readonly prescription: PrescriptionResult; readonly daysLeft: number }
  | { readonly code: 'PRESCRIPTION_PASSED'; readonly prescription: PrescriptionResult };


/** 'danger': the claim itself is at risk; 'warning': something to fix or check; 'info': explanation. */
export type LawWarningSeverity = 'info' | 'warning' | 'danger';

export type LawWarning = LawWarningFacts & {
  readonly severity: LawWarningSeverity;
  /** French, from wording.ts. */
  readonly message: string;
};

/** A warning from its facts: the sentence is the wording module's. */
export function lawWarning(severity: LawWarningSeverity, facts: LawWarningFacts): LawWarning {
  return { ...facts, severity, message: lawWarningMessage(facts) };
}
