import type { LocalDate } from '../kernel/localDate';
import { daysBetween } from '../kernel/localDate';
import type { Cents } from '../kernel/money';
import type { Invoice } from './schema';

export type InvoiceStatus = 'paid' | 'partial' | 'unpaid';

export interface InvoiceBalance {
  paidCents: Cents;
  remainingCents: Cents;
  status: InvoiceStatus;
  /** Date of the payment that settled the invoice, if it is paid. */
  paidOn: LocalDate | null;
}

/** The status is derived from the payments, never stored. */
export function invoiceBalance(invoice: Pick<Invoice, 'amountTtcCents' | 'payments'>): InvoiceBalance {
  let paid = 0;
  let paidOn: LocalDate | null = null;
  const byDate = [...invoice.payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const p of byDate) {
    paid += p.amountCents;
    if (paidOn === null && paid >= invoice.amountTtcCents) paidOn = p.date;
  }
  const remaining = Math.max(0, invoice.amountTtcCents - paid);
  const status: InvoiceStatus = remaining === 0 ? 'paid' : paid > 0 ? 'partial' : 'unpaid';
  return { paidCents: paid, remainingCents: remaining, status, paidOn };
}

/** Days past the due date on `today` (0 when not yet due). */
export function daysLate(invoice: Pick<Invoice, 'dueDate'>, today: LocalDate): number {
  return Math.max(0, daysBetween(invoice.dueDate, today));
}

export const STATUS_LABELS: Record<InvoiceStatus, string> = {
  paid: 'Payée',
  partial: 'Partiellement payée',
  unpaid: 'Impayée',
};
