import { useEffect, useState } from 'react';
import {
  SMTP_DEFAULT_PORTS,
  SMTP_SECURITIES,
  SMTP_SECURITY_LABELS,
  smtpSettingsDraftSchema,
  type SmtpPasswordChange,
  type SmtpSecurity,
  type SmtpStatus,
} from '../../../../shared/channels/smtp';
import { issuesToFields } from '../../../../shared/ipc/zodIssues';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { ApiError, api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { FormError } from '../../ui/FormError';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useSmtpStore } from './smtpStore';
import './Email.css';

interface Values {
  host: string;
  port: string;
  security: SmtpSecurity;
  user: string;
  from: string;
  /** Empty: keep the password the core has (stored encrypted, or in memory for the session). */
  password: string;
}

const valuesOf = (s: SmtpStatus): Values => ({ ...s.settings, port: String(s.settings.port), password: '' });

/** Paramètres › Envoi des e-mails: sending the reminders by SMTP, and « Envoyer un e-mail de test ». */
export function SmtpSettings(): React.JSX.Element | null {
  const status = useSmtpStore((s) => s.status);
  const load = useSmtpStore((s) => s.load);
  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);
  if (!status) return null;
  // Not remounted when the status changes (a save, the test e-mail's save): what the form shows, the test's outcome, stays.
  return <SmtpSettingsForm status={status} />;
}

function SmtpSettingsForm({ status }: { status: SmtpStatus }): React.JSX.Element {
  const setStatus = useSmtpStore((s) => s.setStatus);
  const showToast = useAppStore((s) => s.showToast);
  const [values, setValues] = useState<Values>(() => valuesOf(status));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const saved = valuesOf(status);
  const dirty = (Object.keys(saved) as (keyof Values)[]).some((k) => values[k] !== saved[k]);
  const set = (patch: Partial<Values>): void => setValues((v) => ({ ...v, ...patch }));

  function changeSecurity(security: SmtpSecurity): void {
    // The usual port follows the security, unless the user typed another one.
    const usual = Object.values(SMTP_DEFAULT_PORTS).map(String);
    set({ security, ...(values.port.trim() === '' || usual.includes(values.port.trim()) ? { port: String(SMTP_DEFAULT_PORTS[security]) } : {}) });
  }

  /** Checks the form as the core will, and saves it; false (with the errors shown) when refused. */
  async function save(): Promise<boolean> {
    setFormError(null);
    const port = /^\d{1,5}$/.test(values.port.trim()) ? Number(values.port.trim()) : Number.NaN;
    const password: SmtpPasswordChange = values.password !== '' ? { action: 'set', value: values.password } : { action: 'keep' };
    const draft = { host: values.host, port, security: values.security, user: values.user, from: values.from, password };
    const checked = smtpSettingsDraftSchema.safeParse(draft);
    if (!checked.success) {
      setErrors(issuesToFields(checked.error.issues));
      setFormError('Corrigez les champs signalés avant d’enregistrer.');
      return false;
    }
    setErrors({});
    try {
      const next = await api().call('smtp.save', checked.data);
      setStatus(next);
      setValues(valuesOf(next));
      return true;
    } catch (e) {
      if (e instanceof ApiError) {
        setErrors(e.fields);
        setFormError(e.message);
      } else setFormError('L’enregistrement a échoué.');
      return false;
    }
  }

  async function submit(e: React.FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    setBusy(true);
    setOutcome(null);
    if (await save()) showToast('Envoi des e-mails enregistré');
    setBusy(false);
  }

  async function sendTest(): Promise<void> {
    setBusy(true);
    setOutcome(null);
    try {
      if (dirty && !(await save())) return;
      const result = await api().call('smtp.sendTest', {});
      setOutcome({ ok: true, message: result.message });
    } catch (e) {
      setOutcome({ ok: false, message: e instanceof ApiError ? e.message : 'L’e-mail de test n’a pas pu être envoyé.' });
    } finally {
      setBusy(false);
    }
  }

  async function forget(): Promise<void> {
    setBusy(true);
    setOutcome(null);
    try {
      const next = await api().call('smtp.forget', {});
      setStatus(next);
      setValues(valuesOf(next));
      setErrors({});
      showToast('Envoi direct désactivé, mot de passe effacé');
    } catch (e) {
      setFormError(e instanceof ApiError ? e.message : 'La configuration n’a pas pu être effacée.');
    } finally {
      setBusy(false);
    }
  }

  const passwordHint =
    status.password === 'encrypted'
      ? 'Un mot de passe est enregistré : laissez vide pour le garder.'
      : status.password === 'session'
        ? 'Un mot de passe est gardé pour cette session : laissez vide pour le garder.'
        : undefined;
  return (
    <form className="panel" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="smtp-settings-title">
      <h2 id="smtp-settings-title">Envoi des e-mails</h2>
      <p className="muted">
        {fr(
          'Facultatif : pour envoyer vos relances par e-mail directement depuis Relance (« Envoyer maintenant »), indiquez le serveur d’envoi (SMTP) de votre messagerie. Sans lui, Relance prépare le message et votre messagerie l’envoie.',
        )}
      </p>
      <div className="grid-2">
        <TextField label="Serveur d’envoi (SMTP)" {...field('host')} placeholder="smtp.orange.fr" autoComplete="off" spellCheck={false} />
        <SelectField label="Sécurité de la connexion" value={values.security} onChange={(v) => changeSecurity(v as SmtpSecurity)} error={errors.security}>
          {SMTP_SECURITIES.map((s) => (
            <option key={s} value={s}>
              {SMTP_SECURITY_LABELS[s]}
            </option>
          ))}
        </SelectField>
        <TextField label="Port" {...field('port')} inputMode="numeric" maxLength={5} />
        <TextField label="Identifiant" optional {...field('user')} autoComplete="username" spellCheck={false} hint="Souvent votre adresse e-mail." />
        <TextField label="Mot de passe" optional type="password" {...field('password', 'password.value')} autoComplete="new-password" hint={passwordHint} />
        <TextField
          label="Adresse d’expédition"
          optional
          type="email"
          {...field('from')}
          placeholder={status.effectiveFrom || 'vous@domaine.fr'}
          hint={fr('Vide : votre e-mail de Paramètres › Identité. Les e-mails de test lui sont envoyés.')}
        />
      </div>
      <p className="field-hint">{status.passwordNotice}</p>
      {status.problem && !dirty && (
        <p className="banner banner-warning smtp-outcome" role="status">
          {status.problem}
        </p>
      )}
      {status.configured && !dirty && (
        <p className="field-hint">{fr(`L’envoi direct est prêt, depuis ${status.effectiveFrom} : « Envoyer maintenant » apparaît sur l’écran de l’e-mail.`)}</p>
      )}
      {outcome && (
        <p className={outcome.ok ? 'banner banner-info smtp-outcome' : 'banner banner-error smtp-outcome'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.message}
        </p>
      )}
      <FormError message={formError} />
      <div className="form-actions smtp-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Enregistrer l’envoi des e-mails
        </button>
        <button type="button" className="button" disabled={busy || (values.host.trim() === '' && saved.host === '')} onClick={() => void sendTest()}>
          Envoyer un e-mail de test
        </button>
        {saved.host !== '' && (
          <button type="button" className="button" disabled={busy} onClick={() => void forget()}>
            Ne plus envoyer directement
          </button>
        )}
      </div>
    </form>
  );

  function field(name: keyof Values, errorKey: string = name) {
    return { value: values[name], onChange: (v: string) => set({ [name]: v }), error: errors[errorKey] };
  }
}
