import { useEffect, useRef } from 'react';
import type { ImportReport, ImportRowProblem } from '../../../../shared/import/importTypes';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { plural } from '../../ui/text';
import './Import.css';

/** "7 factures importées, 1 avoir enregistré, 2 factures mises à jour, 4 paiements enregistrés, 5 clients créés". */
export function reportSummary(report: ImportReport): string {
  if (report.kind === 'clients') return plural(report.created, 'client importé', 'clients importés');
  const parts = [plural(report.created, 'facture importée', 'factures importées')];
  if (report.creditNotesCreated > 0) parts.push(plural(report.creditNotesCreated, 'avoir enregistré', 'avoirs enregistrés'));
  if (report.updated.length > 0) parts.push(plural(report.updated.length, 'facture mise à jour', 'factures mises à jour'));
  if (report.paymentsRecorded > 0) parts.push(plural(report.paymentsRecorded, 'paiement enregistré', 'paiements enregistrés'));
  parts.push(plural(report.clientsCreated, 'client créé', 'clients créés'));
  return parts.join(', ');
}

interface LinesTableProps {
  id: string;
  title: string;
  intro?: string;
  labelHeader: string;
  reasonHeader: string;
  rows: readonly ImportRowProblem[];
  tone?: 'warning' | 'danger';
}

/** One table per kind of remark: line, invoice (or client), what happened. */
function LinesTable({ id, title, intro, labelHeader, reasonHeader, rows, tone }: LinesTableProps): React.JSX.Element | null {
  if (rows.length === 0) return null;
  return (
    <section className={tone ? `import-section import-section-${tone}` : 'import-section'} aria-labelledby={id}>
      <h3 id={id}>
        {title} ({rows.length})
      </h3>
      {intro && <p className="muted">{fr(intro)}</p>}
      <div className="table-wrap">
        <table className="table import-lines">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{reasonHeader}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td className="nowrap">{r.line}</td>
                <td className="import-label">{r.label || '—'}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ImportReportView({ report }: { report: ImportReport }): React.JSX.Element {
  const invoices = report.kind === 'invoices';
  const labelHeader = invoices ? 'Numéro' : 'Client';
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Bring the report into view and give it the focus: it replaces the mapping the user was on.
  useEffect(() => headingRef.current?.focus(), []);
  const clean =
    report.duplicates.length === 0 &&
    report.rejected.length === 0 &&
    report.warnings.length === 0 &&
    report.checks.length === 0 &&
    report.updated.length === 0;
  return (
    <section className="panel import-report" aria-labelledby="report-title">
      <h2 id="report-title" ref={headingRef} tabIndex={-1}>
        Résultat de l’import
      </h2>
      <p className="report-summary" role="status">
        {reportSummary(report)}
      </p>
      {report.notes.length > 0 && (
        <ul className="import-notes" aria-label="Remarques sur le fichier">
          {report.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}

      <LinesTable
        id="report-checks"
        title="À vérifier"
        intro={'Le SIRET de ces lignes désigne un autre client que leur nom\u00a0: rien n’a été rangé chez ce client-là.'}
        labelHeader={labelHeader}
        reasonHeader="Ce que Relance a fait"
        rows={report.checks}
        tone="warning"
      />

      {report.updated.length > 0 && (
        <section className="import-section" aria-labelledby="report-updated">
          <h3 id="report-updated">Factures mises à jour ({report.updated.length})</h3>
          <div className="table-wrap">
            <table className="table import-lines">
              <caption className="visually-hidden">Factures mises à jour</caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Numéro</th>
                  <th scope="col">Changements</th>
                </tr>
              </thead>
              <tbody>
                {report.updated.map((u, i) => (
                  <tr key={i}>
                    <td className="nowrap">{u.line}</td>
                    <td className="import-label">{u.label}</td>
                    <td>
                      <ul className="import-changes">
                        {u.changes.map((c, j) => (
                          <li key={j}>{c}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <LinesTable
        id="report-warnings"
        title="Lignes importées avec une remarque"
        intro={'Ces lignes sont importées\u202f; la valeur signalée n’a pas été reprise.'}
        labelHeader={labelHeader}
        reasonHeader="Remarque"
        rows={report.warnings}
      />

      <LinesTable
        id="report-rejected"
        title="Lignes refusées"
        intro={'Corrigez ces lignes dans votre fichier puis importez-le à nouveau\u00a0: les lignes déjà importées seront reconnues.'}
        labelHeader={labelHeader}
        reasonHeader="Raison"
        rows={report.rejected}
        tone="danger"
      />

      {report.duplicates.length > 0 && (
        <section className="import-section" aria-labelledby="report-duplicates">
          <h3 id="report-duplicates">
            {invoices ? 'Déjà présentes, sans changement' : 'Clients déjà présents'} ({report.duplicates.length}) — {invoices ? 'ignorées' : 'ignorés'}
          </h3>
          <ul className="problem-list">
            {report.duplicates.map((d, i) => (
              <li key={i}>
                Ligne {d.line} — {d.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {clean && <p>Toutes les lignes du fichier ont été importées.</p>}
    </section>
  );
}
