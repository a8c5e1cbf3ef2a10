/**
 * French typography for every sentence the user reads (screens, letters, e-mails): the spaces
 * French puts before high punctuation, inside guillemets, after "n°" and between a number and its
 * unit are made non-breaking, so that a line never starts with ":" or "€".
 *   U+202F (espace fine insécable) before ; ? !   —   U+00A0 (espace insécable) before : and inside « »,
 *   in "n° 12" and in "40 €", "12,5 %".
 * One pass over the text, no regular expression (linear whatever the input).
 */

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

const SPACES = new Set([' ', '\t', NBSP, NNBSP]);
const UNITS = new Set(['€', '%', '‰']);

function isLetterOrDigit(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N})\]»"'’]/u.test(c);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isBoundary(c: string | undefined): boolean {
  return c === undefined || SPACES.has(c) || c === '\n' || c === '\r' || c === ')' || c === '»' || c === '.' || c === ',';
}

/** The space French wants before `c`, or null when `c` takes none. */
function spaceBefore(c: string): string | null {
  if (c === ';' || c === '?' || c === '!') return NNBSP;
  if (c === ':' || c === '»') return NBSP;
  return null;
}

/** The non-breaking space a run of spaces between `prev` and what follows becomes, or null to keep it. */
function spaceRun(prev: string | undefined, beforePrev: string | undefined, text: string, j: number): string | null {
  const next = text[j];
  if (prev === undefined || next === undefined) return null;
  if (prev === '«') return NBSP;
  const wanted = spaceBefore(next);
  if (wanted) return wanted;
  if (UNITS.has(next) && isDigit(prev) && isBoundary(text[j + 1])) return NBSP;
  if (prev === '°' && (beforePrev === 'n' || beforePrev === 'N') && isDigit(next)) return NBSP;
  return null;
}

export function frenchTypography(text: string): string {
  // Chunks, and the last two characters written (reading back a string built by += is quadratic).
  const out: string[] = [];
  let prev: string | undefined;
  let beforePrev: string | undefined;
  const emit = (s: string): void => {
    out.push(s);
    for (const ch of s.length > 2 ? s.slice(-2) : s) {
      beforePrev = prev;
      prev = ch;
    }
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (SPACES.has(c)) {
      let j = i;
      while (j < n && SPACES.has(text[j]!)) j++;
      emit(spaceRun(prev, beforePrev, text, j) ?? text.slice(i, j));
      i = j;
      continue;
    }
    const wanted = spaceBefore(c);
    if (c === '»') {
      if (prev !== undefined && prev !== '\n' && !SPACES.has(prev)) emit(NBSP);
    } else if (wanted && isLetterOrDigit(prev) && isBoundary(text[i + 1]) && !(c === ':' && isDigit(prev) && isDigit(text[i + 1]))) {
      // "Quoi?" → "Quoi ?"; never inside a URL or a time ("https://", "?x=1", "09:30").
      emit(wanted);
    }
    emit(c);
    if (c === '«' && i + 1 < n && !SPACES.has(text[i + 1]!) && text[i + 1] !== '\n') emit(NBSP);
    i++;
  }
  return out.join('');
}
