import type { LocalDate } from '../kernel/localDate';
import { formalNoticeEffectiveDate } from '../law/formalNotice';
import { lateChargesOf, type LateCharges } from '../law/lateCharges';
import { computeLatePenalties, latePenaltyInputFromInvoice, type Decompte } from '../law/penalties';
import type { HalfYearId } from '../law/halfYear';
import { daysLate, invoiceBalance } from '../ledger/invoiceStatus';
import type { Client, ClientKind, Invoice, Settings } from '../ledger/schema';
import type { Cents } from '../kernel/money';
import { agingBuckets, type AgingReport } from './aging';
import { activeReminders, dunningStateOf, policyResolver, type DunningState } from './engine';
import type { DunningPolicy, ReminderRecord } from './schema';

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
  /** Paid in full after its due date, penalties and indemnity still owed (the row stays in view for them). */
  lateCharges: LateCharges | null;
}

export interface Overview {
  /** "À relancer aujourd'hui": a reminder is due today (or overdue since the app was last opened). */
  toActOn: OverviewRow[];
  /**
   * Every other unpaid invoice past its due date, including paused ones, and the invoices paid late whose penalties
   * and indemnity are still owed (claimed, awaiting payment).
   */
  overdue: OverviewRow[];
  totals: {
    /** Principal only (amounts TTC still unpaid). */
    outstandingCents: Cents;
    overdueCents: Cents;
    /** Penalties due today, including those of invoices paid late and not yet settled or waived. */
    penaltiesCents: Cents;
    /** 40 € per late business invoice, including those paid late and not yet settled or waived. */
    indemnitiesCents: Cents;
    /** Invoices whose penalties could not be computed (a rate is missing). */
    penaltiesUnknownCount: number;
  };
  aging: AgingReport;
  /** Half-years whose published rate the user must enter in Paramètres. */
  missingRates: HalfYearId[];
}

/** Everything the home screen shows, as one pure function of the ledger and the day. */
/** One French collator for every sort of the overview (a localeCompare per comparison builds one each time). */
const byNumber = new Intl.Collator('fr').compare;

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
    const { remainingCents, paidOn } = invoiceBalance(invoice);
    const client = clients.get(invoice.clientId);
    const kind = client?.kind ?? 'business';
    const policy = policyOf(invoice.clientId);
    let row: OverviewRow;
    if (remainingCents === 0) {
      // Paid: in view only while the penalties and indemnity of a late payment are owed (cheap checks first).
      if (paidOn === null || paidOn <= invoice.dueDate || invoice.lateChargesWaiver || invoice.lateChargesSettlement) continue;
      const standing = invoiceStanding(invoice, kind, policy, today, data.settings);
      const charges = standing.lateCharges;
      if (!charges || charges.status !== 'owed') continue;
      row = {
        invoice,
        clientName: client?.name ?? 'Client inconnu',
        clientKind: kind,
        daysLate: charges.daysLate,
        remainingCents: 0,
        penaltiesCents: charges.penaltiesCents,
        indemnityCents: charges.indemnityCents,
        missingRates: standing.decompte.missingRates,
        dunning: standing.dunning,
        lateCharges: charges,
      };
    } else {
      const dunning = dunningStateOf(invoice, policy, today);
      const late = daysLate(invoice, today);
      if (!dunning.dueToday && late === 0) continue;
      const decompte = penaltiesOf(invoice, kind, today, data.settings, policy);
      row = {
        invoice,
        clientName: client?.name ?? 'Client inconnu',
        clientKind: kind,
        daysLate: late,
        remainingCents,
        penaltiesCents: decompte.penaltiesCents,
        indemnityCents: decompte.indemnityCents,
        missingRates: decompte.missingRates,
        dunning,
        lateCharges: null,
      };
    }
    row.missingRates.forEach((h) => missing.add(h));
    if (row.penaltiesCents === null) unknown++;
    else penalties += row.penaltiesCents;
    indemnities += row.indemnityCents;
    (row.dunning.dueToday ? toActOn : overdue).push(row);
  }

  toActOn.sort((a, b) => compare(a.dunning.nextDate, b.dunning.nextDate) || b.daysLate - a.daysLate || byNumber(a.invoice.number, b.invoice.number));
  overdue.sort((a, b) => b.daysLate - a.daysLate || byNumber(a.invoice.number, b.invoice.number));
  const aging = agingBuckets(data.invoices, today);
  return {
    toActOn,
    overdue,
    totals: { outstandingCents: aging.totals.outstandingCents, overdueCents: aging.totals.overdueCents, penaltiesCents: penalties, indemnitiesCents: indemnities, penaltiesUnknownCount: unknown },
    aging,
    missingRates: [...missing].sort(),
  };
}

/**
 * The décompte of one invoice on `today`, with the invoice's legal dates and the user's extra rates. With the
 * client's policy, a mise en demeure recorded in the app whose receipt is not known yet is taken into account (no
 * interest yet against a private client, and the décompte says it starts on receipt).
 */
export function penaltiesOf(
  invoice: Invoice,
  clientKind: ClientKind,
  today: LocalDate,
  settings: Pick<Settings, 'extraRates'>,
  policy?: DunningPolicy,
): Decompte {
  const notice = policy && !invoice.formalNoticeDate ? formalNoticeRecordOf(invoice, policy) : null;
  return computeLatePenalties(
    latePenaltyInputFromInvoice(invoice, clientKind, {
      asOf: today,
      formalNoticeDate: invoice.formalNoticeDate,
      formalNoticeSentOn: notice && formalNoticeEffectiveDate(notice) === null ? notice.sentOn : null,
      completionDate: invoice.completionDate,
      extraRates: settings.extraRates,
    }),
  );
}

/** Whether a reminder is a mise en demeure: its level has the formal tone (a level since removed: the default id). */
export function isFormalNoticeReminder(reminder: Pick<ReminderRecord, 'levelId'>, policy: DunningPolicy): boolean {
  const level = policy.levels.find((l) => l.id === reminder.levelId);
  return level ? level.tone === 'formal' : reminder.levelId === 'formal-notice';
}

/** The mise en demeure recorded in the app (the latest one not cancelled), or null. */
export function formalNoticeRecordOf(invoice: Pick<Invoice, 'reminders' | 'reminderCancellations'>, policy: DunningPolicy): ReminderRecord | null {
  let found: ReminderRecord | null = null;
  for (const r of activeReminders(invoice)) {
    if (!isFormalNoticeReminder(r, policy)) continue;
    if (!found || r.sentOn > found.sentOn || (r.sentOn === found.sentOn && r.recordedAt > found.recordedAt)) found = r;
  }
  return found;
}

/** Where one invoice stands on a day: its décompte, what a late payment still owes, and the dunning. */
export interface InvoiceStanding {
  decompte: Decompte;
  lateCharges: LateCharges | null;
  dunning: DunningState;
  /** The mise en demeure recorded in the app, if any. */
  formalNotice: ReminderRecord | null;
}

export function invoiceStanding(invoice: Invoice, clientKind: ClientKind, policy: DunningPolicy, today: LocalDate, settings: Pick<Settings, 'extraRates'>): InvoiceStanding {
  const decompte = penaltiesOf(invoice, clientKind, today, settings, policy);
  const { paidOn } = invoiceBalance(invoice);
  const lateCharges = lateChargesOf({
    clientKind,
    dueDate: invoice.dueDate,
    paidOn,
    decompte,
    waiver: invoice.lateChargesWaiver,
    settlement: invoice.lateChargesSettlement,
  });
  const dunning = dunningStateOf(invoice, policy, today, { lateChargesOwed: lateCharges?.status === 'owed' });
  return { decompte, lateCharges, dunning, formalNotice: formalNoticeRecordOf(invoice, policy) };
}

/** ISO dates compare as plain strings (no collation needed). */
function compare(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
