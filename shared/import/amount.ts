import { parseEuroAmount, type Cents, type ParseResult } from '../kernel/money';

/**
 * Amounts as exports write them: "1 234,56", "99 €", "€ 99", "99,00 EUR", "EUR 99", "-99,00",
 * "−99,00" (U+2212), "99,00-" (a trailing minus), "(99,00)" (accounting negative), "+99".
 * Returns signed cents, zero included: the caller decides what a negative or a zero amount means.
 * Plain scans, no backtracking pattern.
 */

const SPACE_CHARS = new Set([' ', '\t', '\u00a0', '\u202f', '\u2009', '\u2007']);
const MINUS_CHARS = new Set(['-', '\u2212', '\u2013']);
/** Currency marks, longest first, compared in lower case. */
const CURRENCY_WORDS = ['euros', 'euro', 'eur', '€'];

function stripSpaces(text: string): string {
  let out = '';
  for (const c of text) if (!SPACE_CHARS.has(c)) out += c;
  return out;
}

function stripCurrency(s: string): string {
  const lower = s.toLowerCase();
  for (const word of CURRENCY_WORDS) {
    if (lower.startsWith(word)) return s.slice(word.length);
  }
  for (const word of CURRENCY_WORDS) {
    if (lower.endsWith(word)) return s.slice(0, s.length - word.length);
  }
  return s;
}

function notAnAmount(text: string): ParseResult<Cents> {
  return { ok: false, message: `«\u00a0${text.trim()}\u00a0» n’est pas un montant (exemple\u00a0: 1 234,56).` };
}

export function readCsvAmount(text: string): ParseResult<Cents> {
  let s = stripSpaces(text);
  if (s === '') return { ok: false, message: 'Saisissez un montant.' };
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  // The sign may sit outside or inside the currency mark: "-99 €", "€ -99", "-€99", "99 €-".
  for (let pass = 0; pass < 2; pass++) {
    const first = s.charAt(0);
    const last = s.charAt(s.length - 1);
    if (MINUS_CHARS.has(first)) {
      if (negative) return notAnAmount(text);
      negative = true;
      s = s.slice(1);
    } else if (first === '+') {
      s = s.slice(1);
    } else if (MINUS_CHARS.has(last) && s.length > 1) {
      if (negative) return notAnAmount(text);
      negative = true;
      s = s.slice(0, -1);
    }
    if (pass === 0) s = stripCurrency(s);
  }
  if (s === '' || MINUS_CHARS.has(s.charAt(0)) || s.charAt(0) === '+') return notAnAmount(text);
  const parsed = parseEuroAmount(s, { allowZero: true });
  if (!parsed.ok) {
    // parseEuroAmount quotes what it was given: quote what the file holds instead.
    return parsed.message.includes('«\u00a0') ? notAnAmount(text) : parsed;
  }
  return { ok: true, value: negative && parsed.value !== 0 ? -parsed.value : parsed.value };
}
