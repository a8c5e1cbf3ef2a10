import { useMemo, useRef, useState } from 'react';
import { DEFAULT_PAYMENT_TERM, PAYMENT_TERMS, paymentTermOf, type PaymentTerm } from '../../../../shared/law/paymentTerms';
import { PAYMENT_TERM_HINTS, PAYMENT_TERM_LABELS } from '../../../../shared/law/wording';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';
import type { Client } from '../../../../shared/ledger/schema';
import { api } from '../../api/client';
import { useCoreSubmit } from '../../ui/useCoreSubmit';
import { FormError } from '../../ui/FormError';
import { FormActions } from '../../ui/FormActions';
import { Modal } from '../../ui/Modal';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { dueDateFollowing, invoiceToForm, newInvoiceForm, suggestInvoiceNumber, validateInvoiceForm, type InvoiceFormField, type InvoiceFormValues } from './invoiceForm';
import { useAppStore } from '../../app/store';
import { useValidatedForm } from '../../ui/useValidatedForm';
import { focusFirstInvalid } from '../../ui/focusFirstInvalid';
import { ClientFormDialog } from '../clients';
import type { ClientFormValues } from '../clients';
import { attachPdf } from '../attachments';

/** A new invoice's fields proposed from a file the user dropped, each with a hint of where it came from. */
export interface InvoicePrefill {
  values: Partial<InvoiceFormValues>;
  hints: Partial<Record<InvoiceFormField, string>>;
  /** The due date was read in the file: the payment term is « à une date ». */
  dueDateFixed: boolean;
  /** French lines shown above the fields (the file, what was not found, what was prepaid). */
  notes: string[];
  /** The buyer is no known client: the client form, prefilled with what the file says. */
  newClient: Partial<ClientFormValues> | null;
  /** The PDF the invoice was read from: attached to it once saved. */
  pdf?: File | undefined;
}

interface InvoiceFormDialogProps {
  invoiceId?: string | undefined;
  prefill?: InvoicePrefill | undefined;
  onClose(): void;
}

const validate = (v: InvoiceFormValues) => {
  const result = validateInvoiceForm(v);
  return result.ok ? {} : result.errors;
};

/** Create or edit an invoice. Amounts and dates are typed the French way and checked as the user goes. */
export function InvoiceFormDialog({ invoiceId, prefill, onClose }: InvoiceFormDialogProps): React.JSX.Element {
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

  // The number proposed for a new invoice: the next one of the user's own series. Selected when the field gets the
  // focus, so that typing replaces it instead of being appended to it.
  const [suggestion] = useState(() => (existing ? '' : suggestInvoiceNumber(snapshot?.invoices ?? [])));
  const form = useValidatedForm<InvoiceFormValues>(() => {
    if (existing) return invoiceToForm(existing);
    const onlyClient = snapshot?.clients.length === 1 && !prefill ? snapshot.clients[0]!.id : '';
    return { ...newInvoiceForm(today, suggestion, onlyClient), ...prefill?.values };
  }, validate);
  const { busy, formError, setFormError, run } = useCoreSubmit('L’enregistrement a échoué.');
  const [creatingClient, setCreatingClient] = useState(false);
  // The due date follows the invoice date and the payment term until the user types a due date ('date').
  const [term, setTerm] = useState<PaymentTerm>(() =>
    existing ? paymentTermOf(existing.issueDate, existing.dueDate) : prefill?.dueDateFixed ? 'date' : DEFAULT_PAYMENT_TERM,
  );
  const isSuggestion = suggestion !== '' && form.values.number === suggestion;
  const hint = (field: InvoiceFormField): string | undefined => prefill?.hints[field];
  const selectedOnFocus = useRef(false);

  function followTerm(issueDateText: string, nextTerm: PaymentTerm): void {
    const due = dueDateFollowing(issueDateText, nextTerm);
    if (due !== null && due !== form.values.dueDate) form.setField('dueDate', due);
  }

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
      const saved = await api().call('invoices.save', result.draft);
      showToast('Facture enregistrée');
      void refresh();
      onClose();
      if (prefill?.pdf && !existing) void attachPdf(saved, prefill.pdf);
    }, (fields) => form.setServerErrors(fields));
  }

  const bind = form.bind;
  return (
    <Modal title={existing ? `Modifier la facture ${existing.number}` : prefill ? 'Nouvelle facture depuis un fichier' : 'Nouvelle facture'} onClose={onClose} wide>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {prefill && (
          <div className="prefill-notes" role="note" aria-label="Lu dans le fichier">
            {prefill.notes.map((n) => (
              <p key={n}>{n}</p>
            ))}
            {prefill.newClient && !form.values.clientId && (
              <p>
                {frenchTypography(`Client de la facture : «\u00a0${prefill.newClient.name ?? ''}\u00a0», inconnu de Relance.`)}{' '}
                <button type="button" className="button button-small" onClick={() => setCreatingClient(true)}>
                  Créer ce client
                </button>
              </p>
            )}
          </div>
        )}
        <div className="grid-2">
          <TextField
            label="Numéro de facture"
            {...bind('number')}
            autoComplete="off"
            hint={isSuggestion ? frenchTypography('Numéro suivant de votre série : tapez pour le remplacer.') : hint('number')}
            onFocus={(e) => {
              if (!isSuggestion) return;
              e.currentTarget.select();
              selectedOnFocus.current = true;
            }}
            onMouseUp={(e) => {
              // A click that gave the focus would otherwise put the caret at the end and drop the selection.
              if (selectedOnFocus.current) e.preventDefault();
              selectedOnFocus.current = false;
            }}
          />
          <div className="field-with-action">
            <SelectField
              label="Client"
              value={form.values.clientId}
              onChange={(v) => form.setField('clientId', v)}
              onBlur={() => form.touch('clientId')}
              error={form.errorFor('clientId')}
              hint={
                prefill
                  ? form.values.clientId !== '' && form.values.clientId === prefill.values.clientId
                    ? 'Reconnu d’après la facture.'
                    : hint('clientId')
                  : clients.length === 0
                    ? 'Aucun client pour l’instant\u00a0: créez-le avec «\u00a0Nouveau client\u00a0».'
                    : undefined
              }
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
          <TextField
            label="Date de facture"
            placeholder="jj/mm/aaaa"
            hint={hint('issueDate')}
            {...bind('issueDate')}
            onChange={(v) => {
              form.setField('issueDate', v);
              followTerm(v, term);
            }}
          />
          <SelectField
            label="Conditions de paiement"
            value={term}
            hint={PAYMENT_TERM_HINTS[term]}
            onChange={(v) => {
              const next = v as PaymentTerm;
              setTerm(next);
              followTerm(form.values.issueDate, next);
            }}
          >
            {PAYMENT_TERMS.map((t) => (
              <option key={t} value={t}>
                {PAYMENT_TERM_LABELS[t]}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Échéance"
            placeholder="jj/mm/aaaa"
            {...bind('dueDate')}
            onChange={(v) => {
              form.setField('dueDate', v);
              setTerm('date');
            }}
            hint={hint('dueDate') ?? (term === 'date' ? 'Date limite de paiement.' : frenchTypography('Suit la date de facture et les conditions de paiement ; saisissez-la pour la fixer.'))}
          />
          <TextField label="Montant TTC" inputMode="decimal" placeholder="1 234,56" hint={hint('amountTtcCents')} {...bind('amountTtcCents')} />
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
        <TextField label="Objet de la facture (ce qui a été fourni)" optional multiline hint={hint('description') ?? 'Repris dans vos lettres de relance.'} {...bind('description')} />
        <TextField label="Notes" optional multiline {...bind('notes')} />
        <FormError message={formError} />
        <FormActions onCancel={onClose} busy={busy} />
      </form>
      {creatingClient && (
        <ClientFormDialog
          initial={prefill?.newClient ?? undefined}
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
