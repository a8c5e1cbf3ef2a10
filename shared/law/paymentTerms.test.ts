import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from '../kernel/localDate';
import { COMPUTED_PAYMENT_TERMS, dueDateForTerm, endOfMonth, latest45EndOfMonthDueDate, paymentTermOf } from './paymentTerms';

const anyDate = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2099-12-31') }).map(fromDayNumber);

describe('payment terms', () => {
  it('worked examples', () => {
    expect(dueDateForTerm('on-receipt', '2026-02-10')).toBe('2026-02-10');
    expect(dueDateForTerm('net-30', '2026-01-31')).toBe('2026-03-02'); // 2026 is not a leap year: 31/01 + 30 = 02/03
    expect(dueDateForTerm('net-60', '2026-01-15')).toBe('2026-03-16');
    // « 45 jours fin de mois », invoice date + 45 days then end of that month:
    expect(dueDateForTerm('eom-45', '2026-01-15')).toBe('2026-03-31'); // 15/01 + 45 = 01/03 → 31/03
    expect(dueDateForTerm('eom-45', '2026-01-01')).toBe('2026-02-28'); // 01/01 + 45 = 15/02 → 28/02
    expect(dueDateForTerm('eom-45', '2024-01-01')).toBe('2024-02-29'); // leap year
    expect(dueDateForTerm('eom-45', '2026-11-20')).toBe('2027-01-31'); // 20/11 + 45 = 04/01/2027 → 31/01/2027
    // The other accepted reading (end of month + 45) can be earlier or later: the 60-day check accepts up to the later.
    expect(latest45EndOfMonthDueDate('2026-01-15')).toBe('2026-03-31');
    expect(latest45EndOfMonthDueDate('2026-01-01')).toBe('2026-03-17'); // 31/01 + 45
  });

  it('reads the term back from the dates, "date" when none gives them', () => {
    expect(paymentTermOf('2026-01-15', '2026-01-15')).toBe('on-receipt');
    expect(paymentTermOf('2026-01-15', '2026-02-14')).toBe('net-30');
    expect(paymentTermOf('2026-01-15', '2026-03-31')).toBe('eom-45');
    expect(paymentTermOf('2026-01-15', '2026-03-16')).toBe('net-60');
    expect(paymentTermOf('2026-01-15', '2026-02-20')).toBe('date');
    expect(paymentTermOf('x', '2026-02-20')).toBe('date');
  });

  it('property: « 45 jours fin de mois » is the last day of the month in which invoice date + 45 days falls', () => {
    fc.assert(
      fc.property(anyDate, (issue) => {
        const due = dueDateForTerm('eom-45', issue);
        const plus45 = addDays(issue, 45);
        expect(due.slice(0, 7)).toBe(plus45.slice(0, 7)); // same month
        expect(due >= plus45).toBe(true);
        expect(addDays(due, 1).slice(8)).toBe('01'); // a month end
        expect(endOfMonth(due)).toBe(due);
        const term = daysBetween(issue, due);
        expect(term).toBeGreaterThanOrEqual(45);
        expect(term).toBeLessThanOrEqual(75);
        expect(due <= latest45EndOfMonthDueDate(issue)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: every computed term is read back as itself or as an earlier term giving the same date', () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom(...COMPUTED_PAYMENT_TERMS), (issue, term) => {
        const due = dueDateForTerm(term, issue);
        expect(due >= issue).toBe(true);
        const back = paymentTermOf(issue, due);
        expect(back).not.toBe('date');
        expect(dueDateForTerm(back as typeof term, issue)).toBe(due);
      }),
      { numRuns: 2000 },
    );
  });
});
