import { addDays, daysBetween, isLocalDate, type LocalDate } from '../kernel/localDate';
import type { ClientKind, Invoice } from '../ledger/schema';
import { assertCents, type Cents } from '../kernel/money';
import { halfYearEnd, halfYearOf } from './halfYear';
import { latest45EndOfMonthDueDate } from './paymentTerms';
import { prescriptionDate, prescriptionWarnings, type PrescriptionResult } from './prescription';
import { b2bDefaultRateForHalfYear, contractualFloorForHalfYear, legalRateForHalfYear, type ExtraRates, type ResolvedRate } from './rates';
import type { HalfYearId } from './rates.data';
import { lawWarning, type LawWarning } from './warnings';
import { decompteRateLabel, decompteRuleText } from './wording';

/**
 * Late-payment penalties (B2B) and moratory interest (B2C) of one invoice, as a décompte a user or a judge can
 * check line by line. Pure: no clock, no I/O; every date is a 'YYYY-MM-DD' string, every amount integer cents.
 *
 * CONVENTIONS (legal-facts.md §§ 1, 3, 4)
 * - Day count. Each day from the first late day to the last accruing day, both included, accrues. In B2B the
 *   first late day is the day after the due date (L441-10 II: « exigibles le jour suivant la date de règlement
 *   figurant sur la facture ») so, for an unpaid invoice, days late = asOf − dueDate.
 * - Year basis: 365 days, even in leap years (a 366-day year of delay costs 366/365 of the annual rate). The
 *   official statement is service-public.fr for legal interest (« 365 jours, même pour une année bissextile »,
 *   https://entreprendre.service-public.gouv.fr/actualites/A15398); bpifrance-creation.fr and legifiscal.fr give
 *   the same « × nombre de jours de retard / 365 » formula for B2B penalties.
 * - Base: the amount INCLUDING VAT still due (TTC). A payment received on day P is counted as paid from day P + 1:
 *   day P itself still accrues on the unpaid amount. Payments on or before the due date simply reduce the base.
 *   A fully paid invoice stops accruing the day after full payment; penalties of the late period remain due.
 * - Periods are split at 1 January and 1 July (the rate changes by half-year) and wherever the base changes.
 * - ROUNDING: each line's amount = base (cents) × rate (bp) × days / (365 × 10 000), computed exactly with BigInt,
 *   rounded ONCE, to the cent, half away from zero, on the line. The total is the sum of the rounded lines. So
 *   every line can be checked by hand, and the total is the sum of what is printed.
 *
 * B2B (client 'business'): Code de commerce L441-10 II and D441-5.
 * - Rate: the contractual rate when one is set; otherwise the ECB main refinancing rate in force on 1 January
 *   (for January–June) or 1 July (for July–December), plus 10 points. No reminder is needed.
 * - Flat recovery indemnity of 40 € (not subject to VAT), once per invoice paid late or still unpaid after the due
 *   date, due as of right from the first day late (applies to payment terms started since 1 January 2013).
 *
 * B2C (client 'private'): Code civil 1231-6 and 1344-1.
 * - Interest at the taux de l'intérêt légal of the half-year, category « autres cas » (B), because the creditor is
 *   a professional (CMF L313-2, D313-1-A).
 * - It runs only from the mise en demeure (« à compter de la sommation de payer », art. 1231-6). DECISION: the
 *   notice day itself does not accrue; interest accrues from the day after the notice date, the same convention
 *   as B2B's day after the due date (a sommation received on day N makes the debtor late as from the end of day
 *   N). `formalNoticeDate` is the day the client received it (avis de réception) or, for a registered letter the
 *   client did not collect, the day it was first presented (a « pli avisé et non réclamé » is still a valid mise
 *   en demeure, Cass. 1re civ. 20 Jan 2021, legal-facts.md § 10). Until that day is known, `formalNoticeSentOn`
 *   says a notice is on its way: nothing accrues yet, and the décompte says interest starts on receipt. A notice sent before the due date cannot make a debt
 *   late before it is due: interest then starts the day after the due date.
 * - No 40 € indemnity, and no recovery costs, against a consumer (L441-10 is B2B only; CPCE L111-8).
 * - A contractual rate is NOT applied to a private client: a penalty clause can be reduced by the judge (C. civ.
 *   1231-5) and a claim above the legal rate invites a dispute; the décompte uses the legal rate and says so.
 *
 * MISSING RATES: if a half-year that carries a line has no rate (built-in table or user row), the décompte lists
 * it in `missingRates`, with a French message, and gives NO lines and NO total: never a partial or guessed total.
 */

export interface PenaltyPayment {
  readonly date: LocalDate;
  readonly amountCents: Cents;
}

export interface LatePenaltyInput {
  readonly clientKind: ClientKind;
  readonly amountTtcCents: Cents;
  readonly dueDate: LocalDate;
  readonly payments: readonly PenaltyPayment[];
  /** Contractual late-payment rate in basis points (1250 = 12,50 %), or null for the legal default. */
  readonly contractualRateBp: number | null;
  /** Date the private client received the mise en demeure; ignored for business clients. */
  readonly formalNoticeDate: LocalDate | null;
  /**
   * A mise en demeure sent on that day whose receipt is not known yet (no formalNoticeDate): nothing accrues
   * against a private client until the receipt is entered, and the décompte says so.
   */
  readonly formalNoticeSentOn?: LocalDate | null;
  /** The day the décompte is drawn up: the last day that can accrue. */
  readonly asOf: LocalDate;
  /** Invoice date: enables the 60-day payment term check (B2B) and the prescription warnings. */
  readonly issueDate?: LocalDate | null;
  /** Completion of the work or service: the start of the prescription period when known. */
  readonly completionDate?: LocalDate | null;
  /** Rates typed by the user for half-years the built-in tables lack. */
  readonly extraRates?: ExtraRates;
}

export interface DecompteLine {
  readonly from: LocalDate;
  /** Inclusive. */
  readonly to: LocalDate;
  readonly days: number;
  readonly baseCents: Cents;
  readonly rateBp: number;
  /** French, e.g. 'Taux BCE 2,15 % + 10 points (2e semestre 2025)'. */
  readonly rateLabel: string;
  readonly amountCents: Cents;
  readonly halfYear: HalfYearId;
  readonly rateOrigin: 'contractual' | 'table' | 'user';
}

export interface Decompte {
  readonly clientKind: ClientKind;
  /** Days from the due date to asOf, or to the full payment date when the invoice was paid late; 0 if not late. */
  readonly daysLate: number;
  /** First day that accrues (null when nothing accrues). */
  readonly accrualStart: LocalDate | null;
  readonly lines: readonly DecompteLine[];
  /** Sum of the rounded lines; null when a rate is missing. */
  readonly penaltiesCents: Cents | null;
  /** 40 € flat indemnity (B2B, invoice late), else 0. Not subject to VAT. */
  readonly indemnityCents: Cents;
  /** Penalties + indemnity; null when a rate is missing. */
  readonly totalCents: Cents | null;
  /** Principal still unpaid at the end of asOf. */
  readonly outstandingCents: Cents;
  /** Half-years whose rate must be entered in Paramètres, e.g. ['2027-S1']. */
  readonly missingRates: readonly HalfYearId[];
  readonly warnings: readonly LawWarning[];
  /** The rule applied, in French, for the letter or the screen. */
  readonly rule: string;
  readonly prescription: PrescriptionResult | null;
}

/** 40 €, Code de commerce D441-5. */
export const RECOVERY_INDEMNITY_CENTS: Cents = 4000;
/** Maximum agreed payment term, days after the invoice date (L441-10 I). */
export const MAX_PAYMENT_TERM_DAYS = 60;

const YEAR_BASIS_DAYS = 365n;
const BP_PER_UNIT = 10_000n;

/**
 * Amount of one line: base × rate × days / 365, exact in BigInt (cents × bp × days), rounded once to the cent,
 * half away from zero.
 */
export function accrualCents(baseCents: Cents, rateBp: number, days: number): Cents {
  assertCents(baseCents);
  if (!Number.isSafeInteger(rateBp)) throw new RangeError(`Not an integer rate in basis points: ${rateBp}`);
  if (!Number.isSafeInteger(days) || days < 0) throw new RangeError(`Not a number of days: ${days}`);
  const numerator = BigInt(baseCents) * BigInt(rateBp) * BigInt(days);
  const denominator = YEAR_BASIS_DAYS * BP_PER_UNIT;
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const rounded = (2n * abs + denominator) / (2n * denominator);
  return Number(negative ? -rounded : rounded);
}

/** Accrual of a constant base at a constant rate from `from` to `to`, both inclusive (0 when to < from). */
export function accrue(baseCents: Cents, rateBp: number, from: LocalDate, to: LocalDate): Cents {
  const days = daysBetween(from, to) + 1;
  return days <= 0 ? 0 : accrualCents(baseCents, rateBp, days);
}

function assertDate(name: string, value: LocalDate): void {
  if (!isLocalDate(value)) throw new RangeError(`${name}: not a local date: ${String(value)}`);
}

function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a < b ? a : b;
}

function validate(input: LatePenaltyInput): void {
  assertDate('dueDate', input.dueDate);
  assertDate('asOf', input.asOf);
  if (input.formalNoticeDate) assertDate('formalNoticeDate', input.formalNoticeDate);
  if (input.formalNoticeSentOn) assertDate('formalNoticeSentOn', input.formalNoticeSentOn);
  if (input.issueDate) assertDate('issueDate', input.issueDate);
  if (input.completionDate) assertDate('completionDate', input.completionDate);
  assertCents(input.amountTtcCents);
  if (input.amountTtcCents < 0) throw new RangeError('amountTtcCents must not be negative');
  for (const p of input.payments) {
    assertDate('payment.date', p.date);
    assertCents(p.amountCents);
    if (p.amountCents < 0) throw new RangeError('A payment must not be negative');
  }
  if (input.contractualRateBp !== null && (!Number.isSafeInteger(input.contractualRateBp) || input.contractualRateBp < 0)) {
    throw new RangeError(`contractualRateBp: not a rate in basis points: ${input.contractualRateBp}`);
  }
}

interface Segment {
  from: LocalDate;
  to: LocalDate;
  baseCents: Cents;
  halfYear: HalfYearId;
}

/** Splits [start, end] at half-year boundaries and wherever the base changes (the day after each payment). */
function segments(amount: Cents, payments: readonly PenaltyPayment[], start: LocalDate, end: LocalDate): Segment[] {
  const paidBefore = (day: LocalDate): Cents => payments.reduce((s, p) => (p.date < day ? s + p.amountCents : s), 0);
  const changeDays = [...new Set(payments.map((p) => addDays(p.date, 1)))].sort();
  const out: Segment[] = [];
  let cursor = start;
  while (cursor <= end) {
    const halfYear = halfYearOf(cursor);
    let to = minDate(end, halfYearEnd(halfYear));
    const nextChange = changeDays.find((d) => d > cursor);
    if (nextChange !== undefined && nextChange <= to) to = addDays(nextChange, -1);
    const baseCents = Math.max(0, amount - paidBefore(cursor));
    if (baseCents > 0) out.push({ from: cursor, to, baseCents, halfYear });
    cursor = addDays(to, 1);
  }
  return out;
}

/** The day the cumulated payments reach the amount, or null. */
function fullPaymentDate(amount: Cents, payments: readonly PenaltyPayment[]): LocalDate | null {
  const sorted = [...payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let paid = 0;
  for (const p of sorted) {
    paid += p.amountCents;
    if (paid >= amount) return p.date;
  }
  return null;
}

export function computeLatePenalties(input: LatePenaltyInput): Decompte {
  validate(input);
  const { clientKind, amountTtcCents: amount, dueDate, asOf } = input;
  const isBusiness = clientKind === 'business';
  // Payments after asOf are not known on the day of the décompte.
  const payments = input.payments.filter((p) => p.date <= asOf && p.amountCents > 0);

  // A zero amount is « paid » on its due date: nothing is late.
  const paidInFull = amount <= 0 ? dueDate : fullPaymentDate(amount, payments);
  // Last day with something unpaid: a full payment on day P still leaves day P accruing.
  const lastUnpaidDay = paidInFull !== null ? minDate(asOf, paidInFull) : asOf;
  const daysLate = Math.max(0, daysBetween(dueDate, lastUnpaidDay));
  const isLate = daysLate > 0;
  const outstandingCents = Math.max(0, amount - payments.reduce((s, p) => s + p.amountCents, 0));

  const start = isLate ? accrualStartOf(input, lastUnpaidDay) : { accrualStart: null, warnings: [] };
  const warnings: LawWarning[] = [...start.warnings];
  const useContractual = isBusiness && input.contractualRateBp !== null;
  if (!isBusiness && input.contractualRateBp !== null && isLate) {
    warnings.push(lawWarning('info', { code: 'CONTRACTUAL_RATE_NOT_APPLIED_PRIVATE', rateBp: input.contractualRateBp }));
  }

  const segs = start.accrualStart ? segments(amount, payments, start.accrualStart, lastUnpaidDay) : [];
  const { lines, missing, usedRates } = decompteLines(segs, input, useContractual);
  if (missing.length > 0) {
    warnings.unshift(lawWarning('warning', { code: 'MISSING_RATES', missing, rateKind: isBusiness ? 'ecb' : 'legalOther' }));
  }
  warnings.push(...rateOriginWarnings(usedRates));
  if (useContractual) warnings.push(...contractualFloorWarnings(input.contractualRateBp!, [...new Set(segs.map((s) => s.halfYear))], input.extraRates));
  if (isBusiness && input.issueDate) warnings.push(...paymentTermWarnings(input.issueDate, dueDate));

  let prescription: PrescriptionResult | null = null;
  const prescriptionStart = input.completionDate ?? input.issueDate ?? null;
  if (prescriptionStart) {
    prescription = prescriptionDate({
      clientKind,
      issueDate: input.issueDate ?? prescriptionStart,
      completionDate: input.completionDate ?? null,
      payments,
    });
    if (isLate) warnings.push(...prescriptionWarnings(prescription, asOf));
  }

  const indemnityCents = isBusiness && isLate && dueDate >= '2013-01-01' ? RECOVERY_INDEMNITY_CENTS : 0;
  const complete = missing.length === 0;
  const penaltiesCents = complete ? lines.reduce((s, l) => s + l.amountCents, 0) : null;

  return {
    clientKind,
    daysLate,
    accrualStart: start.accrualStart,
    lines: complete ? lines : [],
    penaltiesCents,
    indemnityCents,
    totalCents: penaltiesCents === null ? null : penaltiesCents + indemnityCents,
    outstandingCents,
    missingRates: missing,
    warnings,
    rule: decompteRuleText({
      clientKind,
      contractualRateBp: useContractual ? input.contractualRateBp : null,
      indemnityCents,
      formalNoticeDate: input.formalNoticeDate,
      formalNoticeSentOn: input.formalNoticeSentOn ?? null,
    }),
    prescription,
  };
}

/**
 * The first day that accrues, for a late invoice: the day after the due date for a business client (L441-10); for a
 * private client, the day after the mise en demeure (C. civ. 1231-6), and none until there is one.
 */
function accrualStartOf(input: LatePenaltyInput, lastUnpaidDay: LocalDate): { accrualStart: LocalDate | null; warnings: LawWarning[] } {
  const firstLateDay = addDays(input.dueDate, 1);
  if (input.clientKind === 'business') return { accrualStart: firstLateDay, warnings: [] };
  if (input.formalNoticeDate) {
    const warnings: LawWarning[] = [];
    const afterNotice = addDays(input.formalNoticeDate, 1);
    const accrualStart = afterNotice > firstLateDay ? afterNotice : firstLateDay;
    if (input.formalNoticeDate < input.dueDate) {
      warnings.push(lawWarning('info', { code: 'FORMAL_NOTICE_BEFORE_DUE_DATE', noticeDate: input.formalNoticeDate, dueDate: input.dueDate }));
    }
    return { accrualStart: accrualStart > lastUnpaidDay ? null : accrualStart, warnings };
  }
  if (input.formalNoticeSentOn) {
    return { accrualStart: null, warnings: [lawWarning('info', { code: 'FORMAL_NOTICE_AWAITING_RECEIPT', sentOn: input.formalNoticeSentOn })] };
  }
  return { accrualStart: null, warnings: [lawWarning('info', { code: 'NO_FORMAL_NOTICE' })] };
}

/** One line per segment at its rate; the half-years whose rate is unknown are listed instead. */
function decompteLines(
  segs: readonly Segment[],
  input: LatePenaltyInput,
  useContractual: boolean,
): { lines: DecompteLine[]; missing: HalfYearId[]; usedRates: ResolvedRate[] } {
  const isBusiness = input.clientKind === 'business';
  const missing: HalfYearId[] = [];
  const lines: DecompteLine[] = [];
  const usedRates: ResolvedRate[] = [];
  for (const seg of segs) {
    let rate: ResolvedRate | null = null;
    let rateBp: number;
    let rateLabel: string;
    if (useContractual) {
      rateBp = input.contractualRateBp!;
      rateLabel = decompteRateLabel('contractual', null, rateBp, seg.halfYear);
    } else {
      rate = isBusiness ? b2bDefaultRateForHalfYear(seg.halfYear, input.extraRates) : legalRateForHalfYear(seg.halfYear, 'other', input.extraRates);
      if (!rate) {
        if (!missing.includes(seg.halfYear)) missing.push(seg.halfYear);
        continue;
      }
      usedRates.push(rate);
      rateBp = rate.bp;
      rateLabel = decompteRateLabel(isBusiness ? 'b2bDefault' : 'legal', rate, rateBp, seg.halfYear);
    }
    const days = daysBetween(seg.from, seg.to) + 1;
    lines.push({
      from: seg.from,
      to: seg.to,
      days,
      baseCents: seg.baseCents,
      rateBp,
      rateLabel,
      amountCents: accrualCents(seg.baseCents, rateBp, days),
      halfYear: seg.halfYear,
      rateOrigin: useContractual ? 'contractual' : rate!.origin,
    });
  }
  return { lines, missing, usedRates };
}

/** Rates not yet confirmed by the official sources, or typed by the user: the décompte says so. */
function rateOriginWarnings(usedRates: readonly ResolvedRate[]): LawWarning[] {
  const warnings: LawWarning[] = [];
  const unconfirmed = [...new Set(usedRates.filter((r) => r.unconfirmed).map((r) => r.halfYear))];
  if (unconfirmed.length > 0) warnings.push(lawWarning('warning', { code: 'UNCONFIRMED_RATE', halfYears: unconfirmed }));
  const userRates = [...new Set(usedRates.filter((r) => r.origin === 'user').map((r) => r.halfYear))];
  if (userRates.length > 0) warnings.push(lawWarning('info', { code: 'USER_ENTERED_RATE', halfYears: userRates }));
  return warnings;
}

/** A contractual rate may not be below three times the legal rate (L441-10 II). */
function contractualFloorWarnings(rateBp: number, halfYears: readonly HalfYearId[], extraRates: ExtraRates | undefined): LawWarning[] {
  const below: { halfYear: HalfYearId; bp: number }[] = [];
  const unverifiable: HalfYearId[] = [];
  for (const h of halfYears) {
    const floor = contractualFloorForHalfYear(h, extraRates);
    if (!floor) unverifiable.push(h);
    else if (rateBp < floor.bp) below.push({ halfYear: h, bp: floor.bp });
  }
  const warnings: LawWarning[] = [];
  if (below.length > 0) warnings.push(lawWarning('warning', { code: 'CONTRACTUAL_RATE_BELOW_FLOOR', rateBp, floors: below }));
  if (unverifiable.length > 0) warnings.push(lawWarning('info', { code: 'CONTRACTUAL_FLOOR_UNVERIFIABLE', halfYears: unverifiable }));
  return warnings;
}

/** Between businesses a payment term is at most 60 days (L441-10 I). */
function paymentTermWarnings(issueDate: LocalDate, dueDate: LocalDate): LawWarning[] {
  const term = daysBetween(issueDate, dueDate);
  if (term <= MAX_PAYMENT_TERM_DAYS) return [];
  // The derogation « 45 jours fin de mois » may be agreed expressly in the contract (L441-10 I): a due date
  // within the later of its two accepted readings may be one (see paymentTerms.ts).
  const within45EndOfMonth = dueDate <= latest45EndOfMonthDueDate(issueDate);
  return [lawWarning('warning', { code: 'PAYMENT_TERM_OVER_60_DAYS', termDays: term, within45EndOfMonth })];
}

/** Builds the input from a stored invoice (payments, contractual rate, dates) and its client's kind. */
export function latePenaltyInputFromInvoice(
  invoice: Pick<Invoice, 'issueDate' | 'dueDate' | 'amountTtcCents' | 'contractualLateRateBp' | 'payments'>,
  clientKind: ClientKind,
  options: {
    asOf: LocalDate;
    formalNoticeDate?: LocalDate | null;
    formalNoticeSentOn?: LocalDate | null;
    completionDate?: LocalDate | null;
    extraRates?: ExtraRates;
  },
): LatePenaltyInput {
  return {
    clientKind,
    amountTtcCents: invoice.amountTtcCents,
    dueDate: invoice.dueDate,
    issueDate: invoice.issueDate,
    completionDate: options.completionDate ?? null,
    payments: invoice.payments.map((p) => ({ date: p.date, amountCents: p.amountCents })),
    contractualRateBp: invoice.contractualLateRateBp,
    formalNoticeDate: options.formalNoticeDate ?? null,
    formalNoticeSentOn: options.formalNoticeSentOn ?? null,
    asOf: options.asOf,
    ...(options.extraRates ? { extraRates: options.extraRates } : {}),
  };
}
