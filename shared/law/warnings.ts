/** Warnings of the law computations: a stable code for the program, a French message for the user. */
export type LawWarningCode =
  /** A half-year needed by the computation has no rate: no total is given (see Decompte.missingRates). */
  | 'MISSING_RATES'
  /** A rate of the computation is flagged unconfirmed in the sources. */
  | 'UNCONFIRMED_RATE'
  /** A rate typed by the user in Paramètres was used. */
  | 'USER_ENTERED_RATE'
  /** B2B payment term longer than 60 days after the invoice date (Code de commerce L441-10 I). */
  | 'PAYMENT_TERM_OVER_60_DAYS'
  /** B2B contractual rate below 3 × the legal rate of a half-year of the computation (L441-10 II). */
  | 'CONTRACTUAL_RATE_BELOW_FLOOR'
  /** The legal rate of a half-year is unknown, so the floor of the contractual rate cannot be checked. */
  | 'CONTRACTUAL_FLOOR_UNVERIFIABLE'
  /** Private client: interest runs only from a mise en demeure, and none was recorded. */
  | 'NO_FORMAL_NOTICE'
  /** Private client: the mise en demeure predates the due date; interest runs only from the day after the due date. */
  | 'FORMAL_NOTICE_BEFORE_DUE_DATE'
  /** Private client: a contractual rate was set but is not applied (the legal rate is used). */
  | 'CONTRACTUAL_RATE_NOT_APPLIED_PRIVATE'
  | 'PRESCRIPTION_SOON'
  | 'PRESCRIPTION_PASSED';

export interface LawWarning {
  readonly code: LawWarningCode;
  /** 'danger': the claim itself is at risk; 'warning': something to fix or check; 'info': explanation. */
  readonly severity: 'info' | 'warning' | 'danger';
  readonly message: string;
}
