import { useState } from 'react';
import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import { CHANNEL_LABELS } from '../../../../shared/dunning/levels';
import type { ReminderRecord } from '../../../../shared/dunning/schema';
import { formatDateTime } from '../../../../shared/data/text';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';
import type { Invoice } from '../../../../shared/ledger/schema';
import { api } from '../../api/client';
import { useLevelLabels } from './useLevelLabels';
import { useAppStore } from '../../app/store';
import { ArchivedLetterDialog } from '../documents';
import { PostalEventDialog, ReasonDialog } from '../proofs';
import { ArchivedEmailDialog } from '../channels';

interface Props {
  invoice: Invoice;
  /** Whether a reminder is a mise en demeure (its receipt is shown). */
  isFormalNotice(reminder: ReminderRecord): boolean;
}

/**
 * A letter posted, whose delivery can be recorded (« Suivi du recommandé », « Réception »): a scan dropped on its row goes
 * there. Not an e-mail, an SMS or a call (La Poste has nothing to say of them), nor a letter handed over (received then).
 */
function trackable(r: ReminderRecord): boolean {
  return r.channel === 'letter' || r.channel === 'registered-letter';
}

/** A file dropped on a letter's row: the scan of its AR or deposit proof, never the invoice's own PDF nor a new invoice. */
function scanDropProps(take: (file: File) => void) {
  const files = (e: React.DragEvent): boolean => e.dataTransfer.types.includes('Files');
  return {
    onDragOver(e: React.DragEvent) {
      if (!files(e)) return;
      e.preventDefault();
      e.stopPropagation();
      e.dataTransfer.dropEffect = 'copy';
    },
    onDrop(e: React.DragEvent) {
      if (!files(e)) return;
      e.preventDefault();
      e.stopPropagation();
      const file = e.dataTransfer.files[0];
      if (file) take(file);
    },
  };
}

function receiptText(r: ReminderRecord): string {
  if (r.channel === 'hand') return `Remise le ${formatFrenchDate(r.sentOn)}`;
  if (r.receivedOn) return `Reçue le ${formatFrenchDate(r.receivedOn)}`;
  if (r.returnedOn && r.firstPresentedOn) return `Présentée le ${formatFrenchDate(r.firstPresentedOn)}, revenue le ${formatFrenchDate(r.returnedOn)}`;
  if (r.returnedOn) return `Revenue le ${formatFrenchDate(r.returnedOn)}, jamais présentée`;
  if (r.firstPresentedOn) return `Présentée le ${formatFrenchDate(r.firstPresentedOn)}, non retirée`;
  return 'Réception à saisir';
}

/**
 * The reminders sent for an invoice, kept as proof. Proof is append-only: « Retirer » adds a cancelling entry that
 * says why (the reason is asked for); the reminder stays in the list, struck through, with the day it was withdrawn.
 * « Suivi du recommandé » records what happened to a letter after it left (presentation, AR, return, deposit proof,
 * with the scan): the full chronology is the invoice's history below.
 */
export function RemindersHistory({ invoice, isFormalNotice }: Props): React.JSX.Element {
  const labelOf = useLevelLabels();
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [removing, setRemoving] = useState<ReminderRecord | null>(null);
  const [viewing, setViewing] = useState<ReminderRecord | null>(null);
  const [viewingEmail, setViewingEmail] = useState<ReminderRecord | null>(null);
  const [tracking, setTracking] = useState<ReminderRecord | null>(null);
  const [droppedScan, setDroppedScan] = useState<File | undefined>(undefined);
  const cancellations = new Map(invoice.reminderCancellations.map((c) => [c.reminderId, c]));
  const reminders = [...invoice.reminders].sort((a, b) => (a.sentOn < b.sentOn ? -1 : a.sentOn > b.sentOn ? 1 : a.recordedAt.localeCompare(b.recordedAt)));

  return (
    <>
      <h3>Historique des relances</h3>
      {reminders.length === 0 ? (
        <p className="muted">Aucune relance envoyée.</p>
      ) : (
        <table className="table table-compact reminders-history">
          <caption className="visually-hidden">Historique des relances</caption>
          <thead>
            <tr>
              <th scope="col">Étape</th>
              <th scope="col">Envoyée le</th>
              <th scope="col">Moyen</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {reminders.map((r) => {
              const cancelled = cancellations.get(r.id);
              return (
                <tr key={r.id} className={cancelled ? 'reminder-cancelled' : undefined} {...(trackable(r) && !cancelled ? scanDropProps((file) => {
                  setDroppedScan(file);
                  setTracking(r);
                }) : {})}>
                  <th scope="row">
                    <span className="reminder-struck">{labelOf(r.levelId)}</span>
                    {cancelled && <span className="cell-sub reminder-cancelled-note">Retirée le {formatDateTime(cancelled.recordedAt)}</span>}
                  </th>
                  <td>
                    <span className="reminder-struck">{formatFrenchDate(r.sentOn)}</span>
                    {!cancelled && (isFormalNotice(r) || r.channel === 'registered-letter' || r.receivedOn) && r.channel !== 'phone' && r.channel !== 'sms' && <span className="cell-sub">{receiptText(r)}</span>}
                  </td>
                  <td>
                    {CHANNEL_LABELS[r.channel]}
                    {r.registeredNumber && <span className="cell-sub nowrap">{`n°\u00a0${r.registeredNumber}`}</span>}
                  </td>
                  <td className="wrap">{frenchTypography([r.note, cancelled?.note].filter(Boolean).join(' — '))}</td>
                  <td className="actions-cell">
                    {r.document?.kind === 'pdf' && (
                      <button
                        type="button"
                        className="button button-small button-ghost"
                        aria-label={frenchTypography(`Voir la lettre « ${labelOf(r.levelId)} » du ${formatFrenchDate(r.sentOn)}`)}
                        onClick={() => setViewing(r)}
                      >
                        Voir la lettre
                      </button>
                    )}
                    {r.document?.kind === 'eml' && (
                      <button
                        type="button"
                        className="button button-small button-ghost"
                        aria-haspopup="dialog"
                        aria-label={frenchTypography(`Voir l’e-mail « ${labelOf(r.levelId)} » du ${formatFrenchDate(r.sentOn)}`)}
                        onClick={() => setViewingEmail(r)}
                      >
                        Voir l’e-mail
                      </button>
                    )}
                    {!cancelled && trackable(r) && (
                      <button
                        type="button"
                        className="button button-small button-ghost"
                        aria-haspopup="dialog"
                        aria-label={frenchTypography(`${r.channel === 'registered-letter' ? 'Suivi du recommandé' : 'Réception'} de la relance « ${labelOf(r.levelId)} » du ${formatFrenchDate(r.sentOn)}`)}
                        onClick={() => setTracking(r)}
                      >
                        {r.channel === 'registered-letter' ? 'Suivi du recommandé' : 'Réception'}
                      </button>
                    )}
                    {!cancelled && (
                      <button
                        type="button"
                        className="button button-small button-ghost"
                        aria-label={frenchTypography(`Retirer la relance « ${labelOf(r.levelId)} » du ${formatFrenchDate(r.sentOn)}`)}
                        onClick={() => setRemoving(r)}
                      >
                        Retirer
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {viewing?.document && (
        <ArchivedLetterDialog document={viewing.document} title={`${labelOf(viewing.levelId)} du ${formatFrenchDate(viewing.sentOn)}`} onClose={() => setViewing(null)} />
      )}
      {viewingEmail?.document && (
        <ArchivedEmailDialog document={viewingEmail.document} title={`${labelOf(viewingEmail.levelId)} du ${formatFrenchDate(viewingEmail.sentOn)}`} onClose={() => setViewingEmail(null)} />
      )}
      {tracking && (
        <PostalEventDialog
          invoice={invoice}
          reminder={tracking}
          letterTitle={labelOf(tracking.levelId)}
          initialScan={droppedScan}
          onClose={() => {
            setTracking(null);
            setDroppedScan(undefined);
          }}
        />
      )}
      {removing && (
        <ReasonDialog
          title={'Retirer cette relance\u202f?'}
          message={frenchTypography(
            `La relance « ${labelOf(removing.levelId)} » du ${formatFrenchDate(removing.sentOn)} ne comptera plus : les étapes suivantes seront recalculées. Elle reste dans l’historique, barrée, avec la date et le motif du retrait (une preuve n’est jamais effacée).`,
          )}
          confirmLabel="Retirer la relance"
          onClose={() => setRemoving(null)}
          onConfirm={async (reason) => {
            await api().call('invoices.cancelReminder', { invoiceId: invoice.id, reminderId: removing.id, note: reason });
            setRemoving(null);
            showToast(frenchTypography('Relance retirée : elle reste dans l’historique, barrée'));
            await refresh();
          }}
        />
      )}
    </>
  );
}
