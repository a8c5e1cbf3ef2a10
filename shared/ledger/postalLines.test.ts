import { describe, expect, it } from 'vitest';
import { postalLines } from './postalLines';

describe('postalLines (NF Z10-011)', () => {
  it('puts postcode and city in capitals without accents on the last line', () => {
    expect(
      postalLines('Atelier Dupré SARL', 'Mme Élise Martin', { complement: 'Bâtiment B', street: '12 rue de la Paix', locality: '', postalCode: '69003', city: 'Lyon 3e Arrondissement', country: '' }),
    ).toEqual(['Atelier Dupré SARL', 'À l’attention de Mme Élise Martin', 'Bâtiment B', '12 rue de la Paix', '69003 LYON 3E ARRONDISSEMENT']);
    expect(postalLines('X', '', { complement: '', street: '1 place Général', locality: '', postalCode: '97400', city: 'Saint-Denis Réunion', country: '' }).at(-1)).toBe('97400 SAINT-DENIS REUNION');
  });

  it('never exceeds 6 lines of 38 characters', () => {
    const lines = postalLines('A very long company name that goes well beyond thirty-eight', 'Contact', {
      complement: 'c',
      street: 's',
      locality: 'l',
      postalCode: '1000',
      city: 'Bruxelles',
      country: 'Belgique',
    });
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(lines.every((l) => l.length <= 38)).toBe(true);
    expect(lines.at(-1)).toBe('BELGIQUE');
  });
});
