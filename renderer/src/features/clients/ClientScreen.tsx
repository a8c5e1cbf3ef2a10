import { useMemo, useState } from 'react';
import type { StatementRecord } from '../../../../shared/documents/statementSchema';
import { ArchivedLetterDialog } from '../documents';
import { CHANNEL_LABELS } from '../../../../shared/dunning/levels';
import { activeReminders, policyResolver } from '../../../../shared/dunning/engine';
import { invoiceStanding } from '../../../../shared/dunning/overview';
import type { DunningTone } from '../../../../shared/dunning/schema';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';
import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import { formatEuros } from '../../../../shared/kernel/money';
import { invoiceBalance } from '../../../../shared/ledger/invoiceStatus';
import { postalLines } from '../../../../shared/ledger/postalLines';
import { useAppStore } from '../../app/store';
import './ClientsScreen.css';

const fr = frenchTypography;
const KIND = { business: 'Client professionnel', private: 'Client particulier' } as const;
/** The most formal tone wins when a letter groups invoices at different steps. */
const TONE_ORDER: DunningTone[] = ['courtesy', 'friendly', 'firm', 'formal', 'litigation'];

/** A client's page: who they are, every invoice with its balance and next step, the reminders sent, the statements. */
export function ClientScreen({ clientId }: { clientId: string }): React.JSX.Element {
  const [viewing, setViewing] = useState<StatementRecord | null>(null);
  const snapshot = useAppStore((s) => s.snapshot);
  const today = useAppStore((s) => s.status?.today ?? '');
  const navigate = useAppStore((s) => s.navigate);
  const openDialog = useAppStore((s) => s.openDialog);
  const client = snapshot?.clients.find((c) => c.id === clientId);

  const rows = useMemo(() => {
    if (!snapshot || !client) return [];
    const policyOf = policyResolver(snapshot.clients, snapshot.settings.defaultPolicy);
    return snapshot.invoices
      .filter((i) => i.clientId === client.id)
      .map((invoice) => ({ invoice, balance: invoiceBalance(invoice), standing: invoiceStanding(invoice, client.kind, policyOf(client.id), today, snapshot.settings) }))
      .sort((a, b) => (a.invoice.dueDate < b.invoice.dueDate ? 1 : a.invoice.dueDate > b.invoice.dueDate ? -1 : 0));
  }, [snapshot, client, today]);

  const back = (
    <button type="button" className="button button-ghost back-button" onClick={() => navigate({ name: 'clients' })}>
      <span aria-hidden="true">← </span>
      Retour aux clients
    </button>
  );
  if (!snapshot || !client) {
    return (
      <section className="screen">
        {back}
        <p role="alert">{fr('Ce client n’existe plus : il a peut-être été supprimé.')}</p>
      </section>
    );
  }

  const open = rows.filter((r) => !r.invoice.cancelled && r.balance.remainingCents > 0);
  const overdue = open.filter((r) => r.invoice.dueDate < today);
  const outstanding = open.reduce((n, r) => n + r.balance.remainingCents, 0);
  const late = overdue.reduce((n, r) => n + r.balance.remainingCents, 0);
  const penalties = overdue.reduce((n, r) => n + (r.standing.decompte.penaltiesCents ?? 0) + r.standing.decompte.indemnityCents, 0);
  const credits = snapshot.creditNotes.filter((n) => n.clientId === client.id);
  const creditCents = credits.reduce((n, c) => n + c.amountTtcCents, 0);
  const reminders = rows
    .flatMap((r) => activeReminders(r.invoice).map((rem) => ({ rem, number: r.invoice.number })))
    .sort((a, b) => (a.rem.sentOn < b.rem.sentOn ? 1 : a.rem.sentOn > b.rem.sentOn ? -1 : 0));
  const letterInvoices = overdue.slice(0, 30);
  const letterTone = letterInvoices
    .map((r) => r.standing.dunning.nextLevel?.tone ?? 'friendly')
    .reduce<DunningTone>((a, t) => (TONE_ORDER.indexOf(t) > TONE_ORDER.indexOf(a) ? t : a), 'friendly');

  return (
    <section className="screen" aria-labelledby="client-title">
      {back}
      <header className="screen-header">
        <div>
          <h1 id="client-title">{client.name}</h1>
          <p className="screen-subtitle">{KIND[client.kind]}</p>
        </div>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => openDialog({ kind: 'client', clientId: client.id })}>
            Modifier la fiche
          </button>
          <button type="button" className="button" onClick={() => navigate({ name: 'templates', clientId: client.id })}>
            Modèles de lettres
          </button>
          <button type="button" className="button" onClick={() => navigate({ name: 'statement', clientId: client.id })} disabled={open.length === 0 && credits.length === 0}>
            Relevé de compte
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={letterInvoices.length === 0}
            onClick={() => navigate({ name: 'letter', clientId: client.id, invoiceIds: letterInvoices.map((r) => r.invoice.id), tone: letterTone })}
          >
            {letterInvoices.length > 1 ? `Lettre pour les ${letterInvoices.length} factures en retard` : 'Lettre de relance'}
          </button>
        </div>
      </header>

      <div className="client-summary">
        <section className="panel" aria-labelledby="client-identity-title">
          <h2 id="client-identity-title">Coordonnées</h2>
          <address className="client-address">
            {postalLines(client.name, client.contactName, client.address).map((l, i) => (
              <span key={i}>{l}</span>
            ))}
          </address>
          <dl className="client-facts">
            {client.email && (
              <>
                <dt>E-mail</dt>
                <dd>{client.email}</dd>
              </>
            )}
            {client.phone && (
              <>
                <dt>Téléphone</dt>
                <dd>{client.phone}</dd>
              </>
            )}
            {client.siret && (
              <>
                <dt>SIRET</dt>
                <dd>{client.siret}</dd>
              </>
            )}
            <dt>Politique de relance</dt>
            <dd>{client.dunningPolicy ? 'Propre à ce client' : 'Par défaut'}</dd>
          </dl>
        </section>
        <ul className="summary-cards client-totals" aria-label="Totaux du client">
          <li className="summary-card">
            <span className="summary-label">Encours</span>
            <span className="summary-value amount">{formatEuros(outstanding - creditCents)}</span>
            <span className="summary-note">{creditCents > 0 ? fr(`avoirs déduits : ${formatEuros(creditCents)}`) : `${open.length} ${open.length > 1 ? 'factures ouvertes' : 'facture ouverte'}`}</span>
          </li>
          <li className="summary-card">
            <span className="summary-label">En retard</span>
            <span className="summary-value amount">{formatEuros(late)}</span>
            <span className="summary-note">{`${overdue.length} ${overdue.length > 1 ? 'factures' : 'facture'}`}</span>
          </li>
          <li className="summary-card">
            <span className="summary-label">Pénalités et indemnités dues</span>
            <span className="summary-value amount">{formatEuros(penalties)}</span>
            <span className="summary-note">à ce jour</span>
          </li>
        </ul>
      </div>

      <section className="panel" aria-labelledby="client-invoices-title">
        <h2 id="client-invoices-title">Factures</h2>
        <div className="table-wrap table-scroll-x">
          <table className="table" aria-labelledby="client-invoices-title">
            <thead>
              <tr>
                <th scope="col">Facture</th>
                <th scope="col">Échéance</th>
                <th scope="col" className="numeric">
                  Montant TTC
                </th>
                <th scope="col" className="numeric">
                  Reste dû
                </th>
                <th scope="col">Situation</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ invoice, balance, standing }) => (
                <tr key={invoice.id}>
                  <th scope="row">
                    <button type="button" className="link-button cell-strong" onClick={() => navigate({ name: 'invoice', id: invoice.id, from: 'invoices' })}>
                      {invoice.number}
                    </button>
                    <span className="client-meta">du {formatFrenchDate(invoice.issueDate)}</span>
                  </th>
                  <td>{formatFrenchDate(invoice.dueDate)}</td>
                  <td className="numeric amount">{formatEuros(invoice.amountTtcCents)}</td>
                  <td className="numeric amount">{formatEuros(balance.remainingCents)}</td>
                  <td>{situation(invoice.cancelled, balance.remainingCents, standing)}</td>
                </tr>
              ))}
              {rows.length === 0 && (
                <tr>
                  <td colSpan={5} className="muted">
                    Aucune facture pour ce client.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="client-reminders-title">
        <h2 id="client-reminders-title">Relances envoyées</h2>
        {reminders.length === 0 ? (
          <p className="muted">Aucune relance envoyée à ce client.</p>
        ) : (
          <ul className="client-history">
            {reminders.map(({ rem, number }) => (
              <li key={rem.id}>
                {fr(`${formatFrenchDate(rem.sentOn)} — facture ${number} — ${CHANNEL_LABELS[rem.channel].toLowerCase()}`)}
                {rem.note ? ` — ${rem.note}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="client-statements-title">
        <h2 id="client-statements-title">Relevés de compte envoyés</h2>
        {client.statements.length === 0 ? (
          <p className="muted">Aucun relevé envoyé.</p>
        ) : (
          <ul className="client-history">
            {[...client.statements].reverse().map((s) => (
              <li key={s.id} className="client-statement">
                <span>{fr(`Relevé au ${formatFrenchDate(s.asOf)}, envoyé le ${formatFrenchDate(s.sentOn)} — solde ${formatEuros(s.balanceCents)}, dont ${formatEuros(s.overdueCents)} échus`)}</span>{' '}
                <button type="button" className="button button-small button-ghost" aria-haspopup="dialog" aria-label={`Voir le relevé au ${formatFrenchDate(s.asOf)}`} onClick={() => setViewing(s)}>
                  Voir le relevé
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {viewing && <ArchivedLetterDialog document={viewing.document} title={`Relevé de compte au ${formatFrenchDate(viewing.asOf)}`} kind="statement" onClose={() => setViewing(null)} />}
    </section>
  );
}

function situation(cancelled: boolean, remaining: number, standing: ReturnType<typeof invoiceStanding>): string {
  if (cancelled) return 'Annulée';
  const { dunning } = standing;
  if (remaining === 0 && dunning.status === 'paid') return 'Payée';
  if (dunning.status === 'paused') return 'En pause';
  if (dunning.status === 'not-due') return dunning.nextLevel && dunning.nextDate ? `Non échue · ${dunning.nextLevel.label.toLowerCase()} le ${formatFrenchDate(dunning.nextDate)}` : 'Non échue';
  if (dunning.nextLevel && dunning.nextDate) {
    return dunning.dueToday ? fr(`${dunning.nextLevel.label} : à envoyer`) : `${dunning.nextLevel.label} le ${formatFrenchDate(dunning.nextDate)}`;
  }
  return remaining === 0 ? 'Payée' : 'Relances terminées';
}
