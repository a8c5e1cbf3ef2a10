import { describe, expect, it } from 'vitest';
import { formatEuros } from '../kernel/money';
import { COURTESY_SKIP_REASON, dunningStateOf, policyResolver, whatIsDue } from './engine';
import type { DunningPolicy, EngineInvoice } from './schema';
import { DEFAULT_POLICY } from './schema';
import { makeInvoice, policyWith, sent } from './testkit';

const state = (invoice: EngineInvoice, today: string, policy: DunningPolicy = DEFAULT_POLICY) => dunningStateOf(invoice, policy, today);
const withCourtesy = policyWith({ courtesy: { enabled: true } });

describe('the default schedule (due 2026-03-01)', () => {
  it.each([
    // reminders already sent                                                  today         status        next level       next date
    { sentBefore: [], today: '2026-02-20', status: 'not-due', level: 'friendly', date: '2026-03-08' },
    { sentBefore: [], today: '2026-03-05', status: 'scheduled', level: 'friendly', date: '2026-03-08' },
    { sentBefore: [], today: '2026-03-08', status: 'due', level: 'friendly', date: '2026-03-08' },
    { sentBefore: [sent('friendly', '2026-03-12')], today: '2026-03-12', status: 'scheduled', level: 'firm', date: '2026-03-22' },
    { sentBefore: [sent('friendly', '2026-03-12')], today: '2026-03-22', status: 'due', level: 'firm', date: '2026-03-22' },
    { sentBefore: [sent('friendly', '2026-03-12'), sent('firm', '2026-03-22')], today: '2026-03-23', status: 'scheduled', level: 'formal-notice', date: '2026-04-06' },
    // contentieux: sentOn + 8 days granted by the mise en demeure + 15
    {
      sentBefore: [sent('friendly', '2026-03-12'), sent('firm', '2026-03-22'), sent('formal-notice', '2026-04-06')],
      today: '2026-04-10',
      status: 'scheduled',
      level: 'litigation',
      date: '2026-04-29',
    },
  ])('$today after $sentBefore.length reminder(s): $status, $level on $date', ({ sentBefore, today, status, level, date }) => {
    const s = state(makeInvoice({ reminders: sentBefore }), today);
    expect(s.status).toBe(status);
    expect(s.nextLevel?.id).toBe(level);
    expect(s.nextDate).toBe(date);
    expect(s.dueToday).toBe(status === 'due');
    expect(s.overdueSince).toBeNull();
    expect(s.skipped).toEqual([]);
  });

  it('is complete once every level has been sent', () => {
    const reminders = [sent('friendly', '2026-03-08'), sent('firm', '2026-03-18'), sent('formal-notice', '2026-04-02'), sent('litigation', '2026-04-25')];
    const s = state(makeInvoice({ reminders }), '2026-06-01');
    expect(s).toMatchObject({ status: 'complete', nextLevel: null, nextDate: null, dueToday: false, overdueSince: null });
    expect(s.lastReminder?.levelId).toBe('litigation');
  });

  it('is complete when the levels left are all disabled', () => {
    const policy = policyWith({ 'formal-notice': { enabled: false }, litigation: { enabled: false } });
    const s = state(makeInvoice({ reminders: [sent('friendly', '2026-03-08'), sent('firm', '2026-03-18')] }), '2026-06-01', policy);
    expect(s.status).toBe('complete');
  });
});

describe('the courtesy reminder (before the due date)', () => {
  it.each([
    { today: '2026-02-20', status: 'not-due', level: 'courtesy', date: '2026-02-26', overdueSince: null },
    { today: '2026-02-26', status: 'due', level: 'courtesy', date: '2026-02-26', overdueSince: null },
    // opened on the due date itself: still sent (late), the due date has not passed yet
    { today: '2026-03-01', status: 'due', level: 'courtesy', date: '2026-02-26', overdueSince: '2026-02-26' },
  ])('$today: $level on $date', ({ today, status, level, date, overdueSince }) => {
    const s = state(makeInvoice(), today, withCourtesy);
    expect(s).toMatchObject({ status, nextDate: date, overdueSince, skipped: [] });
    expect(s.nextLevel?.id).toBe(level);
  });

  it('is skipped, and says so, once the due date has passed', () => {
    const s = state(makeInvoice(), '2026-03-02', withCourtesy);
    expect(s.skipped).toEqual([{ levelId: 'courtesy', reason: 'Rappel préventif non envoyé\u00a0: l’échéance est déjà passée.' }]);
    expect(s.skipped[0]!.reason).toBe(COURTESY_SKIP_REASON);
    expect(s.nextLevel?.id).toBe('friendly');
    expect(s.nextDate).toBe('2026-03-08');
  });

  it('is disabled by default: nothing before the due date', () => {
    const s = state(makeInvoice(), '2026-02-27');
    expect(s.nextLevel?.id).toBe('friendly');
    expect(s.skipped).toEqual([]);
  });

  it('after the courtesy reminder, the friendly one still falls 7 days after the due date', () => {
    const s = state(makeInvoice({ reminders: [sent('courtesy', '2026-02-26')] }), '2026-03-02', withCourtesy);
    expect(s).toMatchObject({ status: 'scheduled', nextDate: '2026-03-08', skipped: [] });
  });

  it('never falls before the issue date', () => {
    const s = state(makeInvoice({ issueDate: '2026-03-01', dueDate: '2026-03-01' }), '2026-03-01', withCourtesy);
    expect(s).toMatchObject({ status: 'due', nextDate: '2026-03-01', overdueSince: null });
  });
});

describe('catching up after the app was closed', () => {
  it('proposes the next level not yet sent, with its original date, after 60 days closed', () => {
    // friendly sent 2026-03-12, then the app stays closed until 2026-05-11
    const s = state(makeInvoice({ reminders: [sent('friendly', '2026-03-12')] }), '2026-05-11');
    expect(s).toMatchObject({ status: 'due', dueToday: true, nextDate: '2026-03-22', overdueSince: '2026-03-22', skipped: [] });
    expect(s.nextLevel?.id).toBe('firm'); // not the mise en demeure, although its date has passed too
  });

  it('then computes the following level from the day the late one was actually sent', () => {
    const s = state(makeInvoice({ reminders: [sent('friendly', '2026-03-12'), sent('firm', '2026-05-11')] }), '2026-05-12');
    expect(s).toMatchObject({ status: 'scheduled', nextDate: '2026-05-26', overdueSince: null });
    expect(s.nextLevel?.id).toBe('formal-notice');
  });

  it('an invoice never reminded, 90 days late, starts with the friendly reminder', () => {
    const s = state(makeInvoice(), '2026-05-30');
    expect(s.nextLevel?.id).toBe('friendly');
    expect(s.overdueSince).toBe('2026-03-08');
  });
});

describe('never the same level twice', () => {
  it('a level sent, then moved after another in the policy, leaves the levels before it behind', () => {
    const ids = ['courtesy', 'friendly', 'formal-notice', 'firm', 'litigation'];
    const reordered: DunningPolicy = { levels: ids.map((id) => DEFAULT_POLICY.levels.find((l) => l.id === id)!) };
    const s = state(makeInvoice({ reminders: [sent('friendly', '2026-03-08'), sent('firm', '2026-03-18')] }), '2026-04-20', reordered);
    expect(s.nextLevel?.id).toBe('litigation');
  });

  it('a level sent, then disabled, still counts as the previous one', () => {
    const policy = policyWith({ friendly: { enabled: false } });
    const s = state(makeInvoice({ reminders: [sent('friendly', '2026-03-12')] }), '2026-03-13', policy);
    expect(s.nextLevel?.id).toBe('firm');
    expect(s.nextDate).toBe('2026-03-22');
  });

  it('a level re-enabled before the latest one sent is not proposed', () => {
    const s = state(makeInvoice({ reminders: [sent('firm', '2026-03-20')] }), '2026-03-21', withCourtesy);
    expect(s.nextLevel?.id).toBe('formal-notice');
    expect(s.skipped).toEqual([]);
  });

  it('even a policy with a duplicated id (rejected by the schema) does not propose a level sent', () => {
    const firm = DEFAULT_POLICY.levels[2]!;
    const policy: DunningPolicy = { levels: [firm, DEFAULT_POLICY.levels[1]!, { ...firm, label: 'Copie' }] };
    const s = state(makeInvoice({ reminders: [sent('firm', '2026-03-08'), sent('friendly', '2026-03-20')] }), '2026-04-01', policy);
    expect(s.status).toBe('complete');
  });

  it('a level recorded twice (imported data) is still behind us', () => {
    const s = state(makeInvoice({ reminders: [sent('friendly', '2026-03-08'), sent('friendly', '2026-03-10', { id: 'dup' })] }), '2026-03-11');
    expect(s.nextLevel?.id).toBe('firm');
    expect(s.nextDate).toBe('2026-03-20'); // from the latest one sent
  });
});

describe('never two reminders the same day', () => {
  it('a reminder sent today pushes the next one to tomorrow at the earliest', () => {
    const policy = policyWith({ firm: { anchor: 'after-due', offsetDays: 10 } });
    // friendly sent late, on 2026-03-11, the day the firm letter was due
    const s = state(makeInvoice({ reminders: [sent('friendly', '2026-03-11')] }), '2026-03-11', policy);
    expect(s).toMatchObject({ status: 'scheduled', nextDate: '2026-03-12', dueToday: false });
  });

  it('counts reminders of levels removed from the policy', () => {
    const s = state(makeInvoice({ reminders: [sent('phone-call', '2026-03-08')] }), '2026-03-08');
    expect(s.nextLevel?.id).toBe('friendly');
    expect(s.nextDate).toBe('2026-03-09');
    expect(s.lastReminder?.levelId).toBe('phone-call');
  });
});

describe('dates from the previous level', () => {
  it('a first level anchored on the previous reminder counts from the due date', () => {
    const policy = policyWith({ friendly: { enabled: false } });
    const s = state(makeInvoice(), '2026-03-05', policy);
    expect(s.nextLevel?.id).toBe('firm');
    expect(s.nextDate).toBe('2026-03-11');
  });

  it('after-previous-deadline without a deadline on the previous level counts from its sending', () => {
    const policy = policyWith({ 'formal-notice': { enabled: false } });
    const s = state(makeInvoice({ reminders: [sent('friendly', '2026-03-08'), sent('firm', '2026-03-18')] }), '2026-03-19', policy);
    expect(s.nextLevel?.id).toBe('litigation');
    expect(s.nextDate).toBe('2026-04-02');
  });

  it('lastReminder is the latest sent, whatever the order of the records', () => {
    const reminders = [sent('firm', '2026-03-18'), sent('friendly', '2026-03-08')];
    expect(state(makeInvoice({ reminders }), '2026-03-19').lastReminder?.levelId).toBe('firm');
  });
});

describe('the policy is read, never stored', () => {
  it('a changed policy applies at once to every open invoice', () => {
    const invoices = [
      makeInvoice({ id: 'a', reminders: [sent('friendly', '2026-03-12')] }),
      makeInvoice({ id: 'b', dueDate: '2026-03-10', reminders: [sent('friendly', '2026-03-17')] }),
      makeInvoice({ id: 'c', dueDate: '2026-04-01' }),
    ];
    const before = whatIsDue({ invoices, clientPolicy: () => DEFAULT_POLICY, today: '2026-03-18' });
    expect(before.map((s) => s.nextDate)).toEqual(['2026-03-22', '2026-03-27', '2026-04-08']);
    const edited = policyWith({ firm: { offsetDays: 5 }, friendly: { offsetDays: 3 } });
    const after = whatIsDue({ invoices, clientPolicy: () => edited, today: '2026-03-18' });
    expect(after.map((s) => s.nextDate)).toEqual(['2026-03-17', '2026-03-22', '2026-04-04']);
    expect(after[0]).toMatchObject({ status: 'due', overdueSince: '2026-03-17' });
  });

  it('a client with its own policy gets it, the others the default one', () => {
    const quick = policyWith({ friendly: { offsetDays: 2 } });
    const clientPolicy = policyResolver(
      [
        { id: 'quick', dunningPolicy: quick },
        { id: 'normal', dunningPolicy: null },
      ],
      DEFAULT_POLICY,
    );
    const states = whatIsDue({
      invoices: [makeInvoice({ id: 'q', clientId: 'quick' }), makeInvoice({ id: 'n', clientId: 'normal' }), makeInvoice({ id: 'u', clientId: 'unknown' })],
      clientPolicy,
      today: '2026-03-02',
    });
    expect(states.map((s) => [s.invoiceId, s.nextDate])).toEqual([
      ['q', '2026-03-03'],
      ['n', '2026-03-08'],
      ['u', '2026-03-08'],
    ]);
  });

  it('asks for the policy of each client once per call', () => {
    const asked: string[] = [];
    whatIsDue({
      invoices: [makeInvoice({ id: 'a' }), makeInvoice({ id: 'b' }), makeInvoice({ id: 'c', clientId: 'cli-2' })],
      clientPolicy: (id) => (asked.push(id), DEFAULT_POLICY),
      today: '2026-03-02',
    });
    expect(asked).toEqual(['cli-1', 'cli-2']);
  });
});

describe('paid and cancelled invoices', () => {
  const late = '2026-05-01';
  it.each([
    { name: 'paid in one payment', payments: [{ date: '2026-03-20', amountCents: 100_000 }], status: 'paid' },
    {
      name: 'paid by partial payments',
      payments: [
        { date: '2026-03-05', amountCents: 40_000 },
        { date: '2026-03-25', amountCents: 60_000 },
      ],
      status: 'paid',
    },
    { name: 'overpaid', payments: [{ date: '2026-03-05', amountCents: 100_500 }], status: 'paid' },
    { name: 'partly paid', payments: [{ date: '2026-03-05', amountCents: 99_999 }], status: 'due' },
  ])('$name: $status', ({ payments, status }) => {
    const s = state(makeInvoice({ payments }), late);
    expect(s.status).toBe(status);
    if (status === 'paid') expect(s).toMatchObject({ nextLevel: null, nextDate: null, dueToday: false, overdueSince: null });
  });

  it('a cancelled invoice gets nothing, even unpaid', () => {
    const s = state(makeInvoice({ cancelled: true, reminders: [sent('friendly', '2026-03-08')] }), late);
    expect(s).toMatchObject({ status: 'cancelled', nextLevel: null, nextDate: null, dueToday: false });
    expect(s.lastReminder?.levelId).toBe('friendly');
  });
});

describe('pauses', () => {
  const promise = { kind: 'promise' as const, since: '2026-03-10', until: '2026-03-15', note: 'Au téléphone' };

  it('a promise still running pauses the dunning', () => {
    const s = state(makeInvoice({ pause: promise }), '2026-03-15');
    expect(s).toMatchObject({
      status: 'paused',
      nextLevel: null,
      nextDate: null,
      dueToday: false,
      pause: { kind: 'promise', reason: 'Promesse de paiement jusqu’au 15/03/2026.', until: '2026-03-15' },
      pauseBroken: null,
    });
  });

  it('a promise not kept re-arms the dunning the day after the promised date', () => {
    const s = state(makeInvoice({ pause: promise }), '2026-03-16');
    expect(s).toMatchObject({
      status: 'due',
      pause: null,
      pauseBroken: { on: '2026-03-16', reason: 'Promesse de paiement du 15/03/2026 non tenue.' },
      nextDate: '2026-03-16', // max(2026-03-08, 2026-03-16)
      overdueSince: null,
    });
    expect(s.nextLevel?.id).toBe('friendly');
    // weeks later, the catch-up date is the day the promise was broken
    expect(state(makeInvoice({ pause: promise }), '2026-04-20')).toMatchObject({ nextDate: '2026-03-16', overdueSince: '2026-03-16' });
  });

  it('a broken promise does not pull a later date forward', () => {
    const s = state(makeInvoice({ pause: promise, reminders: [sent('friendly', '2026-03-12')] }), '2026-03-16');
    expect(s).toMatchObject({ status: 'scheduled', nextDate: '2026-03-22' });
  });

  it('a promise kept (the invoice paid) leaves a paid invoice', () => {
    const s = state(makeInvoice({ pause: promise, payments: [{ date: '2026-03-14', amountCents: 100_000 }] }), '2026-03-20');
    expect(s.status).toBe('paid');
    expect(s.pauseBroken).toBeNull();
  });

  const plan = {
    kind: 'plan' as const,
    since: '2026-03-10',
    instalments: [
      { dueDate: '2026-04-10', amountCents: 30_000 },
      { dueDate: '2026-05-10', amountCents: 30_000 },
      { dueDate: '2026-06-10', amountCents: 40_000 },
    ],
    note: '',
  };
  const planReason = (date: string, cents: number) => `Plan de paiement\u00a0: prochaine échéance le ${date} (${formatEuros(cents)}).`;

  it.each([
    { name: 'before the first instalment', today: '2026-04-05', payments: [], reason: planReason('10/04/2026', 30_000), until: '2026-04-10' },
    { name: 'on the day of an instalment', today: '2026-04-10', payments: [], reason: planReason('10/04/2026', 30_000), until: '2026-04-10' },
    {
      name: 'first instalment paid',
      today: '2026-04-11',
      payments: [{ date: '2026-04-09', amountCents: 30_000 }],
      reason: planReason('10/05/2026', 30_000),
      until: '2026-05-10',
    },
    {
      name: 'paid late but caught up',
      today: '2026-05-20',
      payments: [
        { date: '2026-04-09', amountCents: 30_000 },
        { date: '2026-05-15', amountCents: 30_000 },
      ],
      reason: planReason('10/06/2026', 40_000),
      until: '2026-06-10',
    },
  ])('a plan honoured ($name) pauses the dunning', ({ today, payments, reason, until }) => {
    const s = state(makeInvoice({ pause: plan, payments }), today);
    expect(s).toMatchObject({ status: 'paused', pause: { kind: 'plan', reason, until }, pauseBroken: null, nextLevel: null });
  });

  it('an instalment not paid breaks the plan the next day', () => {
    const s = state(makeInvoice({ pause: plan, payments: [{ date: '2026-04-10', amountCents: 20_000 }] }), '2026-04-11');
    expect(s.status).toBe('due');
    expect(s.pauseBroken).toEqual({ on: '2026-04-11', reason: 'Échéance du 10/04/2026 (300,00 €) du plan de paiement non honorée.'.replace('300,00 €', formatEuros(30_000)) });
    expect(s.nextDate).toBe('2026-04-11');
  });

  it('payments made before the plan started do not count towards it', () => {
    const s = state(makeInvoice({ pause: plan, payments: [{ date: '2026-03-05', amountCents: 30_000 }] }), '2026-04-11');
    expect(s.pauseBroken?.on).toBe('2026-04-11');
  });

  it('the second instalment missed', () => {
    const s = state(makeInvoice({ pause: plan, payments: [{ date: '2026-04-09', amountCents: 30_000 }] }), '2026-05-25');
    expect(s.pauseBroken).toMatchObject({ on: '2026-05-11' });
    expect(s.pauseBroken?.reason).toContain('Échéance du 10/05/2026');
    expect(s).toMatchObject({ status: 'due', nextDate: '2026-05-11', overdueSince: '2026-05-11' });
  });

  it('a plan fully honoured that leaves a balance ends the day after its last instalment', () => {
    const short = { ...plan, instalments: [{ dueDate: '2026-04-10', amountCents: 50_000 }] };
    const s = state(makeInvoice({ pause: short, payments: [{ date: '2026-04-10', amountCents: 50_000 }] }), '2026-04-12');
    expect(s.status).toBe('due');
    expect(s.pauseBroken).toEqual({ on: '2026-04-11', reason: `Plan de paiement terminé le 10/04/2026 sans solder la facture\u00a0: il reste ${formatEuros(50_000)} à payer.` });
  });

  it('a dispute lasts until the user lifts it', () => {
    const dispute = { kind: 'dispute' as const, since: '2026-03-10', note: 'prestation contestée' };
    for (const today of ['2026-03-10', '2026-06-01', '2028-01-01']) {
      const s = state(makeInvoice({ pause: dispute, reminders: [sent('friendly', '2026-03-08')] }), today);
      expect(s).toMatchObject({ status: 'paused', pause: { kind: 'dispute', reason: 'litige «\u00a0prestation contestée\u00a0»' }, nextLevel: null, dueToday: false });
      expect(s.pause).not.toHaveProperty('until');
    }
    const lifted = state(makeInvoice({ pause: null, reminders: [sent('friendly', '2026-03-08')] }), '2026-06-01');
    expect(lifted).toMatchObject({ status: 'due', nextDate: '2026-03-18' });
  });
});
