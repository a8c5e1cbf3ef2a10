import { useState } from 'react';
import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import type { Invoice, Payment } from '../../../../shared/ledger/schema';
import { formatEuros } from '../../../../shared/kernel/money';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useAppStore } from '../../app/store';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';

export function PaymentsTable({ invoice }: { invoice: Invoice }): React.JSX.Element {
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [removing, setRemoving] = useState<Payment | null>(null);
  const payments = [...invoice.payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  if (payments.length === 0) return <p className="muted">Aucun paiement enregistré.</p>;
  return (
    <>
      <table className="table">
        <caption className="visually-hidden">Paiements reçus pour la facture {invoice.number}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col" className="numeric">
              Montant
            </th>
            <th scope="col">Note</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {payments.map((p) => (
            <tr key={p.id}>
              <td>{formatFrenchDate(p.date)}</td>
              <td className="numeric amount">{formatEuros(p.amountCents)}</td>
              <td>{frenchTypography(p.note)}</td>
              <td className="actions-cell">
                <button
                  type="button"
                  className="button button-small button-ghost"
                  aria-label={`Supprimer le paiement du ${formatFrenchDate(p.date)} de ${formatEuros(p.amountCents)}`}
                  onClick={() => setRemoving(p)}
                >
                  Supprimer
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {removing && (
        <ConfirmDialog
          title={'Supprimer ce paiement\u202f?'}
          message={frenchTypography(`Le paiement du ${formatFrenchDate(removing.date)} de ${formatEuros(removing.amountCents)} sera retiré ; le reste dû augmentera d’autant.`)}
          confirmLabel="Supprimer le paiement"
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await api().call('payments.remove', { invoiceId: invoice.id, paymentId: removing.id });
            setRemoving(null);
            showToast('Paiement supprimé');
            await refresh();
          }}
        />
      )}
    </>
  );
}
