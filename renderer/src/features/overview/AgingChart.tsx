import { memo } from 'react';
import type { AgingReport } from '../../../../shared/dunning/aging';
import { formatEuros } from '../../../../shared/kernel/money';

const SHORT_LABELS: Record<string, string> = {
  'not-due': 'Non échues',
  '1-30': '1 à 30 j',
  '31-60': '31 à 60 j',
  '61-90': '61 à 90 j',
  '90+': 'Plus de 90 j',
};

/** The aged balance as a table whose last column draws a bar (the figures stay readable by every user). */
export const AgingChart = memo(function AgingChart({ aging }: { aging: AgingReport }): React.JSX.Element {
  const max = Math.max(1, ...aging.buckets.map((b) => b.remainingCents));
  return (
    <section className="panel aging" aria-labelledby="aging-title">
      <h2 id="aging-title">Balance âgée</h2>
      <table className="table table-compact aging-table">
        <caption className="visually-hidden">Reste dû par ancienneté du retard</caption>
        <thead>
          <tr>
            <th scope="col">Retard</th>
            <th scope="col" className="numeric">
              Factures
            </th>
            <th scope="col" className="numeric">
              Reste dû
            </th>
            <th scope="col" className="aging-bar-col">
              <span className="visually-hidden">Graphique</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {aging.buckets.map((b) => (
            <tr key={b.key}>
              <th scope="row" title={b.label}>
                {SHORT_LABELS[b.key] ?? b.label}
              </th>
              <td className="numeric">{b.count}</td>
              <td className="numeric amount">{formatEuros(b.remainingCents)}</td>
              <td className="aging-bar-col" aria-hidden="true">
                <span className={`aging-bar aging-bar-${b.key === 'not-due' ? 'ok' : b.key === '1-30' ? 'low' : b.key === '90+' ? 'high' : 'mid'}`} style={{ width: `${(b.remainingCents / max) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});
