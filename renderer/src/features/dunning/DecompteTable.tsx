import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import type { LateCharges } from '../../../../shared/law/lateCharges';
import type { Decompte } from '../../../../shared/law/penalties';
import { formatRateBp } from '../../../../shared/law/rates';
import { decompteLabels, lateChargesTitle } from '../../../../shared/law/wording';
import { formatEuros } from '../../../../shared/kernel/money';

/**
 * The décompte of the penalties (or legal interest), line by line, as a judge can check it. For an invoice paid late
 * it stops on the day of the payment, and its heading says whether it is still owed, waived or received.
 */
export function DecompteTable({ decompte, lateCharges = null }: { decompte: Decompte; lateCharges?: LateCharges | null }): React.JSX.Element {
  const d = decompte;
  const labels = decompteLabels(d.clientKind);
  return (
    <section className="panel" aria-labelledby="decompte-title">
      <h2 id="decompte-title">{lateCharges ? lateChargesTitle(lateCharges.status, d.clientKind) : labels.title}</h2>
      {d.lines.length === 0 && d.missingRates.length === 0 ? <p className="muted">{labels.nothingRuns}</p> : null}
      <div className="table-scroll-x">
        <table className="table table-compact">
          <caption className="visually-hidden">{labels.caption}</caption>
          <thead>
            <tr>
              <th scope="col">Période</th>
              <th scope="col" className="numeric">
                Jours
              </th>
              <th scope="col" className="numeric">
                Base
              </th>
              <th scope="col">Taux</th>
              <th scope="col" className="numeric">
                Montant
              </th>
            </tr>
          </thead>
          <tbody>
            {d.lines.map((l) => (
              <tr key={l.from}>
                <th scope="row">
                  Du {formatFrenchDate(l.from)} au {formatFrenchDate(l.to)}
                </th>
                <td className="numeric">{l.days}</td>
                <td className="numeric amount">{formatEuros(l.baseCents)}</td>
                <td className="wrap">
                  <strong>{formatRateBp(l.rateBp)}</strong> <span className="muted">{l.rateLabel}</span>
                </td>
                <td className="numeric amount">{formatEuros(l.amountCents)}</td>
              </tr>
            ))}
          </tbody>
          <tbody className="decompte-totals">
            <tr>
              <th scope="row" colSpan={4}>
                {labels.chargesRow}
              </th>
              <td className="numeric amount">{d.penaltiesCents === null ? 'taux manquant' : formatEuros(d.penaltiesCents)}</td>
            </tr>
            {labels.indemnityRow && (
              <tr>
                <th scope="row" colSpan={4}>
                  {labels.indemnityRow}
                </th>
                <td className="numeric amount">{formatEuros(d.indemnityCents)}</td>
              </tr>
            )}
            <tr>
              <th scope="row" colSpan={4}>
                Total
              </th>
              <td className="numeric amount cell-strong">{d.totalCents === null ? 'taux manquant' : formatEuros(d.totalCents)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="decompte-rule">{d.rule}</p>
      {d.warnings.length > 0 && (
        <ul className="warning-list" aria-label="Avertissements">
          {d.warnings.map((w) => (
            <li key={w.code + w.message} className={`warning-${w.severity}`}>
              {w.message}
            </li>
          ))}
        </ul>
      )}
      {d.prescription && (
        <p>
          <strong>Prescription{'\u00a0'}: le {formatFrenchDate(d.prescription.date)}</strong>{' '}
          <span className="muted">
            ({d.prescription.years} ans à compter du {formatFrenchDate(d.prescription.startDate)}, {d.prescription.legalBasis})
          </span>
        </p>
      )}
    </section>
  );
}

