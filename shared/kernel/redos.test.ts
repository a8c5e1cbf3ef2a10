import { describe, expect, it } from 'vitest';
import { parseCsv, detectSeparator, serializeCsv } from '../import/parseCsv';
import { guessMapping, normalizeHeader } from '../import/guessMapping';
import { clientRowToDraft, invoiceRowToDraft, parseClientKind } from '../import/rowToDraft';
import { decodeText } from '../import/decodeText';
import { isLocalDate, parseFrenchDate } from './localDate';
import { levelIdSchema } from '../dunning/schema';
import { base64ToBytes, decodeWire } from '../ipc/wire';
import { isHalfYearId } from '../law/halfYear';
import {
  formatIban,
  isValidBic,
  isValidEmail,
  isValidIban,
  isValidPaymentLink,
  isValidPhone,
  isValidSiret,
  isValidVatNumber,
} from '../ledger/identifiers';
import { clientDraftSchema, identitySchema, idSchema, instantSchema, localDateSchema } from '../ledger/schema';
import { parseEuroAmount } from './money';

/**
 * ReDoS guard: every validator and parser a user's text reaches must run in linear time. Each call
 * below gets 256 KB of adversarial text in one field. A pattern whose cost grows with the square
 * of its input takes minutes on that (the old e-mail pattern: 13 s on 64 KB, so about 3,5 min on
 * 256 KB); a linear one, at most about 0,1 s (a header normalised through NFD and five replaces),
 * five times that on a loaded machine. The bound keeps a wide margin on both sides; 1 MB inputs
 * would only make the suite slower (linear work ×4) and flakier under load, not catch more.
 */
const BOUND_MS = 2000;
const MB = 1 << 20;
const SIZE = MB / 4;

function fill(unit: string, length = SIZE): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const ADVERSARIAL: Record<string, string> = {
  'a': fill('a'),
  '@': fill('@'),
  'a@': fill('a@'),
  'space': fill(' '),
  'no-break spaces': fill('\u00a0\u202f'),
  '.': fill('.'),
  '0': fill('0'),
  '0 space': fill('0 '),
  '1,': fill('1,'),
  '1/': fill('1/'),
  '=': fill('='),
  '""': fill('""'),
  'e-mail dots then @': `a@${fill('.', SIZE - 3)}@`,
  'https then space': `https://${fill('a', SIZE - 10)} x`,
  'formula': `="${fill('""', SIZE - 4)}"x`,
  'mixed': fill('a@. 0,;"=\u00a0-/\n'),
};

/** Runs `run`, refusals by exception included, and checks it took less than the bound. */
function timed(name: string, run: () => unknown): number {
  const start = performance.now();
  try {
    run();
  } catch {
    // A parser may refuse by throwing: only the time matters here.
  }
  const elapsed = performance.now() - start;
  expect(elapsed, `${name}: ${elapsed.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
  return elapsed;
}

const FUNCTIONS: Record<string, (s: string) => unknown> = {
  isValidEmail,
  isValidPhone,
  isValidPaymentLink,
  isValidSiret,
  isValidVatNumber,
  isValidIban,
  isValidBic,
  formatIban,
  parseEuroAmount: (s) => parseEuroAmount(s, { allowNegative: true, allowZero: true }),
  parseFrenchDate,
  isLocalDate,
  isHalfYearId,
  normalizeHeader,
  parseClientKind,
  base64ToBytes,
  decodeWire: (s) => decodeWire(JSON.stringify({ $bytes: s })),
  idSchema: (s) => idSchema.safeParse(s),
  levelIdSchema: (s) => levelIdSchema.safeParse(s),
  localDateSchema: (s) => localDateSchema.safeParse(s),
  instantSchema: (s) => instantSchema.safeParse(s),
};

const IDENTITY_FIELDS = ['name', 'siret', 'vatNumber', 'email', 'phone', 'iban', 'bic', 'paymentLink'];
const CLIENT_FIELDS = ['id', 'kind', 'name', 'contactName', 'email', 'phone', 'siret', 'notes'];
const CLIENT_COLUMNS = ['name', 'kind', 'contactName', 'complement', 'street', 'locality', 'postalCode', 'city', 'country', 'email', 'phone', 'siret', 'notes'];
const INVOICE_ROW = ['F-2026-001', 'Boulangerie Léa', '05/01/2026', '04/02/2026', '1 200,00 €', '1 000,00', 'Professionnel', '812 345 678 00013'];
const CLIENT_ROW = ['Boulangerie Léa', 'professionnel', '', '', '12 rue de la Paix', '', '75002', 'Paris', '', 'lea@exemple.fr', '06 12 34 56 78', '', ''];

describe('validators and parsers run in linear time on 256 KB adversarial inputs', () => {
  for (const [name, run] of Object.entries(FUNCTIONS)) {
    it(name, () => {
      timed(`${name}(warm-up)`, () => run('warm-up'));
      for (const [input, text] of Object.entries(ADVERSARIAL)) timed(`${name}(${input})`, () => run(text));
    });
  }

  it('identitySchema and clientDraftSchema, field by field', () => {
    for (const [input, text] of Object.entries(ADVERSARIAL)) {
      for (const field of IDENTITY_FIELDS) timed(`identitySchema.${field}(${input})`, () => identitySchema.safeParse({ [field]: text }));
      timed(`identitySchema.address.street(${input})`, () => identitySchema.safeParse({ address: { street: text } }));
      for (const field of CLIENT_FIELDS) {
        timed(`clientDraftSchema.${field}(${input})`, () => clientDraftSchema.safeParse({ kind: 'business', name: 'A', [field]: text }));
      }
    }
  });

  it('a 1 MB paste into a contact or identifier field is refused before any pattern runs', () => {
    for (const unit of ['a', '@', 'a@', '.', ' ', '0', 'a.']) {
      const text = fill(unit, MB);
      for (const check of [isValidEmail, isValidPhone, isValidPaymentLink, isValidSiret, isValidVatNumber, isValidIban, isValidBic]) {
        expect(timed(`${check.name}(1 MB of ${unit})`, () => expect(check(text)).toBe(false))).toBeLessThan(200);
      }
      for (const field of IDENTITY_FIELDS) timed(`identitySchema.${field}(1 MB of ${unit})`, () => identitySchema.safeParse({ [field]: text }));
    }
  });

  it('the CSV parser, on a 256 KB single cell', () => {
    for (const [input, text] of Object.entries(ADVERSARIAL)) {
      timed(`detectSeparator(${input})`, () => detectSeparator(text));
      timed(`parseCsv(${input})`, () => parseCsv(text));
      const quoted = `"${text.slice(0, SIZE / 2).replaceAll('"', '""')}";b\r\n1;2`; // at most SIZE once quoted
      timed(`parseCsv(quoted ${input})`, () => parseCsv(quoted));
      timed(`serializeCsv(${input})`, () => serializeCsv([[text, 'b']]));
    }
    timed('decodeText(1 MB of 0xE9)', () => decodeText(new Uint8Array(MB).fill(0xe9)));
    timed('parseCsv(1 MB, one cell)', () => parseCsv(`"${fill('a;', MB)}"`));
  });

  it('the CSV row converters, a 256 KB cell in each column in turn', () => {
    const invoiceMapping = guessMapping('invoices', ['numero', 'client', 'date', 'echeance', 'montant ttc', 'montant ht', 'type', 'siret']);
    const clientMapping = Object.fromEntries(CLIENT_COLUMNS.map((f, i) => [f, i]));
    for (const [input, text] of Object.entries(ADVERSARIAL)) {
      for (let column = 0; column < INVOICE_ROW.length; column++) {
        const cells = INVOICE_ROW.map((c, i) => (i === column ? text : c));
        timed(`invoiceRowToDraft(column ${column}: ${input})`, () => invoiceRowToDraft(cells, invoiceMapping));
      }
      for (let column = 0; column < CLIENT_ROW.length; column++) {
        const cells = CLIENT_ROW.map((c, i) => (i === column ? text : c));
        timed(`clientRowToDraft(column ${column}: ${input})`, () => clientRowToDraft(cells, clientMapping));
      }
    }
  });
});

describe('the e-mail check', () => {
  /** The pattern the e-mail check used to be: its two [^\s@]+ around the '.' backtrack quadratically. */
  const OLD_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/; // eslint-disable-line regexp/no-super-linear-backtracking -- the known-bad example

  it('accepts exactly what the old pattern accepted', () => {
    const alphabet = ['a', 'b', '@', '.', ' ', '\t', '\u00a0', '\u2028', '\ufeff', 'é', '-'];
    let seed = 1;
    const random = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
    const samples = ['a@b.c', 'nom@domaine.fr', 'a@.b.c', 'a@b.', 'a@.bc', '@b.c', 'a@@b.c', 'a b@c.d', 'a@b..c', 'a@b.c.', 'a@b', 'a.b@c', 'é@é.é', 'a@b\u00a0.c'];
    for (let k = 0; k < 20_000; k++) {
      const length = 1 + Math.floor(random() * 9);
      samples.push(Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    }
    for (const s of samples) expect(isValidEmail(s), JSON.stringify(s)).toBe(OLD_EMAIL.test(s));
  });

  it('is linear where the old pattern is quadratic', () => {
    // Machine-independent proof that the old pattern is the bug: 8 times more dots, about 64 times
    // the time (8 times for a linear check). Measured here: 2 KB in 7 ms, 16 KB in 0,5 s, 64 KB in 13 s.
    const attack = (n: number) => `a@${'.'.repeat(n)}@`;
    const best = (n: number, runs: number) => {
      let ms = Infinity;
      for (let k = 0; k < runs; k++) {
        const text = attack(n);
        const start = performance.now();
        expect(OLD_EMAIL.test(text)).toBe(false);
        ms = Math.min(ms, performance.now() - start);
      }
      return ms;
    };
    const small = best(2 * 1024, 5);
    const large = best(16 * 1024, 1);
    expect(large / small, `old pattern: 2 KB in ${small.toFixed(1)} ms, 16 KB in ${large.toFixed(0)} ms`).toBeGreaterThan(24);
    for (const n of [16 * 1024, 64 * 1024, MB]) {
      timed(`isValidEmail(${n} dots)`, () => expect(isValidEmail(attack(n))).toBe(false));
      timed(`emailSchema(${n} dots)`, () => expect(identitySchema.safeParse({ email: attack(n) }).success).toBe(false));
    }
  });
});
