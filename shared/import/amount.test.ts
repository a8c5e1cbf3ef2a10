import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_CENTS } from '../kernel/money';
import { readCsvAmount } from './amount';

/** "1 234,56" with a chosen thousands separator and decimal mark. */
function write(cents: number, thousands: string, decimal: ',' | '.'): string {
  const euros = String(Math.floor(cents / 100));
  const groups: string[] = [];
  for (let end = euros.length; end > 0; end -= 3) groups.unshift(euros.slice(Math.max(0, end - 3), end));
  return `${groups.join(thousands)}${decimal}${String(cents % 100).padStart(2, '0')}`;
}

const cents = fc.integer({ min: 1, max: MAX_AMOUNT_CENTS });
const decimal = fc.constantFrom<',' | '.'>(',', '.');
const thousandsFor = (d: ',' | '.') => fc.constantFrom('', ' ', '\u00a0', '\u202f', d === ',' ? '.' : ',');
/** How exports put the currency around a number. */
const currency = fc.constantFrom(
  (n: string) => n,
  (n: string) => `${n} €`,
  (n: string) => `${n}€`,
  (n: string) => `€ ${n}`,
  (n: string) => `€${n}`,
  (n: string) => `${n} EUR`,
  (n: string) => `EUR ${n}`,
  (n: string) => `${n} eur`,
  (n: string) => `${n} euros`,
  (n: string) => `${n}\u00a0€`,
);
const negative = fc.constantFrom(
  (s: string) => `-${s}`,
  (s: string) => `\u2212${s}`,
  (s: string) => `(${s})`,
  (s: string) => `${s}-`,
  (s: string) => `- ${s}`,
);

describe('readCsvAmount', () => {
  it.each([
    ['€ 99', 9900],
    ['99 €', 9900],
    ['99,00 EUR', 9900],
    ['EUR 99,00', 9900],
    ['1 234,56 €', 123456],
    ['1\u202f234,56\u00a0€', 123456],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['+12,50', 1250],
    ['0,00', 0],
    ['-99,00 €', -9900],
    ['€ -99', -9900],
    ['-€99', -9900],
    ['−1 200,00', -120000],
    ['(1 200,00 €)', -120000],
    ['1 200,00-', -120000],
  ])('reads %s as %d cents', (text, expected) => {
    expect(readCsvAmount(text)).toEqual({ ok: true, value: expected });
  });

  it('says in French what it cannot read, quoting the cell as written', () => {
    expect(readCsvAmount('abc')).toEqual({ ok: false, message: '«\u00a0abc\u00a0» n’est pas un montant (exemple\u00a0: 1 234,56).' });
    expect(readCsvAmount('€ douze')).toEqual({ ok: false, message: '«\u00a0€ douze\u00a0» n’est pas un montant (exemple\u00a0: 1 234,56).' });
    expect(readCsvAmount('--5')).toEqual({ ok: false, message: '«\u00a0--5\u00a0» n’est pas un montant (exemple\u00a0: 1 234,56).' });
    expect(readCsvAmount('(-5)')).toEqual({ ok: false, message: '«\u00a0(-5)\u00a0» n’est pas un montant (exemple\u00a0: 1 234,56).' });
    expect(readCsvAmount('12,345')).toEqual({ ok: false, message: 'Un montant a au plus deux chiffres après la virgule.' });
    expect(readCsvAmount(' ')).toEqual({ ok: false, message: 'Saisissez un montant.' });
    expect(readCsvAmount('€')).toEqual({ ok: false, message: '«\u00a0€\u00a0» n’est pas un montant (exemple\u00a0: 1 234,56).' });
  });

  it('reads every amount to the cent, whatever the separators and the currency mark', () => {
    fc.assert(
      fc.property(cents, decimal.chain((d) => fc.tuple(fc.constant(d), thousandsFor(d))), currency, (value, [d, t], wrap) => {
        expect(readCsvAmount(wrap(write(value, t, d)))).toEqual({ ok: true, value });
      }),
    );
  });

  it('reads every way of writing a negative amount as the same negative cents', () => {
    fc.assert(
      fc.property(cents, currency, negative, (value, wrap, minus) => {
        expect(readCsvAmount(minus(wrap(write(value, ' ', ','))))).toEqual({ ok: true, value: -value });
      }),
    );
  });

  it('never throws, and anything it accepts is whole cents within the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const result = readCsvAmount(text);
        if (result.ok) {
          expect(Number.isInteger(result.value)).toBe(true);
          expect(Math.abs(result.value)).toBeLessThanOrEqual(MAX_AMOUNT_CENTS);
        } else {
          expect(result.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
