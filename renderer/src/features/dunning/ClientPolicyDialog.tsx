import { useState } from 'react';
import type { DunningPolicy } from '../../../../shared/dunning/schema';
import type { Client } from '../../../../shared/ledger/schema';
import { deName } from '../../../../shared/kernel/elision';
import { api } from '../../api/client';
import { useCoreSubmit } from '../../ui/useCoreSubmit';
import { FormError } from '../../ui/FormError';
import { FormActions } from '../../ui/FormActions';
import { Modal } from '../../ui/Modal';
import { stripPrefix, validatePolicy } from './policyErrors';
import { useAppStore } from '../../app/store';
import { PolicyEditor } from './PolicyEditor';

/** A client's own dunning policy: off = the default policy of Paramètres; on = a copy the user edits. */
export function ClientPolicyDialog({ client, onClose }: { client: Client; onClose(): void }): React.JSX.Element {
  const defaultPolicy = useAppStore((s) => s.snapshot!.settings.defaultPolicy);
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [policy, setPolicy] = useState<DunningPolicy | null>(() => (client.dunningPolicy ? structuredClone(client.dunningPolicy) : null));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, formError, setFormError, run } = useCoreSubmit('L’enregistrement a échoué.');

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
    await run(async () => {
      await api().call('clients.setPolicy', { clientId: client.id, policy: parsed });
      showToast(parsed ? `Politique spécifique ${deName(client.name)} enregistrée` : `${client.name} suit la politique par défaut`);
      onClose();
      await refresh();
    }, (fields) => setErrors(stripPrefix(fields, 'policy')));
  }

  return (
    <Modal title={`Politique de relance ${deName(client.name)}`} onClose={onClose} wide>
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
        <FormActions onCancel={onClose} busy={busy} />
      </form>
    </Modal>
  );
}
