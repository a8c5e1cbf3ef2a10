import { useState } from 'react';
import { formatFrenchDate, parseFrenchDate } from '../../../shared/dates/localDate';
import { CHANNEL_LABELS } from '../../../shared/dunning/levels';
import { DUNNING_CHANNELS, type DunningChannel, type DunningPolicy } from '../../../shared/dunning/schema';
import { api } from '../api/client';
import { useCoreSubmit } from '../state/useCoreSubmit';
import { FormError } from '../components/FormError';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useAppStore } from '../state/store';

interface Props {
  invoiceId: string;
  policy: DunningPolicy;
  /** The level proposed by the engine (preselected). */
  proposedLevelId: string | null;
}

/** Records a reminder sent on another day, or by another channel, than proposed. */
export function RecordReminderForm({ invoiceId, policy, proposedLevelId }: Props): React.JSX.Element {
  const today = useAppStore((s) => s.status?.today ?? '');
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const initialLevel = policy.levels.find((l) => l.id === proposedLevelId) ?? policy.levels[0]!;
  const [levelId, setLevelId] = useState(initialLevel.id);
  const [channel, setChannel] = useState<DunningChannel>(initialLevel.channel);
  const [date, setDate] = useState(formatFrenchDate(today));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, formError, setFormError, run } = useCoreSubmit('L’enregistrement de la relance a échoué.');

  async function submit(e: React.FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    setFormError(null);
    const parsed = parseFrenchDate(date);
    if (!parsed.ok) {
      setErrors({ sentOn: parsed.message });
      return;
    }
    if (parsed.value > today) {
      setErrors({ sentOn: 'Une relance ne peut pas être datée de demain ou plus tard.' });
      return;
    }
    setErrors({});
    await run(async () => {
      await api().call('invoices.recordReminder', { invoiceId, levelId, sentOn: parsed.value, channel, note });
      showToast('Relance enregistrée');
      setNote('');
      await refresh();
    }, (fields) => setErrors(fields));
  }

  return (
    <details className="subform">
      <summary>Enregistrer une relance envoyée à une autre date ou par un autre moyen</summary>
      <form noValidate onSubmit={(e) => void submit(e)} aria-label="Enregistrer une relance envoyée">
        <div className="grid-2">
          <SelectField
            label="Étape envoyée"
            value={levelId}
            error={errors.levelId}
            onChange={(v) => {
              setLevelId(v);
              const l = policy.levels.find((x) => x.id === v);
              if (l) setChannel(l.channel);
            }}
          >
            {policy.levels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </SelectField>
          <TextField label="Date d’envoi" placeholder="jj/mm/aaaa" value={date} onChange={setDate} error={errors.sentOn} />
          <SelectField label="Moyen d’envoi" value={channel} onChange={(v) => setChannel(v as DunningChannel)} error={errors.channel}>
            {DUNNING_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </SelectField>
          <TextField label="Note de la relance" optional value={note} onChange={setNote} error={errors.note} />
        </div>
        <FormError message={formError} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            Enregistrer la relance
          </button>
        </div>
      </form>
    </details>
  );
}
