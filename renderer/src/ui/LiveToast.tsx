import { createPortal } from 'react-dom';
import { useAppStore } from '../app/store';

/**
 * A polite live region, always present so that screen readers announce what is put in it. While a
 * modal dialog is open the rest of the page is inert (and not announced), so the region lives inside
 * the innermost dialog.
 */
export function LiveToast(): React.JSX.Element {
  const toast = useAppStore((s) => s.toast);
  const host = useAppStore((s) => s.modalStack[s.modalStack.length - 1] ?? null);
  const region = (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <p key={toast.id} className="toast">
          {toast.message}
        </p>
      )}
    </div>
  );
  return host ? createPortal(region, host) : region;
}
