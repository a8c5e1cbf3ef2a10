import { memo } from 'react';
import type { AgingReport } from '../../../../shared/dunning/aging';
import type { Overview } from '../../../../shared/dunning/overview';
import { formatEuros } from '../../../../shared/kernel/money';
import { plural } from '../../ui/text';

/** The four figures at a glance. */
export const OverviewTotals = memo(function OverviewTotals({ totals, aging }: { totals: Overview['totals']; aging: AgingReport }): React.JSX.Element {
  const t = totals;
  const a = aging.totals;
  const cards = [
    { label: 'Encours total', value: formatEuros(t.outstandingCents), note: plural(a.outstandingCount, 'facture à encaisser', 'factures à encaisser'), accent: false },
    { label: 'En retard', value: formatEuros(t.overdueCents), note: plural(a.overdueCount, 'facture', 'factures'), accent: t.overdueCents > 0 },
    {
      label: 'Pénalités dues',
      value: formatEuros(t.penaltiesCents),
      note: t.penaltiesUnknownCount > 0 ? `+ ${plural(t.penaltiesUnknownCount, 'facture', 'factures')} au taux manquant` : 'à ce jour',
      accent: false,
    },
    { label: 'Indemnités forfaitaires', value: formatEuros(t.indemnitiesCents), note: '40\u00a0€ par facture professionnelle en retard', accent: false },
  ];
  return (
    <ul className="summary-cards overview-cards" aria-label="Totaux">
      {cards.map((c) => (
        <li key={c.label} className={c.accent ? 'summary-card summary-card-accent' : 'summary-card'}>
          <span className="summary-label">{c.label}</span>
          <span className="summary-value amount">{c.value}</span>
          <span className="summary-note">{c.note}</span>
        </li>
      ))}
    </ul>
  );
});
