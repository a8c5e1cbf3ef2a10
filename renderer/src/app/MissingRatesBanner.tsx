import { halfYearLabel } from '../../../shared/law/halfYear';
import type { HalfYearId } from '../../../shared/law/halfYear';
import { useAppStore } from './store';

/** Some penalties cannot be computed: the published rate of these half-years must be entered in Paramètres. */
export function MissingRatesBanner({ halfYears }: { halfYears: readonly HalfYearId[] }): React.JSX.Element | null {
  const navigate = useAppStore((s) => s.navigate);
  if (halfYears.length === 0) return null;
  const list = halfYears.map((h) => `${halfYearLabel(h)} (${h})`).join(', ');
  return (
    <div className="inline-banner inline-banner-warning" role="status">
      <p>
        <strong>Taux manquant.</strong> Les pénalités de certaines factures ne peuvent pas être calculées{'\u00a0'}: saisissez le taux publié{' '}
        {halfYears.length > 1 ? 'des semestres suivants' : 'du'} {list} dans Paramètres.
      </p>
      <button type="button" className="button button-small" onClick={() => navigate({ name: 'settings' })}>
        Saisir les taux dans Paramètres
      </button>
    </div>
  );
}
