import { useId, useState } from 'react';
import type { StatementBatchPrepared } from '../../../../shared/documents/statementsContract';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { formatFrenchDate, parseFrenchDate } from '../../../../shared/kernel/localDate';
import { ApiError, api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { ConfirmActions } from '../../ui/ConfirmDialog';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';

interface Props {
  batch: StatementBatchPrepared;
  today: string;
  onClose(): void;
  onSent(): void;
}

const CHANNELS = [
  { value: 'letter', label: 'Par courrier' },
  { value: 'email', label: 'Par e-mail' },
  { value: 'hand', label: 'Remis en main propre' },
] as const;

/**
 * « Marquer comme envoyés » for a batch of statements: one way and one date for all. Each statement is archived by
 * its hash on its client, as a statement sent alone is; all are recorded, or none.
 */
export function StatementsBatchSendDialog({ batch, today, onClose, onSent }: Props): React.JSX.Element {
  const descriptionId = useId();
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]['value']>('letter');
  const [sentOn, setSentOn] = useState(formatFrenchDate(today));
  const [dateError, setDateError] = useState<string | undefined>();
  const count = batch.statements.length;
  const what = count > 1 ? `les ${count} relevés` : 'le relevé';
  const title = count > 1 ? `Marquer les ${count} relevés comme envoyés\u202f?` : 'Marquer le relevé comme envoyé\u202f?';

  return (
    <Modal title={title} onClose={onClose} describedBy={descriptionId} alert>
      <p id={descriptionId}>
        {fr(
          count > 1
            ? `Chaque relevé sera archivé tel que vous l’avez vu (son empreinte SHA-256 est gardée) et noté comme envoyé sur la fiche de son client. Les ${count} relevés sont enregistrés ensemble : si l’un ne peut pas l’être, aucun ne l’est.`
            : 'Le relevé sera archivé tel que vous l’avez vu (son empreinte SHA-256 est gardée) et noté comme envoyé sur la fiche du client.',
        )}
      </p>
      <fieldset className="fieldset">
        <legend>Envoi</legend>
        {CHANNELS.map((c) => (
          <label key={c.value} className="radio-row">
            <input type="radio" name="statements-batch-channel" value={c.value} checked={channel === c.value} onChange={() => setChannel(c.value)} />
            {c.label}
          </label>
        ))}
      </fieldset>
      <TextField label="Date d’envoi" placeholder="jj/mm/aaaa" inputMode="numeric" value={sentOn} onChange={setSentOn} error={dateError} />
      <ConfirmActions
        confirmLabel={count > 1 ? `Marquer les ${count} relevés comme envoyés` : 'Marquer le relevé comme envoyé'}
        tone="primary"
        failureMessage={fr(`${what.charAt(0).toUpperCase()}${what.slice(1)} n’${count > 1 ? 'ont' : 'a'} pas pu être enregistré${count > 1 ? 's' : ''}.`)}
        onClose={onClose}
        onConfirm={async () => {
          const date = parseFrenchDate(sentOn);
          const problem = !date.ok ? date.message : date.value < batch.asOf ? 'Un relevé ne peut pas être envoyé avant sa date.' : undefined;
          setDateError(problem);
          // The field says what is wrong; the line above the buttons only points to it.
          if (problem || !date.ok) throw new ApiError('INVALID_INPUT', 'Vérifiez la date d’envoi.');
          try {
            await api().call('statements.batchSend', { batchId: batch.batchId, channel, sentOn: date.value });
          } catch (e) {
            if (e instanceof ApiError && e.fields.sentOn) {
              setDateError(e.fields.sentOn);
              throw new ApiError('INVALID_INPUT', 'Vérifiez la date d’envoi.');
            }
            throw e;
          }
          showToast(fr(count > 1 ? `${count} relevés archivés et enregistrés comme envoyés` : 'Relevé archivé et enregistré comme envoyé'));
          await refresh();
          onSent();
        }}
      />
    </Modal>
  );
}
