/**
 * Time of the dunning engine and the aged balance over 10 000 varied invoices.
 * Run: node --import tsx bench/engine.bench.ts
 */
import { addDays } from '../shared/kernel/localDate';
import { agingBuckets } from '../shared/dunning/aging';
import { policyResolver, whatIsDue } from '../shared/dunning/engine';
import type { DunningPause, DunningPolicy, EngineInvoice, ReminderRecord } from '../shared/dunning/schema';
import { DEFAULT_POLICY } from '../shared/dunning/schema';
import { seededRandom } from '../test/support/seededRandom';

const COUNT = 10_000;
const RUNS = 15;
const TODAY = '2026-06-15';

const rand = seededRandom(20260615);
const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;

const ownPolicy: DunningPolicy = { levels: DEFAULT_POLICY.levels.map((l) => ({ ...l, enabled: true, offsetDays: Math.max(1, l.offsetDays - 2) })) };
const clients = Array.from({ length: 300 }, (_, i) => ({ id: `c${i}`, dunningPolicy: i % 10 === 0 ? ownPolicy : null }));

function makeInvoice(i: number): EngineInvoice {
  const issueDate = addDays(TODAY, -int(0, 400));
  const dueDate = addDays(issueDate, pick([0, 15, 30, 30, 45, 60]));
  const amountTtcCents = int(5_000, 2_000_000);
  const payments: { date: string; amountCents: number }[] = [];
  const r = rand();
  if (r < 0.35) payments.push({ date: addDays(dueDate, int(-10, 40)), amountCents: amountTtcCents });
  else if (r < 0.55) for (let k = 0; k < int(1, 3); k++) payments.push({ date: addDays(dueDate, int(0, 90)), amountCents: Math.floor(amountTtcCents / 4) });
  const reminders: ReminderRecord[] = [];
  let day = addDays(dueDate, 7);
  for (const level of DEFAULT_POLICY.levels.slice(1, 1 + int(0, 4))) {
    if (day > TODAY) break;
    reminders.push({ id: `r${i}-${level.id}`, levelId: level.id, sentOn: day, channel: level.channel, recordedAt: `${day}T09:00:00.000Z`, note: '', firstPresentedOn: null, receivedOn: null });
    day = addDays(day, int(5, 30));
  }
  let pause: DunningPause | null = null;
  const p = rand();
  if (p < 0.05) pause = { kind: 'dispute', since: dueDate, note: 'prestation contestée' };
  else if (p < 0.12) pause = { kind: 'promise', since: dueDate, until: addDays(dueDate, int(5, 200)), note: '' };
  else if (p < 0.18) {
    const instalments = Array.from({ length: int(2, 6) }, (_, k) => ({ dueDate: addDays(dueDate, 30 * (k + 1)), amountCents: Math.floor(amountTtcCents / 6) }));
    pause = { kind: 'plan', since: dueDate, instalments, note: '' };
  }
  return { id: `inv${i}`, clientId: pick(clients).id, number: `F-${i}`, issueDate, dueDate, amountTtcCents, payments, reminders, pause, cancelled: rand() < 0.03 };
}

const invoices = Array.from({ length: COUNT }, (_, i) => makeInvoice(i));
const clientPolicy = policyResolver(clients, DEFAULT_POLICY);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(name: string, fn: () => unknown): void {
  for (let i = 0; i < 3; i++) fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  console.log(`${name.padEnd(28)} median ${median(ms).toFixed(2)} ms   min ${Math.min(...ms).toFixed(2)} ms   max ${Math.max(...ms).toFixed(2)} ms   (${RUNS} runs)`);
}

const states = whatIsDue({ invoices, clientPolicy, today: TODAY });
const byStatus = new Map<string, number>();
for (const s of states) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1);
console.log(`${COUNT} invoices, ${clients.length} clients, today ${TODAY}`);
console.log('statuses:', Object.fromEntries([...byStatus].sort()));
console.log(`catch-up proposals: ${states.filter((s) => s.overdueSince).length}, broken pauses: ${states.filter((s) => s.pauseBroken).length}`);
time('whatIsDue', () => whatIsDue({ invoices, clientPolicy, today: TODAY }));
time('agingBuckets', () => agingBuckets(invoices, TODAY));
