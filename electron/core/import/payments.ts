import { formatFrenchDate } from '../../../shared/kernel/localDate';
import { frenchTypography } from '../../../shared/kernel/frenchTypography';
import type { Payment } from '../../../shared/ledger/schema';
import { newId } from '../app/ids';
import type { PaymentDateSource } from './reportText';

/**
 * The date of a payment the file reports. The file's own date when it has a usable one; otherwise
 * the due date (a payment that came later would have been chased: this claims no penalty that may
 * not be owed, and starts the prescription no later than it really started), or the day of the
 * import when the invoice is not yet due.
 */
export function paymentDate(
  invoice: { issueDate: string; dueDate: string },
  paidOn: string | null,
  today: string,
): { date: string; source: PaymentDateSource; warning: string | null } {
  if (paidOn !== null) {
    if (paidOn > today) {
      const fallback = paymentDate(invoice, null, today);
      return {
        date: fallback.date,
        source: 'file',
        warning: `Date de paiement du ${formatFrenchDate(paidOn)} postérieure à aujourd’hui\u00a0: le paiement est daté du ${formatFrenchDate(fallback.date)}.`,
      };
    }
    if (paidOn < invoice.issueDate) {
      return {
        date: invoice.issueDate,
        source: 'file',
        warning: `Date de paiement du ${formatFrenchDate(paidOn)} antérieure à la date de la facture\u00a0: le paiement est daté du ${formatFrenchDate(invoice.issueDate)}.`,
      };
    }
    return { date: paidOn, source: 'file', warning: null };
  }
  if (invoice.dueDate <= today) return { date: invoice.dueDate, source: 'dueDate', warning: null };
  if (invoice.issueDate <= today) return { date: today, source: 'importDate', warning: null };
  return { date: invoice.issueDate, source: 'issueDate', warning: null };
}

export function importedPayment(date: string, amountCents: number, fileName: string, now: string): Payment {
  const base = fileName.split(/[\\/]/).pop()?.trim() ?? '';
  const note = base === '' ? 'Import CSV' : `Import CSV «\u00a0${base}\u00a0»`;
  return { id: newId(), date, amountCents, note: frenchTypography(note).slice(0, 200), recordedAt: now };
}
