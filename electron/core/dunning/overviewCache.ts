import { buildOverview, type Overview } from '../../../shared/dunning/overview';
import { firstScreenOf, type OverviewFilter, type OverviewFirstScreen } from '../../../shared/dunning/overviewScreen';
import type { LocalDate } from '../../../shared/kernel/localDate';
import type { Database } from '../../../shared/ledger/schema';

/**
 * The overview of one state of the data on one day, computed once. The store's data is immutable (every change makes a
 * new Database), so the data object itself is the revision: a change, a restore or an import gets a new entry, and
 * the day is compared on every call, so the overview follows midnight too.
 */
const cache = new WeakMap<Database, { today: LocalDate; overview: Overview }>();

export function overviewOf(data: Database, today: LocalDate): Overview {
  const hit = cache.get(data);
  if (hit && hit.today === today) return hit.overview;
  const overview = buildOverview(data, today);
  cache.set(data, { today, overview });
  return overview;
}

/** The answer of `overview.firstScreen`. */
export function overviewFirstScreen(data: Database, today: LocalDate, filter: OverviewFilter, limit: number): OverviewFirstScreen {
  return firstScreenOf(overviewOf(data, today), data, today, filter, limit);
}
