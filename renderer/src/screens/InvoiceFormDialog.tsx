import { useCallback, useMemo, useState } from 'react';
import type { Client } from '../../../shared/ledger/schema';
import { api } from '../api/client';
import { useCoreSubmit } from '../state/useCoreSubmit';
import { FormError } from '../components/FormError';
import { FormActions } from '../components/FormActions';
import { Modal } from '../components/Modal';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import {
  invoiceToForm,
  newInvoiceForm,
  proposedDueDate,
  suggestNextNumber,
  validateInvoiceForm,
  type InvoiceFormValues,
} from '../format/invoiceForm';
import { useAppStore } from '../state/store';
import { useValidatedForm } from '../state/useValidatedForm';
import { ClientFormDialog } from './ClientFormDialog';

interface InvoiceFormDialogProps {
  invoiceId?: string | undefined;
  onClose(): void;
}

const validate = (v: InvoiceFormValues) => {
  const result = validateInvoiceForm(v);
  return result.ok ? {} : result.errors;
};

/** Create or edit an invoice. Amounts and dates are typed the French way and checked as the user goes. */
export function InvoiceFormDialog({ invoiceId, onClose }: InvoiceFormDialogProps): React.JSX.Element {
  const snapshot = useAppStore((s) => s.snapshot);
  const today = useAppStore((s) => s.status?.today ?? '');
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const existing = invoiceId ? snapshot?.invoices.find((i) => i.id === invoiceId) : undefined;
  const [extraClients, setExtraClients] = useState<Client[]>([]);
  const clients = useMemo(() => {
    const all = [...(snapshot?.clients ?? [])];
    for (const c of extraClients) if (!all.some((a) => a.id === c.id)) all.push(c);
    return all.sort((a, b) => a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }));
  }, [snapshot, extraClients]);

  const form = useValidatedForm<InvoiceFormValues>(() => {
    if (existing) return invoiceToForm(existing);
    const byCreation = [...(snapshot?.invoices ?? [])].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)).map((i) => i.number);
    const onlyClient = snapshot?.clients.length === 1 ? snapshot.clients[0]!.id : '';
    return newInvoiceForm(today, suggestNextNumber(byCreation), onlyClient);
  }, validate);
  const { busy, formError, setFormError, run } = useCoreSubmit('L’enregistrement a échoué.');
  const [creatingClient, setCreatingClient] = useState(false);

  const onIssueDateBlur = useCallback(() => {
    form.touch('issueDate');
    const due = proposedDueDate(form.values);
    if (due) form.setField('dueDate', due);
  }, [form]);

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    form.setSubmitted(true);
    setFormError(null);
    const result = validateInvoiceForm(form.values, existing?.id);
    if (!result.ok) {
      setFormError('Corrigez les champs signalés avant d’enregistrer.');
      focusFirstInvalid(e.currentTarget as HTMLFormElement);
      return;
    }
    await run(async () => {
      await api().call('invoices.save', result.draft);
      showToast(existing ? 'Facture enregistrée' : 'Facture enregistrée');
      void refresh();
      onClose();
    }, (fields) => form.setServerErrors(fields));
  }

  const bind = form.bind;
  return (
    <Modal title={existing ? `Modifier la facture ${existing.number}` : 'Nouvelle facture'} onClose={onClose} wide>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <div className="grid-2">
          <TextField label="Numéro de facture" {...bind('number')} autoComplete="off" />
          <div className="field-with-action">
            <SelectField
              label="Client"
              value={form.values.clientId}
              onChange={(v) => form.setField('clientId', v)}
              onBlur={() => form.touch('clientId')}
              error={form.errorFor('clientId')}
              hint={clients.length === 0 ? 'Aucun client pour l’instant : créez-le avec « Nouveau client ».' : undefined}
            >
              <option value="">— Choisir un client —</option>
              {clients.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </SelectField>
            <button type="button" className="button button-small" onClick={() => setCreatingClient(true)}>
              Nouveau client
            </button>
          </div>
          <TextField label="Date de facture" placeholder="jj/mm/aaaa" {...bind('issueDate')} onBlur={onIssueDateBlur} />
          <TextField label="Échéance" placeholder="jj/mm/aaaa" {...bind('dueDate')} hint="Date limite de paiement." />
          <TextField label="Montant TTC" inputMode="decimal" placeholder="1 234,56" {...bind('amountTtcCents')} />
          <TextField label="Montant HT" optional inputMode="decimal" placeholder="1 028,80" {...bind('amountHtCents')} />
          <TextField
            label="Taux de pénalités contractuel (%)"
            optional
            inputMode="decimal"
            placeholder="12,5"
            hint="Celui de vos conditions générales. Sans taux prévu, le taux légal s’applique."
            {...bind('contractualLateRateBp')}
          />
        </div>
        <TextField label="Notes" optional multiline {...bind('notes')} />
        <FormError message={formError} />
        <FormActions onCancel={onClose} busy={busy} />
      </form>
      {creatingClient && (
        <ClientFormDialog
          onClose={() => setCreatingClient(false)}
          onSaved={(client) => {
            setExtraClients((c) => [...c, client]);
            form.setField('clientId', client.id);
          }}
        />
      )}
    </Modal>
  );
}

export function focusFirstInvalid(form: HTMLFormElement): void {
  // After React has rendered the messages.
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
