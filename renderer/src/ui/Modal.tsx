import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useAppStore } from '../app/store';

interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Wider layout for forms with two columns. */
  wide?: boolean;
  /** role="alertdialog" for confirmations. */
  alert?: boolean;
  describedBy?: string;
  /**
   * Escape and × ask before closing once the user has typed or chosen something in the dialog (true unless said
   * otherwise). The form's own "Annuler" button closes at once: it says what it does.
   */
  confirmDiscard?: boolean;
}

/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert and
 * keeps focus inside; Escape closes (the innermost dialog only), after asking if data was typed; focus
 * returns where it was.
 */
export function Modal({ title, onClose, children, wide, alert, describedBy, confirmDiscard = true }: ModalProps): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const edited = useRef(false);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const { pushModal, removeModal } = useAppStore.getState();
    pushModal(dialog);
    // Focus the first field rather than the first button (usually a close button).
    const first = dialog.querySelector<HTMLElement>('[data-autofocus], input:not([type=hidden]):not([disabled]), select, textarea');
    first?.focus();
    return () => {
      removeModal(dialog);
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  const requestClose = (): void => {
    if (confirmDiscard && edited.current) setAsking(true);
    else onClose();
  };

  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal-wide' : 'modal'}
      role={alert ? 'alertdialog' : 'dialog'}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onInput={() => {
        edited.current = true;
      }}
      onCancel={(e) => {
        e.preventDefault();
        requestClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          requestClose();
        }
      }}
    >
      <div className="modal-header">
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        <button type="button" className="icon-button" aria-label="Fermer" onClick={() => requestClose()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="modal-body">{children}</div>
      {asking && <DiscardDialog title={title} onKeep={() => setAsking(false)} onDiscard={onClose} />}
    </dialog>
  );
}

/** "Abandonner la saisie ?": Escape or "Continuer la saisie" goes back to the form, as it was. */
function DiscardDialog({ title, onKeep, onDiscard }: { title: string; onKeep(): void; onDiscard(): void }): React.JSX.Element {
  const messageId = useId();
  return (
    <Modal title={'Abandonner la saisie\u202f?'} onClose={onKeep} describedBy={messageId} alert confirmDiscard={false}>
      <p id={messageId}>{`Ce que vous avez saisi dans «\u00a0${title}\u00a0» ne sera pas enregistré.`}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onKeep} data-autofocus>
          Continuer la saisie
        </button>
        <button type="button" className="button button-danger" onClick={onDiscard}>
          Abandonner
        </button>
      </div>
    </Modal>
  );
}
