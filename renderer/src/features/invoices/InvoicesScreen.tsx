import { useDeferredValue, useMemo, useState } from 'react';
import { formatEuros } from '../../../../shared/kernel/money';
import {
  buildInvoiceRows,
  filterInvoiceRows,
  sortInvoiceRows,
  totalRemaining,
  type InvoiceFilter,
  type InvoiceSortKey,
  type SortDirection,
} from './invoiceRows';
import { plural } from '../../ui/text';
import { useAppStore } from '../../app/store';
import { InvoicesEmptyState } from './InvoicesEmptyState';
import { InvoiceTable } from './InvoiceTable';
import { PdfInvoiceButton } from '../einvoice';

export function InvoicesScreen(): React.JSX.Element {
  const snapshot = useAppStore((s) => s.snapshot);
  const today = useAppStore((s) => s.status?.today ?? '');
  const openDialog = useAppStore((s) => s.openDialog);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<InvoiceFilter>('all');
  const [sort, setSort] = useState<{ key: InvoiceSortKey; direction: SortDirection }>({ key: 'dueDate', direction: 'ascending' });
  const deferredQuery = useDeferredValue(query);

  const rows = useMemo(() => (snapshot ? buildInvoiceRows(snapshot.invoices, snapshot.clients, today) : []), [snapshot, today]);
  const visible = useMemo(
    () => sortInvoiceRows(filterInvoiceRows(rows, deferredQuery, filter), sort.key, sort.direction),
    [rows, deferredQuery, filter, sort],
  );
  const total = useMemo(() => totalRemaining(visible), [visible]);
  const lateCount = useMemo(() => rows.filter((r) => r.daysLate > 0).length, [rows]);

  if (!snapshot) return <></>;
  if (snapshot.invoices.length === 0) return <InvoicesEmptyState hasClients={snapshot.clients.length > 0} screen="invoices" />;

  const onSort = (key: InvoiceSortKey): void =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <section className="screen screen-fill" aria-labelledby="invoices-title">
      <header className="screen-header">
        <div>
          <h1 id="invoices-title">Factures</h1>
          <p className="screen-subtitle">
            {plural(rows.length, 'facture', 'factures')}
            {lateCount > 0 && <> · <span className="text-late">{plural(lateCount, 'en retard', 'en retard')}</span></>}
          </p>
        </div>
        <div className="screen-actions">
          <PdfInvoiceButton />
          <button type="button" className="button button-primary" onClick={() => openDialog({ kind: 'invoice' })}>
            Nouvelle facture
          </button>
        </div>
      </header>

      <div className="toolbar" role="search">
        <div className="field field-inline field-grow">
          <label htmlFor="invoice-search" className="field-label">
            Rechercher une facture
          </label>
          <input
            id="invoice-search"
            type="search"
            className="input"
            placeholder="Numéro, client, ville ou montant"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field field-inline">
          <label htmlFor="invoice-filter" className="field-label">
            Afficher
          </label>
          <select id="invoice-filter" className="input" value={filter} onChange={(e) => setFilter(e.target.value as InvoiceFilter)}>
            <option value="all">Toutes les factures</option>
            <option value="open">À encaisser</option>
            <option value="late">En retard</option>
            <option value="paid">Payées</option>
          </select>
        </div>
      </div>

      <InvoiceTable
        rows={visible}
        sortKey={sort.key}
        direction={sort.direction}
        onSort={onSort}
        resetKey={`${sort.key}|${sort.direction}|${filter}|${deferredQuery}`}
      />

      <footer className="table-footer" aria-live="polite">
        <span>{plural(visible.length, 'facture affichée', 'factures affichées')}</span>
        <span>
          Reste dû total{'\u00a0'}: <strong className="amount">{formatEuros(total)}</strong>
        </span>
      </footer>
    </section>
  );
}
