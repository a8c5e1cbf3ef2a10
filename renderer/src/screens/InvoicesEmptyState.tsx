import { useAppStore } from '../state/store';

export function InvoicesEmptyState({ hasClients }: { hasClients: boolean }): React.JSX.Element {
  const openDialog = useAppStore((s) => s.openDialog);
  const navigate = useAppStore((s) => s.navigate);
  return (
    <section className="screen" aria-labelledby="invoices-title">
      <header className="screen-header">
        <h1 id="invoices-title">Factures</h1>
      </header>
      <div className="empty-state">
        <div className="empty-illustration" aria-hidden="true">
          €
        </div>
        <h2>Aucune facture pour l’instant</h2>
        <p>
          Ajoutez vos factures en attente de paiement : Relance calcule les retards et vous aide à relancer vos clients au bon
          moment.
        </p>
        {!hasClients && (
          <p className="empty-hint">
            Une facture se rattache à un client : commencez par <strong>créer un client</strong>, ou créez-le directement depuis le
            formulaire de facture avec « Nouveau client ».
          </p>
        )}
        <div className="empty-actions">
          <button type="button" className="button button-primary" onClick={() => openDialog({ kind: 'invoice' })}>
            Créer une facture
          </button>
          <button type="button" className="button" onClick={() => navigate({ name: 'import' })}>
            Importer un fichier CSV
          </button>
          {!hasClients && (
            <button
              type="button"
              className="button"
              onClick={() => {
                navigate({ name: 'clients' });
                openDialog({ kind: 'client' });
              }}
            >
              Créer un client
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
