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

  it('gives exactly what the first, character-by-character version gave', () => {
    const alphabet = fc.constantFrom('a', 'é', '1', ' ', ' ', ':', ';', '?', '!', '«', '»', '€', '%', 'n', 'N', '°', '/', '.', ',', ')', '\n', NBSP, NNBSP);
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (s) => {
        expect(frenchTypography(s)).toBe(referenceTypography(s));
      }),
      { numRuns: 5000 },
    );
  });
});

// The first version, kept as the reference the faster one must match.
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

function referenceTypography(text: string): string {
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
