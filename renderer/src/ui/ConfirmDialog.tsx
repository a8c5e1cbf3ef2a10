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

interface ConfirmActionsProps {
  confirmLabel: string;
  dismissLabel?: string;
  /** Danger for an action that removes or cancels; primary for one that records. */
  tone?: 'danger' | 'primary';
  /** Shown when the action fails without a message of the core. */
  failureMessage?: string;
  onConfirm(): Promise<void>;
  onClose(): void;
}

/**
 * The footer of a confirmation: the dismiss button (focused first, so a stray Enter does nothing) and the action,
 * run inside with its busy state; a refusal of the core (IN_USE…) is shown above the buttons.
 */
export function ConfirmActions({ confirmLabel, dismissLabel = 'Annuler', tone = 'danger', failureMessage = 'L’opération a échoué.', onConfirm, onClose }: ConfirmActionsProps): React.JSX.Element {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
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
          className={`button button-${tone}`}
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            try {
              await onConfirm();
            } catch (e) {
              setError(e instanceof ApiError ? e.message : failureMessage);
              setBusy(false);
            }
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </>
  );
}

/** "Are you sure?" with the action run inside. */
export function ConfirmDialog({ title, message, confirmLabel, dismissLabel, onConfirm, onClose }: ConfirmDialogProps): React.JSX.Element {
  const messageId = useId();
  return (
    <Modal title={title} onClose={onClose} describedBy={messageId} alert>
      <p id={messageId}>{message}</p>
      <ConfirmActions confirmLabel={confirmLabel} dismissLabel={dismissLabel} onConfirm={onConfirm} onClose={onClose} />
    </Modal>
  );
}
