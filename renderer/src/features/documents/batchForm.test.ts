import { describe, expect, it } from 'vitest';
import { registeredNumberErrors } from './batchForm';

describe('registeredNumberErrors', () => {
  it('accepts one valid number per letter, typed with or without spaces', () => {
    expect(registeredNumberErrors(['1a12345678901', 'RR123456785FR', '2C 000 000 0000 9'])).toEqual({});
  });

  it('says which number is missing, malformed, has a wrong check digit, or repeats an earlier letter’s', () => {
    const errors = registeredNumberErrors(['', '12345', 'RR123456789FR', '1A 123 456 7890 1', '1a12345678901']);
    expect(errors[0]).toMatch(/^Saisissez le numéro du recommandé/);
    expect(errors[1]).toMatch(/n’est pas un numéro de recommandé/);
    expect(errors[2]).toMatch(/^La clé de contrôle de «\u00a0RR123456789FR\u00a0» ne correspond pas/);
    expect(errors[3]).toBeUndefined();
    expect(errors[4]).toBe('Ce numéro est déjà celui de la lettre 4.');
  });
});
