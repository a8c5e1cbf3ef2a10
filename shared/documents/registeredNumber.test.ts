import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRegisteredNumber, s10CheckDigit } from './registeredNumber';

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('parseRegisteredNumber', () => {
  it('prints a domestic number grouped as La Poste prints it, however it was typed', () => {
    for (const typed of ['1A12345678901', '1a 123 456 7890 1', ' 1A 1234 5678 901 ']) {
      expect(parseRegisteredNumber(typed)).toEqual({ ok: true, kind: 'domestic', value: '1A 123 456 7890 1' });
    }
  });

  it('checks the S10 check digit of an international number', () => {
    // 1×8 + 2×6 + 3×4 + 4×2 + 5×3 + 6×5 + 7×9 + 8×7 = 204; 204 mod 11 = 6; 11 − 6 = 5.
    expect(parseRegisteredNumber('rr 123 456 785 fr')).toEqual({ ok: true, kind: 'international', value: 'RR123456785FR' });
    const wrong = parseRegisteredNumber('RR123456789FR');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(plain(wrong.message)).toBe('La clé de contrôle de « RR123456789FR » ne correspond pas (9 au lieu de 5) : vérifiez le numéro.');
  });

  it('applies the two special cases of the S10 rule (10 → 0, 11 → 5)', () => {
    // 8 × 7 = 56 ≡ 1 (mod 11): C = 10 → 0.   1 × 9 + 5 × 7 = 44 ≡ 0: C = 11 → 5.
    expect(s10CheckDigit('00000008')).toBe(0);
    expect(s10CheckDigit('00000015')).toBe(5);
  });

  it('agrees with the rule written out, for every 8 digits', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }), (digits) => {
        const weights = [8, 6, 4, 2, 3, 5, 9, 7];
        const sum = digits.reduce((s, d, i) => s + d * weights[i]!, 0);
        const c = 11 - (sum % 11);
        expect(s10CheckDigit(digits.join(''))).toBe(c === 10 ? 0 : c === 11 ? 5 : c);
        const number = `RA${digits.join('')}${s10CheckDigit(digits.join(''))}FR`;
        expect(parseRegisteredNumber(number)).toEqual({ ok: true, kind: 'international', value: number });
      }),
    );
  });

  it('refuses what is not a registered letter number, in French', () => {
    const bad = parseRegisteredNumber('12345');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(plain(bad.message)).toBe('« 12345 » n’est pas un numéro de recommandé (format attendu : « 1A 123 456 7890 1 » (France) ou « RR123456785FR » (international)).');
    const parcel = parseRegisteredNumber('CP123456785FR');
    expect(parcel.ok).toBe(false);
    if (!parcel.ok) expect(plain(parcel.message)).toContain('un recommandé international commence par R');
    expect(parseRegisteredNumber('').ok).toBe(false);
    expect(parseRegisteredNumber('1'.repeat(1000)).ok).toBe(false);
  });
});
