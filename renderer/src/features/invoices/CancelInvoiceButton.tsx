import { useState } from 'react';
import type { Invoice } from '../../../../shared/ledger/schema';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useAppStore } from '../../app/store';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';

/** "Annuler la facture" (it leaves the reminders and the totals, its history is kept) or "Rétablir la facture". */
export function CancelInvoiceButton({ invoice }: { invoice: Invoice }): React.JSX.Element {
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [confirming, setConfirming] = useState(false);
  const cancel = !invoice.cancelled;
  return (
    <>
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {cancel ? 'Annuler la facture' : 'Rétablir la facture'}
      </button>
      {confirming && (
        <ConfirmDialog
          title={cancel ? 'Annuler la facture\u202f?' : 'Rétablir la facture\u202f?'}
          message={
            cancel
              ? frenchTypography(`La facture ${invoice.number} ne sera plus relancée ni comptée dans l’encours. Son historique est conservé ; vous pourrez la rétablir.`)
              : `La facture ${invoice.number} sera de nouveau comptée dans l’encours et relancée.`
          }
          confirmLabel={cancel ? 'Annuler la facture' : 'Rétablir la facture'}
          dismissLabel={cancel ? 'Ne pas annuler' : 'Annuler'}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await api().call('invoices.setCancelled', { invoiceId: invoice.id, cancelled: cancel });
            setConfirming(false);
            showToast(cancel ? `Facture ${invoice.number} annulée` : `Facture ${invoice.number} rétablie`);
            await refresh();
          }}
        />
      )}
    </>
  );
}
