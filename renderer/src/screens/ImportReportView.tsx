import { useEffect, useRef } from 'react';
import type { ImportReport } from '../../../shared/ipc/importTypes';
import { plural } from '../format/text';

/** "N factures importées, M clients créés", then what was skipped and why. */
export function reportSummary(report: ImportReport): string {
  if (report.kind === 'invoices') {
    return `${plural(report.created, 'facture importée', 'factures importées')}, ${plural(report.clientsCreated, 'client créé', 'clients créés')}`;
  }
  return plural(report.created, 'client importé', 'clients importés');
}

export function ImportReportView({ report }: { report: ImportReport }): React.JSX.Element {
  const what = report.kind === 'invoices' ? 'Factures déjà présentes' : 'Clients déjà présents';
  const ignored = report.kind === 'invoices' ? 'ignorées' : 'ignorés';
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Bring the report into view and give it the focus: it replaces the mapping the user was on.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="panel" aria-labelledby="report-title">
      <h2 id="report-title" ref={headingRef} tabIndex={-1}>Résultat de l’import</h2>
      <p className="report-summary" role="status">
        {reportSummary(report)}
      </p>
      {report.duplicates.length > 0 && (
        <>
          <h3>
            {what} ({report.duplicates.length}) — {ignored}
          </h3>
          <ul className="problem-list">
            {report.duplicates.map((d, i) => (
              <li key={i}>
                Ligne {d.line} — {d.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.rejected.length > 0 && (
        <>
          <h3>Lignes refusées ({report.rejected.length})</h3>
          <p className="muted">Corrigez ces lignes dans votre fichier puis importez-le à nouveau : les lignes déjà importées seront reconnues.</p>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Lignes refusées</caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Raison</th>
                </tr>
              </thead>
              <tbody>
                {report.rejected.map((r, i) => (
                  <tr key={i}>
                    <td className="nowrap">Ligne {r.line}</td>
                    <td>{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {report.duplicates.length === 0 && report.rejected.length === 0 && <p>Toutes les lignes du fichier ont été importées.</p>}
    </section>
  );
}
