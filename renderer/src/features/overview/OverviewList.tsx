import { memo, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import type { OverviewRow } from '../../../../shared/dunning/overview';
import { formatEuros } from '../../../../shared/kernel/money';
import { lastReminderText, nextStepText } from './overviewRows';
import { useLevelLabels } from '../dunning';
import { useAppStore } from '../../app/store';
import { useElementWidth } from '../../ui/useElementWidth';
import { PaperclipMark, rowDropProps } from '../attachments';
import './OverviewList.css';
import { StepActionButton } from '../dunning';

const ROW_HEIGHT = 64;
/** Below NARROW_BELOW px the amounts and the reminders go two by two in a column, so rows are taller. */
const NARROW_ROW_HEIGHT = 84;
const NARROW_BELOW = 960;
const MAX_VISIBLE_ROWS = 8;

interface OverviewListProps {
  /** The rows loaded so far (`rows[i]` undefined: not yet, the row waits, marked busy). */
  rows: readonly (OverviewRow | undefined)[];
  /** How many rows the list has in all. */
  count: number;
  /** Asks for the rows from `start` to `end` (excluded) when some of those drawn are not loaded. */
  onNeedRows(start: number, end: number): void;
  label: string;
  /** The rows of "À relancer aujourd’hui" carry the "Marquer comme envoyée" button. */
  withAction: boolean;
  emptyText: string;
}

const HEADERS = ['Facture et client', 'Échéance et retard', 'Reste dû', 'Pénalités + indemnité', 'Dernière relance', 'Prochaine étape'];
const NUMERIC = new Set(['Reste dû', 'Pénalités + indemnité']);

/** A virtualised ARIA table of overview rows: 10 000 invoices keep only a screenful in the DOM. */
export const OverviewList = memo(function OverviewList({ rows, count, onNeedRows, label, withAction, emptyText }: OverviewListProps): React.JSX.Element {
  const tableRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const navigate = useAppStore((s) => s.navigate);
  const labelOf = useLevelLabels();
  const width = useElementWidth(tableRef);
  const narrow = width > 0 && width < NARROW_BELOW;
  const rowHeight = narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    getItemKey: (index) => rows[index]?.invoice.id ?? index,
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.length > 0 ? items[items.length - 1]!.index : -1;
  const missing = items.some((item) => rows[item.index] === undefined);
  useEffect(() => {
    if (missing) onNeedRows(first, last + 1);
  }, [missing, first, last, onNeedRows]);
  const headers = withAction ? [...HEADERS, 'Action'] : HEADERS;
  const height = Math.min(Math.max(count, 1), MAX_VISIBLE_ROWS) * rowHeight;
  const className = ['vtable', 'otable', withAction && 'otable-action', narrow && 'vtable-narrow'].filter(Boolean).join(' ');

  return (
    <div ref={tableRef} className={className} role="table" aria-label={label} aria-rowcount={count + 1}>
      <div role="rowgroup" className="vtable-head">
        <div role="row" aria-rowindex={1} className="vtable-row">
          {headers.map((h) => (
            <div key={h} role="columnheader" className={NUMERIC.has(h) ? 'vtable-cell numeric' : 'vtable-cell'}>
              {h === 'Action' ? <span className="visually-hidden">Action</span> : h}
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className="vtable-scroll" style={{ height, flex: 'none' }}>
        {count === 0 ? (
          <div role="rowgroup">
            <div role="row" aria-rowindex={2} className="vtable-empty">
              <div role="cell">{emptyText}</div>
            </div>
          </div>
        ) : (
          <div role="rowgroup" className="vtable-body" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) {
                return (
                  <div key={item.key} role="row" aria-rowindex={item.index + 2} aria-busy="true" className="vtable-row" style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}>
                    <div role="cell" className="vtable-cell small">
                      Chargement…
                    </div>
                  </div>
                );
              }
              const next = nextStepText(row);
              const open = (): void => navigate({ name: 'invoice', id: row.invoice.id, from: 'overview' });
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className="vtable-row"
                  style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
                  onClick={(e) => {
                    if (!(e.target as HTMLElement).closest('button')) open();
                  }}
                  {...rowDropProps(row.invoice)}
                >
                  <div role="cell" className="vtable-cell cell-stack">
                    <span className="number-line">
                      <button type="button" className="link-button" title={row.invoice.number} onClick={open}>
                        {row.invoice.number}
                      </button>
                      <PaperclipMark invoice={row.invoice} />
                    </span>
                    <span className="cell-sub client-line">
                      <span className="truncate" title={row.clientName}>
                        {row.clientName}
                      </span>
                      {row.clientKind === 'private' && <span className="kind-tag">particulier</span>}
                    </span>
                  </div>
                  <div role="cell" className="vtable-cell cell-stack">
                    <span>{formatFrenchDate(row.invoice.dueDate)}</span>
                    {row.daysLate > 0 ? <span className="cell-sub text-late">{row.daysLate} j de retard</span> : <span className="cell-sub">à échoir</span>}
                  </div>
                  <div role="cell" className="vtable-cell numeric amount">
                    {formatEuros(row.remainingCents)}
                  </div>
                  <div role="cell" className={row.penaltiesCents === null ? 'vtable-cell cell-stack numeric amount text-warning' : 'vtable-cell cell-stack numeric amount'}>
                    <span>{row.penaltiesCents === null ? 'taux manquant' : formatEuros(row.penaltiesCents)}</span>{' '}
                    {row.indemnityCents > 0 && <span className="cell-sub">+ {formatEuros(row.indemnityCents)}</span>}
                  </div>
                  <div role="cell" className="vtable-cell small">
                    <span className="clamp-3">{lastReminderText(row, labelOf)}</span>
                  </div>
                  <div role="cell" className={`vtable-cell small next-${next.tone}`}>
                    <span className="clamp-3" title={next.text}>
                      {next.text}
                    </span>
                  </div>
                  {withAction && (
                    <div role="cell" className="vtable-cell">
                      {row.dunning.nextLevel && (
                        <StepActionButton className="button button-small button-primary button-wrap" invoiceId={row.invoice.id} invoiceNumber={row.invoice.number} clientId={row.invoice.clientId} level={row.dunning.nextLevel} />
                      )}
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}, sameListProps);

/** The empty list's sentence matters only when the list is empty: a filter chosen redraws the list once, when its rows arrive. */
function sameListProps(a: OverviewListProps, b: OverviewListProps): boolean {
  return (
    a.rows === b.rows &&
    a.count === b.count &&
    a.onNeedRows === b.onNeedRows &&
    a.label === b.label &&
    a.withAction === b.withAction &&
    (a.emptyText === b.emptyText || (a.count > 0 && b.count > 0))
  );
}
