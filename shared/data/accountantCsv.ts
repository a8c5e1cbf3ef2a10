import { activeReminders, policyResolver } from '../dunning/engine';
import { invoiceStanding } from '../dunning/overview';
import { formatFrenchDate, type LocalDate } from '../kernel/localDate';
import { assertCents, type Cents } from '../kernel/money';
import { daysLate, invoiceBalance } from '../ledger/invoiceStatus';
import type { Client, Invoice, Settings } from '../ledger/schema';
import { CHANNEL_LABELS } from '../dunning/levels';

/**
 * The exports for the accountant, as French spreadsheets open them: « ; » between fields, a decimal comma and no
 * thousands separator (Excel reads « 1234,56 » as a number), dates as « 01/12/2026 », UTF-8 with a byte-order mark (so
 * that Excel does not read it as Windows-1252), CRLF line ends.
 */

/** A number of cents as a spreadsheet number: « 1234,56 », « -100,00 ». */
export function csvAmount(cents: Cents): string {
  assertCents(cents);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** A field quoted when it holds « ; », a quote or a line break (quotes doubled), as RFC 4180 says. */
export function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const BOM = '\ufeff';

function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}

interface Ledger {
  clients: readonly Client[];
  invoices: readonly Invoice[];
  settings: Settings;
}

const STATUS = { paid: 'Payée', partial: 'Partiellement payée', unpaid: 'Impayée' } as const;

/** Every invoice with what it still owes, its penalties and indemnity to date, and its last reminder. */
export function invoicesCsv(ledger: Ledger, today: LocalDate): string {
  const clients = new Map(ledger.clients.map((c) => [c.id, c]));
  const policyOf = policyResolver(ledger.clients, ledger.settings.defaultPolicy);
  const rows = [...ledger.invoices]
    .sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : a.number.localeCompare(b.number, 'fr')))
    .map((invoice) => {
      const client = clients.get(invoice.clientId);
      const balance = invoiceBalance(invoice);
      const policy = policyOf(invoice.clientId);
      const standing = client ? invoiceStanding(invoice, client.kind, policy, today, ledger.settings) : null;
      const open = !invoice.cancelled && balance.remainingCents > 0;
      const last = activeReminders(invoice).at(-1);
      const lastLevel = last ? (policy.levels.find((l) => l.id === last.levelId)?.label ?? last.levelId) : '';
      return [
        invoice.number,
        client?.name ?? '',
        client ? (client.kind === 'business' ? 'Professionnel' : 'Particulier') : '',
        formatFrenchDate(invoice.issueDate),
        formatFrenchDate(invoice.dueDate),
        csvAmount(invoice.amountTtcCents),
        csvAmount(balance.paidCents),
        csvAmount(invoice.cancelled ? 0 : balance.remainingCents),
        invoice.cancelled ? 'Annulée' : STATUS[balance.status],
        open ? String(daysLate(invoice, today)) : '0',
        open && standing?.decompte.penaltiesCents != null ? csvAmount(standing.decompte.penaltiesCents) : open ? '' : '0,00',
        open && standing ? csvAmount(standing.decompte.indemnityCents) : '0,00',
        last ? formatFrenchDate(last.sentOn) : '',
        lastLevel,
      ];
    });
  return csv(
    ['Facture', 'Client', 'Type de client', 'Date', 'Échéance', 'Montant TTC', 'Réglé', 'Reste dû', 'Statut', 'Jours de retard', 'Pénalités dues', 'Indemnité forfaitaire', 'Dernière relance', 'Étape'],
    rows,
  );
}

/** Every reminder recorded, in order, with the ones withdrawn said so (the history is append-only). */
export function remindersCsv(ledger: Ledger): string {
  const clients = new Map(ledger.clients.map((c) => [c.id, c]));
  const policyOf = policyResolver(ledger.clients, ledger.settings.defaultPolicy);
  const rows = ledger.invoices
    .flatMap((invoice) => {
      const cancelled = new Map(invoice.reminderCancellations.map((c) => [c.reminderId, c]));
      const policy = policyOf(invoice.clientId);
      return invoice.reminders.map((r) => ({
        sentOn: r.sentOn,
        cells: [
          formatFrenchDate(r.sentOn),
          invoice.number,
          clients.get(invoice.clientId)?.name ?? '',
          policy.levels.find((l) => l.id === r.levelId)?.label ?? r.levelId,
          CHANNEL_LABELS[r.channel],
          r.registeredNumber ?? '',
          r.document?.sha256 ?? '',
          cancelled.has(r.id) ? `Retirée le ${formatFrenchDate(cancelled.get(r.id)!.recordedAt.slice(0, 10))}${cancelled.get(r.id)!.note ? `\u00a0: ${cancelled.get(r.id)!.note}` : ''}` : '',
          r.note,
        ],
      }));
    })
    .sort((a, b) => (a.sentOn < b.sentOn ? -1 : a.sentOn > b.sentOn ? 1 : 0))
    .map((r) => r.cells);
  return csv(['Date', 'Facture', 'Client', 'Étape', 'Canal', 'N° de recommandé', 'Empreinte SHA-256 de la lettre', 'Retrait', 'Note'], rows);
}
