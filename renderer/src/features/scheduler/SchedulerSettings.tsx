import './Scheduler.css';
import { useState } from 'react';
import { MORNING_TIME, MORNING_TIME_MESSAGE, type SchedulerSettings as Settings } from '../../../../shared/scheduler/schema';
import { normalizeMorningTime } from '../../../../shared/scheduler/timing';
import { api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { useCoreSubmit } from '../../ui/useCoreSubmit';
import { useSchedulerStore } from './schedulerStore';

/** Paramètres › Vérifications automatiques: the morning hour, the notifications, the tray and the start at login. */
export function SchedulerSettings(): React.JSX.Element | null {
  const status = useSchedulerStore((s) => s.status);
  if (!status) return null;
  return <SchedulerSettingsForm key={JSON.stringify(status.settings)} settings={status.settings} desktop={status.desktop} />;
}

function SchedulerSettingsForm({ settings, desktop }: { settings: Settings; desktop: boolean }): React.JSX.Element {
  const [values, setValues] = useState(settings);
  const [timeError, setTimeError] = useState<string | undefined>();
  const { busy, formError, setFormError, run } = useCoreSubmit('L’enregistrement a échoué.');
  const showToast = useAppStore((s) => s.showToast);
  const set = (patch: Partial<Settings>): void => setValues((v) => ({ ...v, ...patch }));

  async function submit(e: React.FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    setFormError(null);
    const morningTime = normalizeMorningTime(values.morningTime);
    if (!MORNING_TIME.test(morningTime)) {
      setTimeError(MORNING_TIME_MESSAGE);
      e.currentTarget.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    setTimeError(undefined);
    await run(async () => {
      useSchedulerStore.getState().setStatus(await api().call('scheduler.saveSettings', { ...values, morningTime }));
      showToast('Vérifications automatiques enregistrées');
    }, (fields) => setTimeError(fields.morningTime));
  }

  const desktopOnly = desktop ? undefined : 'Dans l’application de bureau seulement.';
  return (
    <form className="panel" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="scheduler-settings-title">
      <h2 id="scheduler-settings-title">Vérifications automatiques</h2>
      <p className="muted">
        Relance vérifie chaque jour, et à chaque modification, quelles relances sont à envoyer. Elle n’envoie rien d’elle-même&nbsp;: elle vous prévient, une seule
        fois par relance.
      </p>
      <TextField
          className="scheduler-time"
          label="Heure de la vérification du matin"
          inputMode="numeric"
          placeholder="09:00"
          maxLength={5}
          value={values.morningTime}
          onChange={(morningTime) => set({ morningTime })}
          error={timeError}
          hint="La notification du jour n’est pas donnée avant cette heure."
        />
      <label className="scheduler-option">
        <input type="checkbox" checked={values.notifications} onChange={(e) => set({ notifications: e.target.checked })} />
        Me prévenir des relances à envoyer (notification)
      </label>
      <label className="scheduler-option">
        <input type="checkbox" checked={values.keepRunningInTray} onChange={(e) => set({ keepRunningInTray: e.target.checked })} disabled={!desktop} />
        Garder Relance dans la zone de notification quand la fenêtre est fermée
      </label>
      <label className="scheduler-option">
        <input type="checkbox" checked={values.startAtLogin} onChange={(e) => set({ startAtLogin: e.target.checked })} disabled={!desktop} />
        Lancer Relance à l’ouverture de la session, dans la zone de notification
      </label>
      {desktopOnly && <p className="field-hint">{desktopOnly}</p>}
      <FormError message={formError} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Enregistrer les vérifications
        </button>
      </div>
    </form>
  );
}
