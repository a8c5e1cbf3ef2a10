import { senderName } from '../documents/composeLetter';
import type { DunningPolicy } from '../dunning/schema';
import { frenchTypography as fr } from '../kernel/frenchTypography';
import { formatFrenchDate, type LocalDate } from '../kernel/localDate';
import { formatEuros } from '../kernel/money';
import { normalizeSiret } from '../ledger/identifiers';
import { invoiceBalance } from '../ledger/invoiceStatus';
import { postalLines } from '../ledger/postalLines';
import type { Client, Identity, Invoice } from '../ledger/schema';
import { invoiceHistory } from './history';

/**
 * The invoice's history as its PDF prints it: the chronology a court file needs (CPC 1407's « bordereau » of the
 * reminders and their proofs): who claims what from whom, then every dated event, each archived letter and scan with
 * its SHA-256, so that anyone can check that the file produced is the one that was sent. Every string is final.
 */
export interface HistoryDocumentModel {
  readonly title: string;
  readonly subtitle: string;
  readonly parties: readonly { readonly label: string; readonly lines: readonly string[] }[];
  readonly facts: readonly (readonly [label: string, value: string])[];
  readonly columns: readonly [string, string, string];
  readonly rows: readonly HistoryDocumentRow[];
  readonly notes: readonly string[];
  readonly footer: string;
}

export interface HistoryDocumentRow {
  readonly date: string;
  readonly title: string;
  readonly details: readonly string[];
  /** The archived letter or scan: « Lettre archivée, SHA-256 : » and its whole hash (printed on a line of its own). */
  readonly proof: { readonly label: string; readonly sha256: string } | null;
  readonly cancelled: boolean;
}

const siretText = (siret: string): string => {
  const s = normalizeSiret(siret);
  return s.length === 14 ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 9)} ${s.slice(9)}` : s;
};

export function historyDocumentModel(input: {
  invoice: Invoice;
  client: Client | null;
  identity: Identity;
  policy: DunningPolicy;
  today: LocalDate;
}): HistoryDocumentModel {
  const { invoice, client, identity, policy, today } = input;
  const balance = invoiceBalance(invoice);
  const creditor = [
    senderName(identity),
    ...postalLines('', '', identity.address).filter((l) => l !== ''),
    ...(identity.siret.trim() ? [fr(`SIRET : ${siretText(identity.siret)}`)] : []),
  ].filter((l) => l.trim() !== '');
  const debtor = client
    ? [client.name, ...postalLines('', client.contactName, client.address).filter((l) => l !== ''), client.kind === 'private' ? 'Particulier' : 'Professionnel', ...(client.siret ? [fr(`SIRET : ${siretText(client.siret)}`)] : [])]
    : ['Client inconnu'];
  const facts: [string, string][] = [
    ['Facture', fr(`n° ${invoice.number} du ${formatFrenchDate(invoice.issueDate)}`)],
    ['Échéance', formatFrenchDate(invoice.dueDate)],
    ['Montant TTC', formatEuros(invoice.amountTtcCents)],
    ['Déjà payé', formatEuros(balance.paidCents)],
    ['Reste dû', formatEuros(balance.remainingCents)],
  ];
  if (invoice.description) facts.splice(1, 0, ['Objet', fr(invoice.description)]);
  if (invoice.formalNoticeDate) facts.push(['Mise en demeure effective le', formatFrenchDate(invoice.formalNoticeDate)]);
  if (invoice.cancelled) facts.push(['Statut', 'Facture annulée']);

  const rows = invoiceHistory(invoice, client, policy).map((e): HistoryDocumentRow => ({
    date: formatFrenchDate(e.on),
    title: e.title,
    details: e.cancelledOn ? [`Retiré le ${formatFrenchDate(e.cancelledOn)} (motif plus bas)`, ...e.details] : e.details,
    proof: e.document ? { label: fr(`${e.document.role === 'letter' ? 'Lettre archivée' : e.document.role === 'email' ? 'E-mail archivé (EML)' : `Scan archivé (${e.document.kind.toUpperCase()})`}, SHA-256 :`), sha256: e.document.sha256 } : null,
    cancelled: e.cancelledOn !== null,
  }));
  return {
    title: fr(`Historique de la facture n° ${invoice.number}`),
    subtitle: fr(`Chronologie des relances et de leurs preuves, établie le ${formatFrenchDate(today)}`),
    parties: [
      { label: 'Créancier', lines: creditor.map((l) => fr(l)) },
      { label: 'Débiteur', lines: debtor.map((l) => fr(l)) },
    ],
    facts,
    columns: ['Date', 'Événement', 'Détail'],
    rows,
    notes: [
      fr('Les lettres envoyées et les scans des preuves sont conservés tels quels par Relance ; leur empreinte SHA-256 permet de vérifier qu’un fichier produit est identique à celui archivé (par exemple : sha256sum fichier.pdf).'),
      fr('Une saisie erronée n’est jamais effacée : elle est retirée par une nouvelle entrée qui en donne le motif, et les deux figurent ci-dessus.'),
    ],
    footer: fr(`${senderName(identity)} — historique de la facture n° ${invoice.number}, établi le ${formatFrenchDate(today)}`),
  };
}
