import type { LocalDate } from '../kernel/localDate';
import { daysBetween } from '../kernel/localDate';
import { invoiceBalance } from '../ledger/invoiceStatus';
import type { Invoice } from '../ledger/schema';
import type { Cents } from '../kernel/money';
import type { EngineInvoice } from './schema';

/** Aged balance: the unpaid amounts grouped by how late they are (days late = today − dueDate). */

export const AGING_BUCKET_KEYS = ['not-due', '1-30', '31-60', '61-90', '90+'] as const;
export type AgingBucketKey = (typeof AGING_BUCKET_KEYS)[number];

export const AGING_BUCKET_LABELS: Record<AgingBucketKey, string> = {
  'not-due': 'Non échues',
  '1-30': 'En retard de 1 à 30 jours',
  '31-60': 'En retard de 31 à 60 jours',
  '61-90': 'En retard de 61 à 90 jours',
  '90+': 'En retard de plus de 90 jours',
};

export interface AgingBucket {
  key: AgingBucketKey;
  label: string;
  count: number;
  remainingCents: Cents;
}

export interface AgingReport {
  /** Always the five buckets, in the order of AGING_BUCKET_KEYS. */
  buckets: AgingBucket[];
  totals: {
    /** Remaining amount of every unpaid invoice (paid and cancelled excluded). */
    outstandingCents: Cents;
    outstandingCount: number;
    /** Remaining amount of the invoices past their due date. */
    overdueCents: Cents;
    overdueCount: number;
  };
}

export type AgingInvoice = Pick<EngineInvoice, 'dueDate' | 'amountTtcCents' | 'payments'> & { cancelled?: boolean };

export function agingBucketOf(dueDate: LocalDate, today: LocalDate): AgingBucketKey {
  const late = daysBetween(dueDate, today);
  if (late <= 0) return 'not-due';
  if (late <= 30) return '1-30';
  if (late <= 60) return '31-60';
  if (late <= 90) return '61-90';
  return '90+';
}

export function agingBuckets(invoices: readonly AgingInvoice[], today: LocalDate): AgingReport {
  const acc: Record<AgingBucketKey, { count: number; remainingCents: number }> = {
    'not-due': { count: 0, remainingCents: 0 },
    '1-30': { count: 0, remainingCents: 0 },
    '31-60': { count: 0, remainingCents: 0 },
    '61-90': { count: 0, remainingCents: 0 },
    '90+': { count: 0, remainingCents: 0 },
  };
  for (const invoice of invoices) {
    if (invoice.cancelled) continue;
    const { remainingCents } = invoiceBalance({ amountTtcCents: invoice.amountTtcCents, payments: invoice.payments as Invoice['payments'] });
    if (remainingCents === 0) continue;
    const b = acc[agingBucketOf(invoice.dueDate, today)];
    b.count += 1;
    b.remainingCents += remainingCents;
  }
  const buckets = AGING_BUCKET_KEYS.map((key) => ({ key, label: AGING_BUCKET_LABELS[key], ...acc[key] }));
  const overdue = buckets.filter((b) => b.key !== 'not-due');
  return {
    buckets,
    totals: {
      outstandingCents: buckets.reduce((s, b) => s + b.remainingCents, 0),
      outstandingCount: buckets.reduce((s, b) => s + b.count, 0),
      overdueCents: overdue.reduce((s, b) => s + b.remainingCents, 0),
      overdueCount: overdue.reduce((s, b) => s + b.count, 0),
    },
  };
}
