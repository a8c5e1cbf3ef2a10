import { useId, useState } from 'react';
import { ApiError } from '../api/client';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  /** The button that closes without doing anything ("Annuler"; "Ne pas annuler" when the action itself cancels). */
  dismissLabel?: string;
  onConfirm(): Promise<void>;
  onClose(): void;
}

/** "Are you sure?" with the action run inside: a refusal of the core (IN_USE…) is shown in the dialog. */
export function ConfirmDialog({ title, message, confirmLabel, dismissLabel = 'Annuler', onConfirm, onClose }: ConfirmDialogProps): React.JSX.Element {
  const messageId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Modal title={title} onClose={onClose} describedBy={messageId} alert>
      <p id={messageId}>{message}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {dismissLabel}
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            try {
              await onConfirm();
            } catch (e) {
              setError(e instanceof ApiError ? e.message : 'L’opération a échoué.');
              setBusy(false);
            }
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}

