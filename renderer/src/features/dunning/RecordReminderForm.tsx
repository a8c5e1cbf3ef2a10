import { useState } from 'react';
import { formatFrenchDate, parseFrenchDate } from '../../../../shared/kernel/localDate';
import { CHANNEL_LABELS } from '../../../../shared/dunning/levels';
import { DUNNING_CHANNELS, type DunningChannel, type DunningLevel } from '../../../../shared/dunning/schema';
import { api, ApiError } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useAppStore } from '../../app/store';
import { ConfirmReminderDialog, type ReminderToRecord } from './ConfirmReminderDialog';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';

interface Props {
  invoiceId: string;
  /** The levels that can be recorded: the client's policy, or the claim of the late charges of an invoice paid late. */
  levels: readonly DunningLevel[];
  /** The level proposed by the engine (preselected). */
  proposedLevelId: string | null;
}

/**
 * Records a reminder sent on another day, or by another channel, than proposed. Submitting (a click or Enter in a
 * field) opens the confirmation that states what will be recorded; nothing is written before it is confirmed.
 */
export function RecordReminderForm({ invoiceId, levels, proposedLevelId }: Props): React.JSX.Element {
  const today = useAppStore((s) => s.status?.today ?? '');
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const initialLevel = levels.find((l) => l.id === proposedLevelId) ?? levels[0]!;
  const [levelId, setLevelId] = useState(initialLevel.id);
  const [channel, setChannel] = useState<DunningChannel>(initialLevel.channel);
  const [date, setDate] = useState(formatFrenchDate(today));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<ReminderToRecord | null>(null);
  const level = levels.find((l) => l.id === levelId) ?? initialLevel;

  function submit(e: React.FormEvent<HTMLFormElement>): void {
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
    setConfirming({ invoiceId, level, sentOn: parsed.value, channel, note: note.trim() });
  }

  return (
    <details className="subform">
      <summary>Enregistrer une relance envoyée à une autre date ou par un autre moyen</summary>
      <form noValidate onSubmit={submit} aria-label="Enregistrer une relance envoyée">
        <div className="grid-2">
          <SelectField
            label="Étape envoyée"
            value={levelId}
            error={errors.levelId}
            onChange={(v) => {
              setLevelId(v);
              const l = levels.find((x) => x.id === v);
              if (l) setChannel(l.channel);
            }}
          >
            {levels.map((l) => (
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
          <button type="submit" className="button">
            Enregistrer la relance…
          </button>
        </div>
      </form>
      {confirming && (
        <ConfirmReminderDialog
          reminder={confirming}
          onClose={() => setConfirming(null)}
          onConfirm={async () => {
            try {
              await api().call('invoices.recordReminder', {
                invoiceId,
                levelId: confirming.level.id,
                sentOn: confirming.sentOn,
                channel: confirming.channel,
                note: confirming.note,
              });
            } catch (error) {
              // A refusal about a field goes back to the form, beside the field.
              if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
                setErrors(error.fields);
                setFormError(error.message);
                setConfirming(null);
                return;
              }
              throw error;
            }
            setConfirming(null);
            setNote('');
            showToast(frenchTypography(`« ${confirming.level.label} » enregistrée`));
            await refresh();
          }}
        />
      )}
    </details>
  );
}
