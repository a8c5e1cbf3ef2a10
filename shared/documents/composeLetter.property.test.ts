import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../kernel/localDate';
import { DUNNING_TONES } from '../dunning/schema';
import { composeLetter, type ComposedLetterModel as LetterModel } from './composeLetter';
import { letterFactsFromLedger } from './letterFacts';
import { aBusinessClient, aLetterInvoice, anIdentity, aPrivateClient, letterSettings, standalone40, type LetterTestInvoice } from './testkit';

/** « 1 234,56 € », written here without Intl: groups of three with U+202F, U+00A0 before the sign. */
function euros(cents: number): string {
  const units = String(Math.floor(cents / 100));
  let grouped = '';
  for (let i = 0; i < units.length; i++) {
    if (i > 0 && (units.length - i) % 3 === 0) grouped += '\u202f';
    grouped += units[i];
  }
  return `${grouped},${String(cents % 100).padStart(2, '0')}\u00a0€`;
}

function texts(m: LetterModel): string[] {
  const table = (t: LetterModel['table']): string[] => (t ? [...t.columns.map((c) => c.label), ...t.rows.flat(), ...(t.totals ?? [])] : []);
  return [
    ...m.sender,
    ...m.recipient,
    m.placeAndDate,
    m.registeredMention ?? '',
    m.subject,
    ...m.references,
    ...m.paragraphs,
    ...table(m.table),
    ...(m.paragraphsAfterTable ?? []),
    ...m.payment,
    m.closing,
    ...m.signature,
    ...m.annexes.flatMap((a) => [a.title, ...a.paragraphs, ...table(a.table)]),
    m.footer,
  ].filter((t) => t !== '');
}

const DESCRIPTIONS = ['', 'Refonte du site internet', 'Audit SEO : phase 1', 'Formation « Excel avancé » (2 jours)', 'Maintenance ? oui ! 12 %', 'Développement — lot n° 3'];

interface Scenario {
  kind: 'business' | 'private';
  tone: (typeof DUNNING_TONES)[number];
  invoices: { amount: number; issueOffset: number; term: number; paidShare: number; description: string; contractual: number | null }[];
  lateness: number;
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  kind: fc.constantFrom('business' as const, 'private' as const),
  tone: fc.constantFrom(...DUNNING_TONES),
  invoices: fc.array(
    fc.record({
      amount: fc.integer({ min: 100, max: 5_000_000 }),
      issueOffset: fc.integer({ min: 0, max: 400 }),
      term: fc.integer({ min: 0, max: 60 }),
      paidShare: fc.integer({ min: 0, max: 90 }),
      description: fc.constantFrom(...DESCRIPTIONS),
      contractual: fc.option(fc.integer({ min: 900, max: 2000 }), { freq: 3 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  lateness: fc.integer({ min: 1, max: 150 }),
});

describe('composeLetter on random ledgers', () => {
  it('states the figures of the décompte, to the cent, in French, and nothing a private client does not owe', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const client = s.kind === 'business' ? aBusinessClient() : aPrivateClient();
        const invoices: LetterTestInvoice[] = s.invoices.map((x, i) => {
          const issueDate = addDays('2025-03-01', x.issueOffset);
          const dueDate = addDays(issueDate, x.term);
          const paid = Math.floor((x.amount * x.paidShare) / 100);
          return aLetterInvoice({
            id: `inv-${i}`,
            clientId: client.id,
            number: `F-2026-${String(100 + i)}`,
            issueDate,
            dueDate,
            amountTtcCents: x.amount,
            description: x.description,
            contractualLateRateBp: x.contractual,
            // Paid the day after the due date, so that a courtesy letter (before it) does not see it yet.
            payments: paid > 0 ? [{ id: `p-${i}`, date: addDays(dueDate, 1), amountCents: paid, note: '', recordedAt: '2026-01-01T00:00:00.000Z' }] : [],
          });
        });
        const dues = invoices.map((i) => i.dueDate).sort();
        const letterDate = s.tone === 'courtesy' ? addDays(dues[0]!, -1) : addDays(dues[dues.length - 1]!, s.lateness);
        if (s.tone === 'courtesy' && letterDate < invoices.map((i) => i.issueDate).sort()[invoices.length - 1]!) return; // a reminder before the invoice exists
        const built = letterFactsFromLedger(
          { identity: anIdentity(), clients: [client], invoices, settings: letterSettings() },
          { clientId: client.id, invoiceIds: invoices.map((i) => i.id), tone: s.tone, letterDate },
        );
        expect(built.ok).toBe(true);
        if (!built.ok) return;
        const r = composeLetter(built.facts);
        if (!r.ok) throw new Error(r.errors.join('\n'));

        // The figures, from the décompte and the payments, computed here.
        let principal = 0;
        let penalties = 0;
        for (const f of built.facts.invoices) {
          const stored = invoices.find((i) => i.id === f.invoice.id)!;
          const paidByThen = stored.payments.filter((p) => p.date <= letterDate).reduce((sum, p) => sum + p.amountCents, 0);
          principal += f.invoice.amountTtcCents - paidByThen;
          // Each line: base × rate × days / 365, rounded once to the cent (half up, all positive here).
          for (const l of f.decompte.lines) {
            expect(l.amountCents).toBe(Math.round((l.baseCents * l.rateBp * l.days) / 3_650_000));
            penalties += l.amountCents;
          }
        }
        const late = s.tone !== 'courtesy';
        const indemnity = s.kind === 'business' && late ? 4000 * invoices.length : 0;
        if (s.kind === 'private') expect(penalties).toBe(0);
        expect(r.figures).toEqual({ principalCents: principal, penaltiesCents: penalties, indemnityCents: indemnity, totalCents: principal + penalties + indemnity });

        const all = texts(r.model);
        const text = all.join('\n');
        expect(text).toContain(euros(principal));
        if (s.kind === 'business') {
          if (late) expect(text).toContain(euros(penalties));
          // The friendly letters give the indemnity per invoice, the firmer ones the sum claimed.
          expect(text).toContain(s.tone === 'courtesy' || s.tone === 'friendly' ? '40\u00a0€ par facture' : euros(indemnity));
        }
        if (s.tone === 'formal' || s.tone === 'litigation') expect(text).toContain(euros(principal + penalties + indemnity));
        if (invoices.length > 1) {
          const t = r.model.table!;
          expect(t.totals![5]).toBe(euros(principal));
          expect(t.rows.map((row) => row[0])).toEqual([...invoices].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number)).map((i) => i.number));
        }
        for (const inv of invoices) expect(r.model.references.join(' ')).toContain(inv.number);

        if (s.kind === 'private') {
          // An amount the client owes may itself be 40,00 €: only the other 40s are the indemnity.
          const figures = built.facts.invoices.flatMap((f) => [f.invoice.amountTtcCents, f.decompte.outstandingCents, f.invoice.amountTtcCents - f.decompte.outstandingCents]);
          expect(standalone40(figures.concat(principal).includes(4000) ? text.replaceAll(euros(4000), '#') : text)).toEqual([]);
          expect(text.toLowerCase()).not.toContain('frais de recouvrement');
          expect(text.toLowerCase()).not.toContain('indemnité');
        }
        for (const t of all) {
          for (const bad of ['{{', '}}', 'undefined', 'null', 'NaN', '  ', ' ,', ' .']) expect(t.includes(bad), `${bad} in ${t}`).toBe(false);
          for (let i = 0; i < t.length - 1; i++) {
            if (t[i] === ' ') expect(':;?!»'.includes(t[i + 1]!), t).toBe(false);
            if (t[i] === '«') expect(t[i + 1], t).not.toBe(' ');
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
