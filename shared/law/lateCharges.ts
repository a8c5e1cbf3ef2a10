import type { LocalDate } from '../kernel/localDate';
import type { ClientKind } from '../ledger/schema';
import type { Cents } from '../kernel/money';
import type { Decompte } from './penalties';
import type { LateChargesWordingFacts } from './wording';

/**
 * What an invoice paid in full after its due date still owes: the penalties up to the day of payment and, between
 * businesses, the 40 € flat indemnity (L441-10 II, D441-5: due as of right once the due date has passed, whatever
 * the length of the delay; legal-facts.md § 1). Against a private client only the legal interest that ran between
 * the day after the mise en demeure and the payment (often nothing). Paying the principal does not pay them.
 *
 * Pure: the amounts come from the décompte (drawn up on any day after the payment, it stops on the payment day);
 * the user's decision on them (waived, or received) is read from the invoice.
 */

export interface LateChargesWaiver {
  readonly waivedOn: LocalDate;
  readonly note: string;
}

export interface LateChargesSettlement {
  readonly settledOn: LocalDate;
  readonly amountCents: Cents;
  readonly note: string;
}

export type LateChargesStatus = 'owed' | 'waived' | 'settled';

export interface LateChargesInput {
  readonly clientKind: ClientKind;
  readonly dueDate: LocalDate;
  /** The day the payments reached the amount of the invoice, or null while something is unpaid. */
  readonly paidOn: LocalDate | null;
  readonly decompte: Pick<Decompte, 'daysLate' | 'penaltiesCents' | 'indemnityCents' | 'totalCents'>;
  readonly waiver: LateChargesWaiver | null;
  readonly settlement: LateChargesSettlement | null;
}

export interface LateCharges {
  readonly status: LateChargesStatus;
  readonly clientKind: ClientKind;
  readonly paidOn: LocalDate;
  /** Days from the due date to the payment. */
  readonly daysLate: number;
  /** Null when a rate is missing (never guessed). */
  readonly penaltiesCents: Cents | null;
  readonly indemnityCents: Cents;
  readonly totalCents: Cents | null;
  readonly waiver: LateChargesWaiver | null;
  readonly settlement: LateChargesSettlement | null;
}

/** Null unless the invoice was paid in full after its due date and the delay cost something. */
export function lateChargesOf(input: LateChargesInput): LateCharges | null {
  const { paidOn, decompte } = input;
  if (paidOn === null || paidOn <= input.dueDate) return null;
  if (decompte.totalCents === 0) return null;
  const status: LateChargesStatus = input.settlement ? 'settled' : input.waiver ? 'waived' : 'owed';
  return {
    status,
    clientKind: input.clientKind,
    paidOn,
    daysLate: decompte.daysLate,
    penaltiesCents: decompte.penaltiesCents,
    indemnityCents: decompte.indemnityCents,
    totalCents: decompte.totalCents,
    waiver: input.waiver,
    settlement: input.settlement,
  };
}

/** What the totals of the overview count for it: the charges still owed, nothing once waived or received. */
export function owedLateCharges(charges: LateCharges | null): { penaltiesCents: Cents | null; indemnityCents: Cents } {
  if (!charges || charges.status !== 'owed') return { penaltiesCents: 0, indemnityCents: 0 };
  return { penaltiesCents: charges.penaltiesCents, indemnityCents: charges.indemnityCents };
}

/** The facts the wording module needs to write about it. */
export function lateChargesWordingFacts(c: LateCharges): LateChargesWordingFacts {
  return {
    status: c.status,
    clientKind: c.clientKind,
    paidOn: c.paidOn,
    daysLate: c.daysLate,
    penaltiesCents: c.penaltiesCents,
    indemnityCents: c.indemnityCents,
    totalCents: c.totalCents,
    waivedOn: c.waiver?.waivedOn ?? null,
    settledOn: c.settlement?.settledOn ?? null,
    settledCents: c.settlement?.amountCents ?? null,
  };
}
