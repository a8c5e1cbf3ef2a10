import { describe, expect, it } from 'vitest';
import { deName, elide, queName, startsWithVowel } from './elision';

describe('elision before a name', () => {
  it('elides "de" before a vowel, accented or not, and before Œ or Æ', () => {
    expect(deName('Éditions Lumière')).toBe('d’Éditions Lumière');
    expect(deName('Atelier Dupré SARL')).toBe('d’Atelier Dupré SARL');
    expect(deName('éditions du Rhône')).toBe('d’éditions du Rhône');
    expect(deName('Œuvres Vives')).toBe('d’Œuvres Vives');
    expect(deName('Île Verte SAS')).toBe('d’Île Verte SAS');
    expect(deName('Ursule Martin')).toBe('d’Ursule Martin');
    expect(deName('  Orange  ')).toBe('d’Orange');
  });

  it('keeps "de" before a consonant, an H, a Y, a digit or nothing', () => {
    expect(deName('Boulangerie Martin')).toBe('de Boulangerie Martin');
    expect(deName('Hachette Livre')).toBe('de Hachette Livre');
    expect(deName('Yamaha Music')).toBe('de Yamaha Music');
    expect(deName('3M France')).toBe('de 3M France');
    expect(startsWithVowel('')).toBe(false);
  });

  it('elides que, le and la the same way, keeping a capital', () => {
    expect(queName('Atelier Dupré')).toBe('qu’Atelier Dupré');
    expect(queName('Studio Lumen')).toBe('que Studio Lumen');
    expect(elide('le', 'Éditeur')).toBe('l’Éditeur');
    expect(elide('la', 'Agence Nova')).toBe('l’Agence Nova');
    expect(elide('la', 'Société Nova')).toBe('la Société Nova');
    expect(elide('De', 'Éditions Lumière')).toBe('D’Éditions Lumière');
    expect(elide('Que', 'Hélène Petit')).toBe('Que Hélène Petit');
  });
});
