/** Checks of French and European identifiers, so that a typo is caught before it reaches a letter. */

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

/** "FR76 3000 6000 0112 3456 7890 189" */
export function formatIban(value: string): string {
  return normalizeIban(value).replace(/(.{4})/g, '$1 ').trim();
}

export function isValidBic(value: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(value.replace(/\s/g, '').toUpperCase());
}
