import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../kernel/localDate';
import { invoiceBalance } from '../ledger/invoiceStatus';
import { lateChargesOf, lateChargesWordingFacts, owedLateCharges } from './lateCharges';
import { computeLatePenalties, type LatePenaltyInput } from './penalties';
import { lateChargesSentence } from './wording';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function b2b(over: Partial<LatePenaltyInput>): LatePenaltyInput {
  return { clientKind: 'business', amountTtcCents: 120_000, dueDate: '2025-11-20', payments: [], contractualRateBp: null, formalNoticeDate: null, asOf: '2026-02-10', ...over };
}

function chargesOf(input: LatePenaltyInput, decision: { waiver?: { waivedOn: string; note: string }; settlement?: { settledOn: string; amountCents: number; note: string } } = {}) {
  const decompte = computeLatePenalties(input);
  const paidOn = invoiceBalance({ amountTtcCents: input.amountTtcCents, payments: input.payments.map((p, i) => ({ ...p, id: `p${i}`, note: '', recordedAt: '2026-01-01T00:00:00Z' })) }).paidOn;
  return {
    decompte,
    charges: lateChargesOf({ clientKind: input.clientKind, dueDate: input.dueDate, paidOn, decompte, waiver: decision.waiver ?? null, settlement: decision.settlement ?? null }),
  };
}

describe('an invoice paid in full after its due date still owes its penalties and the 40 €', () => {
  it('business: penalties to the day of payment + 40 €, to the cent', () => {
    // 1 200,00 € due 20/11/2025; 500,00 € paid on 20/12/2025, the remaining 700,00 € on 15/01/2026; drawn up on 10/02/2026.
    // Rate 2025-S2 and 2026-S1: ECB 2,15 % + 10 = 12,15 % (1215 bp). Each line: base × 1215 × days / 3 650 000.
    // 21/11 → 20/12/2025: 30 days on 1 200,00 €: 120 000 × 1215 × 30 / 3 650 000 = 1 198,36 → 1 198 cents
    //   (the day of the partial payment still accrues on the whole amount; the base drops from the day after)
    // 21/12 → 31/12/2025: 11 days on 700,00 €: 70 000 × 1215 × 11 / 3 650 000 = 256,32 → 256 cents
    // 01/01 → 15/01/2026: 15 days on 700,00 € (new half-year, same rate): 70 000 × 1215 × 15 / 3 650 000 = 349,52 → 350 cents
    //   (the day of the full payment is the last day that accrues; nothing accrues after it, whatever asOf)
    // Penalties 1 198 + 256 + 350 = 1 804 cents = 18,04 €; indemnity 40,00 €; total 58,04 €.
    const { decompte, charges } = chargesOf(b2b({ payments: [{ date: '2025-12-20', amountCents: 50_000 }, { date: '2026-01-15', amountCents: 70_000 }] }));
    expect(decompte.lines.map((l) => [l.from, l.to, l.days, l.baseCents, l.amountCents])).toEqual([
      ['2025-11-21', '2025-12-20', 30, 120_000, 1198],
      ['2025-12-21', '2025-12-31', 11, 70_000, 256],
      ['2026-01-01', '2026-01-15', 15, 70_000, 350],
    ]);
    expect(decompte.outstandingCents).toBe(0);
    expect(charges).toMatchObject({ status: 'owed', paidOn: '2026-01-15', daysLate: 56, penaltiesCents: 1804, indemnityCents: 4000, totalCents: 5804 });
    expect(owedLateCharges(charges)).toEqual({ penaltiesCents: 1804, indemnityCents: 4000 });
    expect(lateChargesSentence(lateChargesWordingFacts(charges!))).toBe(
      `Facture payée le 15/01/2026, 56 jours après l’échéance${NBSP}: le paiement du principal ne solde pas le retard. Restent dus 18,04${NBSP}€ de pénalités de retard et 40,00${NBSP}€ d’indemnité forfaitaire, soit 58,04${NBSP}€ (art. L441-10 II et D441-5 du Code de commerce).`,
    );
  });

  it('the same figures whatever day the décompte is drawn up after the payment', () => {
    const payments = [{ date: '2025-12-20', amountCents: 50_000 }, { date: '2026-01-15', amountCents: 70_000 }];
    for (const asOf of ['2026-01-15', '2026-02-10', '2027-06-30']) expect(chargesOf(b2b({ payments, asOf })).charges?.totalCents).toBe(5804);
  });

  it('paid on the due date, or before: nothing is owed', () => {
    expect(chargesOf(b2b({ payments: [{ date: '2025-11-20', amountCents: 120_000 }] })).charges).toBeNull();
    expect(chargesOf(b2b({ payments: [{ date: '2025-11-02', amountCents: 120_000 }] })).charges).toBeNull();
  });

  it('one day late: the whole 40 € and one day of penalties', () => {
    // 120 000 × 1215 × 1 / 3 650 000 = 39,95 → 40 cents
    expect(chargesOf(b2b({ payments: [{ date: '2025-11-21', amountCents: 120_000 }] })).charges).toMatchObject({ daysLate: 1, penaltiesCents: 40, indemnityCents: 4000, totalCents: 4040 });
  });

  it('not paid in full: the ordinary décompte applies, not this', () => {
    expect(chargesOf(b2b({ payments: [{ date: '2025-12-20', amountCents: 50_000 }] })).charges).toBeNull();
  });

  it('private client paid late without a mise en demeure: nothing owed, no 40 €', () => {
    expect(chargesOf(b2b({ clientKind: 'private', payments: [{ date: '2026-01-15', amountCents: 120_000 }] })).charges).toBeNull();
  });

  it('private client paid after the mise en demeure: the interest from the day after receipt to the payment', () => {
    // Received 05/01/2026, paid 15/01/2026: 06/01 → 15/01 = 10 days at 2,62 %: 120 000 × 262 × 10 / 3 650 000 = 86,14 → 86 cents.
    const { charges } = chargesOf(b2b({ clientKind: 'private', formalNoticeDate: '2026-01-05', payments: [{ date: '2026-01-15', amountCents: 120_000 }] }));
    expect(charges).toMatchObject({ status: 'owed', penaltiesCents: 86, indemnityCents: 0, totalCents: 86 });
    expect(lateChargesSentence(lateChargesWordingFacts(charges!))).toContain(`0,86${NBSP}€ d’intérêts au taux légal, soit 0,86${NBSP}€.`);
  });

  it('waived or received: shown as such, no longer counted', () => {
    const payments = [{ date: '2026-01-15', amountCents: 120_000 }];
    const waived = chargesOf(b2b({ payments }), { waiver: { waivedOn: '2026-02-10', note: 'bon client' } }).charges!;
    expect(waived.status).toBe('waived');
    expect(owedLateCharges(waived)).toEqual({ penaltiesCents: 0, indemnityCents: 0 });
    expect(lateChargesSentence(lateChargesWordingFacts(waived))).toContain('Vous avez renoncé le 10/02/2026 à réclamer');
    const settled = chargesOf(b2b({ payments }), { settlement: { settledOn: '2026-02-09', amountCents: 6237, note: '' } }).charges!;
    expect(settled.status).toBe('settled');
    expect(lateChargesSentence(lateChargesWordingFacts(settled))).toContain(`réglées le 09/02/2026${NBSP}: 62,37${NBSP}€ reçus.`);
    expect(lateChargesSentence(lateChargesWordingFacts(settled))).not.toMatch(/ [:;?!]/);
    expect(NNBSP).toBe('\u202f');
  });

  it('property: paid k days late, a business client owes exactly the penalties of k days + 40 €, whatever the day of the décompte', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 700 }), fc.integer({ min: 100, max: 10_000_000 }), fc.integer({ min: 0, max: 400 }), (k, amount, after) => {
        const dueDate = '2024-03-31';
        const paidOn = addDays(dueDate, k);
        const input = b2b({ amountTtcCents: amount, dueDate, payments: [{ date: paidOn, amountCents: amount }], asOf: addDays(paidOn, after) });
        const { decompte, charges } = chargesOf(input);
        const unpaid = computeLatePenalties({ ...input, payments: [], asOf: paidOn });
        expect(charges).not.toBeNull();
        expect(charges!.daysLate).toBe(k);
        expect(charges!.penaltiesCents).toBe(unpaid.penaltiesCents);
        expect(charges!.indemnityCents).toBe(4000);
        expect(charges!.totalCents).toBe(unpaid.penaltiesCents! + 4000);
        expect(decompte.lines.at(-1)!.to).toBe(paidOn);
      }),
      { numRuns: 300 },
    );
  });
});
