/**
 * Checks of French and European identifiers, and of contact details, so that a typo is caught
 * before it reaches a letter. Every check refuses an over-long input before looking at it, and is
 * linear in the length of its input (no backtracking pattern: a 1 MB paste must not freeze the app).
 */

/**
 * No SIRET, VAT number, IBAN or BIC is this long, even written with spaces ("FR76 3000 … 189" has
 * 33 characters): a longer input is refused before it is normalised and matched.
 */
export const MAX_IDENTIFIER_INPUT_LENGTH = 100;

export function normalizeSiret(value: string): string {
  return value.replace(/[\s\u00a0.]/g, '');
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** SIRET: 14 digits, Luhn key; La Poste's establishments (SIREN 356000000) may instead have a digit sum divisible by 5. */
export function isValidSiret(value: string): boolean {
  if (value.length > MAX_IDENTIFIER_INPUT_LENGTH) return false;
  const s = normalizeSiret(value);
  if (!/^\d{14}$/.test(s)) return false;
  if (luhnValid(s)) return true;
  return s.startsWith('356000000') && [...s].reduce((acc, c) => acc + Number(c), 0) % 5 === 0;
}

export function normalizeVatNumber(value: string): string {
  return value.replace(/[\s\u00a0.-]/g, '').toUpperCase();
}

/** French VAT number: FR + 2-digit key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97. Other EU numbers: shape only. */
export function isValidVatNumber(value: string): boolean {
  if (value.length > MAX_IDENTIFIER_INPUT_LENGTH) return false;
  const s = normalizeVatNumber(value);
  if (s.startsWith('FR')) {
    const m = /^FR(\d{2})(\d{9})$/.exec(s);
    if (!m) return /^FR[A-HJ-NP-Z0-9]{2}\d{9}$/.test(s);
    const key = (12 + 3 * (Number(m[2]) % 97)) % 97;
    return key === Number(m[1]);
  }
  return /^[A-Z]{2}[A-Z0-9+*]{2,13}$/.test(s);
}

export function normalizeIban(value: string): string {
  return value.replace(/[\s\u00a0-]/g, '').toUpperCase();
}

export function isValidIban(value: string): boolean {
  if (value.length > MAX_IDENTIFIER_INPUT_LENGTH) return false;
  const s = normalizeIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  if (s.startsWith('FR') && s.length !== 27) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/**
 * "FR76 3000 6000 0112 3456 7890 189": the IBAN as it is stored (no spaces, upper case) written in groups of four,
 * as the screens and the letters print it. An over-long input is returned as it is.
 */
export function formatIban(value: string): string {
  if (value.length > MAX_IDENTIFIER_INPUT_LENGTH) return value;
  return normalizeIban(value).replace(/(.{4})/g, '$1 ').trim();
}

/** "bnpa fr pp xxx" → "BNPAFRPPXXX": how a BIC is stored and printed. */
export function normalizeBic(value: string): string {
  return value.replace(/[\s\u00a0-]/g, '').toUpperCase();
}

export function isValidBic(value: string): boolean {
  if (value.length > MAX_IDENTIFIER_INPUT_LENGTH) return false;
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(normalizeBic(value));
}

/** An address in France: no country, or « France » (whatever its case and accents, or « FR »). */
export function isFrenchCountry(country: string): boolean {
  const c = country.trim().toLowerCase();
  return c === '' || c === 'france' || c === 'fr';
}

/** A French postcode: 5 digits ("69001", "97110"). */
export function isFrenchPostalCode(value: string): boolean {
  return /^\d{5}$/.test(value.trim());
}

/** Spaces, dots, dashes and brackets out; "+33 (0)6…" read as "+336…". */
function phoneDigits(value: string): string {
  return value.replace(/^\s*\+33\s*\(0\)/, '+33').replace(/[\s\u00a0.()-]/g, '');
}

/** Written in the international format of France: "+33 6 12 34 56 78", "0033 6 12 34 56 78". */
export function isFrenchInternationalPhone(value: string): boolean {
  return /^(?:\+|00)33/.test(phoneDigits(value));
}

/** Written in another country's international format: "+32 2 123 45 67", "0049 30 1234567". */
export function isForeignInternationalPhone(value: string): boolean {
  const d = phoneDigits(value);
  return /^(?:\+|00)/.test(d) && !isFrenchInternationalPhone(value);
}

/** A French number: 10 digits starting with 0 ("06 12 34 56 78"), or +33 (or 0033) followed by 9 digits. */
export function isValidFrenchPhone(value: string): boolean {
  if (value.length > MAX_PHONE_LENGTH) return false;
  const d = phoneDigits(value);
  return /^0[1-9]\d{8}$/.test(d) || /^(?:\+|00)33[1-9]\d{8}$/.test(d);
}

/** RFC 5321: a forward path holds at most 254 characters. */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_PHONE_LENGTH = 30;
export const MAX_PAYMENT_LINK_LENGTH = 500;

/**
 * Exactly the language of /^[^\s@]+@[^\s@]+\.[^\s@]+$/ (no white space, one '@' with something
 * before it, a '.' inside the domain that is neither its first nor its last character), without
 * that pattern: its two overlapping [^\s@]+ around the '.' backtracked in quadratic time (64 KB of
 * dots took seconds).
 */
export function isValidEmail(value: string): boolean {
  if (value.length > MAX_EMAIL_LENGTH) return false;
  if (/\s/.test(value)) return false;
  const at = value.indexOf('@');
  if (at < 1 || value.indexOf('@', at + 1) !== -1) return false;
  const domain = value.slice(at + 1);
  return domain.length >= 3 && domain.slice(1, -1).includes('.');
}

/** "06 12 34 56 78", "+33 6 12 34 56 78", "(0)1.23.45.67.89": digits, spaces, . ( ) -, an optional leading +. */
export function isValidPhone(value: string): boolean {
  if (value.length > MAX_PHONE_LENGTH) return false;
  return /^\+?[\d .()-]{6,}$/.test(value);
}

/** An https:// address without white space. */
export function isValidPaymentLink(value: string): boolean {
  if (value.length > MAX_PAYMENT_LINK_LENGTH) return false;
  return /^https:\/\/\S+$/.test(value);
}
