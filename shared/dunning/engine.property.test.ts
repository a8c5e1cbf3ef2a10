import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../kernel/localDate';
import { addDays, fromDayNumber, toDayNumber } from '../kernel/localDate';
import { invoiceBalance } from '../ledger/invoiceStatus';
import type { Invoice } from '../ledger/schema';
import type { DunningState } from './engine';
import { dunningStateOf, whatIsDue } from './engine';
import type { DunningLevel, DunningPause, DunningPolicy, EngineInvoice, ReminderRecord } from './schema';
import { DEFAULT_POLICY, dunningPauseSchema, dunningPolicySchema } from './schema';
import { makeInvoice, sent } from './testkit';

const DAY0 = toDayNumber('2025-06-01');
const dateArb = (from = 0, to = 900) => fc.integer({ min: from, max: to }).map((d) => fromDayNumber(DAY0 + d));

const levelArb = (id: string): fc.Arbitrary<DunningLevel> =>
  fc
    .record({
      anchor: fc.constantFrom('before-due', 'after-due', 'after-previous', 'after-previous-deadline') as fc.Arbitrary<DunningLevel['anchor']>,
      offsetDays: fc.integer({ min: 0, max: 30 }),
      paymentDeadlineDays: fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }),
      enabled: fc.boolean(),
      tone: fc.constantFrom('courtesy', 'friendly', 'firm', 'formal', 'litigation') as fc.Arbitrary<DunningLevel['tone']>,
    })
    .map((r) => ({
      id,
      label: `Étape ${id}`,
      channel: 'letter' as const,
      ...r,
      offsetDays: r.anchor === 'after-previous' || r.anchor === 'after-previous-deadline' ? Math.max(1, r.offsetDays) : r.offsetDays,
    }));

/** Random policies, valid for the schema, and variants of the default one. */
const policyArb: fc.Arbitrary<DunningPolicy> = fc.oneof(
  fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => levelArb(`l${i}`))).map((levels) => ({ levels }))),
  fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }).map((on) => ({ levels: DEFAULT_POLICY.levels.map((l, i) => ({ ...l, enabled: on[i]! })) })),
);

const pauseArb = (issueDay: number): fc.Arbitrary<DunningPause | null> =>
  fc.oneof(
    fc.constant(null),
    fc.record({ kind: fc.constant('dispute' as const), since: dateArb(issueDay, issueDay + 200), note: fc.constant('contestation') }),
    fc
      .tuple(fc.integer({ min: issueDay, max: issueDay + 200 }), fc.integer({ min: 0, max: 60 }))
      .map(([s, len]) => ({ kind: 'promise' as const, since: fromDayNumber(DAY0 + s), until: fromDayNumber(DAY0 + s + len), note: '' })),
    fc
      .tuple(fc.integer({ min: issueDay, max: issueDay + 200 }), fc.array(fc.record({ gap: fc.integer({ min: 1, max: 40 }), amountCents: fc.integer({ min: 1, max: 60_000 }) }), { minLength: 1, maxLength: 4 }))
      .map(([s, parts]) => {
        let d = s;
        const instalments = parts.map((p) => ((d += p.gap), { dueDate: fromDayNumber(DAY0 + d), amountCents: p.amountCents }));
        return { kind: 'plan' as const, since: fromDayNumber(DAY0 + s), instalments, note: '' };
      }),
  );

/** Random invoices with random histories (reminders of known or unknown levels, payments, pauses). */
const invoiceArb = (id: string): fc.Arbitrary<EngineInvoice> =>
  fc.integer({ min: 0, max: 500 }).chain((issueDay) =>
    fc
      .record({
        clientId: fc.constantFrom('a', 'b', 'c'),
        term: fc.integer({ min: 0, max: 60 }),
        amountTtcCents: fc.integer({ min: 1, max: 200_000 }),
        payments: fc.array(fc.record({ date: dateArb(issueDay, issueDay + 300), amountCents: fc.integer({ min: 1, max: 120_000 }) }), { maxLength: 3 }),
        reminders: fc.uniqueArray(
          fc.record({ levelId: fc.constantFrom('l0', 'l1', 'l2', 'l3', 'l4', 'l5', 'courtesy', 'friendly', 'firm', 'formal-notice', 'litigation', 'removed'), day: fc.integer({ min: 0, max: 250 }) }),
          { maxLength: 4, selector: (r) => r.levelId },
        ),
        pause: pauseArb(issueDay),
        cancelled: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
      })
      .map((r) =>
        makeInvoice({
          id,
          clientId: r.clientId,
          issueDate: fromDayNumber(DAY0 + issueDay),
          dueDate: fromDayNumber(DAY0 + issueDay + r.term),
          amountTtcCents: r.amountTtcCents,
          payments: r.payments,
          reminders: r.reminders.map((x) => sent(x.levelId, fromDayNumber(DAY0 + issueDay + x.day))),
          pause: r.pause,
          cancelled: r.cancelled,
        }),
      ),
  );

type World = { invoices: EngineInvoice[]; policies: Record<string, DunningPolicy>; today: LocalDate };
const worldArb: fc.Arbitrary<World> = fc.record({
  invoices: fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => invoiceArb(`inv-${i}`)))),
  policies: fc.record({ a: policyArb, b: policyArb, c: policyArb }),
  today: dateArb(0, 900),
});

const run = (w: World) => whatIsDue({ invoices: w.invoices, clientPolicy: (id) => w.policies[id]!, today: w.today });
const remaining = (inv: EngineInvoice) => invoiceBalance({ amountTtcCents: inv.amountTtcCents, payments: inv.payments as Invoice['payments'] }).remainingCents;

describe('whatIsDue: properties over random invoices, histories and dates', () => {
  it('the generators make valid stored data', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        for (const p of Object.values(w.policies)) expect(dunningPolicySchema.safeParse(p).success).toBe(true);
        for (const inv of w.invoices) if (inv.pause) expect(dunningPauseSchema.safeParse(inv.pause).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic: same input, same output, and it does not touch its input', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const frozen = structuredClone(w);
        const first = run(w);
        expect(run(structuredClone(w))).toEqual(first);
        expect(run(w)).toEqual(first);
        expect(w).toEqual(frozen);
      }),
      { numRuns: 300 },
    );
  });

  it('one state per invoice, in order, independent of the other invoices and of the order of the records', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const states = run(w);
        expect(states.map((s) => s.invoiceId)).toEqual(w.invoices.map((i) => i.id));
        const reversed = run({ ...w, invoices: [...w.invoices].reverse().map((i) => ({ ...i, reminders: [...i.reminders].reverse(), payments: [...i.payments].reverse() })) });
        expect([...reversed].reverse()).toEqual(states);
      }),
      { numRuns: 300 },
    );
  });

  it('never proposes a level already sent, nor anything for a paid, cancelled or paused invoice', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        run(w).forEach((s, i) => {
          const inv = w.invoices[i]!;
          if (s.nextLevel) expect(inv.reminders.map((r) => r.levelId)).not.toContain(s.nextLevel.id);
          if (inv.cancelled) expect(s.status).toBe('cancelled');
          else if (remaining(inv) === 0) expect(s.status).toBe('paid');
          else if (inv.pause?.kind === 'dispute') expect(s.status).toBe('paused');
          else if (inv.pause?.kind === 'promise' && w.today <= inv.pause.until) expect(s.status).toBe('paused');
          if (s.status === 'cancelled' || s.status === 'paid' || s.status === 'paused' || s.status === 'complete') {
            expect(s).toMatchObject({ nextLevel: null, nextDate: null, dueToday: false, overdueSince: null });
          }
          if (s.status === 'paused') expect(s.pause?.reason).toBeTruthy();
        });
      }),
      { numRuns: 500 },
    );
  });

  it('a proposal falls at least one day after the last reminder sent, and after a broken pause', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        run(w).forEach((s, i) => {
          const inv = w.invoices[i]!;
          if (!s.nextDate) return;
          for (const r of inv.reminders) expect(s.nextDate >= addDays(r.sentOn, 1)).toBe(true);
          if (s.pauseBroken) expect(s.nextDate >= s.pauseBroken.on).toBe(true);
          expect(s.nextDate >= inv.issueDate).toBe(true);
          expect(s.dueToday).toBe(s.nextDate <= w.today);
          expect(s.status === 'due').toBe(s.dueToday);
          expect(s.overdueSince).toBe(s.nextDate < w.today ? s.nextDate : null);
          expect(s.nextLevel?.enabled).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('only passes over before-due levels, once the due date has passed', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        run(w).forEach((s, i) => {
          const policy = w.policies[w.invoices[i]!.clientId]!;
          for (const k of s.skipped) {
            expect(policy.levels.find((l) => l.id === k.levelId)?.anchor).toBe('before-due');
            expect(w.today > w.invoices[i]!.dueDate).toBe(true);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('simulating a year of "each day, send whatever is due"', () => {
  const scenarioArb = fc.record({
    policy: policyArb,
    term: fc.integer({ min: 0, max: 60 }),
    /** The first day the app is opened, relative to the due date. */
    start: fc.integer({ min: -20, max: 60 }),
    /** A promise made on some day of the simulation, lasting some days. */
    promise: fc.option(fc.record({ on: fc.integer({ min: 0, max: 150 }), days: fc.integer({ min: 0, max: 20 }) }), { nil: null }),
    /** Paid in full on some day of the simulation. */
    paidOn: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
  });

  it('never two reminders the same day, levels in policy order, no gap but the allowed skip, all sent in the end', () => {
    fc.assert(
      fc.property(scenarioArb, ({ policy, term, start, promise, paidOn }) => {
        const issueDate = '2026-01-15';
        const dueDate = addDays(issueDate, term);
        let invoice: EngineInvoice = makeInvoice({ issueDate, dueDate });
        const firstDay = addDays(dueDate, start);
        const sends: { level: DunningLevel; on: LocalDate; nextDate: LocalDate }[] = [];
        const skippedSeen = new Set<string>();
        let last: DunningState | null = null;
        for (let d = 0; d < 365; d++) {
          const today = addDays(firstDay, d);
          if (promise && d === promise.on) {
            invoice = { ...invoice, pause: { kind: 'promise', since: today, until: addDays(today, promise.days), note: '' } };
          }
          if (paidOn !== null && d === paidOn) {
            invoice = { ...invoice, payments: [{ date: today, amountCents: invoice.amountTtcCents }] };
          }
          const [s] = whatIsDue({ invoices: [invoice], clientPolicy: () => policy, today });
          last = s!;
          for (const k of last.skipped) skippedSeen.add(k.levelId);
          if (invoice.pause?.kind === 'promise' && today <= invoice.pause.until) expect(last.status).toBe(invoice.payments.length ? 'paid' : 'paused');
          if (last.dueToday) {
            expect(last.status).toBe('due');
            sends.push({ level: last.nextLevel!, on: today, nextDate: last.nextDate! });
            const record: ReminderRecord = sent(last.nextLevel!.id, today, { id: `r${d}` });
            invoice = { ...invoice, reminders: [...invoice.reminders, record] };
          }
        }
        // never two the same day
        expect(new Set(sends.map((x) => x.on)).size).toBe(sends.length);
        // nothing once paid
        if (paidOn !== null) for (const x of sends) expect(x.on < addDays(firstDay, paidOn)).toBe(true);
        // in policy order
        const indices = sends.map((x) => policy.levels.indexOf(x.level));
        for (let i = 1; i < indices.length; i++) expect(indices[i]!).toBeGreaterThan(indices[i - 1]!);
        // sent on its date when the app was open that day, or on the first day the app was opened
        for (const x of sends) expect(x.on).toBe(x.nextDate < firstDay ? firstDay : x.nextDate);
        // no gap: every enabled level before the last one sent was sent, or is a before-due level reported as skipped
        const lastIndex = indices.length ? indices[indices.length - 1]! : -1;
        const sentIds = new Set(sends.map((x) => x.level.id));
        policy.levels.forEach((level, i) => {
          if (!level.enabled || sentIds.has(level.id)) return;
          if (i < lastIndex || last!.status === 'complete') {
            expect(level.anchor).toBe('before-due');
            expect(skippedSeen.has(level.id)).toBe(true);
          }
        });
        // a year is long enough to go through the whole policy unless the invoice got paid
        if (paidOn === null) expect(last!.status).toBe('complete');
        else expect(last!.status).toBe('paid');
      }),
      { numRuns: 400 },
    );
  });
});

describe('time zones', () => {
  it('gives the same results whatever the time zone of the machine', () => {
    const world: World = {
      invoices: [
        makeInvoice({ id: 'a', dueDate: '2026-03-29' }), // the night of the change to summer time in Paris
        makeInvoice({ id: 'b', dueDate: '2026-10-25', reminders: [sent('friendly', '2026-11-01')] }),
        makeInvoice({ id: 'c', dueDate: '2026-04-05', pause: { kind: 'promise', since: '2026-04-01', until: '2026-04-05', note: '' } }),
        makeInvoice({ id: 'd', dueDate: '2025-12-31', reminders: [sent('friendly', '2026-01-07'), sent('firm', '2026-01-17'), sent('formal-notice', '2026-02-01')] }),
      ],
      policies: { 'cli-1': { levels: DEFAULT_POLICY.levels.map((l) => ({ ...l, enabled: true })) } },
      today: '2026-03-29',
    };
    const days = ['2025-12-31', '2026-03-28', '2026-03-29', '2026-03-30', '2026-04-06', '2026-10-25', '2026-10-26', '2026-11-11'];
    const results = (tz: string) => {
      process.env.TZ = tz;
      return days.map((today) => run({ ...world, today }));
    };
    const saved = process.env.TZ;
    try {
      const reference = results('UTC');
      for (const tz of ['Pacific/Auckland', 'Europe/Paris', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        expect(results(tz)).toEqual(reference);
      }
      // the switch of time zone did happen in this process (else the test would prove nothing)
      process.env.TZ = 'Pacific/Auckland';
      const auckland = new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset();
      process.env.TZ = 'UTC';
      expect(auckland).toBe(-780);
      expect(reference.map((r) => r.map((s) => s.nextDate))[7]).toEqual(['2026-04-05', '2026-11-11', '2026-04-12', '2026-02-24']);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('a single invoice gives the same state through whatIsDue and dunningStateOf', () => {
    const inv = makeInvoice();
    expect(whatIsDue({ invoices: [inv], clientPolicy: () => DEFAULT_POLICY, today: '2026-03-09' })).toEqual([dunningStateOf(inv, DEFAULT_POLICY, '2026-03-09')]);
  });
});
