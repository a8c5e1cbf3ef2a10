import { useState } from 'react';
import type { EinvoiceReadResult } from '../../../../shared/einvoice/contract';
import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import { formatEuros } from '../../../../shared/kernel/money';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';
import { Modal } from '../../ui/Modal';
import { InvoiceFormDialog } from '../invoices';
import { useEinvoiceStore } from './einvoiceStore';
import { proposedForm } from './proposalForm';

/** The dialogs of a dropped invoice file: reading, refusal, the seller check, then the prefilled form or the avoir. */
export function EinvoiceHost(): React.JSX.Element | null {
  const step = useEinvoiceStore((s) => s.step);
  const close = useEinvoiceStore((s) => s.close);
  const confirmSeller = useEinvoiceStore((s) => s.confirmSeller);
  if (!step) return null;
  switch (step.kind) {
    case 'reading':
      return (
        <Modal title="Lecture de la facture" onClose={close} confirmDiscard={false}>
          <p role="status">{frenchTypography(`Lecture de «\u00a0${step.fileName}\u00a0»…`)}</p>
        </Modal>
      );
    case 'refused':
      return (
        <Modal title="Ce fichier ne peut pas être lu" onClose={close} alert confirmDiscard={false}>
          <p role="alert">{step.message}</p>
          <p className="muted">{frenchTypography(`Fichier\u00a0: «\u00a0${step.fileName}\u00a0». Rien n’a été enregistré.`)}</p>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={close}>
              D’accord
            </button>
          </div>
        </Modal>
      );
    case 'seller':
      return (
        <Modal title="Cette facture n’est peut-être pas la vôtre" onClose={close} alert confirmDiscard={false}>
          <p role="alert">{step.reading.seller.warning}</p>
          <p>Relance suit les factures que vous avez émises. Continuer quand même avec cette facture&#8239;?</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={close}>
              Annuler
            </button>
            <button type="button" className="button button-primary" onClick={confirmSeller}>
              Continuer quand même
            </button>
          </div>
        </Modal>
      );
    case 'creditNote':
      return <CreditNoteOffer reading={step.reading} onClose={close} />;
    case 'invoice':
      return <ProposedInvoice reading={step.reading} onClose={close} />;
  }
}

function ProposedInvoice({ reading, onClose }: { reading: EinvoiceReadResult; onClose(): void }): React.JSX.Element {
  const [proposal] = useState(() => proposedForm(reading));
  return <InvoiceFormDialog prefill={proposal} onClose={onClose} />;
}

function CreditNoteOffer({ reading, onClose }: { reading: EinvoiceReadResult; onClose(): void }): React.JSX.Element {
  const p = reading.proposal;
  const client = reading.buyer.newClient?.name ?? p.buyer.name?.value ?? '';
  return (
    <Modal title={`Avoir ${p.number?.value ?? ''}`.trim()} onClose={onClose} confirmDiscard={false}>
      <p>
        {frenchTypography(
          `Ce document est un avoir, pas une facture à relancer : il diminue ce que ${client !== '' ? `«\u00a0${client}\u00a0»` : 'le client'} vous doit.`,
        )}
      </p>
      <dl className="einvoice-facts">
        <dt>Numéro</dt>
        <dd>{p.number?.value ?? 'non trouvé'}</dd>
        <dt>Date</dt>
        <dd>{p.issueDate ? formatFrenchDate(p.issueDate.value) : 'non trouvée'}</dd>
        <dt>Montant TTC</dt>
        <dd>{p.totalCents ? formatEuros(p.totalCents.value) : 'non trouvé'}</dd>
        <dt>Client</dt>
        <dd>{client || 'non trouvé'}</dd>
      </dl>
      <p className="muted">
        {frenchTypography(
          'Rien n’a été enregistré : aucune facture n’a été créée pour cet avoir.',
        )}
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          D’accord
        </button>
      </div>
    </Modal>
  );
}
