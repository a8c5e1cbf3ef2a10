import { frenchTypography as fr } from '../kernel/frenchTypography';
import { daysInMonth, formatFrenchDate, type LocalDate } from '../kernel/localDate';
import { formatEuros, type Cents } from '../kernel/money';
import type { Client, CreditNote, Invoice } from '../ledger/schema';
import { statementItems, type StatementFigures } from './composeStatement';

/**
 * « Relevés de fin de mois »: the statement of account of every client with an open balance on a date, in one batch.
 * One pure function of the ledger and the date, like the statement itself (the same figures, to the cent): the
 * screen lists it before anything is drawn, the core draws exactly these statements.
 */

/**
 * The date a month-end batch is made as of: the last day of the month just closed. A freelancer sends these in the
 * first days of the month, about the month that ended (« relevé au 30 novembre »): that is the date their books and
 * their client's accounts payable close on, and the same date for every client whatever the day the batch is made.
 * On the last day of a month that day is the month's end, so it is today. Another date can always be typed.
 */
export function defaultStatementBatchDate(today: LocalDate): LocalDate {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  if (day === daysInMonth(year, month)) return today;
  const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

export interface StatementBatchEntry {
  clientId: string;
  clientName: string;
  figures: StatementFigures;
  /** Payments received after the date (not on the statement): the user may prefer not to send it. */
  paidSinceCents: Cents;
}

export interface StatementBatchSkip {
  clientId: string;
  clientName: string;
  balanceCents: Cents;
  reason: string;
}

export interface StatementBatchPlan {
  statements: StatementBatchEntry[];
  skipped: StatementBatchSkip[];
}

const byName = new Intl.Collator('fr').compare;

/**
 * Every client, by name: in the batch when it owes something on the date (due or not yet due, minus its credit
 * notes), otherwise left out with the reason (nothing open, a zero or credit balance, the statement of that date
 * already recorded as sent).
 */
export function planStatementBatch(
  data: { clients: readonly Pick<Client, 'id' | 'name' | 'statements'>[]; invoices: readonly Invoice[]; creditNotes: readonly CreditNote[] },
  asOf: LocalDate,
): StatementBatchPlan {
  const plan: StatementBatchPlan = { statements: [], skipped: [] };
  const on = formatFrenchDate(asOf);
  const clients = [...data.clients].sort((a, b) => byName(a.name, b.name) || a.id.localeCompare(b.id));
  for (const client of clients) {
    const { lines, credits, figures } = statementItems({ clientId: client.id, invoices: data.invoices, creditNotes: data.creditNotes, asOf });
    const skip = (reason: string): void => {
      plan.skipped.push({ clientId: client.id, clientName: client.name, balanceCents: figures.balanceCents, reason: fr(reason) });
    };
    if (lines.length === 0 && credits.length === 0) {
      skip(`Aucune facture ouverte au ${on}.`);
      continue;
    }
    if (figures.balanceCents === 0) {
      skip(lines.length === 0 ? `Solde nul au ${on}.` : `Solde nul au ${on} : les avoirs couvrent les factures ouvertes.`);
      continue;
    }
    if (figures.balanceCents < 0) {
      skip(`Solde créditeur au ${on} : ${formatEuros(-figures.balanceCents)} en sa faveur (avoirs).`);
      continue;
    }
    const sent = client.statements.find((s) => s.asOf === asOf);
    if (sent) {
      skip(`Relevé au ${on} déjà enregistré comme envoyé le ${formatFrenchDate(sent.sentOn)}.`);
      continue;
    }
    const paidSinceCents = data.invoices
      .filter((i) => i.clientId === client.id && !i.cancelled && i.issueDate <= asOf)
      .flatMap((i) => i.payments)
      .filter((p) => p.date > asOf)
      .reduce((n, p) => n + p.amountCents, 0);
    plan.statements.push({ clientId: client.id, clientName: client.name, figures, paidSinceCents });
  }
  return plan;
}
