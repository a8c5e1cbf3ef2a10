import { describe, expect, it } from 'vitest';
import { formatIban, isValidBic, isValidIban, isValidSiret, isValidVatNumber } from './identifiers';

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
  });
});
