/**
 * French elision before a name: "de" + "Éditions Lumière" is written "d’Éditions Lumière", "que" + "Atelier Dupré"
 * "qu’Atelier Dupré", "le"/"la" become "l’". Only before a vowel, accented or not (É, â, Œ…): a name starting with
 * H keeps the full word ("de Hachette": the h of a brand is usually aspirated, and guessing wrong reads worse than not
 * eliding), and so does one starting with Y ("de Yamaha").
 */

export type ElidableWord = 'de' | 'que' | 'le' | 'la';

const ELIDED: Record<ElidableWord, string> = { de: 'd’', que: 'qu’', le: 'l’', la: 'l’' };

/** True when `name` starts with a vowel, accented or not, æ or œ. */
export function startsWithVowel(name: string): boolean {
  const first = name.trimStart().charAt(0);
  // "É" decomposes into "E" and a combining accent: the base letter decides.
  return /[æœ]/iu.test(first) || /^[aeiou]/iu.test(first.normalize('NFD'));
}

/**
 * `word` then `name`, elided when French wants it: elide('de', 'Éditions Lumière') → 'd’Éditions Lumière',
 * elide('de', 'Boulangerie Martin') → 'de Boulangerie Martin'. A capitalised word stays capitalised ('De' → 'D’').
 */
export function elide(word: ElidableWord | Capitalize<ElidableWord>, name: string): string {
  const lower = word.toLowerCase() as ElidableWord;
  const trimmed = name.trim();
  if (!startsWithVowel(trimmed)) return `${word} ${trimmed}`;
  const short = ELIDED[lower];
  return `${word === lower ? short : short.charAt(0).toUpperCase() + short.slice(1)}${trimmed}`;
}

/** "d’Éditions Lumière", "de Boulangerie Martin". */
export function deName(name: string): string {
  return elide('de', name);
}

/** "qu’Atelier Dupré", "que Studio Lumen". */
export function queName(name: string): string {
  return elide('que', name);
}
