import { useMemo, useState } from 'react';
import { dueByOtherChannels, planDueLetters, type BatchGrouping } from '../../../../shared/documents/batch';
import type { BatchPrepared } from '../../../../shared/documents/contract';
import { LETTER_TONE_TITLES } from '../../../../shared/documents/toneTitles';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { formatFrenchDateLong } from '../../../../shared/kernel/localDate';
import { formatEuros } from '../../../../shared/kernel/money';
import { api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { PdfViewer } from '../../ui/PdfViewer';
import { plural } from '../../ui/text';
import { BatchSendDialog } from './BatchSendDialog';
import { PdfOutputButtons } from './PdfOutputButtons';
import { useBatchPreparation } from './useBatchPreparation';
import './Letter.css';

type BatchChannel = 'letter' | 'registered-letter';


/**
 * « Préparer les lettres du jour »: every letter the dunning asks for today, drawn by the core one after the other
 * (a progress bar follows it, « Annuler » stops it), shown as one PDF to print. Nothing is recorded until « Marquer
 * les lettres comme envoyées », which records them all at once or none.
 */
export function BatchLettersScreen(): React.JSX.Element {
  const snapshot = useAppStore((s) => s.snapshot);
  const today = useAppStore((s) => s.status?.today ?? '');
  const navigate = useAppStore((s) => s.navigate);
  const [grouping, setGrouping] = useState<BatchGrouping>('invoice');
  const [channel, setChannel] = useState<BatchChannel>('letter');
  const [sending, setSending] = useState(false);

  const [allChannels, setAllChannels] = useState(false);
  const plan = useMemo(() => (snapshot && today ? planDueLetters(snapshot, today, grouping, allChannels ? 'all' : 'paper') : []), [snapshot, today, grouping, allChannels]);
  const invoiceCount = plan.reduce((n, l) => n + l.invoiceIds.length, 0);
  const elsewhere = useMemo(() => (snapshot && today ? dueByOtherChannels(snapshot, today) : []), [snapshot, today]);
  const suggestsRegistered = plan.some((l) => l.tone === 'formal' || l.tone === 'litigation');

  const { stage, setStage, problem, prepare: prepareBatch, cancel } = useBatchPreparation<'letters', BatchPrepared>({
    prepare: (batchId) => api().call('letters.batchPrepare', { batchId, grouping, channel, allChannels }),
    cancel: (batchId) => api().call('letters.batchCancel', { batchId }),
    onProgress: (listener) => api().on('letters.batchProgress', listener),
    cancelledNotice: fr('Préparation annulée : aucune lettre n’a été enregistrée.'),
    failure: 'Les lettres du jour n’ont pas pu être préparées.',
  });
  const prepare = (): Promise<void> => prepareBatch(plan.length, 'letters');

  // Another grouping or channel makes other letters: the batch prepared no longer applies.
  function changeOption(apply: () => void): void {
    apply();
    if (stage.name === 'ready') setStage({ name: 'options', notice: null });
  }

  const batch = stage.name === 'ready' ? stage.batch : null;
  const preparing = stage.name === 'preparing' ? stage : null;
  const fileName = batch ? `${batch.letterDate} Lettres du jour (${batch.letters.length}).pdf` : '';

  return (
    <section className="screen screen-fill letter-screen" aria-labelledby="batch-title">
      <button type="button" className="button button-ghost back-button" onClick={() => navigate({ name: 'overview' })}>
        <span aria-hidden="true">← </span>
        Retour aux relances
      </button>
      <header className="screen-header">
        <div>
          <h1 id="batch-title">Lettres du jour</h1>
          <p className="screen-subtitle">
            {fr(`${formatFrenchDateLong(today)} · ${plural(plan.length, 'lettre', 'lettres')} pour ${plural(invoiceCount, 'facture à relancer', 'factures à relancer')}`)}
          </p>
          {elsewhere.length > 0 && !allChannels && (
            <p className="muted batch-elsewhere">
              {fr(
                `${elsewhere.length > 1 ? `${elsewhere.length} autres relances du jour partent` : 'Une autre relance du jour part'} par e-mail, SMS ou appel (${elsewhere.map((e) => e.invoiceNumber).join(', ')}) : envoyez-${elsewhere.length > 1 ? 'les' : 'la'} depuis «\u00a0À relancer aujourd’hui\u00a0», ou imprimez-${elsewhere.length > 1 ? 'les' : 'la'} aussi.`,
              )}
            </p>
          )}
        </div>
        {batch && (
          <div className="header-actions">
            <PdfOutputButtons source={{ kind: 'batch', batchId: batch.batchId }} bytes={batch.pdf as Uint8Array<ArrayBuffer>} fileName={fileName} />
            <button type="button" className="button button-primary" onClick={() => setSending(true)} aria-haspopup="dialog">
              {`Marquer les ${batch.letters.length} lettres comme envoyées…`}
            </button>
          </div>
        )}
      </header>
      <div className="letter-layout batch-layout">
        <form className="panel letter-options" aria-label="Options des lettres du jour" onSubmit={(e) => e.preventDefault()}>
          {elsewhere.length > 0 && (
            <label className="checkbox-row">
              <input type="checkbox" checked={allChannels} disabled={preparing !== null} onChange={(e) => changeOption(() => setAllChannels(e.target.checked))} />
              {`Imprimer aussi les relances prévues par e-mail, SMS ou appel (${elsewhere.length})`}
            </label>
          )}
          <label className="checkbox-row">
            <input
              type="checkbox"
              checked={grouping === 'client'}
              disabled={preparing !== null}
              onChange={(e) => changeOption(() => setGrouping(e.target.checked ? 'client' : 'invoice'))}
            />
            Une lettre par client (les factures d’un client à la même étape regroupées)
          </label>
          <fieldset>
            <legend>Envoi</legend>
            {(
              [
                ['letter', 'Courrier simple'],
                ['registered-letter', 'Recommandé avec accusé de réception'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="radio-row">
                <input type="radio" name="batch-channel" value={value} checked={channel === value} disabled={preparing !== null} onChange={() => changeOption(() => setChannel(value))} />
                {label}
              </label>
            ))}
            <p className="field-hint">
              {channel === 'registered-letter'
                ? fr('Chaque lettre porte la mention « Lettre recommandée avec accusé de réception » ; vous saisirez le numéro de chaque recommandé en les marquant comme envoyées.')
                : suggestsRegistered
                  ? fr('Une mise en demeure part d’ordinaire en recommandé avec AR : c’est la preuve de sa réception.')
                  : 'Les lettres partent au tarif normal de La Poste.'}
            </p>
          </fieldset>
          {stage.name !== 'preparing' && (
            <button type="button" className="button button-primary batch-prepare" onClick={() => void prepare()} disabled={plan.length === 0}>
              {batch ? 'Préparer à nouveau' : plan.length > 1 ? `Préparer les ${plan.length} lettres` : 'Préparer la lettre'}
            </button>
          )}
          {preparing && (
            <div className="batch-progress">
              <div
                role="progressbar"
                aria-label="Préparation des lettres du jour"
                aria-valuemin={0}
                aria-valuemax={preparing.total}
                aria-valuenow={preparing.done}
                aria-valuetext={preparing.phase === 'merge' ? 'Assemblage du PDF' : `${preparing.done} lettres sur ${preparing.total}`}
                className="progress"
              >
                <div className="progress-bar" style={{ width: `${preparing.total ? (100 * preparing.done) / preparing.total : 0}%` }} />
              </div>
              <p className="field-hint" aria-live="polite">
                {preparing.cancelling
                  ? 'Arrêt en cours…'
                  : preparing.phase === 'merge'
                    ? fr(`${plural(preparing.total, 'lettre prête', 'lettres prêtes')} : assemblage du PDF…`)
                    : `Lettre ${Math.min(preparing.done + 1, preparing.total)} sur ${preparing.total}…`}
              </p>
              <button type="button" className="button" onClick={cancel} disabled={preparing.cancelling}>
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
          {plan.length === 0 && <p>{fr('Aucune lettre n’est à envoyer aujourd’hui.')}</p>}
          {batch && <BatchSummary batch={batch} />}
        </form>
        <div className="letter-preview">
          {batch ? (
            <PdfViewer bytes={batch.pdf} label="Aperçu des lettres du jour" />
          ) : (
            <div className="panel batch-placeholder">
              <p>{preparing ? 'Les lettres sont mises en page dans l’ordre des clients…' : fr('« Préparer » met en page chaque lettre à la tonalité de son étape, toutes dans un seul PDF à imprimer. Rien n’est noté comme envoyé avant que vous le confirmiez.')}</p>
            </div>
          )}
        </div>
      </div>
      {sending && batch && (
        <BatchSendDialog
          batch={batch}
          today={today}
          onClose={() => setSending(false)}
          onSent={() => {
            setSending(false);
            navigate({ name: 'overview' });
          }}
        />
      )}
    </section>
  );
}

/** The letters of the batch, in the order of the PDF, and those left out with the reason. */
function BatchSummary({ batch }: { batch: BatchPrepared }): React.JSX.Element {
  return (
    <>
      <table className="batch-letters">
        <caption>{fr(`${plural(batch.letters.length, 'lettre', 'lettres')} dans le PDF`)}</caption>
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Lettre</th>
            <th scope="col" className="numeric">
              Réclamé
            </th>
          </tr>
        </thead>
        <tbody>
          {batch.letters.map((l) => (
            <tr key={l.index}>
              <td>
                <span className="batch-client">{l.clientName}</span>
                <span className="cell-sub">{l.invoiceNumbers.join(', ')}</span>
              </td>
              <td>
                {LETTER_TONE_TITLES[l.tone]}
                <span className="cell-sub">{l.pageCount > 1 ? `p. ${l.firstPage}–${l.firstPage + l.pageCount - 1}` : `p. ${l.firstPage}`}</span>
              </td>
              <td className="numeric">{formatEuros(l.figures.totalCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {batch.skipped.length > 0 && (
        <div className="banner banner-warning" role="status">
          <p>{fr(`${plural(batch.skipped.length, 'lettre n’a pas pu être préparée', 'lettres n’ont pas pu être préparées')} :`)}</p>
          <ul>
            {batch.skipped.map((s) => (
              <li key={s.invoiceNumbers.join(',')}>{fr(`${s.clientName} (${s.invoiceNumbers.join(', ')}) : ${s.reason}`)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
