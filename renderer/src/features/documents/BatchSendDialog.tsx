import { useId, useState } from 'react';
import type { BatchPrepared } from '../../../../shared/documents/contract';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { formatFrenchDate, parseFrenchDate } from '../../../../shared/kernel/localDate';
import { ApiError, api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { ConfirmActions } from '../../ui/ConfirmDialog';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';
import { registeredNumberErrors } from './batchForm';

interface Props {
  batch: BatchPrepared;
  today: string;
  onClose(): void;
  onSent(): void;
}

/**
 * « Marquer les lettres comme envoyées » for a batch: one posting date for all, and for a registered batch the number
 * of each letter's recommandé (checked as it is typed out, and again by the core). All are recorded, or none.
 */
export function BatchSendDialog({ batch, today, onClose, onSent }: Props): React.JSX.Element {
  const descriptionId = useId();
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const registered = batch.channel === 'registered-letter';
  const [sentOn, setSentOn] = useState(formatFrenchDate(today));
  const [dateError, setDateError] = useState<string | undefined>();
  const [numbers, setNumbers] = useState<string[]>(() => batch.letters.map(() => ''));
  const [touched, setTouched] = useState<Set<number>>(() => new Set());
  const [coreErrors, setCoreErrors] = useState<Record<number, string>>({});
  const [submitted, setSubmitted] = useState(false);
  const localErrors = registered ? registeredNumberErrors(numbers) : {};
  const errorOf = (i: number): string | undefined => coreErrors[i] ?? (submitted || touched.has(i) ? localErrors[i] : undefined);
  const count = batch.letters.length;

  return (
    <Modal title={`Marquer les ${count} lettres comme envoyées\u202f?`} onClose={onClose} describedBy={descriptionId} alert wide>
      <p id={descriptionId}>
        {fr(
          `Chaque lettre sera archivée telle que vous l’avez vue (son empreinte SHA-256 est gardée) et notée comme envoyée ${registered ? 'en recommandé avec accusé de réception' : 'par courrier simple'} sur ses factures. Les ${count} lettres sont enregistrées ensemble : si l’une ne peut pas l’être, aucune ne l’est.`,
        )}
      </p>
      <TextField label="Date de dépôt à La Poste" placeholder="jj/mm/aaaa" value={sentOn} onChange={setSentOn} error={dateError} />
      {registered && (
        <fieldset className="batch-numbers">
          <legend>Numéros des recommandés</legend>
          <p className="field-hint">{fr('Le numéro est sur l’étiquette ou la preuve de dépôt de chaque recommandé (exemple : 1A 123 456 7890 1, ou RR123456785FR à l’international).')}</p>
          <ol className="batch-number-list">
            {batch.letters.map((l, i) => (
              <li key={l.index}>
                <TextField
                  label={fr(`Lettre ${i + 1} — ${l.clientName} (${l.invoiceNumbers.join(', ')})`)}
                  placeholder="1A 123 456 7890 1"
                  value={numbers[i] ?? ''}
                  onChange={(v) => {
                    setNumbers((all) => all.map((n, j) => (j === i ? v : n)));
                    setCoreErrors((e) => {
                      const { [i]: _dropped, ...rest } = e;
                      return rest;
                    });
                  }}
                  onBlur={() => setTouched((t) => new Set(t).add(i))}
                  error={errorOf(i)}
                  autoComplete="off"
                  spellCheck={false}
                />
              </li>
            ))}
          </ol>
        </fieldset>
      )}
      <ConfirmActions
        confirmLabel={`Marquer les ${count} lettres comme envoyées`}
        tone="primary"
        failureMessage="Les lettres n’ont pas pu être enregistrées."
        onClose={onClose}
        onConfirm={async () => {
          setSubmitted(true);
          const date = parseFrenchDate(sentOn);
          setDateError(date.ok ? undefined : date.message);
          if (!date.ok) throw new ApiError('INVALID_INPUT', date.message);
          const bad = Object.keys(localErrors).length;
          if (bad > 0) {
            requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.batch-number-list input[aria-invalid="true"]')?.focus());
            throw new ApiError('INVALID_INPUT', fr(bad > 1 ? `Vérifiez les numéros des recommandés : ${bad} sont à corriger.` : 'Vérifiez le numéro du recommandé signalé.'));
          }
          try {
            await api().call('letters.batchSend', { batchId: batch.batchId, channel: batch.channel, sentOn: date.value, ...(registered ? { registeredNumbers: numbers } : {}) });
          } catch (e) {
            if (e instanceof ApiError) {
              const fromCore: Record<number, string> = {};
              for (const [path, message] of Object.entries(e.fields)) {
                const m = /^registeredNumbers\.(\d+)$/.exec(path);
                if (m) fromCore[Number(m[1])] = message;
              }
              setCoreErrors(fromCore);
              if (e.fields.sentOn) setDateError(e.fields.sentOn);
            }
            throw e;
          }
          showToast(fr(`${count} lettres archivées et enregistrées comme envoyées`));
          await refresh();
          onSent();
        }}
      />
    </Modal>
  );
}
