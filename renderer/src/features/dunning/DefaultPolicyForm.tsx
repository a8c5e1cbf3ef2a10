import { useState } from 'react';
import { DEFAULT_POLICY, type DunningPolicy } from '../../../../shared/dunning/schema';
import type { Settings } from '../../../../shared/ledger/schema';
import { api } from '../../api/client';
import { useCoreSubmit } from '../../ui/useCoreSubmit';
import { FormError } from '../../ui/FormError';
import { stripPrefix, validatePolicy } from './policyErrors';
import { useAppStore } from '../../app/store';
import { PolicyEditor } from './PolicyEditor';

/** "Politique de relance": the default policy of every client without one of its own. */
export function DefaultPolicyForm({ settings }: { settings: Settings }): React.JSX.Element {
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [policy, setPolicy] = useState<DunningPolicy>(() => structuredClone(settings.defaultPolicy));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, formError, setFormError, run } = useCoreSubmit('L’enregistrement de la politique a échoué.');

  async function save(next: DunningPolicy, message: string): Promise<void> {
    setFormError(null);
    const v = validatePolicy(next);
    if (!v.ok) {
      setErrors(v.errors);
      setFormError('Corrigez les étapes signalées avant d’enregistrer.');
      return;
    }
    setErrors({});
    await run(async () => {
      await api().call('settings.save', { ...settings, defaultPolicy: v.policy });
      showToast(message);
      await refresh();
    }, (fields) => setErrors(stripPrefix(fields, 'defaultPolicy')));
  }

  return (
    <form
      className="panel"
      noValidate
      aria-labelledby="policy-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save(policy, 'Politique de relance enregistrée');
      }}
    >
      <h2 id="policy-title">Politique de relance</h2>
      <p className="muted">Les étapes proposées à tous les clients qui n’ont pas de politique spécifique. Une modification s’applique aussitôt aux factures ouvertes.</p>
      <PolicyEditor policy={policy} onChange={setPolicy} errors={errors} />
      <FormError message={formError} />
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            const fresh = structuredClone(DEFAULT_POLICY) as DunningPolicy;
            setPolicy(fresh);
            void save(fresh, 'Politique par défaut rétablie');
          }}
        >
          Rétablir la politique par défaut
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          Enregistrer la politique
        </button>
      </div>
    </form>
  );
}
