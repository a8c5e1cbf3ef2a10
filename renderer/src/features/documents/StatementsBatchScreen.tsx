import { useEffect, useMemo, useRef, useState } from 'react';
import { defaultStatementBatchDate, planStatementBatch, type StatementBatchPlan } from '../../../../shared/documents/statementBatch';
import type { StatementBatchPrepared } from '../../../../shared/documents/statementsContract';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { formatFrenchDate, formatFrenchDateLong, parseFrenchDate } from '../../../../shared/kernel/localDate';
import { formatEuros } from '../../../../shared/kernel/money';
import { api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { PdfViewer } from '../../ui/PdfViewer';
import { TextField } from '../../ui/TextField';
import { plural } from '../../ui/text';
import { useFileDownload } from '../../ui/useFileDownload';
import { PdfOutputButtons } from './PdfOutputButtons';
import { StatementsBatchSendDialog } from './StatementsBatchSendDialog';
import { useBatchPreparation } from './useBatchPreparation';
import './Letter.css';

/** Up to this many clients left out are listed open; more, behind their summary line. */
const SKIPPED_SHOWN_OPEN = 8;

/**
 * « Relevés de fin de mois »: the statement of account of every client who owes something on the date, drawn by the
 * core one after the other (a progress bar follows it, « Annuler » stops it), shown as one PDF to print or save.
 * Nothing is recorded until « Marquer comme envoyés », which records them all at once or none.
 */
export function StatementsBatchScreen(): React.JSX.Element {
  const snapshot = useAppStore((s) => s.snapshot);
  const today = useAppStore((s) => s.status?.today ?? '');
  const navigate = useAppStore((s) => s.navigate);
  const [asOfText, setAsOfText] = useState(() => (today ? formatFrenchDate(defaultStatementBatchDate(today)) : ''));
  const [sending, setSending] = useState(false);
  // Keyboard first: the button pressed goes away, the focus goes to what can be done next.
  const prepareButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const sendButton = useRef<HTMLButtonElement>(null);
  const saveFile = useFileDownload();
  const parsed = parseFrenchDate(asOfText);
  // A statement states the account as it stands: the core refuses a date to come too.
  const dateError = !parsed.ok ? parsed.message : today && parsed.value > today ? 'La date des relevés ne peut pas être après aujourd’hui.' : undefined;
  const asOf = parsed.ok && !dateError ? parsed.value : null;

  const plan = useMemo<StatementBatchPlan>(() => (snapshot && asOf ? planStatementBatch(snapshot, asOf) : { statements: [], skipped: [] }), [snapshot, asOf]);
  const { stage, setStage, problem, setProblem, prepare: prepareBatch, cancel } = useBatchPreparation<'statements', StatementBatchPrepared>({
    prepare: (batchId) => api().call('statements.batchPrepare', { batchId, asOf: asOf ?? '' }),
    cancel: (batchId) => api().call('statements.batchCancel', { batchId }),
    onProgress: (listener) => api().on('statements.batchProgress', listener),
    cancelledNotice: fr('Préparation annulée : aucun relevé n’a été enregistré.'),
    failure: 'Les relevés n’ont pas pu être préparés.',
  });

  const stageName = stage.name;
  const focusAfter = useRef(false);
  useEffect(() => {
    if (!focusAfter.current) return;
    (stageName === 'preparing' ? cancelButton : stageName === 'ready' ? sendButton : prepareButton).current?.focus();
  }, [stageName]);

  async function prepare(): Promise<void> {
    if (!asOf) return;
    focusAfter.current = true;
    await prepareBatch(plan.statements.length, 'statements');
  }

  // Another date makes other statements: the batch prepared no longer applies.
  function changeDate(text: string): void {
    setAsOfText(text);
    setProblem(null);
    focusAfter.current = false;
    if (stage.name === 'ready') setStage({ name: 'options', notice: null });
  }

  const batch = stage.name === 'ready' ? stage.batch : null;
  const preparing = stage.name === 'preparing' ? stage : null;
  const count = batch ? batch.statements.length : plan.statements.length;
  const skipped = batch ? batch.skipped : plan.skipped;
  const totalCents = (batch ? batch.statements : plan.statements).reduce((n, s) => n + s.figures.balanceCents, 0);

  return (
    <section className="screen screen-fill letter-screen" aria-labelledby="statements-batch-title">
      <button type="button" className="button button-ghost back-button" onClick={() => navigate({ name: 'clients' })}>
        <span aria-hidden="true">← </span>
        Retour aux clients
      </button>
      <header className="screen-header">
        <div>
          <h1 id="statements-batch-title">Relevés de fin de mois</h1>
          <p className="screen-subtitle">
            {asOf
              ? fr(`Au ${formatFrenchDateLong(asOf)} · ${plural(count, 'client avec un solde à régler', 'clients avec un solde à régler')}${count > 0 ? ` · ${formatEuros(totalCents)} en tout` : ''}`)
              : 'Choisissez la date des relevés.'}
          </p>
        </div>
        {batch && (
          <div className="header-actions">
            <PdfOutputButtons source={{ kind: 'statement-batch', batchId: batch.batchId }} bytes={batch.pdf as Uint8Array<ArrayBuffer>} fileName={batch.fileName} />
            <button type="button" className="button" onClick={() => saveFile(batch.pdf as Uint8Array<ArrayBuffer>, batch.fileName, 'application/pdf')}>
              Enregistrer en PDF
            </button>
            <button ref={sendButton} type="button" className="button button-primary" onClick={() => setSending(true)} aria-haspopup="dialog">
              {batch.statements.length > 1 ? `Marquer les ${batch.statements.length} relevés comme envoyés…` : 'Marquer le relevé comme envoyé…'}
            </button>
          </div>
        )}
      </header>
      <div className="letter-layout batch-layout">
        <form className="panel letter-options" aria-label="Options des relevés de fin de mois" onSubmit={(e) => e.preventDefault()}>
          <TextField
            label="Relevés au"
            value={asOfText}
            onChange={changeDate}
            error={dateError}
            hint={fr('Par défaut le dernier jour du mois écoulé : les factures et règlements postérieurs n’y figurent pas.')}
            inputMode="numeric"
            placeholder="jj/mm/aaaa"
            disabled={preparing !== null}
          />
          {stage.name !== 'preparing' && (
            <button ref={prepareButton} type="button" className="button button-primary batch-prepare" onClick={() => void prepare()} disabled={!asOf || plan.statements.length === 0}>
              {batch ? 'Préparer à nouveau' : plan.statements.length > 1 ? `Préparer les ${plan.statements.length} relevés` : 'Préparer le relevé'}
            </button>
          )}
          {preparing && (
            <div className="batch-progress">
              <div
                role="progressbar"
                aria-label="Préparation des relevés de fin de mois"
                aria-valuemin={0}
                aria-valuemax={preparing.total}
                aria-valuenow={preparing.done}
                aria-valuetext={preparing.phase === 'merge' ? 'Assemblage du PDF' : `${preparing.done} relevés sur ${preparing.total}`}
                className="progress"
              >
                <div className="progress-bar" style={{ width: `${preparing.total ? (100 * preparing.done) / preparing.total : 0}%` }} />
              </div>
              <p className="field-hint" aria-live="polite">
                {preparing.cancelling
                  ? 'Arrêt en cours…'
                  : preparing.phase === 'merge'
                    ? fr(`${plural(preparing.total, 'relevé prêt', 'relevés prêts')} : assemblage du PDF…`)
                    : `Relevé ${Math.min(preparing.done + 1, preparing.total)} sur ${preparing.total}…`}
              </p>
              <button ref={cancelButton} type="button" className="button" onClick={cancel} disabled={preparing.cancelling}>
                Annuler
              </button>
            </div>
          )}
          {stage.name === 'options' && stage.notice && (
            <p className="banner" role="status">
              {stage.notice}
            </p>
          )}
          {problem && (
            <p className="form-error prewrap" role="alert">
              {problem}
            </p>
          )}
          {asOf && plan.statements.length === 0 && !batch && <p>{fr(`Aucun client n’a de solde à régler au ${formatFrenchDate(asOf)}.`)}</p>}
          {count > 0 && asOf && <StatementsTable batch={batch} plan={plan} asOf={asOf} />}
          {skipped.length > 0 && (
            <details className="batch-skipped" open={skipped.length <= SKIPPED_SHOWN_OPEN}>
              <summary>{plural(skipped.length, 'client écarté', 'clients écartés')}</summary>
              <ul>
                {skipped.map((s) => (
                  <li key={s.clientId}>
                    <span className="batch-client">{s.clientName}</span>
                    <span className="cell-sub">{s.reason}</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </form>
        <div className="letter-preview">
          {batch ? (
            <PdfViewer bytes={batch.pdf} label="Aperçu des relevés de fin de mois" />
          ) : (
            <div className="panel batch-placeholder">
              <p>
                {preparing
                  ? 'Les relevés sont mis en page dans l’ordre des clients…'
                  : fr('« Préparer » met en page le relevé de compte de chaque client, toutes ses factures ouvertes à la date, échues ou non, et ses avoirs, tous dans un seul PDF à imprimer. Rien n’est noté comme envoyé avant que vous le confirmiez.')}
              </p>
            </div>
          )}
        </div>
      </div>
      {sending && batch && (
        <StatementsBatchSendDialog
          batch={batch}
          today={today}
          onClose={() => setSending(false)}
          onSent={() => {
            setSending(false);
            navigate({ name: 'clients' });
          }}
        />
      )}
    </section>
  );
}

/** The statements of the batch (or, before it is prepared, those it will hold), in the order of the PDF. */
function StatementsTable({ batch, plan, asOf }: { batch: StatementBatchPrepared | null; plan: StatementBatchPlan; asOf: string }): React.JSX.Element {
  const rows = batch ? batch.statements.map((s) => ({ ...s, pages: s.pageCount > 1 ? `p.\u00a0${s.firstPage}–${s.firstPage + s.pageCount - 1}` : `p.\u00a0${s.firstPage}` })) : plan.statements.map((s) => ({ ...s, pages: null }));
  return (
    <table className="batch-letters">
      <caption>{fr(batch ? `${plural(rows.length, 'relevé', 'relevés')} dans le PDF` : `${plural(rows.length, 'relevé', 'relevés')} à préparer`)}</caption>
      <thead>
        <tr>
          <th scope="col">Client</th>
          <th scope="col" className="numeric">
            Échu
          </th>
          <th scope="col" className="numeric">
            Solde
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.clientId}>
            <td>
              <span className="batch-client">{s.clientName}</span>
              <span className="cell-sub">
                {[plural(s.figures.invoiceCount, 'facture ouverte', 'factures ouvertes'), s.pages].filter(Boolean).join(' · ')}
              </span>
              {s.paidSinceCents > 0 && <span className="cell-sub">{fr(`Reçu après le ${formatFrenchDate(asOf)} : ${formatEuros(s.paidSinceCents)}`)}</span>}
            </td>
            <td className="numeric">{formatEuros(s.figures.overdueCents)}</td>
            <td className="numeric">
              {formatEuros(s.figures.balanceCents)}
              {s.figures.notDueCents > 0 && <span className="cell-sub">{fr(`dont ${formatEuros(s.figures.notDueCents)} non échus`)}</span>}
              {s.figures.creditCents > 0 && <span className="cell-sub">{fr(`avoirs déduits : ${formatEuros(s.figures.creditCents)}`)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
