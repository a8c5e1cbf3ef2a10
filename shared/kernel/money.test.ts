import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmountForInput, formatEuros, parseEuroAmount } from './money';

const ok = (text: string) => {
  const r = parseEuroAmount(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.message}`);
  return r.value;
};
const error = (text: string) => {
  const r = parseEuroAmount(text);
  if (r.ok) throw new Error(`expected ${text} to be refused, got ${r.value}`);
  return r.message;
};

describe('parseEuroAmount', () => {
  it.each([
    ['1 234,56', 123456],
    ['1234.56', 123456],
    ['1234,56', 123456],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1\u202f234,56\u00a0€', 123456],
    ['1 234 €', 123400],
    ['12,5', 1250],
    ['0,01', 1],
    [',50', 50],
    ['1 000 000', 100000000],
    ['1.000.000', 100000000],
    ['999 999 999,99', 99999999999],
    ['40 EUR', 4000],
    ['1200', 120000],
  ])('reads %s as %i cents', (text, cents) => {
    expect(ok(text)).toBe(cents);
  });

  it('refuses text that is not an amount, in French', () => {
    expect(error('abc')).toBe('«\u00a0abc\u00a0» n’est pas un montant (exemple\u00a0: 1 234,56).');
    expect(error('')).toBe('Saisissez un montant.');
    expect(error('12,345')).toBe('Un montant a au plus deux chiffres après la virgule.');
    expect(error('1,2,3')).toContain('n’est pas un montant');
    expect(error('0')).toBe('Le montant doit être supérieur à zéro.');
    expect(error('-5')).toBe('Le montant doit être positif.');
    expect(error('1 000 000 000')).toContain('trop élevé');
    expect(error('12..5')).toContain('n’est pas un montant');
  });

  it('understands "1.234" as one thousand two hundred thirty-four euros (grouping), as a French user means it', () => {
    expect(ok('1.234')).toBe(123400);
  });

  it('allows zero or negatives only when asked', () => {
    expect(parseEuroAmount('0', { allowZero: true })).toEqual({ ok: true, value: 0 });
    expect(parseEuroAmount('-12,30', { allowNegative: true })).toEqual({ ok: true, value: -1230 });
  });
});

describe('formatEuros', () => {
  it('formats the French way, with a narrow no-break space and a comma', () => {
    expect(formatEuros(123456)).toBe('1\u202f234,56\u00a0€');
    expect(formatEuros(4000)).toBe('40,00\u00a0€');
    expect(formatEuros(1)).toBe('0,01\u00a0€');
    expect(formatAmountForInput(99999999999)).toBe('999\u202f999\u202f999,99');
  });

  it('refuses a fractional amount of cents', () => {
    expect(() => formatEuros(12.5)).toThrow(RangeError);
  });
});

describe('money properties', () => {
  const cents = fc.integer({ min: 1, max: 99_999_999_999 });

  it('parse(format(x)) === x for every amount', () => {
    fc.assert(fc.property(cents, (c) => ok(formatEuros(c)) === c && ok(formatAmountForInput(c)) === c));
  });

  it('reads the dot and comma notations of the same amount alike', () => {
    fc.assert(
      fc.property(cents, (c) => {
        const euros = Math.floor(c / 100);
        const rest = String(c % 100).padStart(2, '0');
        return ok(`${euros}.${rest}`) === c && ok(`${euros},${rest}`) === c;
      }),
    );
  });

  it('never returns a non-integer', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseEuroAmount(s);
        return !r.ok || Number.isSafeInteger(r.value);
      }),
    );
  });
});
