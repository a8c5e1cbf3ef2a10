import { describe, expect, it } from 'vitest';
import { accrualCents, accrue, computeLatePenalties, latePenaltyInputFromInvoice, type LatePenaltyInput } from './penalties';

/**
 * Hand-worked cases. Every line: base (cents) × rate (bp) × days / 3 650 000, rounded half away from zero.
 * Rates from legal-facts.md: B2B default 2022-S1/S2 10,00 %, 2023-S1 12,50 %, 2024-S1 14,50 %, 2024-S2 14,25 %,
 * 2025-S1 13,15 %, 2025-S2 12,15 %, 2026-S1 12,15 %, 2026-S2 12,40 %; legal « autres cas » 2026-S1 2,62 %,
 * 2026-S2 2,75 %; floors 2026-S1 7,86 %, 2026-S2 8,25 %.
 */

const NBSP = '\u00a0';

function b2b(over: Partial<LatePenaltyInput>): LatePenaltyInput {
  return {
    clientKind: 'business',
    amountTtcCents: 100_000,
    dueDate: '2026-05-31',
    payments: [],
    contractualRateBp: null,
    formalNoticeDate: null,
    asOf: '2026-08-31',
    ...over,
  };
}

function b2c(over: Partial<LatePenaltyInput>): LatePenaltyInput {
  return b2b({ clientKind: 'private', ...over });
}

const brief = (d: ReturnType<typeof computeLatePenalties>) =>
  d.lines.map((l) => [l.from, l.to, l.days, l.baseCents, l.rateBp, l.amountCents]);

describe('accrualCents: one rounding per line, half away from zero', () => {
  it('rounds exactly', () => {
    // 1825 × 1000 × 1 / 3 650 000 = 0.5 exactly → 1 (half away from zero)
    expect(accrualCents(1825, 1000, 1)).toBe(1);
    expect(accrualCents(1824, 1000, 1)).toBe(0); // 0.4997…
    expect(accrualCents(-1825, 1000, 1)).toBe(-1);
    // 120 000 × 1215 × 41 / 3 650 000 = 1637.75… → 1638
    expect(accrualCents(120_000, 1215, 41)).toBe(1638);
    expect(accrue(120_000, 1215, '2025-11-21', '2025-12-31')).toBe(1638);
    expect(accrue(120_000, 1215, '2025-12-31', '2025-12-30')).toBe(0);
  });

  it('stays exact on the largest amounts (no floating point)', () => {
    // 99 999 999 999 × 10 000 × 36 500 / 3 650 000 = 99 999 999 999 × 100
    expect(accrualCents(99_999_999_999, 10_000, 36_500)).toBe(9_999_999_999_900);
  });
});

describe('B2B: the two examples of the brief', () => {
  it('1 200,00 € due 2025-11-20, unpaid, as of 2026-02-10', () => {
    const d = computeLatePenalties(b2b({ amountTtcCents: 120_000, dueDate: '2025-11-20', asOf: '2026-02-10' }));
    // 2025-11-21 → 2025-12-31: 10 + 31 = 41 days at 12,15 % (2025-S2): 120 000 × 1215 × 41 / 3 650 000 = 1637.75 → 1638
    // 2026-01-01 → 2026-02-10: 31 + 10 = 41 days at 12,15 % (2026-S1): same → 1638
    expect(d.daysLate).toBe(82);
    expect(brief(d)).toEqual([
      ['2025-11-21', '2025-12-31', 41, 120_000, 1215, 1638],
      ['2026-01-01', '2026-02-10', 41, 120_000, 1215, 1638],
    ]);
    expect(d.lines[0]!.rateLabel).toBe(`Taux BCE 2,15${NBSP}% + 10 points (2e semestre 2025)`);
    expect(d.lines[1]!.rateLabel).toBe(`Taux BCE 2,15${NBSP}% + 10 points (1er semestre 2026)`);
    expect(d.penaltiesCents).toBe(3276);
    expect(d.indemnityCents).toBe(4000);
    expect(d.totalCents).toBe(7276);
    expect(d.outstandingCents).toBe(120_000);
    expect(d.missingRates).toEqual([]);
    expect(d.accrualStart).toBe('2025-11-21');
    expect(d.rule).toContain('L441-10');
    expect(d.rule).toContain('40,00');
  });

  it('1 000,00 € due 2026-05-31, as of 2026-08-31', () => {
    const d = computeLatePenalties(b2b({}));
    // 2026-06-01 → 2026-06-30: 30 days at 12,15 %: 100 000 × 1215 × 30 / 3 650 000 = 998.63 → 999
    // 2026-07-01 → 2026-08-31: 62 days at 12,40 %: 100 000 × 1240 × 62 / 3 650 000 = 2106.30 → 2106
    expect(brief(d)).toEqual([
      ['2026-06-01', '2026-06-30', 30, 100_000, 1215, 999],
      ['2026-07-01', '2026-08-31', 62, 100_000, 1240, 2106],
    ]);
    expect(d.daysLate).toBe(92);
    expect(d.penaltiesCents).toBe(3105);
    expect(d.indemnityCents).toBe(4000);
    expect(d.totalCents).toBe(7105);
  });
});

describe('B2B: more hand-worked cases', () => {
  it('leap year 2024: 29 February counts, the year basis stays 365', () => {
    const d = computeLatePenalties(b2b({ dueDate: '2024-02-15', asOf: '2024-03-15' }));
    // 2024-02-16 → 2024-03-15: 14 (16..29 Feb) + 15 = 29 days at 14,50 %: 100 000 × 1450 × 29 / 3 650 000 = 1152.05 → 1152
    expect(brief(d)).toEqual([['2024-02-16', '2024-03-15', 29, 100_000, 1450, 1152]]);
    expect(d.daysLate).toBe(29);
  });

  it('a whole leap year late: 366 days, each divided by 365', () => {
    const d = computeLatePenalties(b2b({ dueDate: '2023-12-31', asOf: '2024-12-31' }));
    // 2024-S1: 31+29+31+30+31+30 = 182 days at 14,50 %: 100 000 × 1450 × 182 / 3 650 000 = 7230.14 → 7230
    // 2024-S2: 31+31+30+31+30+31 = 184 days at 14,25 %: 100 000 × 1425 × 184 / 3 650 000 = 7183.56 → 7184
    expect(brief(d)).toEqual([
      ['2024-01-01', '2024-06-30', 182, 100_000, 1450, 7230],
      ['2024-07-01', '2024-12-31', 184, 100_000, 1425, 7184],
    ]);
    expect(d.daysLate).toBe(366);
    expect(d.penaltiesCents).toBe(14_414);
  });

  it('due on 30 June: the first late day is 1 July, at the 2nd half-year rate', () => {
    const d = computeLatePenalties(b2b({ amountTtcCents: 500_000, dueDate: '2025-06-30', asOf: '2025-07-10' }));
    // 2025-07-01 → 2025-07-10: 10 days at 12,15 %: 500 000 × 1215 × 10 / 3 650 000 = 1664.38 → 1664 (no 2025-S1 line at 13,15 %)
    expect(brief(d)).toEqual([['2025-07-01', '2025-07-10', 10, 500_000, 1215, 1664]]);
    expect(d.totalCents).toBe(5664);
  });

  it('due on 31 December: the first late day is 1 January, at the new year rate', () => {
    const d = computeLatePenalties(b2b({ amountTtcCents: 200_000, dueDate: '2024-12-31', asOf: '2025-01-31' }));
    // 2025-01-01 → 2025-01-31: 31 days at 13,15 %: 200 000 × 1315 × 31 / 3 650 000 = 2233.70 → 2234
    expect(brief(d)).toEqual([['2025-01-01', '2025-01-31', 31, 200_000, 1315, 2234]]);
  });

  it('2022-S2 stays at 10,00 %: the first hike took effect on 27 July 2022', () => {
    const d = computeLatePenalties(b2b({ dueDate: '2022-06-15', asOf: '2023-01-15' }));
    // 2022-06-16 → 06-30: 15 days at 10,00 %: 100 000 × 1000 × 15 / 3 650 000 = 410.96 → 411
    // 2022-07-01 → 12-31: 184 days at 10,00 %: 18 400 000 000 / 3 650 000 = 5041.10 → 5041
    // 2023-01-01 → 01-15: 15 days at 12,50 %: 1 875 000 000 / 3 650 000 = 513.70 → 514
    expect(brief(d)).toEqual([
      ['2022-06-16', '2022-06-30', 15, 100_000, 1000, 411],
      ['2022-07-01', '2022-12-31', 184, 100_000, 1000, 5041],
      ['2023-01-01', '2023-01-15', 15, 100_000, 1250, 514],
    ]);
    expect(d.penaltiesCents).toBe(5966);
  });

  it('a partial payment lowers the base from the day after it is received', () => {
    const d = computeLatePenalties(
      b2b({ amountTtcCents: 120_000, dueDate: '2025-11-20', payments: [{ date: '2025-12-10', amountCents: 50_000 }], asOf: '2025-12-31' }),
    );
    // 2025-11-21 → 2025-12-10: 20 days on 1 200 € at 12,15 %: 120 000 × 1215 × 20 / 3 650 000 = 798.90 → 799
    // 2025-12-11 → 2025-12-31: 21 days on 700 € at 12,15 %: 70 000 × 1215 × 21 / 3 650 000 = 489.33 → 489
    expect(brief(d)).toEqual([
      ['2025-11-21', '2025-12-10', 20, 120_000, 1215, 799],
      ['2025-12-11', '2025-12-31', 21, 70_000, 1215, 489],
    ]);
    expect(d.penaltiesCents).toBe(1288);
    expect(d.indemnityCents).toBe(4000);
    expect(d.outstandingCents).toBe(70_000);
    expect(d.daysLate).toBe(41);
  });

  it('a payment before the due date simply reduces the base', () => {
    const d = computeLatePenalties(b2b({ dueDate: '2026-03-31', payments: [{ date: '2026-03-20', amountCents: 40_000 }], asOf: '2026-04-30' }));
    // 2026-04-01 → 04-30: 30 days on 600 € at 12,15 %: 60 000 × 1215 × 30 / 3 650 000 = 599.18 → 599
    expect(brief(d)).toEqual([['2026-04-01', '2026-04-30', 30, 60_000, 1215, 599]]);
  });

  it('full payment stops the accrual; the penalties of the late period and the 40 € remain due', () => {
    const input = b2b({ amountTtcCents: 120_000, dueDate: '2025-11-20', payments: [{ date: '2025-12-05', amountCents: 120_000 }] });
    const d = computeLatePenalties({ ...input, asOf: '2026-03-01' });
    // 2025-11-21 → 2025-12-05: 15 days at 12,15 %: 120 000 × 1215 × 15 / 3 650 000 = 599.18 → 599
    expect(brief(d)).toEqual([['2025-11-21', '2025-12-05', 15, 120_000, 1215, 599]]);
    expect(d.daysLate).toBe(15);
    expect(d.totalCents).toBe(4599);
    expect(d.outstandingCents).toBe(0);
    // Later, even beyond the rate tables: nothing more, and no missing rate since nothing accrues then.
    const later = computeLatePenalties({ ...input, asOf: '2028-06-01' });
    expect(later.totalCents).toBe(4599);
    expect(later.missingRates).toEqual([]);
  });

  it('paid one day late: one day of penalties and the 40 €', () => {
    const d = computeLatePenalties(b2b({ amountTtcCents: 120_000, dueDate: '2025-11-20', payments: [{ date: '2025-11-21', amountCents: 120_000 }], asOf: '2026-01-15' }));
    // 120 000 × 1215 × 1 / 3 650 000 = 39.95 → 40
    expect(brief(d)).toEqual([['2025-11-21', '2025-11-21', 1, 120_000, 1215, 40]]);
    expect(d.totalCents).toBe(4040);
  });

  it('paid in full on the due date: nothing is due', () => {
    const d = computeLatePenalties(b2b({ dueDate: '2026-03-31', payments: [{ date: '2026-03-31', amountCents: 100_000 }], asOf: '2026-06-01' }));
    expect(d).toMatchObject({ daysLate: 0, lines: [], penaltiesCents: 0, indemnityCents: 0, totalCents: 0 });
  });

  it('as of the due date or before: nothing is due, no indemnity', () => {
    for (const asOf of ['2026-05-31', '2026-05-01']) {
      const d = computeLatePenalties(b2b({ asOf }));
      expect(d).toMatchObject({ daysLate: 0, lines: [], penaltiesCents: 0, indemnityCents: 0, totalCents: 0, accrualStart: null });
      expect(d.warnings).toEqual([]);
    }
  });

  it('contractual rate at or above the floor', () => {
    const d = computeLatePenalties(b2b({ dueDate: '2026-03-31', asOf: '2026-04-30', contractualRateBp: 1250 }));
    // 2026-04-01 → 04-30: 30 days at 12,50 %: 100 000 × 1250 × 30 / 3 650 000 = 1027.40 → 1027 (floor 2026-S1: 7,86 %)
    expect(brief(d)).toEqual([['2026-04-01', '2026-04-30', 30, 100_000, 1250, 1027]]);
    expect(d.lines[0]!.rateLabel).toBe(`Taux contractuel 12,50${NBSP}%`);
    expect(d.lines[0]!.rateOrigin).toBe('contractual');
    expect(d.warnings.map((w) => w.code)).toEqual([]);
    expect(d.totalCents).toBe(5027);
  });

  it('contractual rate below the floor: computed as agreed, with a warning', () => {
    const d = computeLatePenalties(b2b({ dueDate: '2026-06-15', asOf: '2026-07-15', contractualRateBp: 500 }));
    // 2026-06-16 → 06-30: 15 days at 5,00 %: 100 000 × 500 × 15 / 3 650 000 = 205.48 → 205
    // 2026-07-01 → 07-15: 15 days at 5,00 %: same → 205
    expect(brief(d)).toEqual([
      ['2026-06-16', '2026-06-30', 15, 100_000, 500, 205],
      ['2026-07-01', '2026-07-15', 15, 100_000, 500, 205],
    ]);
    expect(d.penaltiesCents).toBe(410);
    const w = d.warnings.find((x) => x.code === 'CONTRACTUAL_RATE_BELOW_FLOOR');
    expect(w?.message).toContain(`7,86${NBSP}% au 1er semestre 2026`);
    expect(w?.message).toContain(`8,25${NBSP}% au 2e semestre 2026`);
    expect(w?.message).toContain('L441-10 II');
  });

  it('a contractual rate needs no table: beyond the tables the total is given, the floor is flagged as unverifiable', () => {
    const d = computeLatePenalties(b2b({ dueDate: '2026-11-30', asOf: '2027-02-01', contractualRateBp: 1250 }));
    // 2026-12-01 → 12-31: 31 days at 12,50 %: 100 000 × 1250 × 31 / 3 650 000 = 1061.64 → 1062
    // 2027-01-01 → 02-01: 32 days at 12,50 %: 100 000 × 1250 × 32 / 3 650 000 = 1095.89 → 1096
    expect(d.penaltiesCents).toBe(2158);
    expect(d.missingRates).toEqual([]);
    expect(d.warnings.map((w) => w.code)).toEqual(['CONTRACTUAL_FLOOR_UNVERIFIABLE']);
  });

  it('missing rate for 2027-S1: no total; then supplied in Paramètres', () => {
    const input = b2b({ dueDate: '2026-11-30', asOf: '2027-02-01' });
    const d = computeLatePenalties(input);
    expect(d.missingRates).toEqual(['2027-S1']);
    expect(d.penaltiesCents).toBeNull();
    expect(d.totalCents).toBeNull();
    expect(d.lines).toEqual([]);
    expect(d.indemnityCents).toBe(4000); // certain, whatever the rate
    expect(d.daysLate).toBe(63);
    const w = d.warnings[0]!;
    expect(w.code).toBe('MISSING_RATES');
    expect(w.message).toContain('1er semestre 2027');
    expect(w.message).toContain('Paramètres');

    const e = computeLatePenalties({ ...input, extraRates: { '2027-S1': { ecbBp: 240 } } });
    // 2026-12-01 → 12-31: 31 days at 12,40 %: 100 000 × 1240 × 31 / 3 650 000 = 1053.15 → 1053
    // 2027-01-01 → 02-01: 32 days at 12,40 % (user row): 100 000 × 1240 × 32 / 3 650 000 = 1087.12 → 1087
    expect(brief(e)).toEqual([
      ['2026-12-01', '2026-12-31', 31, 100_000, 1240, 1053],
      ['2027-01-01', '2027-02-01', 32, 100_000, 1240, 1087],
    ]);
    expect(e.lines[1]!.rateLabel).toBe(`Taux BCE 2,40${NBSP}% + 10 points (1er semestre 2027, taux saisi dans Paramètres)`);
    expect(e.lines[1]!.rateOrigin).toBe('user');
    expect(e.missingRates).toEqual([]);
    expect(e.totalCents).toBe(2140 + 4000);
    expect(e.warnings.map((x) => x.code)).toEqual(['USER_ENTERED_RATE']);
  });

  it('several missing half-years are all listed', () => {
    const d = computeLatePenalties(b2b({ dueDate: '2026-11-30', asOf: '2027-09-01', extraRates: {} }));
    expect(d.missingRates).toEqual(['2027-S1', '2027-S2']);
    expect(d.totalCents).toBeNull();
  });

  it('before 2013 the half-year rule did not exist: reported as missing, never guessed', () => {
    const d = computeLatePenalties(b2b({ dueDate: '2012-11-30', asOf: '2013-01-10' }));
    expect(d.missingRates).toEqual(['2012-S2']);
    expect(d.totalCents).toBeNull();
    expect(d.warnings[0]!.message).toContain('avant 2013');
  });

  it('2026-S2 rests on an ECB row whose date of effect is unconfirmed but certain by 1 July: no warning', () => {
    expect(computeLatePenalties(b2b({})).warnings).toEqual([]);
  });

  it('payment term longer than 60 days (L441-10 I)', () => {
    // 2026-01-10 → 2026-03-31: 21 + 28 + 31 = 80 days; also beyond « 45 jours fin de mois » (end of January + 45 = 17 March)
    const d = computeLatePenalties(b2b({ issueDate: '2026-01-10', dueDate: '2026-03-31', asOf: '2026-04-10' }));
    const w = d.warnings.find((x) => x.code === 'PAYMENT_TERM_OVER_60_DAYS');
    expect(w?.message).toContain('80 jours');
    expect(w?.message).not.toContain('45 jours fin de mois');
    // 2026-01-10 → 2026-03-15: 64 days, within end of month + 45 days: the message mentions the derogation
    const e = computeLatePenalties(b2b({ issueDate: '2026-01-10', dueDate: '2026-03-15', asOf: '2026-03-20' }));
    expect(e.warnings.find((x) => x.code === 'PAYMENT_TERM_OVER_60_DAYS')?.message).toContain('45 jours fin de mois');
    // exactly 60 days: fine
    const f = computeLatePenalties(b2b({ issueDate: '2026-01-10', dueDate: '2026-03-11', asOf: '2026-03-20' }));
    expect(f.warnings.map((x) => x.code)).not.toContain('PAYMENT_TERM_OVER_60_DAYS');
  });

  it('builds the input from a stored invoice', () => {
    const input = latePenaltyInputFromInvoice(
      {
        issueDate: '2025-10-21',
        dueDate: '2025-11-20',
        amountTtcCents: 120_000,
        contractualLateRateBp: null,
        payments: [{ id: 'p1', date: '2025-12-10', amountCents: 50_000, note: '', recordedAt: '2025-12-10T10:00:00+01:00' }],
      },
      'business',
      { asOf: '2025-12-31' },
    );
    expect(computeLatePenalties(input).penaltiesCents).toBe(1288);
  });
});

describe('B2C: legal interest from the mise en demeure', () => {
  it('no mise en demeure: no interest, no indemnity, and it says why', () => {
    const d = computeLatePenalties(b2c({ dueDate: '2026-03-31', asOf: '2026-09-30' }));
    expect(d).toMatchObject({ daysLate: 183, lines: [], penaltiesCents: 0, indemnityCents: 0, totalCents: 0, accrualStart: null });
    expect(d.warnings.map((w) => w.code)).toEqual(['NO_FORMAL_NOTICE']);
    expect(d.warnings[0]!.message).toContain('mise en demeure');
    expect(d.rule).toContain('aucun intérêt n’est dû');
    // Beyond the tables too: nothing accrues, so nothing is missing.
    expect(computeLatePenalties(b2c({ dueDate: '2026-11-30', asOf: '2027-03-01' })).totalCents).toBe(0);
  });

  it('after the mise en demeure: rate « autres cas » per half-year, from the day after the notice', () => {
    const d = computeLatePenalties(b2c({ amountTtcCents: 250_000, dueDate: '2026-03-31', formalNoticeDate: '2026-06-10', asOf: '2026-08-09' }));
    // 2026-06-11 → 06-30: 20 days at 2,62 %: 250 000 × 262 × 20 / 3 650 000 = 358.90 → 359
    // 2026-07-01 → 08-09: 31 + 9 = 40 days at 2,75 %: 250 000 × 275 × 40 / 3 650 000 = 753.42 → 753
    expect(brief(d)).toEqual([
      ['2026-06-11', '2026-06-30', 20, 250_000, 262, 359],
      ['2026-07-01', '2026-08-09', 40, 250_000, 275, 753],
    ]);
    expect(d.lines[1]!.rateLabel).toBe(`Taux légal 2,75${NBSP}% (2e semestre 2026, autres cas)`);
    expect(d.penaltiesCents).toBe(1112);
    expect(d.indemnityCents).toBe(0);
    expect(d.totalCents).toBe(1112);
    expect(d.daysLate).toBe(131);
    expect(d.accrualStart).toBe('2026-06-11');
  });

  it('the notice day itself does not accrue', () => {
    const d = computeLatePenalties(b2c({ dueDate: '2026-03-31', formalNoticeDate: '2026-06-10', asOf: '2026-06-10' }));
    expect(d.lines).toEqual([]);
    expect(d.totalCents).toBe(0);
  });

  it('a notice before the due date: interest from the day after the due date', () => {
    const d = computeLatePenalties(b2c({ dueDate: '2026-03-31', formalNoticeDate: '2026-03-15', asOf: '2026-04-30' }));
    // 2026-04-01 → 04-30: 30 days at 2,62 %: 100 000 × 262 × 30 / 3 650 000 = 215.34 → 215
    expect(brief(d)).toEqual([['2026-04-01', '2026-04-30', 30, 100_000, 262, 215]]);
    expect(d.warnings.map((w) => w.code)).toEqual(['FORMAL_NOTICE_BEFORE_DUE_DATE']);
  });

  it('a contractual rate is not applied to a private client', () => {
    const d = computeLatePenalties(b2c({ dueDate: '2026-03-31', formalNoticeDate: '2026-03-15', asOf: '2026-04-30', contractualRateBp: 1500 }));
    expect(d.penaltiesCents).toBe(215);
    expect(d.warnings.map((w) => w.code)).toContain('CONTRACTUAL_RATE_NOT_APPLIED_PRIVATE');
  });

  it('missing legal rate for 2027-S1, then supplied', () => {
    const input = b2c({ dueDate: '2026-11-30', formalNoticeDate: '2026-12-15', asOf: '2027-02-01' });
    const d = computeLatePenalties(input);
    expect(d.missingRates).toEqual(['2027-S1']);
    expect(d.totalCents).toBeNull();
    expect(d.warnings[0]!.message).toContain('intérêt légal');
    const e = computeLatePenalties({ ...input, extraRates: { '2027-S1': { legalOtherBp: 300 } } });
    // 2026-12-16 → 12-31: 16 days at 2,75 %: 100 000 × 275 × 16 / 3 650 000 = 120.55 → 121
    // 2027-01-01 → 02-01: 32 days at 3,00 %: 100 000 × 300 × 32 / 3 650 000 = 263.01 → 263
    expect(brief(e)).toEqual([
      ['2026-12-16', '2026-12-31', 16, 100_000, 275, 121],
      ['2027-01-01', '2027-02-01', 32, 100_000, 300, 263],
    ]);
    expect(e.totalCents).toBe(384);
  });
});

describe('prescription warnings inside the décompte', () => {
  it('5 years between businesses, warned 90 days ahead', () => {
    // Invoice 2021-03-15 → last day to act 2026-03-15; from 2026-01-20: 11 + 28 + 15 = 54 days left
    const d = computeLatePenalties(b2b({ issueDate: '2021-03-15', dueDate: '2021-04-14', asOf: '2026-01-20' }));
    expect(d.prescription).toMatchObject({ date: '2026-03-15', startDate: '2021-03-15', startKind: 'invoice', years: 5 });
    const w = d.warnings.find((x) => x.code === 'PRESCRIPTION_SOON');
    expect(w?.message).toContain('54 jours');
    expect(w?.message).toContain('15/03/2026');
    expect(w?.message).toContain('n’interrompt pas');
  });

  it('2 years against a private client, from completion, and passed', () => {
    const d = computeLatePenalties(
      b2c({ issueDate: '2024-05-20', completionDate: '2024-05-10', dueDate: '2024-06-19', formalNoticeDate: '2024-09-01', asOf: '2026-06-01' }),
    );
    expect(d.prescription).toMatchObject({ date: '2026-05-10', startKind: 'completion', years: 2 });
    expect(d.warnings.find((x) => x.code === 'PRESCRIPTION_PASSED')?.severity).toBe('danger');
  });

  it('no prescription warning for an invoice that is not late', () => {
    const d = computeLatePenalties(b2b({ issueDate: '2021-03-15', dueDate: '2021-04-14', payments: [{ date: '2021-04-01', amountCents: 100_000 }], asOf: '2026-01-20' }));
    expect(d.warnings).toEqual([]);
  });
});
