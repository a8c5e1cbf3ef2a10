import { useState } from 'react';
import type { EinvoiceReadResult } from '../../../../shared/einvoice/contract';
import type { Client } from '../../../../shared/ledger/schema';
import { api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { FormError } from '../../ui/FormError';
import { SelectField } from '../../ui/SelectField';
import { useCoreSubmit } from '../../ui/useCoreSubmit';
import { ClientFormDialog } from '../clients';
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
      return <ProposedInvoice reading={step.reading} file={step.file} onClose={close} />;
  }
}

function ProposedInvoice({ reading, file, onClose }: { reading: EinvoiceReadResult; file: File; onClose(): void }): React.JSX.Element {
  // The PDF it was read from is attached to the invoice once saved (a standalone XML file is not a PDF to attach).
  const [proposal] = useState(() => {
    const form = proposedForm(reading);
    return reading.file.format === 'pdf' ? { ...form, pdf: file, notes: [...form.notes, 'Le PDF sera joint à la facture une fois enregistrée.'] } : form;
  });
  return <InvoiceFormDialog prefill={proposal} onClose={onClose} />;
}

function CreditNoteOffer({ reading, onClose }: { reading: EinvoiceReadResult; onClose(): void }): React.JSX.Element {
  const p = reading.proposal;
  const snapshot = useAppStore((s) => s.snapshot);
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [clientId, setClientId] = useState(reading.buyer.clientId ?? '');
  const [extra, setExtra] = useState<Client[]>([]);
  const [creatingClient, setCreatingClient] = useState(false);
  const { busy, formError, setFormError, run } = useCoreSubmit('L’enregistrement de l’avoir a échoué.');
  const clients = [...(snapshot?.clients ?? []), ...extra.filter((c) => !snapshot?.clients.some((s) => s.id === c.id))].sort((a, b) =>
    a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }),
  );
  const buyerName = p.buyer.name?.value ?? '';
  const prefill = reading.buyer.newClient;
  const complete = p.number !== null && p.issueDate !== null && p.totalCents !== null && p.totalCents.value > 0;

  async function save(): Promise<void> {
    setFormError(null);
    if (clientId === '') return setFormError('Choisissez le client de cet avoir (ou créez-le).');
    if (!complete) return;
    await run(async () => {
      await api().call('einvoice.saveCreditNote', { number: p.number!.value.slice(0, 40), clientId, issueDate: p.issueDate!.value, amountTtcCents: p.totalCents!.value, notes: `Lu dans «\u00a0${reading.file.fileName}\u00a0».` });
      showToast('Avoir enregistré');
      void refresh();
      onClose();
    }, () => undefined);
  }

  return (
    <Modal title={`Avoir ${p.number?.value ?? ''}`.trim()} onClose={onClose} confirmDiscard={false}>
      <p>
        {frenchTypography(
          `Ce document est un avoir, pas une facture à relancer : il diminue ce que ${buyerName !== '' ? `«\u00a0${buyerName}\u00a0»` : 'le client'} vous doit.`,
        )}
      </p>
      <dl className="einvoice-facts">
        <dt>Numéro</dt>
        <dd>{p.number?.value ?? 'non trouvé'}</dd>
        <dt>Date</dt>
        <dd>{p.issueDate ? formatFrenchDate(p.issueDate.value) : 'non trouvée'}</dd>
        <dt>Montant TTC</dt>
        <dd>{p.totalCents ? formatEuros(p.totalCents.value) : 'non trouvé'}</dd>
      </dl>
      {complete ? (
        <div className="field-with-action">
          <SelectField
            label="Client de l’avoir"
            value={clientId}
            onChange={setClientId}
            hint={clientId !== '' && clientId === reading.buyer.clientId ? 'Reconnu d’après l’avoir.' : undefined}
          >
            <option value="">— Choisir un client —</option>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          {prefill && (
            <button type="button" className="button button-small" onClick={() => setCreatingClient(true)}>
              Créer ce client
            </button>
          )}
        </div>
      ) : (
        <p role="alert">{frenchTypography('Le numéro, la date ou le montant de cet avoir n’ont pas pu être lus : il ne peut pas être enregistré depuis ce fichier.')}</p>
      )}
      <FormError message={formError} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Ne rien enregistrer
        </button>
        {complete && (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void save()}>
            Enregistrer l’avoir
          </button>
        )}
      </div>
      {creatingClient && prefill && (
        <ClientFormDialog
          initial={{ kind: 'business', name: prefill.name, siret: prefill.siret, address: { complement: prefill.complement, street: prefill.street, locality: '', postalCode: prefill.postalCode, city: prefill.city, country: prefill.country } }}
          onClose={() => setCreatingClient(false)}
          onSaved={(client) => {
            setExtra((c) => [...c, client]);
            setClientId(client.id);
          }}
        />
      )}
    </Modal>
  );
}
