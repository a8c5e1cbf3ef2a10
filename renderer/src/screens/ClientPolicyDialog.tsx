import { useState } from 'react';
import type { DunningPolicy } from '../../../shared/dunning/schema';
import type { Client } from '../../../shared/ledger/schema';
import { ApiError, api } from '../api/client';
import { FormError } from '../components/FormError';
import { Modal } from '../components/Modal';
import { stripPrefix, validatePolicy } from '../format/policyErrors';
import { useAppStore } from '../state/store';
import { PolicyEditor } from './PolicyEditor';

/** A client's own dunning policy: off = the default policy of Paramètres; on = a copy the user edits. */
export function ClientPolicyDialog({ client, onClose }: { client: Client; onClose(): void }): React.JSX.Element {
  const defaultPolicy = useAppStore((s) => s.snapshot!.settings.defaultPolicy);
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [policy, setPolicy] = useState<DunningPolicy | null>(() => (client.dunningPolicy ? structuredClone(client.dunningPolicy) : null));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    setFormError(null);
    let parsed: DunningPolicy | null = null;
    if (policy) {
      const v = validatePolicy(policy);
      if (!v.ok) {
        setErrors(v.errors);
        setFormError('Corrigez les étapes signalées avant d’enregistrer.');
        return;
      }
      parsed = v.policy;
    }
    setBusy(true);
    try {
      await api().call('clients.setPolicy', { clientId: client.id, policy: parsed });
      showToast(parsed ? `Politique spécifique de ${client.name} enregistrée` : `${client.name} suit la politique par défaut`);
      onClose();
      await refresh();
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError) {
        setErrors(stripPrefix(error.fields, 'policy'));
        setFormError(error.message);
      } else setFormError('L’enregistrement a échoué.');
    }
  }

  return (
    <Modal title={`Politique de relance de ${client.name}`} onClose={onClose} wide>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <label className="checkbox checkbox-inline">
          <input
            type="checkbox"
            checked={policy !== null}
            onChange={(e) => {
              setErrors({});
              setPolicy(e.target.checked ? structuredClone(defaultPolicy) : null);
            }}
          />
          Politique spécifique
        </label>
        {policy ? (
          <PolicyEditor policy={policy} onChange={setPolicy} errors={errors} />
        ) : (
          <p className="muted">Ce client suit la politique de relance par défaut (Paramètres).</p>
        )}
        <FormError message={formError} />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            Enregistrer
          </button>
        </div>
      </form>
    </Modal>
  );
}
