import { IdentityHint } from '../settings';
import { useAppStore } from '../../app/store';
import { PdfInvoiceButton } from '../einvoice';

interface InvoicesEmptyStateProps {
  hasClients: boolean;
  /** The screen it stands for: its title matches the tab highlighted in the sidebar. */
  screen: 'overview' | 'invoices';
}

/** No invoice yet (first start): how to begin, on Relances and on Factures. */
export function InvoicesEmptyState({ hasClients, screen }: InvoicesEmptyStateProps): React.JSX.Element {
  const openDialog = useAppStore((s) => s.openDialog);
  const navigate = useAppStore((s) => s.navigate);
  const titleId = screen === 'overview' ? 'overview-title' : 'invoices-title';
  return (
    <section className="screen" aria-labelledby={titleId}>
      <header className="screen-header">
        <h1 id={titleId}>{screen === 'overview' ? 'Relances' : 'Factures'}</h1>
      </header>
      <IdentityHint />
      <div className="empty-state">
        <div className="empty-illustration" aria-hidden="true">
          €
        </div>
        <h2>Aucune facture pour l’instant</h2>
        <p>
          {'Ajoutez vos factures en attente de paiement\u00a0: Relance calcule les retards et vous aide à relancer vos clients au bon moment.'}
        </p>
        {!hasClients && (
          <p className="empty-hint">
            {'Une facture se rattache à un client\u00a0: commencez par '}
            <button
              type="button"
              className="link-button inline-link"
              onClick={() => {
                navigate({ name: 'clients' });
                openDialog({ kind: 'client' });
              }}
            >
              créer un client
            </button>
            {', ou créez-le directement depuis le formulaire de facture avec «\u00a0Nouveau client\u00a0».'}
          </p>
        )}
        <div className="empty-actions">
          <button type="button" className="button button-primary" onClick={() => openDialog({ kind: 'invoice' })}>
            Créer une facture
          </button>
          <PdfInvoiceButton />
          <button type="button" className="button" onClick={() => navigate({ name: 'import' })}>
            Importer un fichier CSV
          </button>
        </div>
      </div>
    </section>
  );
}
