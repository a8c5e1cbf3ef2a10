import { useId } from 'react';
import type { Client } from '../../../../shared/ledger/schema';
import { api } from '../../api/client';
import { useCoreSubmit } from '../../ui/useCoreSubmit';
import { AddressFields } from '../../ui/AddressFields';
import { EnvelopePreview } from './EnvelopePreview';
import { FormError } from '../../ui/FormError';
import { FormActions } from '../../ui/FormActions';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';
import { clientToForm, newClientForm, validateClientForm, type ClientFormValues } from './clientForm';
import { useAppStore } from '../../app/store';
import { useValidatedForm } from '../../ui/useValidatedForm';
import { focusFirstInvalid } from '../../ui/focusFirstInvalid';

interface ClientFormDialogProps {
  clientId?: string | undefined;
  onClose(): void;
  onSaved?(client: Client): void;
  /** A new client's fields proposed by the caller (a client read from an invoice file), for the user to check. */
  initial?: Partial<ClientFormValues> | undefined;
}

const validate = (v: ClientFormValues) => {
  const result = validateClientForm(v);
  return result.ok ? {} : result.errors;
};

export function ClientFormDialog({ clientId, onClose, onSaved, initial }: ClientFormDialogProps): React.JSX.Element {
  const existing = useAppStore((s) => (clientId ? s.snapshot?.clients.find((c) => c.id === clientId) : undefined));
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const form = useValidatedForm<ClientFormValues>(() => (existing ? clientToForm(existing) : { ...newClientForm(), ...initial }), validate);
  const { busy, formError, setFormError, run } = useCoreSubmit('L’enregistrement a échoué.');
  const kindHintId = useId();
  const kindError = form.errorFor('kind');

  async function submit(e: React.FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    e.stopPropagation();
    const formElement = e.currentTarget;
    form.setSubmitted(true);
    setFormError(null);
    const result = validateClientForm(form.values, existing?.id);
    if (!result.ok) {
      setFormError('Corrigez les champs signalés avant d’enregistrer.');
      focusFirstInvalid(formElement);
      return;
    }
    await run(async () => {
      const saved = await api().call('clients.save', result.draft);
      showToast('Client enregistré');
      void refresh();
      onSaved?.(saved);
      onClose();
    }, (fields) => form.setServerErrors(fields));
  }

  const { bind, values } = form;
  return (
    <Modal title={existing ? `Modifier le client ${existing.name}` : 'Nouveau client'} onClose={onClose} wide>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <fieldset className="fieldset" aria-describedby={kindHintId}>
          <legend>Type de client</legend>
          <div className="radio-row">
            {(
              [
                ['business', 'Professionnel'],
                ['private', 'Particulier'],
              ] as const
            ).map(([kind, label]) => (
              <label key={kind} className="radio">
                <input
                  type="radio"
                  name="client-kind"
                  value={kind}
                  checked={values.kind === kind}
                  onChange={() => form.setField('kind', kind)}
                />
                {label}
              </label>
            ))}
          </div>
          <p id={kindHintId} className="field-hint">
            Le type change le droit applicable{'\u00a0'}: un professionnel doit, en cas de retard, des pénalités et l’indemnité forfaitaire de
            40{'\u00a0'}€ pour frais de recouvrement{'\u202f'}; un particulier relève du droit de la consommation (intérêts au taux légal, pas
            d’indemnité de 40{'\u00a0'}€).
          </p>
          {kindError && <p className="field-error">{kindError}</p>}
        </fieldset>

        <div className="grid-2">
          <TextField label="Nom ou raison sociale" {...bind('name')} autoComplete="organization" />
          <TextField label="Contact" optional hint="Personne à qui adresser les courriers." {...bind('contactName')} />
        </div>

        <div className="address-with-preview">
          <AddressFields bind={bind} />
          <EnvelopePreview name={values.name} contact={values.contactName} address={values.address} />
        </div>

        <div className="grid-2">
          <TextField label="E-mail" optional type="email" {...bind('email')} autoComplete="email" />
          <TextField label="Téléphone" optional type="tel" {...bind('phone')} autoComplete="tel" />
          <TextField label="SIRET" optional inputMode="numeric" hint="14 chiffres." {...bind('siret')} />
        </div>
        <TextField label="Notes" optional multiline {...bind('notes')} />
        <FormError message={formError} />
        <FormActions onCancel={onClose} busy={busy} />
      </form>
    </Modal>
  );
}
