import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import { formatEuros } from '../../../../shared/kernel/money';
import type { InvoiceRow, InvoiceSortKey, SortDirection } from './invoiceRows';
import { StatusBadge } from './StatusBadge';
import { useAppStore } from '../../app/store';
import { useElementWidth } from '../../ui/useElementWidth';
import { PaperclipMark, rowDropProps } from '../attachments';
import './InvoiceTable.css';

const COLUMNS: { key: InvoiceSortKey; label: string; numeric?: boolean }[] = [
  { key: 'number', label: 'Numéro' },
  { key: 'client', label: 'Client' },
  { key: 'issueDate', label: 'Date' },
  { key: 'dueDate', label: 'Échéance' },
  { key: 'amount', label: 'Montant TTC', numeric: true },
  { key: 'remaining', label: 'Reste dû', numeric: true },
  { key: 'status', label: 'Statut' },
];

const ROW_HEIGHT = 44;
/** Below NARROW_BELOW px the two dates and the two amounts go one above the other, so rows are taller. */
const NARROW_ROW_HEIGHT = 58;
const NARROW_BELOW = 960;

interface InvoiceTableProps {
  rows: InvoiceRow[];
  sortKey: InvoiceSortKey;
  direction: SortDirection;
  onSort(key: InvoiceSortKey): void;
  /** Changes when the user re-sorts or searches: the list goes back to its top (not on a data refresh). */
  resetKey: string;
}

/**
 * A virtualised ARIA table: only the visible rows are in the DOM (10 000 invoices stay smooth);
 * aria-rowcount / aria-rowindex tell assistive technologies the real size and position.
 */
export function InvoiceTable({ rows, sortKey, direction, onSort, resetKey }: InvoiceTableProps): React.JSX.Element {
  const tableRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const navigate = useAppStore((s) => s.navigate);
  const width = useElementWidth(tableRef);
  const narrow = width > 0 && width < NARROW_BELOW;
  const rowHeight = narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
  // The virtualizer is not memoizable by the React Compiler; this component does not rely on memoization.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);

  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [resetKey]);

  return (
    <div ref={tableRef} className={narrow ? 'vtable vtable-narrow' : 'vtable'} role="table" aria-label="Liste des factures" aria-rowcount={rows.length + 1}>
      <div role="rowgroup" className="vtable-head">
        <div role="row" aria-rowindex={1} className="vtable-row">
          {COLUMNS.map((col) => (
            <div
              key={col.key}
              role="columnheader"
              className={col.numeric ? 'vtable-cell numeric' : 'vtable-cell'}
              aria-sort={sortKey === col.key ? direction : 'none'}
            >
              <button type="button" className="sort-button" onClick={() => onSort(col.key)}>
                {col.label}
                <span className="sort-indicator" aria-hidden="true">
                  {sortKey === col.key ? (direction === 'ascending' ? '▲' : '▼') : '↕'}
                </span>
              </button>
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className="vtable-scroll">
        {rows.length === 0 ? (
          <div role="rowgroup">
            <div role="row" aria-rowindex={2} className="vtable-empty">
              <div role="cell">Aucune facture ne correspond à votre recherche.</div>
            </div>
          </div>
        ) : (
          <div role="rowgroup" className="vtable-body" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className={row.daysLate > 0 ? 'vtable-row vtable-row-late' : 'vtable-row'}
                  style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
                  onClick={(e) => {
                    if ((e.target as HTMLElement).closest('button')) return;
                    navigate({ name: 'invoice', id: row.id });
                  }}
                  {...rowDropProps({ id: row.id, number: row.number, attachment: row.attachment })}
                >
                  <div role="cell" className="vtable-cell">
                    <button type="button" className="link-button" title={row.number} onClick={() => navigate({ name: 'invoice', id: row.id })}>
                      {row.number}
                    </button>
                    <PaperclipMark invoice={row} />
                  </div>
                  <div role="cell" className="vtable-cell">
                    <span className="truncate" title={row.clientName}>
                      {row.clientName}
                    </span>
                  </div>
                  <div role="cell" className="vtable-cell">
                    {formatFrenchDate(row.issueDate)}
                  </div>
                  <div role="cell" className="vtable-cell">
                    {formatFrenchDate(row.dueDate)}
                  </div>
                  <div role="cell" className="vtable-cell numeric amount">
                    {formatEuros(row.amountTtcCents)}
                  </div>
                  <div role="cell" className="vtable-cell numeric amount">
                    {formatEuros(row.remainingCents)}
                  </div>
                  <div role="cell" className="vtable-cell">
                    <StatusBadge row={row} />
                  </div>
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
