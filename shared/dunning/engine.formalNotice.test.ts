import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../kernel/localDate';
import { activeReminders, dunningStateOf } from './engine';
import { DEFAULT_POLICY, LATE_CHARGES_LEVEL_ID, type DunningPolicy } from './schema';
import { makeInvoice, policyWith, sent } from './testkit';

/** Default policy: friendly 7 days after due, firm 10 days after it, formal notice 15 days after it (8 days to pay), litigation 15 days after that deadline. */
const policy = DEFAULT_POLICY;

describe('a known mise en demeure means the earlier steps are over', () => {
  it('typed on the invoice with no reminder sent: no rappel amiable, the contentieux next', () => {
    // Due 01/03/2026, nothing sent, mise en demeure received on 20/03/2026 (typed).
    const s = dunningStateOf(makeInvoice({ formalNoticeDate: '2026-03-20' }), policy, '2026-03-21');
    // Litigation: 20/03 + 8 days to pay + 15 days = 12/04/2026.
    expect(s).toMatchObject({ status: 'scheduled', nextDate: '2026-04-12', dueToday: false });
    expect(s.nextLevel!.id).toBe('litigation');
    expect(s.skipped).toEqual([
      { levelId: 'friendly', cause: 'formal-notice', reason: '«\u00a0Rappel amiable\u00a0» n’est plus proposé\u00a0: la mise en demeure du 20/03/2026 a déjà été faite.' },
      { levelId: 'firm', cause: 'formal-notice', reason: '«\u00a0Relance ferme\u00a0» n’est plus proposé\u00a0: la mise en demeure du 20/03/2026 a déjà été faite.' },
      { levelId: 'formal-notice', cause: 'formal-notice', reason: '«\u00a0Mise en demeure\u00a0»\u00a0: faite le 20/03/2026 (date de la mise en demeure saisie sur la facture).' },
    ]);
  });

  it('after a rappel amiable: the relance ferme is not proposed either', () => {
    const s = dunningStateOf(makeInvoice({ reminders: [sent('friendly', '2026-03-08')], formalNoticeDate: '2026-03-12' }), policy, '2026-04-10');
    expect(s.nextLevel!.id).toBe('litigation');
    expect(s.nextDate).toBe('2026-04-04');
    expect(s.skipped.map((k) => k.levelId)).toEqual(['firm', 'formal-notice']);
  });

  it('the mise en demeure recorded in the app stays the anchor; its receipt moves the deadline of the next step', () => {
    const sentOnly = makeInvoice({ reminders: [sent('friendly', '2026-03-08'), sent('firm', '2026-03-18'), sent('formal-notice', '2026-04-02', { channel: 'registered-letter' })] });
    expect(dunningStateOf(sentOnly, policy, '2026-04-03').nextDate).toBe('2026-04-25'); // 02/04 + 8 + 15
    const received = makeInvoice({
      reminders: [sent('friendly', '2026-03-08'), sent('firm', '2026-03-18'), sent('formal-notice', '2026-04-02', { channel: 'registered-letter', firstPresentedOn: '2026-04-03', receivedOn: '2026-04-06' })],
      formalNoticeDate: '2026-04-06',
    });
    const s = dunningStateOf(received, policy, '2026-04-07');
    expect(s.nextDate).toBe('2026-04-29'); // 06/04 (receipt) + 8 + 15
    expect(s.skipped).toEqual([]);
    const presented = makeInvoice({
      reminders: [sent('formal-notice', '2026-04-02', { channel: 'registered-letter', firstPresentedOn: '2026-04-03' })],
      formalNoticeDate: '2026-04-03',
    });
    expect(dunningStateOf(presented, policy, '2026-04-07').nextDate).toBe('2026-04-26'); // 03/04 (not collected) + 8 + 15
  });

  it('a policy without a formal level: the steps before the contentieux are over', () => {
    const noFormal: DunningPolicy = { levels: DEFAULT_POLICY.levels.filter((l) => l.tone !== 'formal') };
    const s = dunningStateOf(makeInvoice({ formalNoticeDate: '2026-03-20' }), noFormal, '2026-03-21');
    expect(s.nextLevel!.id).toBe('litigation');
    expect(s.skipped.map((k) => k.levelId)).toEqual(['friendly', 'firm']);
  });

  it('property: once a mise en demeure date is known, no level before the formal one is ever proposed, and nothing falls before the day after it', () => {
    const DAY0 = toDayNumber('2026-01-01');
    const policies = fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }).map((on) => policyWith(Object.fromEntries(DEFAULT_POLICY.levels.map((l, i) => [l.id, { enabled: on[i]! }]))));
    fc.assert(
      fc.property(
        policies,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 0, max: 120 }),
        fc.subarray(['friendly', 'firm']),
        (p, dueIn, noticeAfterDue, todayAfterNotice, sentIds) => {
          const dueDate = fromDayNumber(DAY0 + 30 + dueIn);
          const notice = addDays(dueDate, noticeAfterDue);
          const reminders = sentIds.map((id, i) => sent(id, addDays(dueDate, i + 1))).filter((r) => r.sentOn < notice);
          const today = addDays(notice, todayAfterNotice);
          const s = dunningStateOf(makeInvoice({ issueDate: fromDayNumber(DAY0), dueDate, reminders, formalNoticeDate: notice }), p, today);
          const formalIndex = p.levels.findIndex((l) => l.tone === 'formal');
          if (s.nextLevel) {
            expect(p.levels.findIndex((l) => l.id === s.nextLevel!.id)).toBeGreaterThan(formalIndex);
            expect(s.nextDate! > notice).toBe(true);
          }
          for (const k of s.skipped) expect(k.cause === 'formal-notice' || k.levelId === 'courtesy').toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('a cancelled reminder does not count', () => {
  it('the level is proposed again, the last reminder is the one before', () => {
    const friendly = sent('friendly', '2026-03-08');
    const firm = sent('firm', '2026-03-18');
    const invoice = makeInvoice({ reminders: [friendly, firm], reminderCancellations: [{ reminderId: firm.id }] });
    expect(activeReminders(invoice)).toEqual([friendly]);
    const s = dunningStateOf(invoice, policy, '2026-03-19');
    expect(s.nextLevel!.id).toBe('firm');
    expect(s.nextDate).toBe('2026-03-18');
    expect(s.lastReminder).toEqual(friendly);
  });
});

describe('an invoice paid late: a step of its own for the penalties and the 40 €', () => {
  const paidLate = makeInvoice({ payments: [{ date: '2026-03-20', amountCents: 100_000 }], reminders: [sent('friendly', '2026-03-08')] });

  it('without owed charges (paid on time, waived, received, or computed as nothing): paid, nothing proposed', () => {
    expect(dunningStateOf(paidLate, policy, '2026-03-25')).toMatchObject({ status: 'paid', nextLevel: null });
  });

  it('owed: proposed the day after the payment, then « claimed » once recorded', () => {
    const s = dunningStateOf(paidLate, policy, '2026-03-25', { lateChargesOwed: true });
    expect(s).toMatchObject({ status: 'due', nextDate: '2026-03-21', overdueSince: '2026-03-21', dueToday: true });
    expect(s.nextLevel!.id).toBe(LATE_CHARGES_LEVEL_ID);
    expect(dunningStateOf(paidLate, policy, '2026-03-20', { lateChargesOwed: true })).toMatchObject({ status: 'scheduled', dueToday: false });
    const claimed = { ...paidLate, reminders: [...paidLate.reminders, sent(LATE_CHARGES_LEVEL_ID, '2026-03-25', { channel: 'email' })] };
    expect(dunningStateOf(claimed, policy, '2026-03-26', { lateChargesOwed: true })).toMatchObject({ status: 'charges-claimed', nextLevel: null, dueToday: false });
    // A cancelled claim: proposed again.
    const cancelled = { ...claimed, reminderCancellations: [{ reminderId: claimed.reminders[1]!.id }] };
    expect(dunningStateOf(cancelled, policy, '2026-03-26', { lateChargesOwed: true }).nextLevel!.id).toBe(LATE_CHARGES_LEVEL_ID);
  });

  it('never the same day as a reminder already sent', () => {
    const s = dunningStateOf({ ...paidLate, reminders: [sent('firm', '2026-03-22')] }, policy, '2026-03-22', { lateChargesOwed: true });
    expect(s).toMatchObject({ status: 'scheduled', nextDate: '2026-03-23' });
  });
});
