import { useMemo, useState } from 'react';
import type { ArchivedFile, DunningPolicy } from '../../../../shared/dunning/schema';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import type { Client, Invoice } from '../../../../shared/ledger/schema';
import { invoiceHistory, type HistoryEntry } from '../../../../shared/proofs/history';
import { ApiError, api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { useFileDownload } from '../../ui/useFileDownload';
import { ArchivedLetterDialog } from '../documents';
import { ArchivedEmailDialog } from '../channels';
import { ReasonDialog } from './ReasonDialog';
import { ScanDialog } from './ScanDialog';
import './Proofs.css';

interface Props {
  invoice: Invoice;
  client: Client | null;
  policy: DunningPolicy;
}

type Viewing = { kind: 'letter' | 'scan' | 'email'; file: ArchivedFile; title: string };

/**
 * The invoice's history: every event in the order it happened (issued, each reminder with its letter, what La Poste
 * did with it, payments, pause, withdrawals), as a court file needs it, and the same chronology as a PDF drawn by
 * the core (« Enregistrer l’historique en PDF », « Imprimer l’historique »).
 */
export function InvoiceHistory({ invoice, client, policy }: Props): React.JSX.Element {
  const entries = useMemo(() => invoiceHistory(invoice, client, policy), [invoice, client, policy]);
  const desktop = useAppStore((s) => s.status?.mode === 'electron');
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const saveFile = useFileDownload();
  const [viewing, setViewing] = useState<Viewing | null>(null);
  const [withdrawing, setWithdrawing] = useState<HistoryEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function pdf(action: 'save' | 'print'): Promise<void> {
    setProblem(null);
    setBusy(true);
    try {
      if (action === 'print' && desktop) {
        await api().call('invoices.historyOutput', { invoiceId: invoice.id, action: 'print' });
        showToast('Fenêtre d’impression ouverte');
        return;
      }
      const { pdf: bytes, fileName } = await api().call('invoices.historyPdf', { invoiceId: invoice.id });
      const data = bytes as Uint8Array<ArrayBuffer>;
      if (action === 'save') {
        saveFile(data, fileName, 'application/pdf');
        return;
      }
      // In a browser: the PDF in a new tab, printed from the browser's viewer.
      const url = URL.createObjectURL(new Blob([data], { type: 'application/pdf' }));
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      if (!window.open(url, '_blank')) setProblem(fr('Le navigateur a bloqué le nouvel onglet : autorisez les fenêtres de Relance, ou enregistrez l’historique en PDF.'));
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : 'L’historique n’a pas pu être produit.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel invoice-history" aria-labelledby="invoice-history-title">
      <div className="panel-header">
        <h2 id="invoice-history-title">Historique de la facture</h2>
        <div className="inline-actions">
          <button type="button" className="button" disabled={busy} onClick={() => void pdf('save')}>
            Enregistrer l’historique en PDF
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void pdf('print')}>
            Imprimer l’historique
          </button>
        </div>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <table className="table table-compact history-table">
        <caption className="visually-hidden">Historique de la facture, du plus ancien au plus récent</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Événement</th>
            <th scope="col">Détail</th>
            <th scope="col">
              <span className="visually-hidden">Preuves</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.key} className={e.cancelledOn ? `history-${e.kind} history-withdrawn` : `history-${e.kind}`}>
              <td className="nowrap">
                <span className="history-struck">{formatFrenchDate(e.on)}</span>
              </td>
              <th scope="row">
                <span className="history-struck">{e.title}</span>
                {e.cancelledOn && <span className="cell-sub history-withdrawn-note">Retiré le {formatFrenchDate(e.cancelledOn)}</span>}
              </th>
              <td className="wrap">
                {e.details.map((d, i) => (
                  <span key={i} className="cell-sub">
                    {d}
                  </span>
                ))}
                {e.document && (
                  <span className="cell-sub history-hash" title={e.document.sha256}>
                    SHA-256{'\u00a0'}: {e.document.sha256.slice(0, 16)}…
                  </span>
                )}
              </td>
              <td className="actions-cell">
                {e.document?.role === 'letter' && (
                  <button
                    type="button"
                    className="button button-small button-ghost"
                    aria-label={fr(`Voir la lettre « ${e.title} » du ${formatFrenchDate(e.on)}`)}
                    onClick={() => setViewing({ kind: 'letter', file: e.document!, title: `${e.title} du ${formatFrenchDate(e.on)}` })}
                  >
                    Voir la lettre
                  </button>
                )}
                {e.document?.role === 'email' && (
                  <button
                    type="button"
                    className="button button-small button-ghost"
                    aria-haspopup="dialog"
                    aria-label={fr(`Voir l’e-mail « ${e.title} » du ${formatFrenchDate(e.on)}`)}
                    onClick={() => setViewing({ kind: 'email', file: e.document!, title: `${e.title} du ${formatFrenchDate(e.on)}` })}
                  >
                    Voir l’e-mail
                  </button>
                )}
                {e.document?.role === 'scan' && (
                  <button
                    type="button"
                    className="button button-small button-ghost"
                    aria-label={fr(`Voir le scan « ${e.title} » du ${formatFrenchDate(e.on)}`)}
                    onClick={() => setViewing({ kind: 'scan', file: e.document!, title: `${e.title} du ${formatFrenchDate(e.on)}` })}
                  >
                    Voir le scan
                  </button>
                )}
                {e.callId && !e.cancelledOn && (
                  <button
                    type="button"
                    className="button button-small button-ghost"
                    aria-label={fr(`Retirer l’appel du ${formatFrenchDate(e.on)}`)}
                    onClick={() => setWithdrawing(e)}
                  >
                    Retirer
                  </button>
                )}
                {e.postalEventId && !e.cancelledOn && (
                  <button
                    type="button"
                    className="button button-small button-ghost"
                    aria-label={fr(`Retirer la saisie « ${e.title} » du ${formatFrenchDate(e.on)}`)}
                    onClick={() => setWithdrawing(e)}
                  >
                    Retirer
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {viewing?.kind === 'letter' && <ArchivedLetterDialog document={viewing.file} title={viewing.title} onClose={() => setViewing(null)} />}
      {viewing?.kind === 'email' && <ArchivedEmailDialog document={viewing.file} title={viewing.title} onClose={() => setViewing(null)} />}
      {viewing?.kind === 'scan' && <ScanDialog scan={viewing.file} title={viewing.title} onClose={() => setViewing(null)} />}
      {withdrawing?.callId && (
        <ReasonDialog
          title={'Retirer cet appel\u202f?'}
          message={fr(
            `L’appel du ${formatFrenchDate(withdrawing.on)} ne comptera plus (ni comme tentative, ni comme relance). Il reste dans l’historique, barré, avec le motif du retrait ; une pause qu’il a amenée reste en place jusqu’à « Reprendre les relances ».`,
          )}
          confirmLabel="Retirer l’appel"
          onClose={() => setWithdrawing(null)}
          onConfirm={async (reason) => {
            await api().call('calls.cancel', { invoiceId: invoice.id, callId: withdrawing.callId!, note: reason });
            setWithdrawing(null);
            showToast(fr('Appel retiré : il reste dans l’historique, barré'));
            await refresh();
          }}
        />
      )}
      {withdrawing?.postalEventId && (
        <ReasonDialog
          title={'Retirer cette saisie\u202f?'}
          message={fr(
            `« ${withdrawing.title} » du ${formatFrenchDate(withdrawing.on)} ne comptera plus (ni pour la date de la mise en demeure, ni pour les intérêts). Elle reste dans l’historique, barrée, avec le motif du retrait.`,
          )}
          confirmLabel="Retirer la saisie"
          onClose={() => setWithdrawing(null)}
          onConfirm={async (reason) => {
            await api().call('invoices.cancelPostalEvent', { invoiceId: invoice.id, eventId: withdrawing.postalEventId!, note: reason });
            setWithdrawing(null);
            showToast(fr('Saisie retirée : elle reste dans l’historique, barrée'));
            await refresh();
          }}
        />
      )}
    </section>
  );
}
