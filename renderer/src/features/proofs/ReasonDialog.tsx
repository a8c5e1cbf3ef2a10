import { useId, useState } from 'react';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { ApiError } from '../../api/client';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  /** Sends the cancellation with the reason typed (never empty). */
  onConfirm(reason: string): Promise<void>;
  onClose(): void;
}

/**
 * The withdrawal of something kept as proof (a reminder, a postal event): it stays in the history, and a new entry
 * says why. The reason is required (its field has the focus; Enter there withdraws nothing).
 */
export function ReasonDialog({ title, message, confirmLabel, onConfirm, onClose }: Props): React.JSX.Element {
  const messageId = useId();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm(): Promise<void> {
    setError(null);
    if (reason.trim() === '') {
      setFieldError(fr('Indiquez pourquoi vous retirez cette saisie : le motif reste dans l’historique.'));
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      await onConfirm(reason.trim());
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Le retrait n’a pas pu être enregistré.');
      setBusy(false);
    }
  }

  return (
    <Modal title={title} onClose={onClose} describedBy={messageId} alert>
      <p id={messageId}>{message}</p>
      <TextField label="Motif du retrait" value={reason} onChange={setReason} error={fieldError} placeholder={fr('Par exemple : saisie sur la mauvaise facture')} maxLength={500} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Annuler
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
