import { daysBetween, isLocalDate, type LocalDate } from '../kernel/localDate';
import type { ClientKind } from '../ledger/schema';
import { lawWarning, type LawWarning } from './warnings';
import { prescriptionLegalBasis } from './wording';

/**
 * Limitation period (prescription) of the claim for payment. legal-facts.md § 6.
 *
 * - Business client: 5 years, Code de commerce L110-4 (merchants) or Code civil 2224 (civil law, e.g. between
 *   liberal professionals): same length, same starting rule.
 * - Private client (consumer): 2 years, Code de la consommation L218-2.
 * - Start: completion of the work or service (Cass. com. 26 Feb 2020 n° 18-25.036; Cass. 1re civ. 19 May 2021
 *   n° 20-12.520; 3e civ. 1 Mar 2023 n° 21-23.176), NOT the invoice date. Completion is usually on or before the
 *   invoice date, so when the completion date is unknown we count from the invoice date and say so: the real
 *   deadline may be earlier.
 * - A reminder or a mise en demeure does NOT interrupt it (Cass. com. 18 May 2022 n° 20-23.204). A partial payment
 *   does: it acknowledges the debt (Code civil 2240) and a new period of the same length starts on its date.
 *   A payment made after the period has expired interrupts nothing (one cannot interrupt an expired period).
 * - Counting (Code civil 2228-2229): by days; the starting day is not counted and the period ends at the end of
 *   its last day, i.e. the same calendar date N years later. That date is the last day to act (file an
 *   injonction de payer, obtain an acknowledgment). A start on 29 February ends on 28 February (the earlier
 *   date, on the safe side for the creditor).
 */

export interface PrescriptionInput {
  readonly clientKind: ClientKind;
  readonly issueDate: LocalDate;
  /** Date the work or service was completed, when known. */
  readonly completionDate?: LocalDate | null;
  readonly payments: readonly { readonly date: LocalDate; readonly amountCents: number }[];
}

export interface PrescriptionResult {
  /** Last day on which an interrupting act is still in time. The claim is prescribed from the next day. */
  readonly date: LocalDate;
  /** The date the current period is counted from. */
  readonly startDate: LocalDate;
  readonly startKind: 'completion' | 'invoice' | 'payment';
  readonly years: 2 | 5;
  /** French, e.g. 'art. L218-2 du Code de la consommation'. */
  readonly legalBasis: string;
  /** Payments dated after the period had already expired: they did not interrupt it. */
  readonly paymentsAfterExpiry: readonly LocalDate[];
}

export const PRESCRIPTION_WARNING_DAYS = 90;

export function addYears(date: LocalDate, years: number): LocalDate {
  if (!isLocalDate(date)) throw new RangeError(`Not a local date: ${date}`);
  const y = Number(date.slice(0, 4)) + years;
  let md = date.slice(5);
  if (md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) md = '02-28';
  return `${String(y).padStart(4, '0')}-${md}`;
}

export function prescriptionDate(input: PrescriptionInput): PrescriptionResult {
  const years: 2 | 5 = input.clientKind === 'private' ? 2 : 5;
  const legalBasis = prescriptionLegalBasis(years);
  let startDate: LocalDate = input.completionDate ?? input.issueDate;
  let startKind: PrescriptionResult['startKind'] = input.completionDate ? 'completion' : 'invoice';
  let end = addYears(startDate, years);
  const paymentsAfterExpiry: LocalDate[] = [];
  const dates = input.payments.map((p) => p.date).sort();
  for (const d of dates) {
    if (d <= startDate) continue; // before the period started (or same day): nothing to interrupt
    if (d > end) {
      paymentsAfterExpiry.push(d);
      continue;
    }
    startDate = d;
    startKind = 'payment';
    end = addYears(d, years);
  }
  return { date: end, startDate, startKind, years, legalBasis, paymentsAfterExpiry };
}

/** Warnings 90 days before the deadline and once it has passed. */
export function prescriptionWarnings(p: PrescriptionResult, asOf: LocalDate): LawWarning[] {
  const left = daysBetween(asOf, p.date);
  if (left < 0) return [lawWarning('danger', { code: 'PRESCRIPTION_PASSED', prescription: p })];
  if (left <= PRESCRIPTION_WARNING_DAYS) return [lawWarning('warning', { code: 'PRESCRIPTION_SOON', prescription: p, daysLeft: left })];
  return [];
}
