import type { LocalDate } from '../kernel/localDate';
import type { DunningLevel, DunningPolicy, EngineInvoice, ReminderRecord } from './schema';
import { DEFAULT_POLICY } from './schema';

/** Builders shared by the dunning tests and the bench (no test framework here). */

export function makeInvoice(over: Partial<EngineInvoice> & { id?: string } = {}): EngineInvoice {
  return {
    id: 'inv-1',
    clientId: 'cli-1',
    number: 'F-2026-001',
    issueDate: '2026-01-30',
    dueDate: '2026-03-01',
    amountTtcCents: 100_000,
    payments: [],
    reminders: [],
    pause: null,
    cancelled: false,
    ...over,
  };
}

export function sent(levelId: string, sentOn: LocalDate, over: Partial<ReminderRecord> = {}): ReminderRecord {
  return {
    id: `r-${levelId}-${sentOn}`,
    levelId,
    sentOn,
    channel: 'letter',
    recordedAt: `${sentOn}T09:00:00.000Z`,
    note: '',
    firstPresentedOn: null,
    receivedOn: null,
    ...over,
  };
}

/** A copy of the default policy with some levels changed. */
export function policyWith(changes: Record<string, Partial<DunningLevel>>, base: DunningPolicy = DEFAULT_POLICY): DunningPolicy {
  return { levels: base.levels.map((l) => ({ ...l, ...(changes[l.id] ?? {}) })) };
}
