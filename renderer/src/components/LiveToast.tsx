import { useAppStore } from '../state/store';

/** A polite live region, always in the page so that screen readers announce what is put in it. */
export function LiveToast(): React.JSX.Element {
  const toast = useAppStore((s) => s.toast);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <p key={toast.id} className="toast">
          {toast.message}
        </p>
      )}
    </div>
  );
}
