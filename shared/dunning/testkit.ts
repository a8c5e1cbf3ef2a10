import type { LocalDate } from '../kernel/localDate';
import type { DunningLevel, DunningPolicy, EngineInvoice, ReminderRecord } from './schema';
import { DEFAULT_POLICY } from './schema';
import { anInvoice } from '../ledger/testkit';

/** Builders shared by the dunning tests and the bench (no test framework here). */

const BASE_INVOICE = anInvoice();

/**
 * An invoice as the engine reads it: the ledger builder's defaults (shared/ledger/testkit), with the overrides laid on
 * as given, unparsed, so that a test can hand the engine a partial record or one the store would refuse.
 */
export function makeInvoice(over: Partial<EngineInvoice> = {}): EngineInvoice {
  return { ...BASE_INVOICE, ...over };
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
