import { describe, expect, it } from 'vitest';
import {
  formatIban,
  isForeignInternationalPhone,
  isFrenchCountry,
  isFrenchInternationalPhone,
  isFrenchPostalCode,
  isValidBic,
  isValidFrenchPhone,
  isValidIban,
  isValidSiret,
  isValidVatNumber,
  normalizeBic,
  normalizeIban,
} from './identifiers';

describe('identifiers', () => {
  it('checks SIRET keys', () => {
    expect(isValidSiret('732 829 320 00074')).toBe(true);
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('35600000000048')).toBe(true); // La Poste head office: Luhn
    expect(isValidSiret('35600000049553')).toBe(true); // La Poste establishment: digit sum divisible by 5
  });

  it('checks French VAT keys', () => {
    expect(isValidVatNumber('FR40303265045')).toBe(true);
    expect(isValidVatNumber('FR 40 303 265 045')).toBe(true);
    expect(isValidVatNumber('FR41303265045')).toBe(false);
    expect(isValidVatNumber('DE123456789')).toBe(true);
  });

  it('checks IBANs with mod 97 and formats them in groups of four', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(formatIban('fr7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });

  it('checks BIC shapes', () => {
    expect(isValidBic('BNPAFRPPXXX')).toBe(true);
    expect(isValidBic('BNPAFRPP')).toBe(true);
    expect(isValidBic('BNP')).toBe(false);
    expect(isValidBic('bnpa fr pp xxx')).toBe(true);
  });

  it('normalises an IBAN and a BIC as they are stored: no spaces, upper case; prints the IBAN by four', () => {
    expect(normalizeIban(' fr76 3000\u00a06000 0112 3456 7890 189 ')).toBe('FR7630006000011234567890189');
    expect(normalizeBic(' bnpa-fr pp xxx ')).toBe('BNPAFRPPXXX');
    expect(formatIban('FR7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(formatIban('DE89 3704 0044 0532 0130 00')).toBe('DE89 3704 0044 0532 0130 00');
    expect(formatIban('')).toBe('');
  });

  it('knows a French address and postcode', () => {
    expect(['', 'France', ' FRANCE ', 'fr'].map(isFrenchCountry)).toEqual([true, true, true, true]);
    expect(['Belgique', 'Suisse', 'Monaco'].map(isFrenchCountry)).toEqual([false, false, false]);
    expect(['69001', '97110', ' 75002 '].map(isFrenchPostalCode)).toEqual([true, true, true]);
    expect(['6900', '690001', '69 001', 'F-69001', '2A004'].map(isFrenchPostalCode)).toEqual([false, false, false, false, false]);
  });

  it('knows a French phone number: 10 digits from 0, or +33 then 9 digits', () => {
    for (const ok of ['06 12 34 56 78', '0612345678', '01.23.45.67.89', '+33 6 12 34 56 78', '+33612345678', '0033 6 12 34 56 78', '+33 (0)6 12 34 56 78']) {
      expect(isValidFrenchPhone(ok), ok).toBe(true);
    }
    for (const bad of ['06 12 34 56 7', '06 12 34 56 789', '6 12 34 56 78', '+33 06 12 34 56 78', '+33 6 12 34 56', '00 12 34 56 78']) {
      expect(isValidFrenchPhone(bad), bad).toBe(false);
    }
    expect(isFrenchInternationalPhone('+33 6 12 34 56 78')).toBe(true);
    expect(isForeignInternationalPhone('+32 2 123 45 67')).toBe(true);
    expect(isForeignInternationalPhone('0049 30 1234567')).toBe(true);
    expect(isForeignInternationalPhone('+33 6 12 34 56 78')).toBe(false);
    expect(isForeignInternationalPhone('06 12 34 56 78')).toBe(false);
  });
});
