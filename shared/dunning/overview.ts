import type { LocalDate } from '../dates/localDate';
import { computeLatePenalties, latePenaltyInputFromInvoice, type Decompte } from '../law/penalties';
import type { HalfYearId } from '../law/halfYear';
import { daysLate, invoiceBalance } from '../ledger/invoiceStatus';
import type { Client, ClientKind, Invoice, Settings } from '../ledger/schema';
import type { Cents } from '../money/money';
import { agingBuckets, type AgingReport } from './aging';
import { dunningStateOf, policyResolver, type DunningState } from './engine';

export interface OverviewRow {
  invoice: Invoice;
  clientName: string;
  clientKind: ClientKind;
  daysLate: number;
  remainingCents: Cents;
  /** Penalties or legal interest due today; null when a rate is missing (never guessed). */
  penaltiesCents: Cents | null;
  indemnityCents: Cents;
  missingRates: readonly HalfYearId[];
  dunning: DunningState;
}

export interface Overview {
  /** "À relancer aujourd'hui": a reminder is due today (or overdue since the app was last opened). */
  toActOn: OverviewRow[];
  /** Every other unpaid invoice past its due date, including paused ones. */
  overdue: OverviewRow[];
  totals: {
    outstandingCents: Cents;
    overdueCents: Cents;
    penaltiesCents: Cents;
    indemnitiesCents: Cents;
    /** Invoices whose penalties could not be computed (a rate is missing). */
    penaltiesUnknownCount: number;
  };
  aging: AgingReport;
  /** Half-years whose published rate the user must enter in Paramètres. */
  missingRates: HalfYearId[];
}

/** Everything the home screen shows, as one pure function of the ledger and the day. */
export function buildOverview(data: { clients: readonly Client[]; invoices: readonly Invoice[]; settings: Settings }, today: LocalDate): Overview {
  const clients = new Map(data.clients.map((c) => [c.id, c]));
  const policyOf = policyResolver(data.clients, data.settings.defaultPolicy);
  const toActOn: OverviewRow[] = [];
  const overdue: OverviewRow[] = [];
  const missing = new Set<HalfYearId>();
  let penalties = 0;
  let indemnities = 0;
  let unknown = 0;

  for (const invoice of data.invoices) {
    if (invoice.cancelled) continue;
    const { remainingCents } = invoiceBalance(invoice);
    if (remainingCents === 0) continue;
    const dunning = dunningStateOf(invoice, policyOf(invoice.clientId), today);
    const late = daysLate(invoice, today);
    if (!dunning.dueToday && late === 0) continue;
    const client = clients.get(invoice.clientId);
    const kind = client?.kind ?? 'business';
    const decompte = penaltiesOf(invoice, kind, today, data.settings);
    decompte.missingRates.forEach((h) => missing.add(h));
    if (decompte.penaltiesCents === null) unknown++;
    else penalties += decompte.penaltiesCents;
    indemnities += decompte.indemnityCents;
    const row: OverviewRow = {
      invoice,
      clientName: client?.name ?? 'Client inconnu',
      clientKind: kind,
      daysLate: late,
      remainingCents,
      penaltiesCents: decompte.penaltiesCents,
      indemnityCents: decompte.indemnityCents,
      missingRates: decompte.missingRates,
      dunning,
    };
    (dunning.dueToday ? toActOn : overdue).push(row);
  }

  toActOn.sort((a, b) => compare(a.dunning.nextDate, b.dunning.nextDate) || b.daysLate - a.daysLate || a.invoice.number.localeCompare(b.invoice.number, 'fr'));
  overdue.sort((a, b) => b.daysLate - a.daysLate || a.invoice.number.localeCompare(b.invoice.number, 'fr'));
  const aging = agingBuckets(data.invoices, today);
  return {
    toActOn,
    overdue,
    totals: { outstandingCents: aging.totals.outstandingCents, overdueCents: aging.totals.overdueCents, penaltiesCents: penalties, indemnitiesCents: indemnities, penaltiesUnknownCount: unknown },
    aging,
    missingRates: [...missing].sort(),
  };
}

/** The décompte of one invoice on `today`, with the invoice's legal dates and the user's extra rates. */
export function penaltiesOf(invoice: Invoice, clientKind: ClientKind, today: LocalDate, settings: Pick<Settings, 'extraRates'>): Decompte {
  return computeLatePenalties(
    latePenaltyInputFromInvoice(invoice, clientKind, {
      asOf: today,
      formalNoticeDate: invoice.formalNoticeDate,
      completionDate: invoice.completionDate,
      extraRates: settings.extraRates,
    }),
  );
}

function compare(a: string | null, b: string | null): number {
  return (a ?? '').localeCompare(b ?? '');
}
