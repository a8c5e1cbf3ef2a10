import { LEGAL_FORM_LABELS, legalFormSchema, type Identity, type LegalForm } from '../../../../shared/ledger/schema';
import { api } from '../../api/client';
import { useCoreSubmit } from '../../ui/useCoreSubmit';
import { AddressFields } from '../../ui/AddressFields';
import { EnvelopePreview } from '../clients';
import { FormError } from '../../ui/FormError';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { validateIdentity } from '../clients';
import { useAppStore } from '../../app/store';
import { DataSettings } from '../data';
import { SchedulerSettings } from '../scheduler';
import { SmtpSettings } from '../channels';
import { DefaultPolicyForm } from '../dunning';
import { ExtraRatesForm } from './ExtraRatesForm';
import { useValidatedForm } from '../../ui/useValidatedForm';
import { focusFirstInvalid } from '../../ui/focusFirstInvalid';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';
import { formatIban } from '../../../../shared/ledger/identifiers';

const LEGAL_FORM_HINTS: Record<LegalForm, string> = {
  ei: frenchTypography('Vos lettres porteront la mention « EI » à côté de votre nom (art. R526-27 du Code de commerce).'),
  societe: 'Indiquez la raison sociale avec sa forme (SARL, SAS…).',
};
const RCS_HINT = frenchTypography('La ville du greffe (« RCS Lyon ») ; laissez vide si vous n’êtes pas inscrit au RCS.');
const SIGNATORY_HINT = frenchTypography('Vide : vos lettres sont signées de votre nom ou raison sociale.');

const validate = (v: Identity) => {
  const r = validateIdentity(v);
  return r.ok ? {} : r.errors;
};

export function SettingsScreen(): React.JSX.Element {
  const identity = useAppStore((s) => s.snapshot?.identity);
  const status = useAppStore((s) => s.status);
  const settings = useAppStore((s) => s.snapshot?.settings);
  if (!identity || !status || !settings) return <></>;
  return (
    <section className="screen" aria-labelledby="settings-title">
      <header className="screen-header">
        <h1 id="settings-title">Paramètres</h1>
      </header>
      <IdentityForm identity={identity} />
      <DefaultPolicyForm key={JSON.stringify(settings.defaultPolicy)} settings={settings} />
      <ExtraRatesForm settings={settings} />
      <LetterTemplatesPanel />
      <SmtpSettings />
      <SchedulerSettings />
      <DataSettings status={status} />
    </section>
  );
}

function LetterTemplatesPanel(): React.JSX.Element {
  const navigate = useAppStore((s) => s.navigate);
  return (
    <section className="panel" aria-labelledby="letter-templates-title">
      <h2 id="letter-templates-title">Modèles de lettres</h2>
      <p className="muted">
        Le texte de chaque ton (rappel amiable, relance ferme, mise en demeure…), pour tous vos clients ou pour l’un d’eux, avec les champs que Relance remplit.
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => navigate({ name: 'templates', clientId: null })}>
          Modifier les modèles de lettres
        </button>
      </div>
    </section>
  );
}

function IdentityForm({ identity }: { identity: Identity }): React.JSX.Element {
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  // The IBAN is stored without spaces and shown in groups of four, as the letters print it.
  const form = useValidatedForm<Identity>(() => ({ ...structuredClone(identity), iban: formatIban(identity.iban) }), validate);
  const { busy, formError, setFormError, run } = useCoreSubmit('L’enregistrement a échoué.');
  const { bind, values } = form;

  async function submit(e: React.FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    const el = e.currentTarget;
    form.setSubmitted(true);
    setFormError(null);
    const r = validateIdentity(form.values);
    if (!r.ok) {
      setFormError('Corrigez les champs signalés avant d’enregistrer.');
      focusFirstInvalid(el);
      return;
    }
    await run(async () => {
      const saved = await api().call('identity.save', r.identity);
      form.setValues((v) => ({ ...v, iban: formatIban(saved.iban), bic: saved.bic }));
      showToast('Paramètres enregistrés');
      void refresh();
    }, (fields) => form.setServerErrors(fields));
  }

  return (
    <form className="panel" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="identity-title">
      <h2 id="identity-title">Votre identité sur les courriers</h2>
      <p className="muted">Ces informations figurent en tête de vos lettres de relance et dans les coordonnées de paiement.</p>
      <div className="grid-2">
        <TextField label="Nom ou raison sociale" {...bind('name')} autoComplete="organization" />
        <TextField label="SIRET" optional inputMode="numeric" {...bind('siret')} />
      </div>
      <div className="grid-2">
        <SelectField
          label="Forme juridique"
          value={values.legalForm}
          onChange={(v) => form.setField('legalForm', v as LegalForm)}
          hint={values.legalForm === 'ei' ? LEGAL_FORM_HINTS.ei : LEGAL_FORM_HINTS.societe}
          error={form.errorFor('legalForm')}
        >
          {legalFormSchema.options.map((f) => (
            <option key={f} value={f}>
              {LEGAL_FORM_LABELS[f]}
            </option>
          ))}
        </SelectField>
        <TextField label="Ville d’immatriculation au RCS" optional {...bind('rcsCity')} hint={RCS_HINT} />
        <TextField label="Signataire des lettres" optional {...bind('signatory')} placeholder={values.name || 'Sophie Laurent, gérante'} hint={SIGNATORY_HINT} />
      </div>
      <div className="address-with-preview">
        <AddressFields bind={bind} />
        <EnvelopePreview name={values.name} contact="" address={values.address} />
      </div>
      <div className="grid-2">
        <TextField label="N° TVA intracommunautaire" optional {...bind('vatNumber')} placeholder="FR40303265045" />
        <TextField label="E-mail" optional type="email" {...bind('email')} autoComplete="email" />
        <TextField label="Téléphone" optional type="tel" {...bind('phone')} autoComplete="tel" />
        <TextField label="IBAN" optional {...bind('iban')} placeholder="FR76 3000 6000 0112 3456 7890 189" />
        <TextField label="BIC" optional {...bind('bic')} placeholder="BNPAFRPPXXX" />
        <TextField label="Lien de paiement" optional type="url" {...bind('paymentLink')} placeholder="https://…" />
      </div>
      <FormError message={formError} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Enregistrer
        </button>
      </div>
    </form>
  );
}
