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

/** Characters around which French typography may change a space: without any, the text is left as it is. */
const TRIGGERS = /[:;?!«»€%‰°]/;

export function frenchTypography(text: string): string {
  if (!TRIGGERS.test(text)) return text;
  // Unchanged stretches are copied as slices; `prev` and `beforePrev` are the last two characters written.
  let out = '';
  let start = 0;
  let prev: string | undefined;
  let beforePrev: string | undefined;
  const flush = (end: number): void => {
    if (end > start) out += text.slice(start, end);
  };
  const insert = (s: string): void => {
    out += s;
    beforePrev = s.length > 1 ? s[s.length - 2] : prev;
    prev = s[s.length - 1];
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (SPACES.has(c)) {
      let j = i;
      while (j < n && SPACES.has(text[j]!)) j++;
      const replacement = spaceRun(prev, beforePrev, text, j);
      if (replacement !== null) {
        flush(i);
        insert(replacement);
      } else {
        flush(j);
        beforePrev = j - i > 1 ? text[j - 2] : prev;
        prev = text[j - 1];
      }
      start = j;
      i = j;
      continue;
    }
    const wanted = spaceBefore(c);
    if (c === '»') {
      if (prev !== undefined && prev !== '\n' && !SPACES.has(prev)) {
        flush(i);
        start = i;
        insert(NBSP);
      }
    } else if (wanted && isLetterOrDigit(prev) && isBoundary(text[i + 1]) && !(c === ':' && isDigit(prev) && isDigit(text[i + 1]))) {
      // "Quoi?" → "Quoi ?"; never inside a URL or a time ("https://", "?x=1", "09:30").
      flush(i);
      start = i;
      insert(wanted);
    }
    beforePrev = prev;
    prev = c;
    if (c === '«' && i + 1 < n && !SPACES.has(text[i + 1]!) && text[i + 1] !== '\n') {
      flush(i + 1);
      start = i + 1;
      insert(NBSP);
    }
    i++;
  }
  flush(n);
  return out;
}
