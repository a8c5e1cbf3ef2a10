import { statusText, type InvoiceRow } from './invoiceRows';

export function StatusBadge({ row }: { row: Pick<InvoiceRow, 'status' | 'daysLate'> }): React.JSX.Element {
  const tone = row.status === 'paid' ? 'paid' : row.daysLate > 0 ? 'late' : row.status === 'partial' ? 'partial' : 'unpaid';
  return <span className={`badge badge-${tone}`}>{statusText(row)}</span>;
}
