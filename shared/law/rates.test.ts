import { describe, expect, it } from 'vitest';
import { halfYearEnd, halfYearLabel, halfYearOf, halfYearStart, isHalfYearId, nextHalfYear } from './halfYear';
import {
  b2bDefaultRateForHalfYear,
  contractualFloorForHalfYear,
  ecbRateForHalfYear,
  ecbRowInForceOn,
  extraRatesSchema,
  formatRateBp,
  halfYearsBetween,
  legalRateForHalfYear,
  ratesAlreadyInTables,
} from './rates';
import { rateAlreadyInTablesMessage } from './wording';
import {
  ECB_MRO_HISTORY,
  LEGAL_RATE_HALF_YEARS,
  LEGAL_RATE_YEARS_BEFORE_2015,
  PUBLISHED_B2B_DEFAULT_RATES,
  RATES_COMPILED_ON,
  type HalfYearId,
} from './rates.data';

describe('half-years', () => {
  it('maps dates to half-years and back', () => {
    expect(halfYearOf('2025-06-30')).toBe('2025-S1');
    expect(halfYearOf('2025-07-01')).toBe('2025-S2');
    expect(halfYearOf('2026-01-01')).toBe('2026-S1');
    expect(halfYearStart('2025-S2')).toBe('2025-07-01');
    expect(halfYearEnd('2025-S2')).toBe('2025-12-31');
    expect(halfYearEnd('2024-S1')).toBe('2024-06-30');
    expect(nextHalfYear('2026-S2')).toBe('2027-S1');
    expect(halfYearLabel('2026-S1')).toBe('1er semestre 2026');
    expect(halfYearLabel('2025-S2')).toBe('2e semestre 2025');
    expect(isHalfYearId('2027-S1')).toBe(true);
    expect(isHalfYearId('2027-S3')).toBe(false);
    expect(halfYearsBetween('2025-S2', '2027-S1')).toEqual(['2025-S2', '2026-S1', '2026-S2', '2027-S1']);
  });

  it('formats rates the French way', () => {
    expect(formatRateBp(1215)).toBe('12,15\u00a0%');
    expect(formatRateBp(5)).toBe('0,05\u00a0%');
    expect(formatRateBp(1000)).toBe('10,00\u00a0%');
  });
});

describe('source series', () => {
  it('keeps the compile date, sources and flags', () => {
    expect(RATES_COMPILED_ON).toBe('2026-11-22');
    expect(ECB_MRO_HISTORY).toHaveLength(38);
    expect(LEGAL_RATE_HALF_YEARS).toHaveLength(24);
    expect(LEGAL_RATE_YEARS_BEFORE_2015).toHaveLength(7);
    for (const row of [...ECB_MRO_HISTORY, ...LEGAL_RATE_HALF_YEARS, ...LEGAL_RATE_YEARS_BEFORE_2015]) {
      expect(row.source.length).toBeGreaterThan(0);
      expect(typeof row.unconfirmed).toBe('boolean');
    }
    expect(ECB_MRO_HISTORY.filter((r) => r.unconfirmed).map((r) => r.effectiveDate)).toEqual(['2007-06-13', '2008-07-09', '2026-06-17']);
    expect(LEGAL_RATE_YEARS_BEFORE_2015.find((r) => r.year === 2011)?.singleSource).toBe(true);
  });

  it('ECB history is sorted by date of effect', () => {
    const dates = ECB_MRO_HISTORY.map((r) => r.effectiveDate);
    expect([...dates].sort()).toEqual(dates);
  });

  it('reads the rate in force on a date', () => {
    expect(ecbRowInForceOn('2022-07-01')?.rateBp).toBe(0); // first hike took effect on 27 July 2022
    expect(ecbRowInForceOn('2022-07-27')?.rateBp).toBe(50);
    expect(ecbRowInForceOn('2026-07-01')?.rateBp).toBe(240);
    expect(ecbRowInForceOn('2026-07-02')).toBeNull(); // no decision after June 2026 in the sources
  });
});

describe('derived rates match the tables published in legal-facts.md and rates.json', () => {
  it('ECB + 10 points, every published half-year (2013-S1 .. 2026-S2)', () => {
    expect(PUBLISHED_B2B_DEFAULT_RATES).toHaveLength(28);
    for (const row of PUBLISHED_B2B_DEFAULT_RATES) {
      expect(ecbRateForHalfYear(row.halfYear)?.bp, row.halfYear).toBe(row.ecbBp);
      expect(b2bDefaultRateForHalfYear(row.halfYear)?.bp, row.halfYear).toBe(row.defaultRateBp);
      expect(b2bDefaultRateForHalfYear(row.halfYear)?.unconfirmed, row.halfYear).toBe(row.unconfirmed);
    }
  });

  it.each<[HalfYearId, number]>([
    // legal-facts.md § 2, table « Default B2B penalty rate »
    ['2013-S1', 1075],
    ['2013-S2', 1050],
    ['2014-S1', 1025],
    ['2014-S2', 1015],
    ['2015-S1', 1005],
    ['2016-S1', 1005],
    ['2016-S2', 1000],
    ['2022-S2', 1000],
    ['2023-S1', 1250],
    ['2023-S2', 1400],
    ['2024-S1', 1450],
    ['2024-S2', 1425],
    ['2025-S1', 1315],
    ['2025-S2', 1215],
    ['2026-S1', 1215],
    ['2026-S2', 1240],
  ])('B2B default rate %s = %i bp', (h, bp) => {
    expect(b2bDefaultRateForHalfYear(h)).toMatchObject({ bp, origin: 'table' });
  });

  it('legal rates and floors (3 × autres cas) match every published row', () => {
    for (const row of LEGAL_RATE_HALF_YEARS) {
      expect(contractualFloorForHalfYear(row.halfYear)?.bp, row.halfYear).toBe(row.publishedFloorBp);
    }
  });

  it.each<[HalfYearId, number, number, number]>([
    // legal-facts.md § 3: A, B, and the published floors
    ['2026-S2', 684, 275, 825],
    ['2026-S1', 667, 262, 786],
    ['2025-S2', 665, 276, 828],
    ['2025-S1', 721, 371, 1113],
    ['2024-S2', 816, 492, 1476],
    ['2023-S2', 682, 422, 1266],
    ['2019-S2', 326, 87, 261],
    ['2015-S1', 406, 93, 279],
  ])('legal rate %s: A %i, B %i, floor %i', (h, a, b, floor) => {
    expect(legalRateForHalfYear(h, 'private')?.bp).toBe(a);
    expect(legalRateForHalfYear(h, 'other')?.bp).toBe(b);
    expect(contractualFloorForHalfYear(h)?.bp).toBe(floor);
  });

  it('before 2015 the yearly rate applies to both half-years and both categories', () => {
    expect(legalRateForHalfYear('2014-S1', 'other')).toMatchObject({ bp: 4, annual: true });
    expect(legalRateForHalfYear('2014-S2', 'private')).toMatchObject({ bp: 4, annual: true });
    expect(legalRateForHalfYear('2010-S2', 'other')?.bp).toBe(65);
    expect(contractualFloorForHalfYear('2012-S1')?.bp).toBe(213);
    expect(contractualFloorForHalfYear('2008-S2')).toBeNull(); // 1.5 × before the loi LME: not handled
    expect(legalRateForHalfYear('2007-S2', 'other')).toBeNull();
  });
});

describe('missing half-years and user rows', () => {
  it('never guesses a rate after the tables', () => {
    expect(ecbRateForHalfYear('2027-S1')).toBeNull();
    expect(b2bDefaultRateForHalfYear('2027-S1')).toBeNull();
    expect(legalRateForHalfYear('2027-S1', 'other')).toBeNull();
    expect(contractualFloorForHalfYear('2027-S1')).toBeNull();
    // Before 2013 the half-year anchoring did not exist: no derived rate.
    expect(b2bDefaultRateForHalfYear('2012-S2')).toBeNull();
  });

  it('completes the tables with user rows; the built-in table wins for a half-year it covers', () => {
    const extra = { '2027-S1': { ecbBp: 215, legalOtherBp: 290 }, '2026-S2': { ecbBp: 999 } } as const;
    expect(b2bDefaultRateForHalfYear('2027-S1', extra)).toMatchObject({ bp: 1215, origin: 'user' });
    expect(legalRateForHalfYear('2027-S1', 'other', extra)).toMatchObject({ bp: 290, origin: 'user' });
    expect(legalRateForHalfYear('2027-S1', 'private', extra)).toBeNull();
    expect(contractualFloorForHalfYear('2027-S1', extra)?.bp).toBe(870);
    expect(b2bDefaultRateForHalfYear('2026-S2', extra)).toMatchObject({ bp: 1240, origin: 'table' });
  });

  it('says which typed rates the tables already have, so that they are not silently ignored', () => {
    expect(ratesAlreadyInTables('2026-S1', { ecbBp: 240 })).toEqual([{ kind: 'ecb', tableBp: 215 }]);
    expect(ratesAlreadyInTables('2026-S1', { ecbBp: 240, legalOtherBp: 300 })).toEqual([
      { kind: 'ecb', tableBp: 215 },
      { kind: 'legalOther', tableBp: 262 },
    ]);
    expect(ratesAlreadyInTables('2026-S1', { legalPrivateBp: 700 })).toEqual([{ kind: 'legalPrivate', tableBp: 667 }]);
    expect(ratesAlreadyInTables('2027-S1', { ecbBp: 240, legalOtherBp: 300 })).toEqual([]);
    expect(ratesAlreadyInTables('2026-S1', {})).toEqual([]);
    expect(rateAlreadyInTablesMessage('2026-S1', { kind: 'ecb', tableBp: 215 })).toBe(
      'Le taux du 1er semestre 2026 figure déjà dans les tables officielles (2,15\u00a0%)\u00a0: celui-ci n’est pas utilisé.',
    );
    expect(rateAlreadyInTablesMessage('2026-S1', { kind: 'legalOther', tableBp: 262 })).toBe(
      'Le taux légal (autres cas) du 1er semestre 2026 figure déjà dans les tables officielles (2,62\u00a0%)\u00a0: celui-ci n’est pas utilisé.',
    );
  });

  it('ignores invalid user values', () => {
    expect(b2bDefaultRateForHalfYear('2027-S1', { '2027-S1': { ecbBp: 2.15 } })).toBeNull();
    expect(b2bDefaultRateForHalfYear('2027-S1', { '2027-S1': { ecbBp: -5 } })).toBeNull();
  });

  it('validates user rows with French messages', () => {
    expect(extraRatesSchema.safeParse({ '2027-S1': { ecbBp: 240 } }).success).toBe(true);
    const bad = extraRatesSchema.safeParse({ '2027-S3': { ecbBp: 240 } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('Semestre invalide');
  });
});
