import type { Client, Invoice } from '../../../../shared/ledger/schema';
import { daysLate, invoiceBalance, STATUS_LABELS, type InvoiceStatus } from '../../../../shared/ledger/invoiceStatus';
import { foldText } from '../../../../shared/kernel/identityKeys';

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
  /** The invoice's attached PDF (the paperclip), if any. */
  attachment: Invoice['attachment'];
  searchKey: string;
}

export type InvoiceSortKey = 'number' | 'client' | 'issueDate' | 'dueDate' | 'amount' | 'remaining' | 'status';
export type SortDirection = 'ascending' | 'descending';
export type InvoiceFilter = 'all' | 'open' | 'late' | 'paid';

export function buildInvoiceRows(invoices: readonly Invoice[], clients: readonly Client[], today: string): InvoiceRow[] {
  const byId = new Map(clients.map((c) => [c.id, c]));
  return invoices.map((inv) => {
    const balance = invoiceBalance(inv);
    const client = byId.get(inv.clientId);
    const clientName = client?.name ?? 'Client inconnu';
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
      attachment: inv.attachment,
      searchKey: foldText(`${inv.number} ${clientName} ${client?.address.city ?? ''} ${searchAmount(inv.amountTtcCents)} ${searchAmount(balance.remainingCents)}`),
    };
  });
}

/** "Payée", "Partiellement payée", "Non échue" (nothing paid, not yet due), or "En retard (N j)" when money is owed past the due date. */
export function statusText(row: Pick<InvoiceRow, 'status' | 'daysLate'>): string {
  if (row.status !== 'paid' && row.daysLate > 0) return `En retard (${row.daysLate}\u00a0j)`;
  if (row.status === 'unpaid') return 'Non échue';
  return STATUS_LABELS[row.status];
}

/** 120000 cents → "1200,00": the form every way of typing an amount is brought to ("1 200", "1200,00", "1 200,00 €"). */
function searchAmount(cents: number): string {
  return `${Math.trunc(cents / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;
}

const isDigits = (w: string): boolean => w.length > 0 && [...w].every((c) => c >= '0' && c <= '9');

/**
 * The words of a search, amounts brought to the form of searchAmount: the groups of thousands typed with a space are
 * joined ("1 200,50" → "1200,50"), a decimal point becomes a comma ("1200.5" → "1200,5"), the euro sign is dropped.
 */
export function searchWords(query: string): string[] {
  const words = foldText(query.replace(/€/g, ' ')).split(' ').filter(Boolean);
  const out: string[] = [];
  for (const word of words) {
    const previous = out.at(-1);
    const [group = '', decimals] = word.split(/[,.]/);
    // "1" then "200" or "200,50": a group of thousands after a number of digits only.
    if (previous !== undefined && isDigits(previous) && group.length === 3 && isDigits(group) && (decimals === undefined || isDigits(decimals) || decimals === '')) {
      out[out.length - 1] = previous + word.replace('.', ',');
      continue;
    }
    out.push(isDigits(group) && decimals !== undefined && (decimals === '' || isDigits(decimals)) ? word.replace('.', ',') : word);
  }
  return out;
}

export function filterInvoiceRows(rows: readonly InvoiceRow[], query: string, filter: InvoiceFilter = 'all'): InvoiceRow[] {
  const words = searchWords(query);
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
