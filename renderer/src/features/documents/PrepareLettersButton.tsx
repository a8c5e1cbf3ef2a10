import { useAppStore } from '../../app/store';

/** Beside « À relancer aujourd’hui »: every letter due today, in one PDF, on the batch screen. */
export function PrepareLettersButton(): React.JSX.Element {
  const navigate = useAppStore((s) => s.navigate);
  return (
    <div className="batch-entry">
      <button type="button" className="button button-primary" onClick={() => navigate({ name: 'letters-today' })}>
        Préparer les lettres du jour
      </button>
    </div>
  );
}
