import type { Client, Invoice } from '../../../shared/ledger/schema';
import { daysLate, invoiceBalance, STATUS_LABELS, type InvoiceStatus } from '../../../shared/ledger/invoiceStatus';
import { normalizeForSearch } from './text';

/** One line of the invoices list, with everything derived once (status, remaining, search key). */
export interface InvoiceRow {
  id: string;
  number: string;
  clientId: string;
  clientName: string;
  issueDate: string;
  dueDate: string;
  amountTtcCents: number;
  remainingCents: number;
  status: InvoiceStatus;
  /** Days past due (0 when paid or not yet due). */
  daysLate: number;
  searchKey: string;
}

export type InvoiceSortKey = 'number' | 'client' | 'issueDate' | 'dueDate' | 'amount' | 'remaining' | 'status';
export type SortDirection = 'ascending' | 'descending';
export type InvoiceFilter = 'all' | 'open' | 'late' | 'paid';

export function buildInvoiceRows(invoices: readonly Invoice[], clients: readonly Client[], today: string): InvoiceRow[] {
  const names = new Map(clients.map((c) => [c.id, c.name]));
  return invoices.map((inv) => {
    const balance = invoiceBalance(inv);
    const clientName = names.get(inv.clientId) ?? 'Client inconnu';
    return {
      id: inv.id,
      number: inv.number,
      clientId: inv.clientId,
      clientName,
      issueDate: inv.issueDate,
      dueDate: inv.dueDate,
      amountTtcCents: inv.amountTtcCents,
      remainingCents: balance.remainingCents,
      status: balance.status,
      daysLate: balance.status === 'paid' ? 0 : daysLate(inv, today),
      searchKey: normalizeForSearch(`${inv.number} ${clientName}`),
    };
  });
}

/** "Payée", "Partiellement payée", "Impayée", or "En retard (N j)" when money is still owed past the due date. */
export function statusText(row: Pick<InvoiceRow, 'status' | 'daysLate'>): string {
  if (row.status !== 'paid' && row.daysLate > 0) return `En retard (${row.daysLate} j)`;
  return STATUS_LABELS[row.status];
}

export function filterInvoiceRows(rows: readonly InvoiceRow[], query: string, filter: InvoiceFilter = 'all'): InvoiceRow[] {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  return rows.filter((r) => {
    if (filter === 'open' && r.status === 'paid') return false;
    if (filter === 'late' && r.daysLate === 0) return false;
    if (filter === 'paid' && r.status !== 'paid') return false;
    return words.every((w) => r.searchKey.includes(w));
  });
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function compare(a: InvoiceRow, b: InvoiceRow, key: InvoiceSortKey): number {
  switch (key) {
    case 'number':
      return collator.compare(a.number, b.number);
    case 'client':
      return collator.compare(a.clientName, b.clientName);
    case 'issueDate':
      return a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : 0;
    case 'dueDate':
      return a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0;
    case 'amount':
      return a.amountTtcCents - b.amountTtcCents;
    case 'remaining':
      return a.remainingCents - b.remainingCents;
    case 'status':
      return statusRank(a) - statusRank(b);
  }
}

/** Late invoices (the most late first when descending), then unpaid, partial, paid. */
function statusRank(r: InvoiceRow): number {
  if (r.status === 'paid') return -1;
  if (r.daysLate > 0) return r.daysLate;
  return r.status === 'partial' ? 0 : 0.5;
}

/** Stable sort; ties fall back to the due date, then the number. */
export function sortInvoiceRows(rows: readonly InvoiceRow[], key: InvoiceSortKey, direction: SortDirection): InvoiceRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = compare(a, b, key) * sign;
    if (primary !== 0) return primary;
    return compare(a, b, 'dueDate') || compare(a, b, 'number');
  });
}

export function totalRemaining(rows: readonly InvoiceRow[]): number {
  let total = 0;
  for (const r of rows) total += r.remainingCents;
  return total;
}
