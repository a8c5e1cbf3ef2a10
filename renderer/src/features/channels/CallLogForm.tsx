import { useState } from 'react';
import { CALL_OUTCOME_LABELS } from '../../../../shared/channels/callLog';
import { parseCallTime } from '../../../../shared/channels/timeOfDay';
import type { LetterRequestInput } from '../../../../shared/documents/contract';
import { CALL_OUTCOMES, type CallOutcome } from '../../../../shared/dunning/schema';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { formatFrenchDate, parseFrenchDate } from '../../../../shared/kernel/localDate';
import { api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { useCoreSubmit } from '../../ui/useCoreSubmit';

interface CallLogFormProps {
  request: LetterRequestInput;
  clientName: string;
  /** The app's clock: the call's default day and time. */
  now: { on: string; time: string };
  onLogged(): void;
}

type Errors = Record<string, string>;

/**
 * The call log: when, who answered, what came of it (a promise with its date, a dispute with its subject, no answer,
 * a message left), a note. Recorded on every invoice of the reminder; a promise or a dispute pauses the dunning.
 */
export function CallLogForm({ request, clientName, now, onLogged }: CallLogFormProps): React.JSX.Element {
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [day, setDay] = useState(formatFrenchDate(now.on));
  const [time, setTime] = useState(now.time);
  const [person, setPerson] = useState('');
  const [outcome, setOutcome] = useState<CallOutcome>('promise');
  const [promised, setPromised] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const { busy, formError, setFormError, run } = useCoreSubmit('L’appel n’a pas pu être enregistré.');

  async function submit(ev: React.FormEvent<HTMLFormElement>): Promise<void> {
    ev.preventDefault();
    const e: Errors = {};
    const calledOn = parseFrenchDate(day);
    if (!calledOn.ok) e['call.calledOn'] = calledOn.message;
    const at = parseCallTime(time);
    if (!at) e['call.time'] = fr('Heure de l’appel invalide (exemple : 14:30).');
    const promisedOn = outcome === 'promise' ? parseFrenchDate(promised) : null;
    if (promisedOn && !promisedOn.ok) e['call.promisedOn'] = promised.trim() === '' ? 'Indiquez la date de paiement promise.' : promisedOn.message;
    if (outcome === 'dispute' && note.trim() === '') e['call.note'] = 'Précisez l’objet du litige.';
    setErrors(e);
    if (Object.keys(e).length > 0 || !calledOn.ok || !at) {
      setFormError('Corrigez les champs signalés.');
      return;
    }
    setFormError(null);
    const call = {
      calledOn: calledOn.value,
      time: at,
      person: outcome === 'no-answer' ? '' : person.trim(),
      outcome,
      ...(promisedOn?.ok ? { promisedOn: promisedOn.value } : {}),
      note: note.trim(),
    };
    await run(
      async () => {
        await api().call('calls.log', { request, call });
        showToast(fr(`Appel à ${clientName} enregistré : ${CALL_OUTCOME_LABELS[outcome].toLowerCase()}.`));
        await refresh();
        onLogged();
      },
      (fields) => setErrors(fields),
    );
  }

  return (
    <form className="call-log" noValidate aria-label="Compte rendu de l’appel" onSubmit={(e) => void submit(e)}>
      <h2 className="channel-heading">Compte rendu de l’appel</h2>
      <div className="grid-2">
        <TextField label="Date de l’appel" placeholder="jj/mm/aaaa" value={day} onChange={setDay} error={errors['call.calledOn']} />
        <TextField label="Heure" placeholder="14:30" value={time} onChange={setTime} error={errors['call.time']} />
      </div>
      <fieldset className="fieldset">
        <legend className="field-label">Issue de l’appel</legend>
        <div className="radio-row call-outcomes">
          {CALL_OUTCOMES.map((o) => (
            <label key={o} className="radio">
              <input type="radio" name="call-outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
              {CALL_OUTCOME_LABELS[o]}
            </label>
          ))}
        </div>
      </fieldset>
      {outcome !== 'no-answer' && <TextField label="Personne jointe" optional value={person} onChange={setPerson} placeholder="Mme Dupré, comptabilité" />}
      {outcome === 'promise' && (
        <TextField
          label="Paiement promis le"
          placeholder="jj/mm/aaaa"
          value={promised}
          onChange={setPromised}
          error={errors['call.promisedOn']}
          hint="Les relances sont mises en pause jusqu’à cette date."
        />
      )}
      <TextField
        label={outcome === 'dispute' ? 'Objet du litige' : 'Note'}
        optional={outcome !== 'dispute'}
        multiline
        value={note}
        onChange={setNote}
        error={errors['call.note']}
        hint={outcome === 'dispute' ? 'Les relances sont mises en pause pendant le litige.' : undefined}
      />
      <FormError message={formError} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Enregistrer l’appel
        </button>
      </div>
    </form>
  );
}
