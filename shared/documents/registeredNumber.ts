import { frenchTypography } from '../kernel/frenchTypography';

const fr = frenchTypography;

/**
 * The number of a registered letter, as printed on the letter (legal-facts.md § 10):
 * - domestic La Poste: 13 characters, a digit, a letter, 11 digits, printed « 1A 123 456 7890 1 ». No official check
 *   digit rule was found: the shape only is checked;
 * - international (UPU S10): two letters, 8 digits, a check digit, the country code, « RR123456785FR »; a registered
 *   item's first letter is R. Check digit: weights 8 6 4 2 3 5 9 7 over the 8 digits, C = 11 − (sum mod 11),
 *   10 → 0, 11 → 5.
 */

export type RegisteredNumber = { ok: true; value: string; kind: 'domestic' | 'international' } | { ok: false; message: string };

const MAX_INPUT = 40;
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

export function s10CheckDigit(eightDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(eightDigits[i]) * S10_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && c >= 'A' && c <= 'Z';

function shape(s: string, pattern: string): boolean {
  if (s.length !== pattern.length) return false;
  for (let i = 0; i < s.length; i++) if (pattern[i] === 'd' ? !isDigit(s[i]) : !isLetter(s[i])) return false;
  return true;
}

/** Reads a registered letter's number typed with or without spaces, and gives it as it is printed. */
export function parseRegisteredNumber(raw: string): RegisteredNumber {
  const example = fr('format attendu : « 1A 123 456 7890 1 » (France) ou « RR123456785FR » (international)');
  if (raw.length > MAX_INPUT) return { ok: false, message: fr(`Numéro de recommandé trop long (${example}).`) };
  const s = raw.replace(/[\s\u00a0\u202f]/g, '').toUpperCase();
  if (s === '') return { ok: false, message: fr(`Saisissez le numéro du recommandé (${example}).`) };
  if (shape(s, 'dlddddddddddd')) {
    return { ok: true, kind: 'domestic', value: `${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)} ${s.slice(8, 12)} ${s.slice(12)}` };
  }
  if (shape(s, 'lldddddddddll')) {
    if (s[0] !== 'R') return { ok: false, message: fr(`« ${s} » n’est pas le numéro d’un envoi recommandé : un recommandé international commence par R (${example}).`) };
    const expected = s10CheckDigit(s.slice(2, 10));
    if (Number(s[10]) !== expected) {
      return { ok: false, message: fr(`La clé de contrôle de « ${s} » ne correspond pas (${s[10]} au lieu de ${expected}) : vérifiez le numéro.`) };
    }
    return { ok: true, kind: 'international', value: s };
  }
  return { ok: false, message: fr(`« ${raw.trim()} » n’est pas un numéro de recommandé (${example}).`) };
}
