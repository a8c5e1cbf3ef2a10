/**
 * Official rate tables used by the late-payment computations, copied from rates.json (compiled
 * 2026-11-22 from stored copies of public pages; see legal-facts.md for the rules and every source).
 *
 * Generated once from /work/shared/law/rates.json, then maintained by hand: to add a half-year, append a row
 * with its sources. Rates are integer basis points (hundredths of a percent): 215 = 2,15 %.
 *
 * Only SOURCE series are used at run time (ECB MRO history, legal interest rates). The derived tables that
 * rates.json also publishes (ECB + 10 points per half-year, the 3 × legal-rate floor) are kept below as
 * PUBLISHED_* constants: tests check that the values computed in rates.ts equal them.
 */
import type { LocalDate } from '../kernel/localDate';

export const RATES_COMPILED_ON: LocalDate = '2026-11-22';
/** @public Kept with the data it qualifies, for whoever audits the tables. */
export const RATES_CAVEAT = "Compiled from stored copies of public pages and public GitHub code (no live web). Not legal advice. Re-check each new semester against legifrance.gouv.fr (arrêté) and service-public.fr; re-check ECB decisions on ecb.europa.eu.";

/** A half-year: '2026-S1' (1 January – 30 June) or '2026-S2' (1 July – 31 December). */
export type HalfYearId = `${number}-S${1 | 2}`;

export interface Sourced {
  readonly source: readonly string[];
  /** No source was found, or the sources disagree (flag [UNCONFIRMED] of legal-facts.md). */
  readonly unconfirmed: boolean;
  /** Only one source was found (flag [1 src]). */
  readonly singleSource?: boolean;
  readonly note?: string;
}

export interface EcbRateRow extends Sourced {
  /** Date of effect of this level. */
  readonly effectiveDate: LocalDate;
  readonly rateBp: number;
  /**
   * When only the date of effect is unconfirmed: the date from which the level is certainly in force. A rate
   * read on or after it is not marked unconfirmed.
   */
  readonly certainFrom?: LocalDate;
}

/**
 * The last date for which the rate in force is known from the sources: the June 2026 hike is in force on
 * 1 July 2026 and no later decision was found (rates.json › ecbMainRefinancingRate.latestKnownDecision). Any
 * later anchor date (1 January 2027 onwards) is unknown: the user must enter it in Paramètres.
 */
export const ECB_RATE_KNOWN_THROUGH: LocalDate = '2026-07-01';
/** @public Reference data: the sources of the tables, for audit. */
export const ECB_LATEST_KNOWN_DECISION = "2026-06-11 (hike to 2.40%). Later 2026 decisions were not found in the sources available: the app must let the user add rows.";

/**
 * ECB main refinancing operations (MRO) rate, with the date each level took effect. Before 15 Oct 2008: minimum
 * bid rate of variable-rate tenders; since: fixed rate.
 */
export const ECB_MRO_HISTORY: readonly EcbRateRow[] = [
  {
    effectiveDate: "2007-06-13",
    rateBp: 400,
    source: [
      "http://econstats.com/r/recb_eq1.csv (ECB target rates, end-of-quarter values 1999-2008)"
    ],
    unconfirmed: true,
    singleSource: true,
    note: "Level 4.00% confirmed by ECONSTATS quarter-end values 2007Q2-2008Q2; the 13 Jun 2007 effective date is from memory (not found in a source). Variable-rate tenders: this is the minimum bid rate."
  },
  {
    effectiveDate: "2008-07-09",
    rateBp: 425,
    source: [
      "http://econstats.com/r/recb_eq1.csv (ECB target rates, end-of-quarter values 1999-2008)"
    ],
    unconfirmed: true,
    singleSource: true,
    note: "4.25% confirmed by ECONSTATS (2008Q3 end); effective date 9 Jul 2008 not found in a source. Minimum bid rate (variable-rate tenders)."
  },
  {
    effectiveDate: "2008-10-15",
    rateBp: 375,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://m.pinggu.org/bbs/thread-894488-1-1.html (copy of ECB key-rate table with footnotes for 2008-2009)"
    ],
    unconfirmed: false,
    note: "From 15 Oct 2008 MROs are fixed-rate full-allotment tenders (ECB footnote)."
  },
  {
    effectiveDate: "2008-11-12",
    rateBp: 325,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://m.pinggu.org/bbs/thread-894488-1-1.html (copy of ECB key-rate table with footnotes for 2008-2009)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2008-12-10",
    rateBp: 250,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://m.pinggu.org/bbs/thread-894488-1-1.html (copy of ECB key-rate table with footnotes for 2008-2009)",
      "https://chemouli-dauzier.typepad.fr/le_blog_du_cabinet_chemou/2008/12/taux-conseille-pour-les-penalites-de-retard.html (refi 2.5% from 10 Dec 2008)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2009-01-21",
    rateBp: 200,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://m.pinggu.org/bbs/thread-894488-1-1.html (copy of ECB key-rate table with footnotes for 2008-2009)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2009-03-11",
    rateBp: 150,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://m.pinggu.org/bbs/thread-894488-1-1.html (copy of ECB key-rate table with footnotes for 2008-2009)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2009-04-08",
    rateBp: 125,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://m.pinggu.org/bbs/thread-894488-1-1.html (copy of ECB key-rate table with footnotes for 2008-2009)",
      "https://legifiscal.fr/actualites-fiscales/574-nouvelle-baisse-du-taux-directeur-de-la-bce.html (ECB refi changes 2009-2014, announcement dates)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2009-05-13",
    rateBp: 100,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://m.pinggu.org/bbs/thread-894488-1-1.html (copy of ECB key-rate table with footnotes for 2008-2009)",
      "https://legifiscal.fr/actualites-fiscales/574-nouvelle-baisse-du-taux-directeur-de-la-bce.html (ECB refi changes 2009-2014, announcement dates)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2011-04-13",
    rateBp: 125,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://legifiscal.fr/actualites-fiscales/574-nouvelle-baisse-du-taux-directeur-de-la-bce.html (ECB refi changes 2009-2014, announcement dates)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2011-07-13",
    rateBp: 150,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://legifiscal.fr/actualites-fiscales/574-nouvelle-baisse-du-taux-directeur-de-la-bce.html (ECB refi changes 2009-2014, announcement dates)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2011-11-09",
    rateBp: 125,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://legifiscal.fr/actualites-fiscales/574-nouvelle-baisse-du-taux-directeur-de-la-bce.html (ECB refi changes 2009-2014, announcement dates)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2011-12-14",
    rateBp: 100,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://legifiscal.fr/actualites-fiscales/574-nouvelle-baisse-du-taux-directeur-de-la-bce.html (ECB refi changes 2009-2014, announcement dates)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2012-07-11",
    rateBp: 75,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://legifiscal.fr/actualites-fiscales/574-nouvelle-baisse-du-taux-directeur-de-la-bce.html (ECB refi changes 2009-2014, announcement dates)",
      "https://lexing.law/avocats/penalites-de-retard-de-paiement/2012/12/14 (refi 0.75% in Dec 2012; semester rule from 1 Jan 2013)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2013-05-08",
    rateBp: 50,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://legifiscal.fr/actualites-fiscales/574-nouvelle-baisse-du-taux-directeur-de-la-bce.html (ECB refi changes 2009-2014, announcement dates)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2013-11-13",
    rateBp: 25,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://legifiscal.fr/actualites-fiscales/574-nouvelle-baisse-du-taux-directeur-de-la-bce.html (ECB refi changes 2009-2014, announcement dates)",
      "https://lexing.law/avocats/penalites-retard-paiement/2014/03/25 (refi 0.25% since 13 Nov 2013; BCE+10 = 10.25% for 2014-S1)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2014-06-11",
    rateBp: 15,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://legifiscal.fr/actualites-fiscales/574-nouvelle-baisse-du-taux-directeur-de-la-bce.html (ECB refi changes 2009-2014, announcement dates)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2014-09-10",
    rateBp: 5,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://legifiscal.fr/actualites-fiscales/574-nouvelle-baisse-du-taux-directeur-de-la-bce.html (ECB refi changes 2009-2014, announcement dates)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2016-03-16",
    rateBp: 0,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "https://legifiscal.fr/actualites-fiscales/1029-le-taux-refi-de-la-bce-passe-de-005-0.html (refi 0.05% -> 0%)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2022-07-27",
    rateBp: 50,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates",
      "https://www.breakinglatest.news/business/ecb-raises-rates-by-50-basis-points-the-first-hike-since-2011/ (MRO 0.50% from 27 Jul 2022)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2022-09-14",
    rateBp: 125,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2022-11-02",
    rateBp: 200,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2022-12-21",
    rateBp: 250,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2023-02-08",
    rateBp: 300,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2023-03-22",
    rateBp: 350,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2023-05-10",
    rateBp: 375,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates",
      "https://www.livemint.com/news/world/ecb-hikes-key-rates-by-25-bps-as-inflation-outlook-stays-too-high-for-too-long/amp-11683205040071.html (MRO 3.75% from 10 May 2023)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2023-06-21",
    rateBp: 400,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates",
      "https://eir.news/2023/06/news/ecb-titanic-goes-full-speed-ahead (MRO 4.00% from 21 Jun 2023)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2023-08-02",
    rateBp: 425,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2023-09-20",
    rateBp: 450,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates",
      "https://www.lalibre.be/economie/conjoncture/2023/09/14/la-bce-donne-un-nouveau-tour-de-vis-sur-les-taux-dinteret-ZYUYN6VXKNBHNJU5DNZPRISN5E/ (MRO 4.50% from 20 Sep 2023)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2024-06-12",
    rateBp: 425,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2024-09-18",
    rateBp: 365,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates",
      "https://www.forexlive.com/centralbank/ecb-cuts-deposit-rate-by-25-bps-in-september-monetary-policy-decision-as-expected-20240912/ (MRO 3.65% Sept 2024)"
    ],
    unconfirmed: false,
    note: "Technical narrowing of the MRO-deposit spread to 15bp (60bp cut of the MRO)."
  },
  {
    effectiveDate: "2024-10-23",
    rateBp: 340,
    source: [
      "https://www.banque-france.fr/en/policy-rates (Banque de France table of ECB key rates, dates of effect; lists changes up to 23 Oct 2024)",
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2024-12-18",
    rateBp: 315,
    source: [
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates",
      "https://francetransactions.com/amp/mot/taux-bce (refi 3.15% at 21 Dec 2024)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2025-02-05",
    rateBp: 290,
    source: [
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates",
      "https://en.paperjam.lu/article/ecb-remains-cautious-and-predictable-with-25bps-rate-cut (MRO 2.90% from 5 Feb 2025)",
      "https://ot.gr/2025/01/31/english-edition/ecb-cuts-interest-rates-by-25-basis-points-2 (MRO 2.90% effective 5 Feb 2025)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2025-03-12",
    rateBp: 265,
    source: [
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates",
      "https://employment.einnews.com/news/z-benelux/automotive-industry-salaries (ECB Economic Bulletin 2/2025: 25bp cut decided 6 Mar 2025)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2025-04-23",
    rateBp: 240,
    source: [
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates",
      "https://ucapital.com/article/economy/6847d0cbc73c502afe68ebea/ecb-delivers-seventh-straight-cut-in-april (MRO 2.40% April 2025)",
      "https://apl.bsi.si/orodja/avkcije-en.asp (Banka Slovenije list of MRO tenders: fixed rate 2.40 until settlement 04.06.2025, 2.15 from 11.06.2025; 2.15 in Jan 2026)"
    ],
    unconfirmed: false
  },
  {
    effectiveDate: "2025-06-11",
    rateBp: 215,
    source: [
      "GitHub code file found via find_string 'export const ecbRatesData' (read_file id 12533347707; repo name not exposed by the index): ECB rates 2019-09-18 .. 2025-06-11 with effective dates",
      "https://www.devizu.news/la-bce-reduit-son-principal-taux-directeur-a-2 (MRO 2.15% from 11 Jun 2025)",
      "https://apl.bsi.si/orodja/avkcije-en.asp (Banka Slovenije list of MRO tenders: fixed rate 2.40 until settlement 04.06.2025, 2.15 from 11.06.2025; 2.15 in Jan 2026)"
    ],
    unconfirmed: false,
    note: "Unchanged at 2.15% through 2025 and the Feb and Apr 2026 meetings (BRUSSELSTIMES_2026, PULSE_2026)."
  },
  {
    effectiveDate: "2026-06-17",
    rateBp: 240,
    source: [
      "https://rbtfl.xyz/pt/n/ecb-rate-hike-energy-shock.md (11 Jun 2026: +25bp, MRO 2.40%, deposit 2.25%, MLF 2.65%; cites ecb.europa.eu/press/pr/date/2026/html/ecb.mp260611~4d41bd5e83.en.html)",
      "https://www.livesquawk.com/report/special_ecb-hikes-rates-as-iran-war-fuels-inflation (June 2026: +25bp, deposit 2.25%, first hike since Sept 2023)",
      "https://www.fxstreet.com/news/ecb-second-hike-prospects-guide-euro-rates-danske-bank-202606041150 (preview: 25bp hike expected 11 Jun 2026)"
    ],
    unconfirmed: true,
    note: "Hike to 2.40% decided 11 Jun 2026 (two sources). Effective date 17 Jun 2026 is INFERRED (ECB changes usually take effect the following Wednesday); either way it is in force on 1 Jul 2026. Decisions after June 2026 (Jul/Sep/Oct 2026) were NOT found: later changes may exist.",
    certainFrom: "2026-07-01"
  },
];

export interface LegalRateHalfYearRow extends Sourced {
  readonly halfYear: HalfYearId;
  /** Category A: creditor is a natural person not acting for professional purposes. */
  readonly privateCreditorBp: number;
  /** Category B, « autres cas »: every other creditor, including a professional claiming from a consumer. */
  readonly otherCasesBp: number;
  /** The published B2B contractual floor (3 × otherCases), kept to cross-check the computed one. */
  readonly publishedFloorBp: number;
  readonly floorCrossCheck?: string;
}

/** Taux de l'intérêt légal per half-year since 2015 (CMF L313-2, D313-1-A; arrêté each half-year). */
export const LEGAL_RATE_HALF_YEARS: readonly LegalRateHalfYearRow[] = [
  {
    halfYear: "2015-S1",
    privateCreditorBp: 406,
    otherCasesBp: 93,
    publishedFloorBp: 279,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://www.adden-leblog.com/taux-dinteret-legal-deux-nouveautes-entrent-en-vigueur (arrêté 23 Dec 2014)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2015-S2",
    privateCreditorBp: 429,
    otherCasesBp: 99,
    publishedFloorBp: 297,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://affairesjuridiques.aphp.fr/textes/arrete-du-24-juin-2015-relatif-a-la-fixation-du-taux-de-linteret-legal"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2016-S1",
    privateCreditorBp: 454,
    otherCasesBp: 101,
    publishedFloorBp: 303,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://onb-france.com/actualites/taux-de-linteret-legal-2016 (arrêté 23 Dec 2015, JO 27 Dec 2015)",
      "https://www.paperblog.fr/7903179/taux-de-l-interet-legal-au-1er-janvier-2016/"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2016-S2",
    privateCreditorBp: 435,
    otherCasesBp: 93,
    publishedFloorBp: 279,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "http://archives.phytoma-ldv.com/archive/article/VI28806205"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2017-S1",
    privateCreditorBp: 416,
    otherCasesBp: 90,
    publishedFloorBp: 270,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://efl.fr/actualite/taux-interet-legal-1er-juillet_R-082130ea-8e4f-465b-900d-e4ce13565593"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2017-S2",
    privateCreditorBp: 394,
    otherCasesBp: 90,
    publishedFloorBp: 270,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://efl.fr/actualite/taux-interet-legal-1er-juillet_R-082130ea-8e4f-465b-900d-e4ce13565593",
      "https://www.lextimes.fr/indices/interet-legal/taux-applicables-au-second-semestre-2017 (arrêté 26 Jun 2017)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2018-S1",
    privateCreditorBp: 373,
    otherCasesBp: 89,
    publishedFloorBp: 267,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://bpifrance-creation.fr/entrepreneur/actualites/taux-dinteret-legal-au-premier-semestre-2018 (arrêté 28 Dec 2017)",
      "http://www.ficime.com/taux-dinteret-legal-1er-semestre-2018/"
    ],
    unconfirmed: false,
    floorCrossCheck: "published floor 2.67% (ficime.com (2,67 %)) matches 3 x otherCases"
  },
  {
    halfYear: "2018-S2",
    privateCreditorBp: 360,
    otherCasesBp: 88,
    publishedFloorBp: 264,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://veegee.fr/finances-et-economie/255-bvg-banque/81217-taux-de-linteret-legal-2nd-semestre-2018.html (arrêté 27 Jun 2018)",
      "https://sonomag.fr/evolution-du-taux-dinteret-legal-pour-le-2e-semestre-2018/"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2019-S1",
    privateCreditorBp: 340,
    otherCasesBp: 86,
    publishedFloorBp: 258,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://www.legifiscal.fr/actualites-fiscales/2007-taux-interet-legal-1er-semestre-2019.html (arrêté 21 Dec 2018)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2019-S2",
    privateCreditorBp: 326,
    otherCasesBp: 87,
    publishedFloorBp: 261,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://exavalor.com/?p=877 (arrêté 26 Jun 2019)",
      "https://commande-publique.collectivites.legibase.fr/actualites/veille-juridique/le-taux-dinteret-legal-pour-le-second-semestre-2019-3801"
    ],
    unconfirmed: false,
    floorCrossCheck: "published floor 2.61% (exavalor.com (2,61 %)) matches 3 x otherCases"
  },
  {
    halfYear: "2020-S1",
    privateCreditorBp: 315,
    otherCasesBp: 87,
    publishedFloorBp: 261,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://www.cabinet-cec.fr/taux-de-linteret-legal-pour-le-second-semestre-2020/"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2020-S2",
    privateCreditorBp: 311,
    otherCasesBp: 84,
    publishedFloorBp: 252,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://www.cabinet-cec.fr/taux-de-linteret-legal-pour-le-second-semestre-2020/"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2021-S1",
    privateCreditorBp: 314,
    otherCasesBp: 79,
    publishedFloorBp: 237,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://dandrel-avocats.fr/taux-de-linteret-legal-du-2nd-semestre-2021/",
      "GitHub code file 'pays/france/taux.ts' found via find_string 'PLANCHERS_PUBLIES' (read_file id 61665018959; repo name not exposed; probably a sibling project, not independent evidence)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2021-S2",
    privateCreditorBp: 312,
    otherCasesBp: 76,
    publishedFloorBp: 228,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://dandrel-avocats.fr/taux-de-linteret-legal-du-2nd-semestre-2021/",
      "https://www.cabinet-cec.fr/taux-de-linteret-legal-pour-le-second-semestre-2021/"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2022-S1",
    privateCreditorBp: 313,
    otherCasesBp: 76,
    publishedFloorBp: 228,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://droit-pratique.fr/baremes-et-taux/bien-s-assurer/taux-de-l-interet-legal"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2022-S2",
    privateCreditorBp: 315,
    otherCasesBp: 77,
    publishedFloorBp: 231,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://notaires2normandie.com/nos-actus/les-taux-de-linteret-legal-applicables-au-cours-du-second-semestre-2023-sont-fixes"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2023-S1",
    privateCreditorBp: 447,
    otherCasesBp: 206,
    publishedFloorBp: 618,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://notaires2normandie.com/nos-actus/les-taux-de-linteret-legal-applicables-au-cours-du-second-semestre-2023-sont-fixes",
      "https://www.huissiers-paca.fr/actualites/"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2023-S2",
    privateCreditorBp: 682,
    otherCasesBp: 422,
    publishedFloorBp: 1266,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://legifiscal.fr/actualites-fiscales/3492-taux-interet-legal-second-semestre-2023.html (arrêté 27 Jun 2023, JO 30 Jun 2023)",
      "https://capeb09.fr/actualite-taux-de-lintÉrÊt-lÉgal-pourle-second-semestre-2023_2749.htm"
    ],
    unconfirmed: false,
    floorCrossCheck: "published floor 12.66% (https://capeb09.fr/... (12,66 %)) matches 3 x otherCases"
  },
  {
    halfYear: "2024-S1",
    privateCreditorBp: 801,
    otherCasesBp: 507,
    publishedFloorBp: 1521,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://avencia-eca.fr/blog-actualite-expert-comptable/juridique/actualites/6588-taux-de-linteret-legal-pour-le-second-semestre2024",
      "https://leparticulier.lefigaro.fr/tag/dette"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2024-S2",
    privateCreditorBp: 816,
    otherCasesBp: 492,
    publishedFloorBp: 1476,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://avencia-eca.fr/blog-actualite-expert-comptable/juridique/actualites/6588-taux-de-linteret-legal-pour-le-second-semestre2024",
      "https://bpifrance-creation.fr/boiteaoutils/taux-penalites-retard"
    ],
    unconfirmed: false,
    floorCrossCheck: "published floor 14.76% (bpifrance-creation.fr (14,76 %)) matches 3 x otherCases"
  },
  {
    halfYear: "2025-S1",
    privateCreditorBp: 721,
    otherCasesBp: 371,
    publishedFloorBp: 1113,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://ksca.fr/contenus-juridiques/actualites/lire/taux-de-linteret-legal-a-compter-du-1er-juillet-2025/615065"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2025-S2",
    privateCreditorBp: 665,
    otherCasesBp: 276,
    publishedFloorBp: 828,
    source: [
      "https://www.laclef.eu/index.php/actualites/banque/taux-de-l-interet-legal-au-1er-semestre-2026 (table 2015-S1 .. 2025-S2, copy of the service-public.fr table)",
      "https://infos.votrexpert.com/ECOSPHERE_EXPERTISE/chiffres/taux_interet_legal.html?format=print&rubrique=9",
      "GitHub JulienArthur/calculTIL Readme.md (arrêté 19 Jun 2025)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2026-S1",
    privateCreditorBp: 667,
    otherCasesBp: 262,
    publishedFloorBp: 786,
    source: [
      "https://juriblio.fr/arretes/arrete-du-15-decembre-2025/187383136 (arrêté 15 Dec 2025, JORF n°0302 26 Dec 2025, full text)",
      "https://entreprendre.service-public.gouv.fr/actualites/A15398 (official, published 30 Jun 2026: 2026-S2 6.84% / 2.75%, 2026-S1 6.67% / 2.62%; arrêté JO 30 Jun 2026)",
      "https://adecia.fr/interet-legal-2026-nouveaux-taux-applicables-au-1er-semestre",
      "https://www.avocat-plagnol.com/taux-de-l-interet-legal-fixe-pour-le-premier-semestre-de-l-annee-2026_ad205.html"
    ],
    unconfirmed: false,
    floorCrossCheck: "published floor 7.86% (adecia.fr (7,86 %)) matches 3 x otherCases"
  },
  {
    halfYear: "2026-S2",
    privateCreditorBp: 684,
    otherCasesBp: 275,
    publishedFloorBp: 825,
    source: [
      "https://entreprendre.service-public.gouv.fr/actualites/A15398 (official, published 30 Jun 2026: 2026-S2 6.84% / 2.75%, 2026-S1 6.67% / 2.62%; arrêté JO 30 Jun 2026)",
      "GitHub code file 'pays/france/taux.ts' found via find_string 'PLANCHERS_PUBLIES' (read_file id 61665018959; repo name not exposed; probably a sibling project, not independent evidence)",
      "GitHub code file found via find_string '\"2026-S2\": 0.0275' (read_file id 58785875511; its 2025 values are WRONG, only its 2026 values agree)"
    ],
    unconfirmed: false,
    note: "Official figure (service-public.fr actualité A15398, 30 Jun 2026). The two GitHub code files agree on 2.75% (other cases); CODE_TAUX also has 6.84%. Majorated values given by service-public: 11.84% for individuals."
  },
];

export interface LegalRateYearRow extends Sourced {
  readonly year: number;
  /** Single rate for the whole year (one category before 2015). */
  readonly rateBp: number;
}

/** Taux de l'intérêt légal before 2015: one rate per calendar year. */
export const LEGAL_RATE_YEARS_BEFORE_2015: readonly LegalRateYearRow[] = [
  {
    year: 2008,
    rateBp: 399,
    source: [
      "https://www.lafinancepourtous.com/2012/01/26/taux-d-interet-legal-065-pour-2010/",
      "https://huissier-78-fourgnaud.fr/interet-legal-pour-lannee-2012-0-71",
      "https://allezassocies.com/articles/decret-n-2010-127-du-10-fevrier-2010"
    ],
    unconfirmed: false
  },
  {
    year: 2009,
    rateBp: 379,
    source: [
      "https://www.lafinancepourtous.com/2012/01/26/taux-d-interet-legal-065-pour-2010/",
      "https://huissier-78-fourgnaud.fr/interet-legal-pour-lannee-2012-0-71",
      "https://fiscalonline.com/outils-fiscaux/Taux-de-l-interet-legal-en-2010"
    ],
    unconfirmed: false
  },
  {
    year: 2010,
    rateBp: 65,
    source: [
      "https://avocats-cohen-tokar.com/taux-d-interet-legal-pour-2010_ad12.html (décret 2010-127)",
      "https://fiscalonline.com/outils-fiscaux/Taux-de-l-interet-legal-en-2010"
    ],
    unconfirmed: false
  },
  {
    year: 2011,
    rateBp: 38,
    source: [
      "https://huissier-78-fourgnaud.fr/interet-legal-pour-lannee-2012-0-71"
    ],
    unconfirmed: false,
    singleSource: true
  },
  {
    year: 2012,
    rateBp: 71,
    source: [
      "https://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000025338835 (décret 2012-182)",
      "https://huissier-78-fourgnaud.fr/interet-legal-pour-lannee-2012-0-71"
    ],
    unconfirmed: false
  },
  {
    year: 2013,
    rateBp: 4,
    source: [
      "https://www.legifiscal.fr/actualites-fiscales/2007-taux-interet-legal-1er-semestre-2019.html (0,04 % for 2013 and 2014)",
      "https://lexing.law/avocats/penalites-retard-paiement/2014/03/25"
    ],
    unconfirmed: false
  },
  {
    year: 2014,
    rateBp: 4,
    source: [
      "https://lexing.law/avocats/penalites-retard-paiement/2014/03/25",
      "https://hugueny-avocat.fr/category/judiciaire"
    ],
    unconfirmed: false
  },
];

export interface PublishedB2bRateRow extends Sourced {
  readonly halfYear: HalfYearId;
  readonly ecbBp: number;
  readonly defaultRateBp: number;
  readonly crossCheck?: string;
}

/**
 * The « taux BCE + 10 points » table as published in rates.json (derived there from the ECB history).
 * Not used by the computation, which derives the same values from ECB_MRO_HISTORY; tests compare the two.
 */
export const PUBLISHED_B2B_DEFAULT_RATES: readonly PublishedB2bRateRow[] = [
  {
    halfYear: "2013-S1",
    ecbBp: 75,
    defaultRateBp: 1075,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2013-01-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false,
    crossCheck: "LEXING_2012 (10.75% at end 2012) / acquisitions-entreprises.com (10.75%)"
  },
  {
    halfYear: "2013-S2",
    ecbBp: 50,
    defaultRateBp: 1050,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2013-07-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2014-S1",
    ecbBp: 25,
    defaultRateBp: 1025,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2014-01-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false,
    crossCheck: "LEXING_2014 (10.25% 1 Jan-30 Jun 2014)"
  },
  {
    halfYear: "2014-S2",
    ecbBp: 15,
    defaultRateBp: 1015,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2014-07-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2015-S1",
    ecbBp: 5,
    defaultRateBp: 1005,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2015-01-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2015-S2",
    ecbBp: 5,
    defaultRateBp: 1005,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2015-07-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2016-S1",
    ecbBp: 5,
    defaultRateBp: 1005,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2016-01-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2016-S2",
    ecbBp: 0,
    defaultRateBp: 1000,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2016-07-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2017-S1",
    ecbBp: 0,
    defaultRateBp: 1000,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2017-01-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2017-S2",
    ecbBp: 0,
    defaultRateBp: 1000,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2017-07-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2018-S1",
    ecbBp: 0,
    defaultRateBp: 1000,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2018-01-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2018-S2",
    ecbBp: 0,
    defaultRateBp: 1000,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2018-07-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2019-S1",
    ecbBp: 0,
    defaultRateBp: 1000,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2019-01-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2019-S2",
    ecbBp: 0,
    defaultRateBp: 1000,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2019-07-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2020-S1",
    ecbBp: 0,
    defaultRateBp: 1000,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2020-01-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2020-S2",
    ecbBp: 0,
    defaultRateBp: 1000,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2020-07-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2021-S1",
    ecbBp: 0,
    defaultRateBp: 1000,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2021-01-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2021-S2",
    ecbBp: 0,
    defaultRateBp: 1000,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2021-07-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2022-S1",
    ecbBp: 0,
    defaultRateBp: 1000,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2022-01-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2022-S2",
    ecbBp: 0,
    defaultRateBp: 1000,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2022-07-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2023-S1",
    ecbBp: 250,
    defaultRateBp: 1250,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2023-01-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2023-S2",
    ecbBp: 400,
    defaultRateBp: 1400,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2023-07-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false
  },
  {
    halfYear: "2024-S1",
    ecbBp: 450,
    defaultRateBp: 1450,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2024-01-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false,
    crossCheck: "https://experts-et-decideurs.fr/vie-entreprise/juridique/penalites-de-retard-indemnite-paiement-regles (14.5% S1 2024)"
  },
  {
    halfYear: "2024-S2",
    ecbBp: 425,
    defaultRateBp: 1425,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2024-07-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false,
    crossCheck: "https://bpifrance-creation.fr/boiteaoutils/taux-penalites-retard (4.25 + 10 = 14.25%)"
  },
  {
    halfYear: "2025-S1",
    ecbBp: 315,
    defaultRateBp: 1315,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2025-01-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false,
    crossCheck: "CODE_TAUX test comment (13.15%) - not independent"
  },
  {
    halfYear: "2025-S2",
    ecbBp: 215,
    defaultRateBp: 1215,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2025-07-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false,
    crossCheck: "https://www.world-today-journal.com/legal-interest-rates-for-2026-what-to-expect-in-the-first-half (12.15%)"
  },
  {
    halfYear: "2026-S1",
    ecbBp: 215,
    defaultRateBp: 1215,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2026-01-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false,
    crossCheck: "CODE_TAUX test comment (12.15%) - not independent"
  },
  {
    halfYear: "2026-S2",
    ecbBp: 240,
    defaultRateBp: 1240,
    source: [
      "Derived: ecbMainRefinancingRate.history rate in force on 2026-07-01 + 10 points (Code de commerce art. L441-10 II)"
    ],
    unconfirmed: false,
    crossCheck: "CODE_TAUX test comment (12.40%) - not independent; depends on the June 2026 hike (2 news sources)",
    note: "Relies on the 11 Jun 2026 ECB hike to 2.40% (two news sources; effective date inferred as 17 Jun 2026, before 1 Jul in any case)."
  },
];

/**
 * Legal bases and sources of the B2B rules (rates.json › b2bLatePaymentPenalty).
 * @public Reference data: the sources of the tables, for audit.
 */
export const B2B_RULE_SOURCES = {
  legalBasis: "Code de commerce art. L441-10 II (ex-L441-6); D441-5 for the 40 EUR indemnity",
  defaultRule: "No contractual rate -> ECB MRO rate + 10 percentage points. Since 1 Jan 2013 the ECB rate is the one in force on 1 January (for the 1st half-year) or on 1 July (for the 2nd half-year).",
  rulesByPeriod: [
    {
      from: null,
      to: "2008-12-31",
      rule: "MRO (most recent operation) + 7 points; contractual rate may not be below 1.5 x legal interest rate",
      source: [
        "https://chemouli-dauzier.typepad.fr/le_blog_du_cabinet_chemou/2008/12/taux-conseille-pour-les-penalites-de-retard.html",
        "https://jcl06.fr/les-interets-de-retard (LME doubled the floor from 1.5x to 3x)"
      ],
      unconfirmed: false
    },
    {
      from: "2009-01-01",
      to: "2012-12-31",
      rule: "Contracts concluded from 1 Jan 2009 (loi LME 2008-776): rate of the MOST RECENT ECB refinancing operation + 10 points (changes with every ECB move, no semester anchoring); floor 3 x legal rate",
      source: [
        "https://lexing.law/avocats/penalites-de-retard-de-paiement/2012/12/14",
        "https://acquisitions-entreprises.com/actualite/juridique/interets-de-retard-de-paiement-baisse-du-taux-refi-10020650.html"
      ],
      unconfirmed: false
    },
    {
      from: "2013-01-01",
      to: null,
      rule: "MRO in force on 1 Jan / 1 Jul + 10 points for the whole half-year (loi 2012-387 of 22 Mar 2012); floor 3 x legal rate ('autres cas' category)",
      source: [
        "https://lexbase.fr/texte-de-loi/code-de-commercel44110/L0502LQN.html (text of L441-10)",
        "https://lexing.law/avocats/penalites-de-retard-de-paiement/2012/12/14",
        "https://acquisitions-entreprises.com/actualite/juridique/interets-de-retard-de-paiement-baisse-du-taux-refi-10020650.html"
      ],
      unconfirmed: false
    }
  ],
  contractualFloor: "contractual rate >= 3 x taux de l'intérêt légal of the 'autres cas' category for the same half-year (see legalInterestRate.perSemester[].b2bContractualPenaltyFloorPercent)",
  fixedRecoveryIndemnity: {
    amountEUR: 40,
    per: "invoice paid late",
    since: "2013-01-01",
    b2cApplicable: false,
    vat: "not subject to VAT",
    additionalCompensation: "on proof, when actual recovery costs exceed 40 EUR (L441-10 II)",
    notDueWhen: "opening of a sauvegarde / redressement / liquidation judiciaire forbids payment at the due date",
    source: [
      "Code de commerce D441-5 (décret 2012-1115 du 2 oct. 2012): https://juriblio.fr/decrets/decret-no-2012-1115-du-2-octobre-2012/160671155",
      "https://legavox.fr/blog/maitre-anthony-bem/retard-paiement-indemnite-forfaitaire-complementaire-9742.htm",
      "http://fourquet-avocat.fr/2013/01/06/creation-dune-indemnite-forfaitaire-pour-frais-de-recouvrement-en-cas-de-retard-de-paiement-dans-le-cadre-dun-contrat-conclu-entre-professionnels/",
      "https://formalites.infogreffe.fr/web/guest/informations-et-dossiers-entreprises/actualites/nouvelle-mention-sur-les-factures.html"
    ],
    unconfirmed: false
  },
  computation: {
    formula: "amount_TTC x rate x days / 365",
    daysBasis: "365 even in leap years (service-public.fr A15398 for legal interest; bpifrance-creation.fr and legifiscal.fr for penalties)",
    accrualStart: "day after the due date printed on the invoice; no reminder needed",
    segmentBySemester: true,
    source: [
      "https://entreprendre.service-public.gouv.fr/actualites/A15398",
      "https://bpifrance-creation.fr/boiteaoutils/taux-penalites-retard",
      "https://www.legifiscal.fr/vie-affaires/retard-de-paiement-penalites-de-retard-et-indemnite.html"
    ],
    unconfirmed: false
  }
} as const;

/** @public Reference data: the sources of the tables, for audit. */
export const LEGAL_RATE_RULE_SOURCES = {
  legalBasis: "Code monétaire et financier L313-2 and D313-1-A (two rates per half-year since 2015, fixed by arrêté); L313-3 (+5 points)",
  categories: {
    creditorNaturalPersonNonProfessional: "creditor is a natural person not acting for professional purposes (whoever the debtor is)",
    otherCases: "all other cases, in particular a professional creditor - including a professional claiming from a consumer"
  }
} as const;
