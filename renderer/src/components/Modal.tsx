import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useAppStore } from '../state/store';

interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Wider layout for forms with two columns. */
  wide?: boolean;
  /** role="alertdialog" for confirmations. */
  alert?: boolean;
  describedBy?: string;
}

/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert and
 * keeps focus inside; Escape closes (the innermost dialog only); focus returns where it was.
 */
export function Modal({ title, onClose, children, wide, alert, describedBy }: ModalProps): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

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

  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal-wide' : 'modal'}
      role={alert ? 'alertdialog' : 'dialog'}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="modal-header">
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        <button type="button" className="icon-button" aria-label="Fermer" onClick={() => onClose()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
