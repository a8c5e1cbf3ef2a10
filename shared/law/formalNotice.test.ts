import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../kernel/localDate';
import { formalNoticeEffectiveDate } from './formalNotice';
import { computeLatePenalties, type LatePenaltyInput } from './penalties';
import { formalNoticeStatusText } from './wording';

const NBSP = '\u00a0';

function b2c(over: Partial<LatePenaltyInput>): LatePenaltyInput {
  return { clientKind: 'private', amountTtcCents: 65_000, dueDate: '2026-01-20', payments: [], contractualRateBp: null, formalNoticeDate: null, asOf: '2026-03-06', ...over };
}

describe('the mise en demeure takes effect on receipt', () => {
  it('the receipt, else the first presentation of an uncollected letter, never the sending day', () => {
    expect(formalNoticeEffectiveDate({ receivedOn: '2026-02-05', firstPresentedOn: '2026-02-03' })).toBe('2026-02-05');
    expect(formalNoticeEffectiveDate({ receivedOn: null, firstPresentedOn: '2026-02-03' })).toBe('2026-02-03');
    expect(formalNoticeEffectiveDate({ receivedOn: null, firstPresentedOn: null })).toBeNull();
  });

  it('private client: interest from the day after receipt, to the cent', () => {
    // 650,00 € due 20/01/2026; mise en demeure posted 02/02/2026, received 05/02/2026; drawn up on 06/03/2026.
    // 06/02 → 06/03/2026: 23 days in February (6..28) + 6 in March = 29 days at the legal rate « autres cas »
    // 2026-S1, 2,62 % (262 bp): 65 000 × 262 × 29 / 3 650 000 = 135,31 → 135 cents = 1,35 €. No 40 €.
    const d = computeLatePenalties(b2c({ formalNoticeDate: formalNoticeEffectiveDate({ receivedOn: '2026-02-05', firstPresentedOn: null }) }));
    expect(d.lines.map((l) => [l.from, l.to, l.days, l.baseCents, l.rateBp, l.amountCents])).toEqual([['2026-02-06', '2026-03-06', 29, 65_000, 262, 135]]);
    expect(d).toMatchObject({ accrualStart: '2026-02-06', penaltiesCents: 135, indemnityCents: 0, totalCents: 135 });
    expect(d.rule).toContain('reçue le 05/02/2026');
  });

  it('sent, receipt not known yet: nothing accrues and the décompte says interest starts on receipt', () => {
    const d = computeLatePenalties(b2c({ formalNoticeSentOn: '2026-02-02' }));
    expect(d).toMatchObject({ lines: [], penaltiesCents: 0, totalCents: 0, accrualStart: null });
    expect(d.warnings.map((w) => w.code)).toEqual(['FORMAL_NOTICE_AWAITING_RECEIPT']);
    expect(d.warnings[0]!.message).toBe(
      `Mise en demeure envoyée le 02/02/2026${NBSP}: les intérêts au taux légal courront à partir du lendemain de sa réception par le client (art. 1231-6 du Code civil). Saisissez la date de réception (avis de réception) dès que vous la connaissez, ou celle de la première présentation si la lettre n’a pas été retirée.`,
    );
    expect(d.rule).toContain('envoyée le 02/02/2026 (date de réception à saisir');
  });

  it('a business client owes penalties from the due date whatever the mise en demeure', () => {
    const a = computeLatePenalties(b2c({ clientKind: 'business', formalNoticeSentOn: '2026-02-02' }));
    const b = computeLatePenalties(b2c({ clientKind: 'business', formalNoticeDate: '2026-02-05' }));
    expect(a.totalCents).toBe(b.totalCents);
    expect(a.accrualStart).toBe('2026-01-21');
    expect(a.warnings.map((w) => w.code)).not.toContain('FORMAL_NOTICE_AWAITING_RECEIPT');
  });

  it('property: for a private client, interest starts exactly the day after the effective date (never after the sending day alone)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 90 }), (sentAfterDue, transit, after) => {
        const dueDate = '2026-01-20';
        const sentOn = addDays(dueDate, sentAfterDue);
        const receivedOn = addDays(sentOn, transit);
        const asOf = addDays(receivedOn, after);
        const d = computeLatePenalties(b2c({ dueDate, formalNoticeDate: receivedOn, asOf }));
        expect(d.accrualStart).toBe(addDays(receivedOn > dueDate ? receivedOn : dueDate, 1));
        expect(d.lines.reduce((s, l) => s + l.days, 0)).toBe(after);
        const pending = computeLatePenalties(b2c({ dueDate, formalNoticeSentOn: sentOn, asOf }));
        expect(pending.totalCents).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('receipt dates', () => {
  const proof = { sentOn: '2026-02-02', registered: true };
  it('are written out in French', () => {
    expect(formalNoticeStatusText({ ...proof, receivedOn: null, firstPresentedOn: null, clientKind: 'private' })).toBe(
      `Mise en demeure envoyée le 02/02/2026 en recommandé avec avis de réception${NBSP}: date de réception à saisir dès que vous la connaissez (avis de réception, ou suivi de La Poste). Les intérêts au taux légal courront à partir du lendemain de la réception.`,
    );
    expect(formalNoticeStatusText({ ...proof, receivedOn: '2026-02-05', firstPresentedOn: null, clientKind: 'private' })).toBe(
      'Mise en demeure envoyée le 02/02/2026 en recommandé avec avis de réception, reçue par le client le 05/02/2026. Les intérêts au taux légal courent à partir du 06/02/2026.',
    );
    expect(formalNoticeStatusText({ ...proof, receivedOn: null, firstPresentedOn: '2026-02-04', clientKind: 'business' })).toContain('avisée et non réclamée vaut mise en demeure');
    expect(formalNoticeStatusText({ ...proof, receivedOn: null, firstPresentedOn: null, returnedOn: '2026-02-06', clientKind: 'private' })).toBe(
      `Mise en demeure envoyée le 02/02/2026 en recommandé avec avis de réception, revenue le 06/02/2026 sans avoir été présentée au client${NBSP}: elle ne vaut pas mise en demeure. Envoyez-la de nouveau à une adresse où il la recevra. Aucun intérêt au taux légal ne court encore.`,
    );
  });
});
