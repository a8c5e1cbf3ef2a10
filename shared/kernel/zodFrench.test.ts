import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clientDraftSchema, clientSchema, databaseSchema, identitySchema, invoiceSchema } from '../ledger/schema';
import { contract } from '../ipc/contract';
import { frenchErrorMap } from './zodFrench';

/** Words of zod's English defaults ("Invalid input: expected object, received string", "Too big: …"). */
const ENGLISH = /\b(invalid|expected|input|string|number|object|array|too big|too small|received|must|should|required|unrecognized|option|key)\b/i;

function messages(result: { success: boolean; error?: z.ZodError }): string[] {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => i.message);
}

/** `typography`: also no plain space before ':' ';' '?' '!' (the older messages of the schemas still have one). */
function expectFrench(list: string[], { typography = false } = {}): void {
  expect(list.length).toBeGreaterThan(0);
  for (const m of list) {
    expect(m, m).not.toMatch(ENGLISH);
    expect(m, m).toMatch(/[.»]$/); // a sentence
    if (typography) expect(m, m).not.toMatch(/ [:;?!]/);
  }
}

describe('zod speaks French in every process (shared/kernel/zodFrench)', () => {
  it('words wrong types in a hand-edited data file', () => {
    expectFrench(messages(databaseSchema.safeParse(42)));
    expectFrench(messages(databaseSchema.safeParse(null)));
    expectFrench(messages(databaseSchema.safeParse({ schemaVersion: 1, identity: 'x', settings: [], clients: {}, invoices: [{}, 3] })));
    const r = databaseSchema.safeParse({ schemaVersion: 1, identity: 'x', settings: [], clients: {}, invoices: [] });
    expect(messages(r)).toContain('Valeur attendue\u00a0: un groupe de champs (et non un texte).');
    expect(messages(r)).toContain('Valeur attendue\u00a0: une liste (et non un groupe de champs).');
  });

  it('words bad clients and invoices, as a CSV import rejection shows them', () => {
    expectFrench(
      messages(
        clientSchema.safeParse({
          id: '',
          kind: 'x',
          name: 5,
          email: 'a'.repeat(300),
          phone: '1'.repeat(40),
          address: { city: 3, street: 'x'.repeat(50) },
          siret: 12,
          createdAt: 'hier',
          updatedAt: 1,
        }),
      ),
    );
    expectFrench(messages(clientDraftSchema.safeParse({ kind: 'business', name: 'A', email: 'a@b', phone: 'abc', dunningPaused: 'yes' })));
    expectFrench(
      messages(
        invoiceSchema.safeParse({
          id: 'a b',
          number: '',
          clientId: 'x'.repeat(70),
          issueDate: 3,
          dueDate: '2025-02-30',
          amountTtcCents: 1.5,
          amountHtCents: '3',
          currency: 'USD',
          contractualLateRateBp: -1,
          payments: [{}],
          createdAt: null,
        }),
      ),
    );
    expectFrench(messages(invoiceSchema.safeParse([])));
  });

  it('gives the length limits of e-mail, phone and payment link in French', () => {
    expect(messages(identitySchema.safeParse({ email: `${'a'.repeat(250)}@b.fr` }))).toEqual(['Adresse e-mail trop longue\u00a0: 254 caractères au plus.']);
    expect(messages(identitySchema.safeParse({ phone: '0'.repeat(31) }))).toEqual(['Numéro de téléphone trop long\u00a0: 30 caractères au plus.']);
    expect(messages(identitySchema.safeParse({ paymentLink: `https://${'a'.repeat(500)}` }))).toEqual(['Lien de paiement trop long\u00a0: 500 caractères au plus.']);
  });

  it('words the rejections of every method of the contract (wrong types, unknown fields)', () => {
    let rejected = 0;
    for (const { input } of Object.values(contract as Record<string, { input: z.ZodType }>)) {
      for (const bad of [42, 'x', [1], null, { unknownField: 1 }]) {
        const r = input.safeParse(bad);
        if (r.success) continue;
        rejected++;
        expectFrench(messages(r));
      }
    }
    expect(rejected).toBeGreaterThan(20);
  });

  it('covers every issue code with a French sentence', () => {
    const cases: [z.ZodType, unknown][] = [
      [z.string(), 1],
      [z.number(), 'x'],
      [z.number().int(), 1.5],
      [z.boolean(), 'oui'],
      [z.object({ a: z.string() }), { a: undefined }],
      [z.string().max(254), 'x'.repeat(255)],
      [z.string().min(3), 'ab'],
      [z.string().min(1), ''],
      [z.string().length(5), 'abc'],
      [z.array(z.number()).max(2), [1, 2, 3]],
      [z.array(z.number()).min(1), []],
      [z.number().max(10), 11],
      [z.number().lt(10), 10],
      [z.number().min(0), -1],
      [z.number().gt(0), 0],
      [z.number().multipleOf(5), 7],
      [z.string().regex(/^\d+$/), 'abc'],
      [z.string().startsWith('https://'), 'http://'],
      [z.string().endsWith('.fr'), 'a.com'],
      [z.string().includes('@'), 'a'],
      [z.email(), 'nope'],
      [z.url(), 'nope'],
      [z.iso.datetime(), 'hier'],
      [z.object({}).strict(), { a: 1, b: 2 }],
      [z.literal('EUR'), 'USD'],
      [z.enum(['info', 'warning']), 'x'],
      [z.union([z.string(), z.number()]), true],
      [z.string().refine(() => false), 'x'],
      [z.record(z.string().regex(/^[a-z]+$/), z.number()), { A1: 1 }],
      [z.map(z.string(), z.number()), new Map([['a', 'b']])],
      [z.set(z.number()), new Set(['a'])],
      [z.date().max(new Date('2025-01-01')), new Date('2026-01-01')],
      [z.instanceof(Uint8Array), 'x'],
    ];
    const codes = new Set<string>();
    for (const [schema, value] of cases) {
      const r = schema.safeParse(value);
      expect(r.success, String(value)).toBe(false);
      for (const issue of r.error!.issues) codes.add(issue.code);
      expectFrench(messages(r), { typography: true });
    }
    for (const code of ['invalid_type', 'too_big', 'too_small', 'invalid_format', 'invalid_value', 'custom', 'unrecognized_keys', 'invalid_union', 'not_multiple_of']) {
      expect(codes).toContain(code);
    }
  });

  it('says the limits plainly', () => {
    const first = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!.issues[0]!.message;
    expect(first(z.string().max(254), 'x'.repeat(255))).toBe('Texte trop long\u00a0: 254 caractères au plus.');
    expect(first(z.string().max(1), 'xx')).toBe('Texte trop long\u00a0: 1 caractère au plus.');
    expect(first(z.string().min(1), '')).toBe('Valeur manquante\u00a0: ce champ ne peut pas être vide.');
    expect(first(z.number().max(10_000), 20_000)).toBe('Nombre trop grand\u00a0: au plus 10\u202f000.');
    expect(first(z.number(), 'x')).toBe('Valeur attendue\u00a0: un nombre (et non un texte).');
    expect(first(z.object({}).strict(), { a: 1, b: 2 })).toBe('Champs inconnus\u00a0: «\u00a0a\u00a0», «\u00a0b\u00a0».');
    expect(first(z.enum(['info', 'warning']), 'x')).toBe('Valeur attendue\u00a0: l’une de «\u00a0info\u00a0», «\u00a0warning\u00a0».');
  });

  it('leaves the messages our schemas give untouched', () => {
    expect(messages(z.string().max(2, 'Deux au plus.').safeParse('abc'))).toEqual(['Deux au plus.']);
    expect(frenchErrorMap({ code: 'custom', input: 1, path: [] } as never)).toBe('Valeur invalide.');
  });
});
