import { useAppStore } from './store';

export function ReadOnlyBanner(): React.JSX.Element | null {
  const readOnly = useAppStore((s) => s.status?.readOnly ?? false);
  if (!readOnly) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <p className="banner-text">
        <strong>Mode lecture seule.</strong> Vos données sont affichées mais ne peuvent pas être modifiées pour le moment{'\u00a0'}: aucune
        modification ne sera enregistrée.
      </p>
    </div>
  );
}
