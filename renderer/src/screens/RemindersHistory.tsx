import { useState } from 'react';
import { formatFrenchDate } from '../../../shared/dates/localDate';
import { CHANNEL_LABELS } from '../../../shared/dunning/levels';
import type { ReminderRecord } from '../../../shared/dunning/schema';
import type { Invoice } from '../../../shared/ledger/schema';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useLevelLabels } from '../state/useLevelLabels';
import { useAppStore } from '../state/store';

/** The reminders sent for an invoice (kept as proof), each removable after a confirmation. */
export function RemindersHistory({ invoice }: { invoice: Invoice }): React.JSX.Element {
  const labelOf = useLevelLabels();
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [removing, setRemoving] = useState<ReminderRecord | null>(null);
  const reminders = [...invoice.reminders].sort((a, b) => (a.sentOn < b.sentOn ? -1 : a.sentOn > b.sentOn ? 1 : a.recordedAt.localeCompare(b.recordedAt)));

  return (
    <>
      <h3>Historique des relances</h3>
      {reminders.length === 0 ? (
        <p className="muted">Aucune relance envoyée.</p>
      ) : (
        <table className="table table-compact">
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
            {reminders.map((r) => (
              <tr key={r.id}>
                <th scope="row">{labelOf(r.levelId)}</th>
                <td>{formatFrenchDate(r.sentOn)}</td>
                <td>{CHANNEL_LABELS[r.channel]}</td>
                <td className="wrap">{r.note}</td>
                <td className="actions-cell">
                  <button
                    type="button"
                    className="button button-small button-ghost"
                    aria-label={`Retirer la relance « ${labelOf(r.levelId)} » du ${formatFrenchDate(r.sentOn)}`}
                    onClick={() => setRemoving(r)}
                  >
                    Retirer
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {removing && (
        <ConfirmDialog
          title="Retirer cette relance ?"
          message={`La relance « ${labelOf(removing.levelId)} » du ${formatFrenchDate(removing.sentOn)} sera retirée de l’historique ; les étapes suivantes seront recalculées.`}
          confirmLabel="Retirer la relance"
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await api().call('invoices.removeReminder', { invoiceId: invoice.id, reminderId: removing.id });
            setRemoving(null);
            showToast('Relance retirée de l’historique');
            await refresh();
          }}
        />
      )}
    </>
  );
}
