import { frenchTypography } from '../../shared/kernel/frenchTypography';

const SPACE = /[ \t\u00a0\u202f]/;

/**
 * The indexes of the plain spaces in `text` that frenchTypography turns into non-breaking ones. `text` stands
 * between two other pieces of text (an expression before it, more text after), so it is read as "1" + text + "\n".
 */
export function plainSpaceOffences(text: string): number[] {
  const input = `1${text}\n`;
  const output = frenchTypography(input);
  const offences: number[] = [];
  let i = 0;
  let j = 0;
  while (i < input.length && j < output.length) {
    if (SPACE.test(input[i]!)) {
      let k = i;
      while (k < input.length && SPACE.test(input[k]!)) k++;
      let l = j;
      while (l < output.length && SPACE.test(output[l]!)) l++;
      const before = input.slice(i, k);
      const after = output.slice(j, l);
      // A run French wants as one non-breaking space: every plain space in it is an offence, and so is a
      // no-break space of the wrong width (U+00A0 where U+202F goes before ; ? !, or the other way round).
      if (before !== after && !after.includes(' ')) {
        const wrongWidth = !before.includes(' ') && !before.includes(after);
        for (let p = i; p < k; p++) if (input[p] === ' ' || wrongWidth) offences.push(p - 1);
      }
      i = k;
      j = l;
    } else if (input[i] === output[j]) {
      i++;
      j++;
    } else {
      j++; // frenchTypography added a space where the source has none ("Quoi?"): not a plain space, not this scan's business.
    }
  }
  return offences;
}
