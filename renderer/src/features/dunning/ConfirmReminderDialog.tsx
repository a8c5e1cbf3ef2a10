import { useId, useMemo } from 'react';
import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import { policyResolver } from '../../../../shared/dunning/engine';
import { CHANNEL_LABELS } from '../../../../shared/dunning/levels';
import { invoiceStanding } from '../../../../shared/dunning/overview';
import { LATE_CHARGES_LEVEL_ID, type DunningChannel } from '../../../../shared/dunning/schema';
import { formatEuros } from '../../../../shared/kernel/money';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';
import { ConfirmActions } from '../../ui/ConfirmDialog';
import { Modal } from '../../ui/Modal';
import { useAppStore } from '../../app/store';

export interface ReminderToRecord {
  invoiceId: string;
  level: { id: string; label: string };
  sentOn: string;
  channel: DunningChannel;
  note: string;
}

interface Props {
  reminder: ReminderToRecord;
  onConfirm(): Promise<void>;
  onClose(): void;
}

/**
 * « Enregistrer cette relance ? »: says exactly what will be kept as proof before anything is written. The focus
 * starts on « Annuler », so a stray Enter (in the form, on the button) never records a reminder.
 *
 * Why a confirmation and not an « Annuler » in the toast: proof is append-only (a reminder once recorded is
 * withdrawn by a cancelling entry, never deleted), and a toast that vanishes after a few seconds cannot be reached in
 * time by everyone (keyboard, screen reader, a phone call in the middle). The confirmation costs one click and
 * leaves nothing to undo.
 */
export function ConfirmReminderDialog({ reminder, onConfirm, onClose }: Props): React.JSX.Element {
  const descriptionId = useId();
  const snapshot = useAppStore((s) => s.snapshot);
  const today = useAppStore((s) => s.status?.today ?? '');
  const invoice = snapshot?.invoices.find((i) => i.id === reminder.invoiceId);
  const client = invoice ? snapshot?.clients.find((c) => c.id === invoice.clientId) : undefined;
  const claimed = useMemo(() => {
    if (reminder.level.id !== LATE_CHARGES_LEVEL_ID || !invoice || !snapshot) return null;
    const policy = policyResolver(snapshot.clients, snapshot.settings.defaultPolicy)(invoice.clientId);
    return invoiceStanding(invoice, client?.kind ?? 'business', policy, today, snapshot.settings).lateCharges;
  }, [reminder.level.id, invoice, client, snapshot, today]);
  const when = reminder.sentOn === today ? `aujourd’hui, ${formatFrenchDate(reminder.sentOn)}` : formatFrenchDate(reminder.sentOn);

  return (
    <Modal title={'Enregistrer cette relance\u202f?'} onClose={onClose} describedBy={descriptionId} alert>
      <p id={descriptionId}>
        Relance gardée dans l’historique de la facture comme preuve d’envoi. Une erreur pourra être retirée ensuite, mais restera visible, barrée.
      </p>
      <dl className="details confirm-reminder-details">
        <dt>Facture</dt>
        <dd>{invoice?.number ?? '—'}</dd>
        <dt>Client</dt>
        <dd>{client?.name ?? 'Client inconnu'}</dd>
        <dt>Étape</dt>
        <dd>{reminder.level.label}</dd>
        {claimed && claimed.totalCents !== null && (
          <>
            <dt>Montant réclamé</dt>
            <dd className="amount">{formatEuros(claimed.totalCents)}</dd>
          </>
        )}
        <dt>Envoyée le</dt>
        <dd>{when}</dd>
        <dt>Moyen d’envoi</dt>
        <dd>{CHANNEL_LABELS[reminder.channel]}</dd>
        {reminder.note && (
          <>
            <dt>Note</dt>
            <dd className="prewrap">{frenchTypography(reminder.note)}</dd>
          </>
        )}
      </dl>
      <ConfirmActions
        confirmLabel="Enregistrer la relance"
        tone="primary"
        failureMessage="L’enregistrement de la relance a échoué."
        onConfirm={onConfirm}
        onClose={onClose}
      />
    </Modal>
  );
}
