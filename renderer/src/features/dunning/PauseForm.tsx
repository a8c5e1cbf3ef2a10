import { useState } from 'react';
import { parseFrenchDate } from '../../../../shared/kernel/localDate';
import type { DunningPause, DunningPauseKind } from '../../../../shared/dunning/schema';
import { parseEuroAmount } from '../../../../shared/kernel/money';
import { api } from '../../api/client';
import { useCoreSubmit } from '../../ui/useCoreSubmit';
import { FormError } from '../../ui/FormError';
import { FormActions } from '../../ui/FormActions';
import { TextField } from '../../ui/TextField';
import { useAppStore } from '../../app/store';

const KINDS: { kind: DunningPauseKind; label: string }[] = [
  { kind: 'dispute', label: 'Litige' },
  { kind: 'promise', label: 'Promesse de paiement' },
  { kind: 'plan', label: 'Plan de paiement' },
];

type Errors = Record<string, string>;

/** Suspends the reminders of an invoice: a dispute (with its object), a promise (with its date) or a plan (instalments). */
export function PauseForm({ invoiceId, onDone }: { invoiceId: string; onDone(): void }): React.JSX.Element {
  const today = useAppStore((s) => s.status?.today ?? '');
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [kind, setKind] = useState<DunningPauseKind>('dispute');
  const [note, setNote] = useState('');
  const [until, setUntil] = useState('');
  const [rows, setRows] = useState([{ date: '', amount: '' }]);
  const [errors, setErrors] = useState<Errors>({});
  const { busy, formError, setFormError, run } = useCoreSubmit('La mise en pause a échoué.');
  /** An edited field loses its error; the others keep theirs until the next submit. */
  const edited = (key: string) => {
    setFormError(null);
    setErrors((current) => {
      if (!(key in current)) return current;
      const { [key]: _removed, ...rest } = current;
      return rest;
    });
  };

  function build(): { pause: DunningPause | null; errors: Errors } {
    const e: Errors = {};
    if (kind === 'dispute') {
      if (!note.trim()) e['pause.note'] = 'Précisez l’objet du litige.';
      return { pause: e['pause.note'] ? null : { kind, since: today, note: note.trim() }, errors: e };
    }
    if (kind === 'promise') {
      const d = parseFrenchDate(until);
      if (!d.ok) e['pause.until'] = d.message;
      return { pause: d.ok ? { kind, since: today, until: d.value, note: note.trim() } : null, errors: e };
    }
    const instalments = rows.map((r, i) => {
      const d = parseFrenchDate(r.date);
      const a = parseEuroAmount(r.amount);
      if (!d.ok) e[`pause.instalments.${i}.dueDate`] = d.message;
      if (!a.ok) e[`pause.instalments.${i}.amountCents`] = a.message;
      return { dueDate: d.ok ? d.value : '', amountCents: a.ok ? a.value : 0 };
    });
    return { pause: Object.keys(e).length ? null : { kind, since: today, instalments, note: note.trim() }, errors: e };
  }

  async function submit(ev: React.FormEvent<HTMLFormElement>): Promise<void> {
    ev.preventDefault();
    setFormError(null);
    const { pause, errors: e } = build();
    setErrors(e);
    if (!pause) {
      setFormError('Corrigez les champs signalés.');
      return;
    }
    await run(async () => {
      await api().call('invoices.setPause', { invoiceId, pause });
      showToast('Relances mises en pause');
      onDone();
      await refresh();
    }, (fields) => setErrors(fields));
  }

  return (
    <form className="subform" noValidate onSubmit={(e) => void submit(e)} aria-label="Mettre en pause les relances">
      <fieldset className="fieldset">
        <legend className="field-label">Motif de la pause</legend>
        <div className="radio-row">
          {KINDS.map((k) => (
            <label key={k.kind} className="radio">
              <input type="radio" name="pause-kind" value={k.kind} checked={kind === k.kind} onChange={() => setKind(k.kind)} />
              {k.label}
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'promise' && <TextField label="Paiement promis le" placeholder="jj/mm/aaaa" value={until} onChange={(v) => { setUntil(v); edited('pause.until'); }} error={errors['pause.until']} />}
      {kind === 'plan' && (
        <fieldset className="fieldset">
          <legend className="field-label">Échéances du plan</legend>
          {errors['pause.instalments'] && <p className="field-error">{errors['pause.instalments']}</p>}
          {rows.map((r, i) => (
            <div key={i} className="instalment-row">
              <TextField
                label={`Date de l’échéance ${i + 1}`}
                placeholder="jj/mm/aaaa"
                value={r.date}
                onChange={(v) => { setRows(rows.map((x, j) => (j === i ? { ...x, date: v } : x))); edited(`pause.instalments.${i}.dueDate`); }}
                error={errors[`pause.instalments.${i}.dueDate`]}
              />
              <TextField
                label={`Montant de l’échéance ${i + 1}`}
                inputMode="decimal"
                value={r.amount}
                onChange={(v) => { setRows(rows.map((x, j) => (j === i ? { ...x, amount: v } : x))); edited(`pause.instalments.${i}.amountCents`); }}
                error={errors[`pause.instalments.${i}.amountCents`]}
              />
              <button
                type="button"
                className="button button-small button-ghost instalment-remove"
                disabled={rows.length === 1}
                onClick={() => setRows(rows.filter((_, j) => j !== i))}
              >
                Retirer l’échéance {i + 1}
              </button>
            </div>
          ))}
          <button type="button" className="button button-small" onClick={() => setRows([...rows, { date: '', amount: '' }])}>
            Ajouter une échéance
          </button>
        </fieldset>
      )}
      <TextField
        label={kind === 'dispute' ? 'Objet du litige' : 'Note de la pause'}
        optional={kind !== 'dispute'}
        multiline
        value={note}
        onChange={(v) => {
          setNote(v);
          edited('pause.note');
        }}
        error={errors['pause.note']}
      />
      <FormError message={formError} />
      <FormActions onCancel={onDone} busy={busy} submitLabel="Mettre en pause" />
    </form>
  );
}
