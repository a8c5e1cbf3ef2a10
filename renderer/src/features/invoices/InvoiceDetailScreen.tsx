import { useMemo, useState } from 'react';
import { policyResolver } from '../../../../shared/dunning/engine';
import { invoiceStanding } from '../../../../shared/dunning/overview';
import { lateChargesTitle } from '../../../../shared/law/wording';
import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import { invoiceBalance, daysLate } from '../../../../shared/ledger/invoiceStatus';
import { formatEuros } from '../../../../shared/kernel/money';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { StatusBadge } from './StatusBadge';
import { formatRate } from '../../ui/rate';
import { useAppStore } from '../../app/store';
import { CancelInvoiceButton } from './CancelInvoiceButton';
import { DecompteTable } from '../dunning';
import { DunningPanel } from '../dunning';
import { LegalDatesForm } from '../dunning';
import { InvoiceHistory } from '../proofs';
import { PaymentForm } from './PaymentForm';
import { PaymentsTable } from './PaymentsTable';
import { AttachmentPanel, PaperclipMark, useInvoiceDrop } from '../attachments';
import './InvoiceDetail.css';

export function InvoiceDetailScreen({ invoiceId, from = 'invoices' }: { invoiceId: string; from?: 'overview' | 'invoices' }): React.JSX.Element {
  const invoice = useAppStore((s) => s.snapshot?.invoices.find((i) => i.id === invoiceId));
  const client = useAppStore((s) => (invoice ? s.snapshot?.clients.find((c) => c.id === invoice.clientId) : undefined));
  const today = useAppStore((s) => s.status?.today ?? '');
  const navigate = useAppStore((s) => s.navigate);
  const openDialog = useAppStore((s) => s.openDialog);
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const settings = useAppStore((s) => s.snapshot?.settings);
  const clients = useAppStore((s) => s.snapshot?.clients);
  const policy = useMemo(
    () => (invoice && settings && clients ? policyResolver(clients, settings.defaultPolicy)(invoice.clientId) : null),
    [invoice, settings, clients],
  );
  const standing = useMemo(
    () => (invoice && settings && today && policy ? invoiceStanding(invoice, client?.kind ?? 'business', policy, today, settings) : null),
    [invoice, settings, today, client, policy],
  );
  const { dropProps, dragging } = useInvoiceDrop(invoice);
  const decompte = standing?.decompte ?? null;
  const charges = invoice?.cancelled ? null : (standing?.lateCharges ?? null);

  const back = (
    <button type="button" className="button button-ghost back-button" onClick={() => navigate({ name: from })}>
      <span aria-hidden="true">← </span>
      {from === 'overview' ? 'Retour aux relances' : 'Retour aux factures'}
    </button>
  );

  if (!invoice) {
    return (
      <section className="screen">
        {back}
        <p role="alert">Cette facture n’existe plus{'\u00a0'}: elle a peut-être été supprimée.</p>
      </section>
    );
  }

  const balance = invoiceBalance(invoice);
  const late = balance.status === 'paid' ? 0 : daysLate(invoice, today);

  return (
    <section className={dragging ? 'screen invoice-drop-target' : 'screen'} aria-labelledby="invoice-title" {...dropProps}>
      {back}
      <header className="screen-header">
        <div>
          <h1 id="invoice-title">
            Facture {invoice.number}
            <PaperclipMark invoice={invoice} />
          </h1>
          <p className="screen-subtitle">
            {client?.name ?? 'Client inconnu'} · <StatusBadge row={{ status: balance.status, daysLate: late }} />
            {invoice.cancelled && <span className="badge badge-cancelled">Annulée</span>}
          </p>
        </div>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => openDialog({ kind: 'invoice', invoiceId: invoice.id })}>
            Modifier
          </button>
          <CancelInvoiceButton invoice={invoice} />
          <button type="button" className="button button-danger-outline" onClick={() => setConfirmingDelete(true)}>
            Supprimer
          </button>
        </div>
      </header>

      <div className={charges ? 'summary-cards summary-cards-4' : 'summary-cards'}>
        <div className="summary-card">
          <span className="summary-label">Montant TTC</span>
          <span className="summary-value amount">{formatEuros(invoice.amountTtcCents)}</span>
        </div>
        <div className="summary-card">
          <span className="summary-label">Déjà payé</span>
          <span className="summary-value amount">{formatEuros(balance.paidCents)}</span>
        </div>
        <div className={balance.remainingCents > 0 ? 'summary-card summary-card-accent' : 'summary-card'}>
          <span className="summary-label">Reste dû</span>
          <span className="summary-value amount" aria-live="polite">
            {formatEuros(balance.remainingCents)}
          </span>
        </div>
        {charges && (
          <div className={charges.status === 'owed' ? 'summary-card summary-card-accent' : 'summary-card'}>
            <span className="summary-label">{lateChargesTitle(charges.status, charges.clientKind)}</span>
            <span className="summary-value amount">{charges.totalCents === null ? 'taux manquant' : formatEuros(charges.totalCents)}</span>
          </div>
        )}
      </div>

      <div className="detail-columns">
        {policy && standing ? <DunningPanel invoice={invoice} policy={policy} standing={standing} /> : <div />}
        <section className="panel" aria-labelledby="payments-title">
          <h2 id="payments-title">Paiements</h2>
          <PaymentsTable invoice={invoice} />
          {balance.remainingCents > 0 ? (
            <PaymentForm key={`${invoice.id}-${balance.remainingCents}`} invoiceId={invoice.id} remainingCents={balance.remainingCents} />
          ) : (
            <p className="paid-note">Cette facture est entièrement payée.</p>
          )}
        </section>
      </div>

      {decompte && <DecompteTable decompte={decompte} lateCharges={charges} />}

      <div className="detail-columns">
        <section className="panel" aria-labelledby="invoice-info-title">
          <h2 id="invoice-info-title">Informations</h2>
          <dl className="details">
            <dt>Numéro</dt>
            <dd>{invoice.number}</dd>
            <dt>Client</dt>
            <dd>{client?.name ?? 'Client inconnu'}</dd>
            <dt>Objet</dt>
            <dd className={invoice.description ? 'prewrap' : 'muted'}>{invoice.description ? frenchTypography(invoice.description) : 'Non renseigné'}</dd>
            <dt>Date de facture</dt>
            <dd>{formatFrenchDate(invoice.issueDate)}</dd>
            <dt>Échéance</dt>
            <dd>
              {formatFrenchDate(invoice.dueDate)}
              {late > 0 && <span className="text-late"> — dépassée de {late} j</span>}
            </dd>
            <dt>Montant TTC</dt>
            <dd className="amount">{formatEuros(invoice.amountTtcCents)}</dd>
            <dt>Montant HT</dt>
            <dd className="amount">{invoice.amountHtCents === null ? 'Non renseigné' : formatEuros(invoice.amountHtCents)}</dd>
            <dt>Taux de pénalités contractuel</dt>
            <dd>{invoice.contractualLateRateBp === null ? 'Non renseigné (taux légal)' : formatRate(invoice.contractualLateRateBp)}</dd>
            <dt>Statut</dt>
            <dd>
              <StatusBadge row={{ status: balance.status, daysLate: late }} />
              {balance.paidOn && <> le {formatFrenchDate(balance.paidOn)}</>}
              {balance.status === 'partial' && late > 0 && <> · partiellement payée</>}
            </dd>
            {invoice.notes && (
              <>
                <dt>Notes</dt>
                <dd className="prewrap">{frenchTypography(invoice.notes)}</dd>
              </>
            )}
          </dl>
        </section>

        <LegalDatesForm
          key={`${invoice.formalNoticeDate}|${invoice.completionDate}|${standing?.formalNotice?.id}|${standing?.formalNotice?.receivedOn}|${standing?.formalNotice?.firstPresentedOn}`}
          invoice={invoice}
          clientKind={client?.kind ?? 'business'}
          formalNotice={standing?.formalNotice ?? null}
        />
      </div>

      <AttachmentPanel invoice={invoice} dragging={dragging} />

      {policy && <InvoiceHistory invoice={invoice} client={client ?? null} policy={policy} />}

      {confirmingDelete && (
        <ConfirmDialog
          title={'Supprimer la facture\u202f?'}
          message={`La facture ${invoice.number} et ses ${invoice.payments.length} paiement(s) enregistrés seront supprimés définitivement.`}
          confirmLabel="Supprimer la facture"
          onClose={() => setConfirmingDelete(false)}
          onConfirm={async () => {
            await api().call('invoices.delete', { id: invoice.id });
            setConfirmingDelete(false);
            navigate({ name: 'invoices' });
            showToast(`Facture ${invoice.number} supprimée`);
            void refresh();
          }}
        />
      )}
    </section>
  );
}
