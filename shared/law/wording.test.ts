import { describe, expect, it } from 'vitest';
import { prescriptionDate } from './prescription';
import type { LawWarningFacts } from './warnings';
import {
  decompteLabels,
  decompteRuleText,
  formalNoticeStatusText,
  lateChargesRowText,
  lateChargesSentence,
  lateChargesTitle,
  lawWarningMessage,
  PAYMENT_TERM_HINTS,
} from './wording';

/** No plain space before « : ; ? ! », none inside « », no plain space between an amount and « € » or « % ». */
function expectFrenchTypography(text: string): void {
  expect(text, text).not.toMatch(/ [:;?!»]/);
  expect(text, text).not.toMatch(/« /);
  expect(text, text).not.toMatch(/\d [€%]/);
}

describe('the words of the décompte', () => {
  it('say penalties and indemnity between businesses, legal interest and no indemnity for a private client', () => {
    expect(decompteLabels('business')).toEqual({
      title: 'Pénalités et indemnité dues',
      caption: 'Décompte des pénalités',
      chargesRow: 'Pénalités',
      nothingRuns: 'Aucune pénalité ne court à ce jour.',
      indemnityRow: 'Indemnité forfaitaire',
    });
    expect(decompteLabels('private')).toEqual({
      title: 'Intérêts de retard dus',
      caption: 'Décompte des intérêts',
      chargesRow: 'Intérêts au taux légal',
      nothingRuns: 'Aucun intérêt ne court à ce jour.',
      indemnityRow: null,
    });
  });

  it('of an invoice paid late by a private client speak of interest only', () => {
    expect((['owed', 'waived', 'settled'] as const).map((s) => lateChargesTitle(s, 'private'))).toEqual([
      'Intérêts de retard restant dus',
      'Intérêts de retard abandonnés',
      'Intérêts de retard réglés',
    ]);
    expect(lateChargesTitle('owed', 'business')).toBe('Pénalités et indemnité restant dues');
    const settled = lateChargesSentence({ status: 'settled', clientKind: 'private', paidOn: '2026-01-15', daysLate: 20, penaltiesCents: 86, indemnityCents: 0, totalCents: 86, waivedOn: null, settledOn: '2026-02-10', settledCents: 86 });
    expect(settled).toBe('Facture payée le 15/01/2026, 20 jours après l’échéance. Intérêts de retard réglés le 10/02/2026\u00a0: 0,86\u00a0€ reçus.');
    expect(lateChargesRowText({ claimedOn: '2026-02-10', claimOn: null }, 'private')).toBe('Intérêts de retard restant dus, réclamés le 10/02/2026');
    expect(lateChargesRowText({ claimedOn: null, claimOn: null }, 'private')).toBe('Intérêts de retard restant dus\u00a0: à réclamer');
  });
});

describe('the wording module writes French typography', () => {
  const prescription = prescriptionDate({ clientKind: 'business', issueDate: '2021-03-15', payments: [] });
  const facts: LawWarningFacts[] = [
    { code: 'MISSING_RATES', missing: ['2027-S1'], rateKind: 'ecb' },
    { code: 'MISSING_RATES', missing: ['2027-S1', '2027-S2'], rateKind: 'legalOther' },
    { code: 'UNCONFIRMED_RATE', halfYears: ['2026-S2'] },
    { code: 'USER_ENTERED_RATE', halfYears: ['2027-S1'] },
    { code: 'PAYMENT_TERM_OVER_60_DAYS', termDays: 64, within45EndOfMonth: true },
    { code: 'CONTRACTUAL_RATE_BELOW_FLOOR', rateBp: 500, floors: [{ halfYear: '2026-S1', bp: 786 }, { halfYear: '2026-S2', bp: 825 }] },
    { code: 'CONTRACTUAL_FLOOR_UNVERIFIABLE', halfYears: ['2027-S1'] },
    { code: 'NO_FORMAL_NOTICE' },
    { code: 'FORMAL_NOTICE_AWAITING_RECEIPT', sentOn: '2026-02-02' },
    { code: 'FORMAL_NOTICE_BEFORE_DUE_DATE', noticeDate: '2026-03-15', dueDate: '2026-03-31' },
    { code: 'CONTRACTUAL_RATE_NOT_APPLIED_PRIVATE', rateBp: 1500 },
    { code: 'PRESCRIPTION_SOON', prescription, daysLeft: 54 },
    { code: 'PRESCRIPTION_PASSED', prescription },
  ];

  it('in every warning', () => {
    for (const f of facts) expectFrenchTypography(lawWarningMessage(f));
    expect(lawWarningMessage({ code: 'PRESCRIPTION_SOON', prescription, daysLeft: 1 })).toContain('il reste 1 jour pour agir');
  });

  it('in the rule, the late charges, the mise en demeure and the payment terms', () => {
    for (const clientKind of ['business', 'private'] as const) {
      for (const formalNoticeDate of [null, '2026-02-05']) {
        for (const formalNoticeSentOn of [null, '2026-02-02']) {
          expectFrenchTypography(decompteRuleText({ clientKind, contractualRateBp: null, indemnityCents: 4000, formalNoticeDate, formalNoticeSentOn }));
        }
      }
      for (const status of ['owed', 'waived', 'settled'] as const) {
        expectFrenchTypography(
          lateChargesSentence({ status, clientKind, paidOn: '2026-01-15', daysLate: 1, penaltiesCents: null, indemnityCents: 4000, totalCents: null, waivedOn: '2026-02-10', settledOn: '2026-02-10', settledCents: 4040 }),
        );
      }
      for (const [receivedOn, firstPresentedOn] of [[null, null], ['2026-02-05', null], [null, '2026-02-04']] as const) {
        expectFrenchTypography(formalNoticeStatusText({ sentOn: '2026-02-02', registered: true, receivedOn, firstPresentedOn, clientKind }));
      }
    }
    expect(lateChargesRowText({ claimedOn: null, claimOn: null })).toBe('Pénalités et indemnité restant dues\u00a0: à réclamer');
    expect(lateChargesRowText({ claimedOn: null, claimOn: '2026-02-11' })).toBe('Pénalités et indemnité restant dues\u00a0: à réclamer le 11/02/2026');
    expect(lateChargesRowText({ claimedOn: '2026-02-10', claimOn: null })).toBe('Pénalités et indemnité restant dues, réclamées le 10/02/2026');
    for (const hint of Object.values(PAYMENT_TERM_HINTS)) expectFrenchTypography(hint);
  });
});
