import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesAgree, nameWords } from './clientNames';

describe('namesAgree', () => {
  it.each([
    ['Boulangerie Léa & Fils', 'BOULANGERIE LEA & FILS'],
    ['Boulangerie Léa & Fils', 'Boulangerie Léa et Fils'],
    ['SARL Dupont', 'Dupont'],
    ['Dupont', 'Dupont Rénovation SAS'],
    ["Société Générale d'Études", 'Societe generale d etudes'],
    ['Mme Chloé Dupré', 'Chloé Dupré'],
  ])('« %s » and « %s » can be the same client', (a, b) => {
    expect(namesAgree(a, b)).toBe(true);
    expect(namesAgree(b, a)).toBe(true);
  });

  it.each([
    ['Boulangerie Léa & Fils', 'Boulangerie Lefèvre & Fils'],
    ['Studio Nord', 'Studio Sud'],
    ['Atelier Dupré', 'Garage Martin'],
    ['SA', 'SAS'],
    ['Boulangerie Léa', ''],
  ])('« %s » and « %s » are not the same client', (a, b) => {
    expect(namesAgree(a, b)).toBe(false);
  });

  it('drops legal forms but never every word', () => {
    expect(nameWords('SARL Dupont & Fils')).toEqual(['dupont', 'fils']);
    expect(nameWords('SAS')).toEqual(['sas']);
  });

  it('is symmetric and reflexive for any name with a letter', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâäîïôöùûüçÉÈÀÇŒœ'];
    const name = fc
      .array(fc.constantFrom(...letters, ' ', '&', "'", '-'), { minLength: 1, maxLength: 30 })
      .map((chars) => chars.join(''))
      .filter((s) => [...s].some((c) => letters.includes(c)));
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(namesAgree(a, b)).toBe(namesAgree(b, a));
        expect(namesAgree(a, a)).toBe(true);
        expect(namesAgree(a.toUpperCase(), a)).toBe(true);
      }),
    );
  });
});
