import { useMemo, useState } from 'react';
import { formatFrenchDateLong } from '../../../../shared/kernel/localDate';
import { AgingChart } from './AgingChart';
import { IdentityHint } from '../settings';
import { MissingRatesBanner } from '../../app/MissingRatesBanner';
import { OverviewTotals } from './OverviewTotals';
import { filterOverviewRows, levelOptions, NO_FILTER, type OverviewFilter } from './overviewRows';
import { plural } from '../../ui/text';
import { useAppStore } from '../../app/store';
import { useOverview } from './useOverview';
import { OverviewFilters } from './OverviewFilters';
import { InvoicesEmptyState } from '../invoices';
import { OverviewList } from './OverviewList';
import { PrepareLettersButton } from '../documents';
import './Overview.css';

/** The home screen: what to send today, then every invoice past its due date. */
export function OverviewScreen(): React.JSX.Element {
  const overview = useOverview();
  const today = useAppStore((s) => s.status?.today ?? '');
  const invoiceCount = useAppStore((s) => s.snapshot?.invoices.length ?? 0);
  const clientCount = useAppStore((s) => s.snapshot?.clients.length ?? 0);
  const [filter, setFilter] = useState<OverviewFilter>(NO_FILTER);

  const all = useMemo(() => (overview ? [...overview.toActOn, ...overview.overdue] : []), [overview]);
  const defaultPolicy = useAppStore((s) => s.snapshot?.settings.defaultPolicy);
  const levels = useMemo(() => levelOptions(all, defaultPolicy?.levels.map((l) => l.id)), [all, defaultPolicy]);
  const clients = useMemo(() => {
    const m = new Map<string, string>();
    for (const r of all) m.set(r.invoice.clientId, r.clientName);
    return [...m].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }, [all]);
  const toActOn = useMemo(() => (overview ? filterOverviewRows(overview.toActOn, filter) : []), [overview, filter]);
  const overdue = useMemo(() => (overview ? filterOverviewRows(overview.overdue, filter) : []), [overview, filter]);

  if (!overview) return <></>;
  // First start: nothing to chase yet, the home screen shows how to begin.
  if (invoiceCount === 0) return <InvoicesEmptyState hasClients={clientCount > 0} screen="overview" />;
  const filtered = filter !== NO_FILTER;

  return (
    <section className="screen screen-wide" aria-labelledby="overview-title">
      <header className="screen-header">
        <div>
          <h1 id="overview-title">Relances</h1>
          <p className="screen-subtitle">
            Situation au {formatFrenchDateLong(today)} · {plural(overview.toActOn.length, 'relance à envoyer', 'relances à envoyer')}
          </p>
        </div>
      </header>

      <IdentityHint />
      <MissingRatesBanner halfYears={overview.missingRates} />

      <div className="overview-top">
        <OverviewTotals overview={overview} />
        <AgingChart aging={overview.aging} />
      </div>

      <OverviewFilters value={filter} onChange={setFilter} levels={levels} clients={clients} />

      <section className="overview-section" aria-labelledby="to-act-title">
        <h2 id="to-act-title">
          À relancer aujourd’hui <span className="count-badge">{toActOn.length}</span>
        </h2>
        <PrepareLettersButton />
        <OverviewList
          rows={toActOn}
          label="À relancer aujourd’hui"
          withAction
          emptyText={filtered ? 'Aucune relance à envoyer pour ces filtres.' : 'Aucune relance à envoyer aujourd’hui.'}
        />
      </section>

      <section className="overview-section" aria-labelledby="overdue-title">
        <h2 id="overdue-title">
          Factures en retard <span className="count-badge">{overdue.length}</span>
        </h2>
        <OverviewList
          rows={overdue}
          label="Factures en retard"
          withAction={false}
          emptyText={filtered ? 'Aucune facture en retard pour ces filtres.' : 'Aucune autre facture en retard.'}
        />
      </section>
    </section>
  );
}
