import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchTypography, NBSP, NNBSP } from './frenchTypography';

describe('French typography', () => {
  it('puts the right non-breaking space before high punctuation and inside guillemets', () => {
    expect(frenchTypography('Montant : 40 € ; réglé ? Oui !')).toBe(`Montant${NBSP}: 40${NBSP}€${NNBSP}; réglé${NNBSP}? Oui${NNBSP}!`);
    expect(frenchTypography('« Payée »')).toBe(`«${NBSP}Payée${NBSP}»`);
    expect(frenchTypography('«Payée»')).toBe(`«${NBSP}Payée${NBSP}»`);
    expect(frenchTypography('Quoi?')).toBe(`Quoi${NNBSP}?`);
    expect(frenchTypography('facture n° 12, taux 12,5 %')).toBe(`facture n°${NBSP}12, taux 12,5${NBSP}%`);
  });

  it('leaves URLs, times, numbers and ordinary spaces alone', () => {
    for (const s of ['https://www.legifrance.gouv.fr/loda?id=1', 'à 09:30', '1\u202f234,56\u00a0€', 'le 1er décembre 2026', 'C:\\dossier', 'a b  c']) {
      expect(frenchTypography(s)).toBe(s);
    }
  });

  it('is idempotent and only ever changes spaces (or adds one)', () => {
    const alphabet = fc.constantFrom('a', 'é', '1', ' ', ':', ';', '?', '!', '«', '»', '€', '%', 'n', '°', '/', '\n', NBSP, NNBSP);
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (s) => {
        const once = frenchTypography(s);
        expect(frenchTypography(once)).toBe(once);
        const strip = (t: string) => t.replace(/[ \u00a0\u202f]/g, '');
        expect(strip(once)).toBe(strip(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('is linear on a megabyte of punctuation', () => {
    const big = ' :'.repeat(500_000);
    const t = performance.now();
    frenchTypography(big);
    expect(performance.now() - t).toBeLessThan(2_000);
  });
});
