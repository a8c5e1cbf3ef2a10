/** Money is always an integer number of euro cents. */
export type Cents = number;

export const MAX_AMOUNT_CENTS = 99_999_999_999; // 999 999 999,99 €

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Parses an amount typed by a French user: "1 234,56", "1234.56", "1.234,56", "1 234 €", "12,5".
 * The last separator followed by one or two digits is the decimal mark; other separators must
 * group thousands by three. Never goes through floating point.
 */
export function parseEuroAmount(text: string, options: { allowNegative?: boolean; allowZero?: boolean } = {}): ParseResult<Cents> {
  let s = text.replace(SPACES, '').replace(/(€|eur|euros?)$/i, '');
  if (s === '') return { ok: false, message: 'Saisissez un montant.' };
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  if (!/^[0-9.,']+$/.test(s) || !/[0-9]/.test(s)) {
    return { ok: false, message: `«\u00a0${text.trim()}\u00a0» n’est pas un montant (exemple\u00a0: 1 234,56).` };
  }
  s = s.replace(/'/g, '');
  let integerPart = s;
  let decimalPart = '';
  const lastSep = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
  if (lastSep >= 0) {
    const after = s.slice(lastSep + 1);
    const before = s.slice(0, lastSep);
    const sep = s[lastSep];
    const sepCount = s.split(sep!).length - 1;
    const otherSep = sep === ',' ? '.' : ',';
    const isDecimal = sepCount === 1 && (after.length !== 3 || before.includes(otherSep) || sep === ',');
    if (isDecimal) {
      if (after.length > 2) {
        return { ok: false, message: 'Un montant a au plus deux chiffres après la virgule.' };
      }
      integerPart = before;
      decimalPart = after;
    }
    const groups = integerPart.split(/[.,]/);
    if (groups.length > 1) {
      const [first, ...rest] = groups;
      if (!first || first.length > 3 || rest.some((g) => g.length !== 3)) {
        return { ok: false, message: `«\u00a0${text.trim()}\u00a0» n’est pas un montant (exemple\u00a0: 1 234,56).` };
      }
      integerPart = groups.join('');
    }
  }
  if (integerPart === '') integerPart = '0';
  if (!/^\d+$/.test(integerPart) || !/^\d{0,2}$/.test(decimalPart)) {
    return { ok: false, message: `«\u00a0${text.trim()}\u00a0» n’est pas un montant (exemple\u00a0: 1 234,56).` };
  }
  if (integerPart.replace(/^0+/, '').length > 9) {
    return { ok: false, message: 'Ce montant est trop élevé (au plus 999 999 999,99\u00a0€).' };
  }
  const cents = Number(integerPart) * 100 + Number(decimalPart.padEnd(2, '0'));
  if (negative && cents !== 0 && !options.allowNegative) {
    return { ok: false, message: 'Le montant doit être positif.' };
  }
  if (cents === 0 && !options.allowZero) {
    return { ok: false, message: 'Le montant doit être supérieur à zéro.' };
  }
  return { ok: true, value: negative ? -cents : cents };
}

const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const plainFormat = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "1 234,56 €" with the French narrow no-break space as thousands separator. */
export function formatEuros(cents: Cents): string {
  assertCents(cents);
  return euroFormat.format(cents / 100);
}

/** "1 234,56" (no currency sign), for input fields. */
export function formatAmountForInput(cents: Cents): string {
  assertCents(cents);
  return plainFormat.format(cents / 100);
}

export function assertCents(cents: number): void {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an integer amount of cents: ${cents}`);
}

