import { z } from 'zod';
import type { LocalDate } from '../kernel/localDate';
import { halfYearLabel, halfYearStart, isHalfYearId, nextHalfYear, parseHalfYear } from './halfYear';
import {
  ECB_MRO_HISTORY,
  ECB_RATE_KNOWN_THROUGH,
  LEGAL_RATE_HALF_YEARS,
  LEGAL_RATE_YEARS_BEFORE_2015,
  type EcbRateRow,
  type HalfYearId,
} from './rates.data';
import { frenchTypography } from '../kernel/frenchTypography';

/**
 * Rate look-ups per half-year, from the source series of rates.data.ts, completed by the rates the user typed
 * in Paramètres for half-years the built-in tables do not cover yet. Nothing is ever guessed: a half-year with
 * no row gives null, and the computations report it as missing.
 */

/** A row typed by the user in Paramètres for a half-year, e.g. 2027-S1. All rates in basis points. */
export interface ExtraRateRow {
  /** ECB main refinancing rate in force on 1 January (S1) or 1 July (S2). */
  readonly ecbBp?: number;
  /** Taux de l'intérêt légal, creditor natural person not acting for professional purposes (category A). */
  readonly legalPrivateBp?: number;
  /** Taux de l'intérêt légal, « autres cas » (category B). */
  readonly legalOtherBp?: number;
}

/** User rows keyed by half-year id: { '2027-S1': { ecbBp: 240, legalOtherBp: 280 } }. */
export type ExtraRates = Readonly<Partial<Record<HalfYearId, ExtraRateRow>>>;

const userRateBp = z
  .number({ message: 'Taux invalide.' })
  .int('Saisissez le taux en centièmes de pour cent (ex. 2,15\u00a0% = 215).')
  .min(0, 'Le taux ne peut pas être négatif.')
  .max(5_000, 'Taux trop élevé.');

/** Schema of the user rows, for the settings store (French messages, shown as they are). */
export const extraRatesSchema = z
  .record(
    z.string(),
    z.object({ ecbBp: userRateBp.optional(), legalPrivateBp: userRateBp.optional(), legalOtherBp: userRateBp.optional() }),
  )
  .superRefine((rows, ctx) => {
    for (const key of Object.keys(rows)) {
      if (!isHalfYearId(key)) ctx.addIssue({ code: 'custom', path: [key], message: 'Semestre invalide (format attendu\u00a0: 2027-S1).' });
    }
  });

export type RateKind = 'ecb' | 'b2bDefault' | 'legalPrivate' | 'legalOther' | 'b2bFloor';

export interface ResolvedRate {
  readonly halfYear: HalfYearId;
  readonly kind: RateKind;
  readonly bp: number;
  /** 'table': the built-in official tables; 'user': typed by the user in Paramètres. */
  readonly origin: 'table' | 'user';
  readonly unconfirmed: boolean;
  /** Set for legal rates before 2015, when one rate applied to the whole year. */
  readonly annual?: boolean;
  readonly source: readonly string[];
}

/** The half-year anchoring of the ECB rate applies since 1 January 2013 (loi 2012-387; rates.json rulesByPeriod). */
export const FIRST_HALF_YEAR_OF_ANCHORED_ECB_RULE: HalfYearId = '2013-S1';
/** The 3 × legal rate floor applies since the loi LME (1 January 2009); before it, it was 1.5 ×. */
export const FIRST_HALF_YEAR_OF_TRIPLE_FLOOR: HalfYearId = '2009-S1';

const USER_SOURCE = ['Taux saisi par l’utilisateur dans Paramètres'] as const;

function validUserBp(value: number | undefined): value is number {
  return value !== undefined && userRateBp.safeParse(value).success;
}

function userRow(halfYear: HalfYearId, extraRates: ExtraRates | undefined): ExtraRateRow | undefined {
  return extraRates?.[halfYear];
}

/** The ECB history row in force on a date, or null when the date is outside what the sources cover. */
export function ecbRowInForceOn(date: LocalDate): EcbRateRow | null {
  if (date > ECB_RATE_KNOWN_THROUGH) return null;
  let found: EcbRateRow | null = null;
  for (const row of ECB_MRO_HISTORY) {
    if (row.effectiveDate <= date && (found === null || row.effectiveDate >= found.effectiveDate)) found = row;
  }
  return found;
}

function ecbRowUnconfirmedOn(row: EcbRateRow, date: LocalDate): boolean {
  return row.unconfirmed && !(row.certainFrom !== undefined && row.certainFrom <= date);
}

/**
 * ECB main refinancing rate in force on the first day of the half-year (1 January / 1 July), as L441-10 II
 * requires since 2013. The built-in table wins over a user row for the same half-year: user rows only complete
 * the table.
 */
export const ecbRateForHalfYear = memoisedPerHalfYear(function ecbRate(halfYear: HalfYearId, extraRates?: ExtraRates): ResolvedRate | null {
  const anchor = halfYearStart(halfYear);
  if (halfYear >= FIRST_HALF_YEAR_OF_ANCHORED_ECB_RULE) {
    const row = ecbRowInForceOn(anchor);
    if (row) {
      return {
        halfYear,
        kind: 'ecb',
        bp: row.rateBp,
        origin: 'table',
        unconfirmed: ecbRowUnconfirmedOn(row, anchor),
        source: [`Taux BCE en vigueur au ${anchor} (en vigueur depuis le ${row.effectiveDate})`, ...row.source],
      };
    }
  }
  const user = userRow(halfYear, extraRates);
  if (user && validUserBp(user.ecbBp)) {
    return { halfYear, kind: 'ecb', bp: user.ecbBp, origin: 'user', unconfirmed: false, source: USER_SOURCE };
  }
  return null;
});

/** Default B2B penalty rate: ECB rate of the half-year + 10 points (Code de commerce L441-10 II). */
export const b2bDefaultRateForHalfYear = memoisedPerHalfYear(function b2bDefaultRate(halfYear: HalfYearId, extraRates?: ExtraRates): ResolvedRate | null {
  const ecb = ecbRateForHalfYear(halfYear, extraRates);
  return ecb ? { ...ecb, kind: 'b2bDefault', bp: ecb.bp + 1000 } : null;
});

/** Taux de l'intérêt légal of a half-year; before 2015 the yearly rate (same for both categories). */
export function legalRateForHalfYear(halfYear: HalfYearId, category: 'private' | 'other', extraRates?: ExtraRates): ResolvedRate | null {
  return (category === 'private' ? legalPrivateRate : legalOtherRate)(halfYear, extraRates);
}

const legalPrivateRate = memoisedPerHalfYear((halfYear: HalfYearId, extraRates?: ExtraRates) => legalRate(halfYear, 'private', extraRates));
const legalOtherRate = memoisedPerHalfYear((halfYear: HalfYearId, extraRates?: ExtraRates) => legalRate(halfYear, 'other', extraRates));

function legalRate(halfYear: HalfYearId, category: 'private' | 'other', extraRates?: ExtraRates): ResolvedRate | null {
  const kind: RateKind = category === 'private' ? 'legalPrivate' : 'legalOther';
  const row = LEGAL_RATE_HALF_YEARS.find((r) => r.halfYear === halfYear);
  if (row) {
    return {
      halfYear,
      kind,
      bp: category === 'private' ? row.privateCreditorBp : row.otherCasesBp,
      origin: 'table',
      unconfirmed: row.unconfirmed,
      source: row.source,
    };
  }
  const { year } = parseHalfYear(halfYear);
  const yearly = year < 2015 ? LEGAL_RATE_YEARS_BEFORE_2015.find((r) => r.year === year) : undefined;
  if (yearly) {
    return { halfYear, kind, bp: yearly.rateBp, origin: 'table', unconfirmed: yearly.unconfirmed, annual: true, source: yearly.source };
  }
  const user = userRow(halfYear, extraRates);
  const bp = category === 'private' ? user?.legalPrivateBp : user?.legalOtherBp;
  if (validUserBp(bp)) return { halfYear, kind, bp, origin: 'user', unconfirmed: false, source: USER_SOURCE };
  return null;
}

/**
 * Lowest contractual B2B penalty rate allowed: 3 × the legal rate « autres cas » of the same half-year
 * (L441-10 II). Null before 2009 (the floor was then 1.5 ×, not handled) or when the legal rate is unknown.
 */
export function contractualFloorForHalfYear(halfYear: HalfYearId, extraRates?: ExtraRates): ResolvedRate | null {
  if (halfYear < FIRST_HALF_YEAR_OF_TRIPLE_FLOOR) return null;
  const legal = legalRateForHalfYear(halfYear, 'other', extraRates);
  return legal ? { ...legal, kind: 'b2bFloor', bp: 3 * legal.bp } : null;
}

/** A rate typed in Paramètres that the official tables already have for its half-year, with the tables' value. */
export interface RateInTables {
  readonly kind: 'ecb' | 'legalPrivate' | 'legalOther';
  readonly tableBp: number;
}

/**
 * The rates of a row typed in Paramètres that the built-in tables already give for its half-year: the tables win
 * (see ecbRateForHalfYear), so these are never used, and the user is told so instead of being silently ignored.
 */
export function ratesAlreadyInTables(halfYear: HalfYearId, row: ExtraRateRow): RateInTables[] {
  const found: RateInTables[] = [];
  const fromTables = (rate: ResolvedRate | null): number | null => (rate?.origin === 'table' ? rate.bp : null);
  const ecb = row.ecbBp === undefined ? null : fromTables(ecbRateForHalfYear(halfYear));
  if (ecb !== null) found.push({ kind: 'ecb', tableBp: ecb });
  const other = row.legalOtherBp === undefined ? null : fromTables(legalRateForHalfYear(halfYear, 'other'));
  if (other !== null) found.push({ kind: 'legalOther', tableBp: other });
  const own = row.legalPrivateBp === undefined ? null : fromTables(legalRateForHalfYear(halfYear, 'private'));
  if (own !== null) found.push({ kind: 'legalPrivate', tableBp: own });
  return found;
}

/** All half-years from `from` to `to` inclusive. */
export function halfYearsBetween(from: HalfYearId, to: HalfYearId): HalfYearId[] {
  const out: HalfYearId[] = [];
  for (let h = from; h <= to; h = nextHalfYear(h)) out.push(h);
  return out;
}

/** 1215 → '12,15 %' (no-break space before the sign, French typography). */
export function formatRateBp(bp: number): string {
  if (!Number.isSafeInteger(bp)) throw new RangeError(`Not an integer rate in basis points: ${bp}`);
  const abs = Math.abs(bp);
  return `${bp < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}\u00a0%`;
}

/** French sentence asking for the missing published rate of a half-year, shown in the décompte. */
export function missingRateMessage(halfYear: HalfYearId, kind: 'ecb' | 'legalOther'): string {
  const label = halfYearLabel(halfYear);
  const anchor = parseHalfYear(halfYear).half === 1 ? '1er janvier' : '1er juillet';
  if (kind === 'ecb' && halfYear < FIRST_HALF_YEAR_OF_ANCHORED_ECB_RULE) {
    return frenchTypography(`${label} : avant 2013, le taux des pénalités suivait chaque opération de la BCE ; Relance ne le calcule pas. Saisissez un taux contractuel, ou le taux BCE publié pour ce semestre dans Paramètres.`);
  }
  return kind === 'ecb'
    ? frenchTypography(`${label} : le taux de refinancement de la BCE en vigueur au ${anchor} ${parseHalfYear(halfYear).year} n’est pas encore connu de Relance. Saisissez le taux publié dans Paramètres.`)
    : frenchTypography(`${label} : le taux de l’intérêt légal (autres cas) n’est pas encore connu de Relance. Saisissez le taux publié au Journal officiel dans Paramètres.`);
}

const NO_EXTRA_RATES: ExtraRates = {};

/**
 * A rate lookup remembered per half-year and per set of user rates (by identity: settings are replaced, never
 * mutated). The décompte of every open invoice asks the same few half-years thousands of times. The answers are
 * frozen, so a caller cannot change what the next one reads.
 */
function memoisedPerHalfYear(lookup: (halfYear: HalfYearId, extraRates?: ExtraRates) => ResolvedRate | null) {
  const byRates = new WeakMap<ExtraRates, Map<HalfYearId, Readonly<ResolvedRate> | null>>();
  return (halfYear: HalfYearId, extraRates?: ExtraRates): Readonly<ResolvedRate> | null => {
    const key = extraRates ?? NO_EXTRA_RATES;
    let known = byRates.get(key);
    if (!known) byRates.set(key, (known = new Map()));
    let rate = known.get(halfYear);
    if (rate === undefined) {
      const found = lookup(halfYear, extraRates);
      rate = found ? Object.freeze({ ...found, source: Object.freeze([...found.source]) as string[] }) : null;
      known.set(halfYear, rate);
    }
    return rate;
  };
}
