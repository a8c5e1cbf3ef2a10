import type { LocalDate } from '../kernel/localDate';
import { addDays, formatFrenchDate } from '../kernel/localDate';
import { invoiceBalance } from '../ledger/invoiceStatus';
import type { Invoice } from '../ledger/schema';
import { formatEuros } from '../kernel/money';
import { LATE_CHARGES_LEVEL, LATE_CHARGES_LEVEL_ID, type DunningLevel, type DunningPause, type DunningPauseKind, type DunningPolicy, type EngineInvoice, type ReminderRecord } from './schema';

/**
 * The dunning engine: what is due today, for which invoice, at which level.
 *
 * One pure, deterministic function of the stored invoices, the policy and the date. Nothing it
 * computes is stored, so an edited policy applies at once to every open invoice, and a machine
 * that stayed off for weeks catches up by itself. Dates are 'YYYY-MM-DD' strings (time zone free).
 */

export type DunningStatus = 'paid' | 'cancelled' | 'paused' | 'not-due' | 'scheduled' | 'due' | 'complete' | 'charges-claimed';

export interface DunningState {
  invoiceId: string;
  /**
   * - paid / cancelled / paused: nothing is proposed;
   * - due: the next level is to be sent today (or is late: see overdueSince);
   * - not-due: the invoice is not yet past its due date and nothing is to be sent today;
   * - scheduled: the invoice is past due, the next level has a later date;
   * - complete: every level of the policy has been sent (or passed over), nothing more to propose;
   * - charges-claimed: paid late, its penalties and indemnity are still owed and were claimed (nothing more to
   *   propose until they are received or waived).
   * A paid invoice whose late charges are owed (see DunningOptions) is 'due' or 'scheduled' for LATE_CHARGES_LEVEL.
   */
  status: DunningStatus;
  nextLevel: DunningLevel | null;
  /** The date the next level falls on, as computed: it is never moved forward to today. */
  nextDate: LocalDate | null;
  /** nextDate ≤ today, and the invoice is neither paid, cancelled nor paused. */
  dueToday: boolean;
  /** nextDate when it is before today: the app was not opened that day (catch-up). */
  overdueSince: LocalDate | null;
  /** The latest reminder actually sent (by sentOn, then recordedAt), whatever its level. */
  lastReminder: ReminderRecord | null;
  /** The pause in force, in French. */
  pause: { kind: DunningPauseKind; reason: string; until?: LocalDate } | null;
  /** A promise or a plan that was not kept: the dunning has started again. */
  pauseBroken: { on: LocalDate; reason: string } | null;
  /**
   * Levels passed over to reach nextLevel: before-due levels once the due date has passed, and (cause
   * 'formal-notice') the levels up to the mise en demeure once its date is known.
   */
  skipped: { levelId: string; reason: string; cause?: 'formal-notice' }[];
}

export interface DunningOptions {
  /**
   * The invoice is paid in full, after its due date, and its penalties and indemnity are still owed (not waived, not
   * received): computed by the law (shared/law/lateCharges.ts), which the engine does not do itself.
   */
  lateChargesOwed?: boolean;
}

export interface WhatIsDueInput {
  invoices: readonly EngineInvoice[];
  /** The policy of a client: its own, or the default policy of the settings (see `policyResolver`). */
  clientPolicy: (clientId: string) => DunningPolicy;
  today: LocalDate;
}

/** One state per invoice, in the order of `input.invoices`. */
export function whatIsDue(input: WhatIsDueInput): DunningState[] {
  const policies = new Map<string, DunningPolicy>();
  const policyOf = (clientId: string): DunningPolicy => {
    let p = policies.get(clientId);
    if (!p) {
      p = input.clientPolicy(clientId);
      policies.set(clientId, p);
    }
    return p;
  };
  return input.invoices.map((invoice) => dunningStateOf(invoice, policyOf(invoice.clientId), input.today));
}

/** `clientPolicy` for whatIsDue: the client's own policy when it has one, else the default policy. */
export function policyResolver(
  clients: readonly { id: string; dunningPolicy?: DunningPolicy | null }[],
  defaultPolicy: DunningPolicy,
): (clientId: string) => DunningPolicy {
  const own = new Map<string, DunningPolicy>();
  for (const c of clients) if (c.dunningPolicy) own.set(c.id, c.dunningPolicy);
  return (clientId) => own.get(clientId) ?? defaultPolicy;
}

export const COURTESY_SKIP_REASON = 'Rappel préventif non envoyé\u00a0: l’échéance est déjà passée.';

function formalNoticeSupersedesReason(level: DunningLevel, on: LocalDate): string {
  return `«\u00a0${level.label}\u00a0» n’est plus proposé\u00a0: la mise en demeure du ${formatFrenchDate(on)} a déjà été faite.`;
}

function formalNoticeDoneReason(level: DunningLevel, on: LocalDate): string {
  return `«\u00a0${level.label}\u00a0»\u00a0: faite le ${formatFrenchDate(on)} (date de la mise en demeure saisie sur la facture).`;
}

/** The reminders that count: those recorded and not cancelled since. */
export function activeReminders(invoice: Pick<EngineInvoice, 'reminders' | 'reminderCancellations'>): readonly ReminderRecord[] {
  const cancellations = invoice.reminderCancellations ?? [];
  if (cancellations.length === 0) return invoice.reminders;
  const cancelled = new Set(cancellations.map((c) => c.reminderId));
  return invoice.reminders.filter((r) => !cancelled.has(r.id));
}

/** The index of the level a known mise en demeure stands for: the first 'formal' level, else the one before litigation. */
function formalNoticeIndex(levels: readonly DunningLevel[]): number {
  const formal = levels.findIndex((l) => l.tone === 'formal');
  if (formal >= 0) return formal;
  const litigation = levels.findIndex((l) => l.tone === 'litigation');
  return litigation >= 0 ? litigation - 1 : levels.length - 1;
}

/** The state of one invoice (whatIsDue applies it to each invoice). */
export function dunningStateOf(invoice: EngineInvoice, policy: DunningPolicy, today: LocalDate, options: DunningOptions = {}): DunningState {
  const reminders = activeReminders(invoice);
  const lastReminder = latestReminder(reminders);
  const base: DunningState = {
    invoiceId: invoice.id,
    status: 'complete',
    nextLevel: null,
    nextDate: null,
    dueToday: false,
    overdueSince: null,
    lastReminder,
    pause: null,
    pauseBroken: null,
    skipped: [],
  };

  if (invoice.cancelled) return { ...base, status: 'cancelled' };
  // invoiceBalance only reads the date and amount of each payment.
  const { remainingCents, paidOn } = invoiceBalance({ amountTtcCents: invoice.amountTtcCents, payments: invoice.payments as Invoice['payments'] });
  if (remainingCents === 0) {
    if (!options.lateChargesOwed || paidOn === null) return { ...base, status: 'paid' };
    // The principal is paid, the late charges are not: a step of its own, proposed once, the day after the payment.
    // A pause concerned the principal; it does not hold the claim back.
    if (reminders.some((r) => r.levelId === LATE_CHARGES_LEVEL_ID)) return { ...base, status: 'charges-claimed' };
    let date = addDays(paidOn, 1);
    if (lastReminder) date = maxDate(date, addDays(lastReminder.sentOn, 1));
    const dueToday = date <= today;
    return { ...base, status: dueToday ? 'due' : 'scheduled', nextLevel: LATE_CHARGES_LEVEL, nextDate: date, dueToday, overdueSince: date < today ? date : null };
  }

  let brokenOn: LocalDate | null = null;
  if (invoice.pause) {
    const p = evaluatePause(invoice.pause, invoice, today, remainingCents);
    if (p.state === 'active') return { ...base, status: 'paused', pause: p.pause };
    base.pauseBroken = p.broken;
    brokenOn = p.broken.on;
  }

  // The latest level already sent, by policy order. Levels sent before it, and itself, are behind us.
  const levels = policy.levels;
  const indexById = new Map<string, number>();
  levels.forEach((l, i) => {
    if (!indexById.has(l.id)) indexById.set(l.id, i);
  });
  const sentIds = new Set<string>();
  let prevIndex = -1;
  let prevRecord: ReminderRecord | null = null;
  for (const r of reminders) {
    sentIds.add(r.levelId);
    const i = indexById.get(r.levelId);
    if (i === undefined) continue;
    if (i > prevIndex || (i === prevIndex && prevRecord !== null && compareReminders(r, prevRecord) > 0)) {
      prevIndex = i;
      prevRecord = r;
    }
  }

  // A known mise en demeure (typed, or the receipt of one sent outside the policy) means the steps before it, and
  // itself, are over: it stands for a reminder of the formal level sent that day.
  let noticeFloor: LocalDate | null = null;
  if (invoice.formalNoticeDate) {
    const noticeIndex = formalNoticeIndex(levels);
    if (noticeIndex > prevIndex) {
      const on = invoice.formalNoticeDate;
      for (let i = prevIndex + 1; i <= noticeIndex; i++) {
        const level = levels[i]!;
        if (!level.enabled || sentIds.has(level.id)) continue;
        base.skipped.push({
          levelId: level.id,
          reason: i === noticeIndex ? formalNoticeDoneReason(level, on) : formalNoticeSupersedesReason(level, on),
          cause: 'formal-notice',
        });
      }
      prevIndex = noticeIndex;
      prevRecord = { id: 'formal-notice-date', levelId: levels[noticeIndex]?.id ?? 'formal-notice', sentOn: on, channel: 'registered-letter', recordedAt: `${on}T00:00:00.000Z`, note: '', firstPresentedOn: null, receivedOn: on };
      noticeFloor = addDays(on, 1);
    }
  }

  // The next level: the first enabled level after it. Only a before-due level may be passed over.
  let next: DunningLevel | null = null;
  for (let i = prevIndex + 1; i < levels.length; i++) {
    const level = levels[i]!;
    if (!level.enabled || sentIds.has(level.id)) continue;
    if (level.anchor === 'before-due' && today > invoice.dueDate) {
      base.skipped.push({ levelId: level.id, reason: level.tone === 'courtesy' ? COURTESY_SKIP_REASON : `${level.label} non envoyé\u00a0: l’échéance est déjà passée.` });
      continue;
    }
    next = level;
    break;
  }
  if (!next) return { ...base, status: 'complete' };

  const prevLevel = prevIndex >= 0 ? levels[prevIndex]! : null;
  let date = levelDate(next, invoice, prevRecord, prevLevel);
  // Never before the invoice exists, never the same day as (or before) a reminder already sent,
  // never before a broken pause re-armed the dunning.
  date = maxDate(date, invoice.issueDate);
  if (lastReminder) date = maxDate(date, addDays(lastReminder.sentOn, 1));
  if (noticeFloor) date = maxDate(date, noticeFloor);
  if (brokenOn) date = maxDate(date, brokenOn);

  const dueToday = date <= today;
  return {
    ...base,
    status: dueToday ? 'due' : today <= invoice.dueDate ? 'not-due' : 'scheduled',
    nextLevel: next,
    nextDate: date,
    dueToday,
    overdueSince: date < today ? date : null,
  };
}

/** The date a level falls on, before the floors applied by dunningStateOf. */
function levelDate(level: DunningLevel, invoice: EngineInvoice, prevRecord: ReminderRecord | null, prevLevel: DunningLevel | null): LocalDate {
  switch (level.anchor) {
    case 'before-due':
      return addDays(invoice.dueDate, -level.offsetDays);
    case 'after-due':
      return addDays(invoice.dueDate, level.offsetDays);
    case 'after-previous':
      // With no previous reminder, the due date stands for it.
      return addDays(prevRecord ? prevRecord.sentOn : invoice.dueDate, level.offsetDays);
    case 'after-previous-deadline':
      // The payment deadline a mise en demeure grants runs from its receipt when known (« sous huit jours à compter
      // de la réception »), else from the day it was sent.
      return prevRecord
        ? addDays(prevRecord.receivedOn ?? prevRecord.firstPresentedOn ?? prevRecord.sentOn, (prevLevel?.paymentDeadlineDays ?? 0) + level.offsetDays)
        : addDays(invoice.dueDate, level.offsetDays);
  }
}

type PauseEvaluation =
  | { state: 'active'; pause: NonNullable<DunningState['pause']> }
  | { state: 'broken'; broken: NonNullable<DunningState['pauseBroken']> };

function evaluatePause(pause: DunningPause, invoice: EngineInvoice, today: LocalDate, remainingCents: number): PauseEvaluation {
  switch (pause.kind) {
    case 'dispute':
      return { state: 'active', pause: { kind: 'dispute', reason: `litige «\u00a0${pause.note}\u00a0»` } };
    case 'promise':
      if (today > pause.until) {
        return { state: 'broken', broken: { on: addDays(pause.until, 1), reason: `Promesse de paiement du ${formatFrenchDate(pause.until)} non tenue.` } };
      }
      return { state: 'active', pause: { kind: 'promise', reason: `Promesse de paiement jusqu’au ${formatFrenchDate(pause.until)}.`, until: pause.until } };
    case 'plan': {
      // Payments received since the plan started, up to today, against the instalments already due.
      let paidSince = 0;
      for (const p of invoice.payments) if (p.date >= pause.since && p.date <= today) paidSince += p.amountCents;
      let cumulative = 0;
      for (const inst of pause.instalments) {
        cumulative += inst.amountCents;
        if (inst.dueDate >= today) {
          return {
            state: 'active',
            pause: {
              kind: 'plan',
              reason: `Plan de paiement\u00a0: prochaine échéance le ${formatFrenchDate(inst.dueDate)} (${formatEuros(inst.amountCents)}).`,
              until: inst.dueDate,
            },
          };
        }
        if (paidSince < cumulative) {
          return {
            state: 'broken',
            broken: {
              on: addDays(inst.dueDate, 1),
              reason: `Échéance du ${formatFrenchDate(inst.dueDate)} (${formatEuros(inst.amountCents)}) du plan de paiement non honorée.`,
            },
          };
        }
      }
      // Every instalment was paid, yet the invoice is not: the plan is over, the dunning resumes.
      const last = pause.instalments[pause.instalments.length - 1]!;
      return {
        state: 'broken',
        broken: {
          on: addDays(last.dueDate, 1),
          reason: `Plan de paiement terminé le ${formatFrenchDate(last.dueDate)} sans solder la facture\u00a0: il reste ${formatEuros(remainingCents)} à payer.`,
        },
      };
    }
  }
}

function compareReminders(a: ReminderRecord, b: ReminderRecord): number {
  if (a.sentOn !== b.sentOn) return a.sentOn < b.sentOn ? -1 : 1;
  if (a.recordedAt !== b.recordedAt) {
    // Instants may carry different offsets: compare the moments, then the text.
    const ta = Date.parse(a.recordedAt);
    const tb = Date.parse(b.recordedAt);
    if (ta !== tb && !Number.isNaN(ta) && !Number.isNaN(tb)) return ta < tb ? -1 : 1;
    return a.recordedAt < b.recordedAt ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function latestReminder(reminders: readonly ReminderRecord[]): ReminderRecord | null {
  let latest: ReminderRecord | null = null;
  for (const r of reminders) if (latest === null || compareReminders(r, latest) > 0) latest = r;
  return latest;
}

function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}
