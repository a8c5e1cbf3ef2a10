import { CHANNEL_LABELS, describeLevelTiming, TONE_LABELS } from '../../../../shared/dunning/levels';
import { DUNNING_CHANNELS, type DunningChannel, type DunningLevel, type DunningPolicy } from '../../../../shared/dunning/schema';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import './PolicyEditor.css';

interface PolicyEditorProps {
  policy: DunningPolicy;
  onChange(policy: DunningPolicy): void;
  /** 'levels.1.offsetDays' → French message. */
  errors: Record<string, string>;
}

const toDays = (v: string): number => (v.trim() === '' ? Number.NaN : Number(v));
const fromDays = (n: number | null): string => (n === null || Number.isNaN(n) ? '' : String(n));

/** Edits the levels of a dunning policy: one group per level (active, name, delay, channel, payment deadline). */
export function PolicyEditor({ policy, onChange, errors }: PolicyEditorProps): React.JSX.Element {
  const set = (i: number, patch: Partial<DunningLevel>): void => onChange({ levels: policy.levels.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  return (
    <div>
      {policy.levels.map((level, i) => (
        <fieldset key={level.id} className="policy-level">
          <legend>
            Étape {i + 1}{'\u00a0'}: {TONE_LABELS[level.tone]}
          </legend>
          <div className="policy-grid">
            <label className="checkbox">
              <input type="checkbox" checked={level.enabled} onChange={(e) => set(i, { enabled: e.target.checked })} />
              Active
            </label>
            <TextField label="Nom de l’étape" value={level.label} onChange={(v) => set(i, { label: v })} error={errors[`levels.${i}.label`]} />
            <TextField
              label="Délai (jours)"
              type="number"
              min={0}
              max={365}
              inputMode="numeric"
              value={fromDays(level.offsetDays)}
              onChange={(v) => set(i, { offsetDays: toDays(v) })}
              hint={Number.isNaN(level.offsetDays) ? undefined : describeLevelTiming(level)}
              error={errors[`levels.${i}.offsetDays`]}
            />
            <SelectField label="Moyen d’envoi" value={level.channel} onChange={(v) => set(i, { channel: v as DunningChannel })} error={errors[`levels.${i}.channel`]}>
              {DUNNING_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABELS[c]}
                </option>
              ))}
            </SelectField>
            {level.tone === 'formal' ? (
              <TextField
                label="Délai de paiement accordé (jours)"
                type="number"
                min={0}
                max={365}
                inputMode="numeric"
                value={fromDays(level.paymentDeadlineDays)}
                onChange={(v) => set(i, { paymentDeadlineDays: v.trim() === '' ? null : toDays(v) })}
                error={errors[`levels.${i}.paymentDeadlineDays`]}
              />
            ) : (
              <span />
            )}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
