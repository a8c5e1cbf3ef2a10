import { useCallback, useState } from 'react';
import { formatFrenchDateLong } from '../../../../shared/kernel/localDate';
import { AgingChart } from './AgingChart';
import { IdentityHint } from '../settings';
import { MissingRatesBanner } from '../../app/MissingRatesBanner';
import { OverviewTotals } from './OverviewTotals';
import { NO_FILTER, type OverviewFilter } from '../../../../shared/dunning/overviewScreen';
import { plural } from '../../ui/text';
import { useOverviewScreen } from './useOverview';
import { OverviewFilters } from './OverviewFilters';
import { InvoicesEmptyState } from '../invoices';
import { OverviewList } from './OverviewList';
import { PrepareLettersButton } from '../documents';
import './Overview.css';

/** The home screen: what to send today, then every invoice past its due date. */
export function OverviewScreen(): React.JSX.Element {
  const [filter, setFilter] = useState<OverviewFilter>(NO_FILTER);
  const screen = useOverviewScreen(filter);
  const needRows = screen?.needRows;
  const needToActOn = useCallback((start: number, end: number) => needRows?.('toActOn', start, end), [needRows]);
  const needOverdue = useCallback((start: number, end: number) => needRows?.('overdue', start, end), [needRows]);

  if (!screen) return <></>;
  const { today, header, toActOn, overdue } = screen;
  // First start: nothing to chase yet, the home screen shows how to begin.
  if (header.invoiceCount === 0) return <InvoicesEmptyState hasClients={header.clientCount > 0} screen="overview" />;
  const filtered = filter !== NO_FILTER;

  return (
    <section className="screen screen-wide" aria-labelledby="overview-title">
      <header className="screen-header">
        <div>
          <h1 id="overview-title">Relances</h1>
          <p className="screen-subtitle">
            Situation au {formatFrenchDateLong(today)} · {plural(header.toActOnCount, 'relance à envoyer', 'relances à envoyer')}
          </p>
        </div>
      </header>

      <IdentityHint />
      <MissingRatesBanner halfYears={header.missingRates} />

      <div className="overview-top">
        <OverviewTotals totals={header.totals} aging={header.aging} />
        <AgingChart aging={header.aging} />
      </div>

      <OverviewFilters value={filter} onChange={setFilter} levels={header.levels} clients={header.clients} />

      <section className="overview-section" aria-labelledby="to-act-title">
        <h2 id="to-act-title">
          À relancer aujourd’hui <span className="count-badge">{toActOn.count}</span>
        </h2>
        <PrepareLettersButton />
        <OverviewList
          rows={toActOn.rows}
          count={toActOn.count}
          onNeedRows={needToActOn}
          label="À relancer aujourd’hui"
          withAction
          emptyText={filtered ? 'Aucune relance à envoyer pour ces filtres.' : 'Aucune relance à envoyer aujourd’hui.'}
        />
      </section>

      <section className="overview-section" aria-labelledby="overdue-title">
        <h2 id="overdue-title">
          Factures en retard <span className="count-badge">{overdue.count}</span>
        </h2>
        <OverviewList
          rows={overdue.rows}
          count={overdue.count}
          onNeedRows={needOverdue}
          label="Factures en retard"
          withAction={false}
          emptyText={filtered ? 'Aucune facture en retard pour ces filtres.' : 'Aucune autre facture en retard.'}
        />
      </section>
    </section>
  );
}
