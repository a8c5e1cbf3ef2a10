import { addDays, daysInMonth, isLocalDate, type LocalDate } from '../kernel/localDate';

/**
 * Payment terms (délais de paiement) and the due date they give from the invoice date. legal-facts.md § 1.
 *
 * - 'on-receipt' (à réception): due on the invoice date.
 * - 'net-30', 'net-60': the invoice date + 30 or 60 days (60 days is the cap between businesses, L441-10 I).
 * - 'eom-45' (45 jours fin de mois): two readings are accepted in practice (legal-facts.md § 1):
 *     A. invoice date + 45 days, then the end of that month;
 *     B. end of the invoice month, then + 45 days.
 *   DECISION: Relance proposes A. It is the first reading legal-facts.md lists (afcexpert, simplemanager docs), the one
 *   usually meant by « 45 jours fin de mois » in accounting departments, and it always lands on a month end, the day
 *   payment runs are made. Neither reading is always the shorter one (invoice 15/01/2026: A = 31/03/2026,
 *   B = 17/03/2026; invoice 01/01/2026: A = 28/02/2026, B = 17/03/2026), so the 60-day check of the décompte accepts
 *   a due date up to the later of the two (`latest45EndOfMonthDueDate`).
 * - 'date': a due date typed by the user; nothing is computed.
 */

export const PAYMENT_TERMS = ['on-receipt', 'net-30', 'eom-45', 'net-60', 'date'] as const;
export type PaymentTerm = (typeof PAYMENT_TERMS)[number];
export type ComputedPaymentTerm = Exclude<PaymentTerm, 'date'>;
export const COMPUTED_PAYMENT_TERMS: readonly ComputedPaymentTerm[] = ['on-receipt', 'net-30', 'eom-45', 'net-60'];

/** The term of a new invoice. */
export const DEFAULT_PAYMENT_TERM: ComputedPaymentTerm = 'net-30';

/** '2026-02-14' → '2026-02-28'. */
export function endOfMonth(date: LocalDate): LocalDate {
  if (!isLocalDate(date)) throw new RangeError(`Not a local date: ${date}`);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** The due date a term gives for an invoice dated `issueDate`. */
export function dueDateForTerm(term: ComputedPaymentTerm, issueDate: LocalDate): LocalDate {
  if (!isLocalDate(issueDate)) throw new RangeError(`Not a local date: ${issueDate}`);
  switch (term) {
    case 'on-receipt':
      return issueDate;
    case 'net-30':
      return addDays(issueDate, 30);
    case 'net-60':
      return addDays(issueDate, 60);
    case 'eom-45':
      return endOfMonth(addDays(issueDate, 45));
  }
}

/** The later of the two accepted readings of « 45 jours fin de mois » (A and B above). */
export function latest45EndOfMonthDueDate(issueDate: LocalDate): LocalDate {
  const a = endOfMonth(addDays(issueDate, 45));
  const b = addDays(endOfMonth(issueDate), 45);
  return a > b ? a : b;
}

/** The term that gives exactly this due date, or 'date' (used to show an existing invoice's term). */
export function paymentTermOf(issueDate: LocalDate, dueDate: LocalDate): PaymentTerm {
  if (!isLocalDate(issueDate) || !isLocalDate(dueDate)) return 'date';
  return COMPUTED_PAYMENT_TERMS.find((t) => dueDateForTerm(t, issueDate) === dueDate) ?? 'date';
}
