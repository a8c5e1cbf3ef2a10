import { useDeferredValue, useMemo, useState } from 'react';
import type { Client } from '../../../../shared/ledger/schema';
import { invoiceBalance } from '../../../../shared/ledger/invoiceStatus';
import { formatEuros } from '../../../../shared/kernel/money';
import { deName } from '../../../../shared/kernel/elision';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Modal } from '../../ui/Modal';
import { clientDeletionRefusal } from '../../../../shared/ledger/clientDeletion';
import { plural } from '../../ui/text';
import { foldText } from '../../../../shared/kernel/identityKeys';
import { useAppStore } from '../../app/store';
import { ClientPolicyDialog } from '../dunning';
import './ClientsScreen.css';

const KIND_LABELS = { business: 'Professionnel', private: 'Particulier' } as const;

export function ClientsScreen(): React.JSX.Element {
  const snapshot = useAppStore((s) => s.snapshot);
  const openDialog = useAppStore((s) => s.openDialog);
  const navigate = useAppStore((s) => s.navigate);
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  // The refusal is known before anything is confirmed: a client with invoices or credit notes is never offered for deletion.
  const [deleting, setDeleting] = useState<{ client: Client; refusal: string | null } | null>(null);
  const [policyOf, setPolicyOf] = useState<Client | null>(null);

  const rows = useMemo(() => {
    const stats = new Map<string, { count: number; remaining: number }>();
    for (const inv of snapshot?.invoices ?? []) {
      const s = stats.get(inv.clientId) ?? { count: 0, remaining: 0 };
      s.count += 1;
      s.remaining += invoiceBalance(inv).remainingCents;
      stats.set(inv.clientId, s);
    }
    // Credit notes (avoirs) lower what the client owes overall.
    const credits = new Map<string, { cents: number; count: number }>();
    for (const note of snapshot?.creditNotes ?? []) {
      const c = credits.get(note.clientId) ?? { cents: 0, count: 0 };
      credits.set(note.clientId, { cents: c.cents + note.amountTtcCents, count: c.count + 1 });
    }
    const words = foldText(deferred).split(' ').filter(Boolean);
    return (snapshot?.clients ?? [])
      .filter((c) => {
        const key = foldText(`${c.name} ${c.address.city}`);
        return words.every((w) => key.includes(w));
      })
      .map((c) => ({ client: c, ...(stats.get(c.id) ?? { count: 0, remaining: 0 }), credit: credits.get(c.id) ?? { cents: 0, count: 0 } }))
      .sort((a, b) => a.client.name.localeCompare(b.client.name, 'fr', { sensitivity: 'base' }));
  }, [snapshot, deferred]);

  const total = snapshot?.clients.length ?? 0;
  return (
    <section className="screen" aria-labelledby="clients-title">
      <header className="screen-header">
        <div>
          <h1 id="clients-title">Clients</h1>
          <p className="screen-subtitle">{plural(total, 'client', 'clients')}</p>
        </div>
        <div className="header-actions">
          {/* The statement of every client who owes something, at the end of the month, in one PDF. */}
          {total > 0 && (
            <button type="button" className="button" onClick={() => navigate({ name: 'statements-batch' })}>
              Relevés de fin de mois
            </button>
          )}
          <button type="button" className="button button-primary" onClick={() => openDialog({ kind: 'client' })}>
            Nouveau client
          </button>
        </div>
      </header>

      {total === 0 ? (
        <div className="empty-state">
          <h2>Aucun client pour l’instant</h2>
          <p>Ajoutez vos clients pour leur rattacher des factures, ou importez-les depuis un fichier CSV.</p>
        </div>
      ) : (
        <>
          <div className="toolbar" role="search">
            <div className="field field-inline field-grow">
              <label htmlFor="client-search" className="field-label">
                Rechercher un client
              </label>
              <input id="client-search" type="search" className="input" value={query} onChange={(e) => setQuery(e.target.value)} />
            </div>
          </div>
          <div className="table-wrap">
            <table className="table clients-table">
              <caption className="visually-hidden">Liste des clients</caption>
              <thead>
                <tr>
                  <th scope="col">Nom</th>
                  <th scope="col" className="col-wide">
                    Type
                  </th>
                  <th scope="col" className="col-wide">
                    Ville
                  </th>
                  <th scope="col" className="numeric">
                    Factures
                  </th>
                  <th scope="col" className="numeric">
                    Reste dû
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ client, count, remaining, credit }) => (
                  <tr key={client.id}>
                    <th scope="row" className="cell-strong">
                      <button type="button" className="link-button cell-strong" onClick={() => navigate({ name: 'client', id: client.id })}>
                        {client.name}
                      </button>
                      {/* Below 1 100 px the type and the city go under the name (their columns are hidden). */}
                      <span className="client-meta">
                        {KIND_LABELS[client.kind]}
                        {client.address.city && ` · ${client.address.city}`}
                      </span>
                    </th>
                    <td className="col-wide">{KIND_LABELS[client.kind]}</td>
                    <td className="col-wide">{client.address.city || '—'}</td>
                    <td className="numeric">{count}</td>
                    <td className="numeric amount">
                      {formatEuros(remaining - credit.cents)}
                      {credit.count > 0 && (
                        <div className="field-hint">
                          {credit.count > 1 ? 'Avoirs déduits' : 'Avoir déduit'}
                          {'\u00a0'}: {formatEuros(credit.cents)}
                        </div>
                      )}
                    </td>
                    <td className="actions-cell">
                      <div className="row-actions">
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={`Modifier ${client.name}`}
                          onClick={() => openDialog({ kind: 'client', clientId: client.id })}
                        >
                          Modifier
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={`Politique de relance ${deName(client.name)}`}
                          onClick={() => setPolicyOf(client)}
                        >
                          {client.dunningPolicy ? 'Politique spécifique' : 'Politique'}
                        </button>
                        <button
                          type="button"
                          className="button button-small button-ghost"
                          aria-label={`Supprimer ${client.name}`}
                          onClick={() => setDeleting({ client, refusal: clientDeletionRefusal({ invoices: count, creditNotes: credit.count }) })}
                        >
                          Supprimer
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
                {rows.length === 0 && (
                  <tr>
                    <td colSpan={6} className="muted">
                      Aucun client ne correspond à votre recherche.
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        </>
      )}

      {policyOf && <ClientPolicyDialog client={policyOf} onClose={() => setPolicyOf(null)} />}

      {deleting?.refusal && (
        <Modal title="Ce client ne peut pas être supprimé" onClose={() => setDeleting(null)} describedBy="client-delete-refusal">
          <p id="client-delete-refusal">
            <strong>{deleting.client.name}</strong>
            {' — '}
            {deleting.refusal}
          </p>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setDeleting(null)} data-autofocus>
              Fermer
            </button>
          </div>
        </Modal>
      )}
      {deleting && !deleting.refusal && (
        <ConfirmDialog
          title={'Supprimer le client\u202f?'}
          message={`Le client ${deleting.client.name} sera supprimé définitivement.`}
          confirmLabel="Supprimer le client"
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api().call('clients.delete', { id: deleting.client.id });
            setDeleting(null);
            showToast(`Client ${deleting.client.name} supprimé`);
            void refresh();
          }}
        />
      )}
    </section>
  );
}
