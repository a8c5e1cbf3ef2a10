import { buildOverview, type Overview } from '../../../shared/dunning/overview';
import { firstScreenOf, rowsPageOf, unfilteredPartsOf, type OverviewFilter, type OverviewFirstScreen, type OverviewListName, type RowsPage } from '../../../shared/dunning/overviewScreen';
import type { LocalDate } from '../../../shared/kernel/localDate';
import type { Database } from '../../../shared/ledger/schema';

/**
 * The overview of the data on a day, computed once for the core (the home screen's answers, the scheduler's checks).
 * The store's data is immutable (every change makes new objects), so the parts the overview reads are compared by
 * identity: a change of an invoice, a client or the settings, a restore or an import computes it again, and so does
 * another day; a change elsewhere (the scheduler's own notes) does not.
 */
interface Entry {
  readonly invoices: Database['invoices'];
  readonly clients: Database['clients'];
  readonly settings: Database['settings'];
  readonly today: LocalDate;
  readonly overview: Overview;
  /** The home screen's header and level labels (they also read the identity). */
  unfiltered?: { identity: Database['identity']; parts: ReturnType<typeof unfilteredPartsOf> };
}

let last: Entry | null = null;

function entryOf(data: Database, today: LocalDate): Entry {
  const hit = last;
  if (hit && hit.invoices === data.invoices && hit.clients === data.clients && hit.settings === data.settings && hit.today === today) return hit;
  last = { invoices: data.invoices, clients: data.clients, settings: data.settings, today, overview: buildOverview(data, today) };
  return last;
}

export function overviewOf(data: Database, today: LocalDate): Overview {
  return entryOf(data, today).overview;
}

/** The answer of `overview.firstScreen` (its header, the same for every filter, computed once too). */
export function overviewFirstScreen(data: Database, today: LocalDate, filter: OverviewFilter, limit: number): OverviewFirstScreen {
  const entry = entryOf(data, today);
  if (entry.unfiltered?.identity !== data.identity) entry.unfiltered = { identity: data.identity, parts: unfilteredPartsOf(entry.overview, data) };
  return firstScreenOf(entry.overview, data, today, filter, limit, entry.unfiltered.parts);
}

/** The answer of `overview.rows`. */
export function overviewRows(data: Database, today: LocalDate, filter: OverviewFilter, list: OverviewListName, offset: number, limit: number): RowsPage {
  return rowsPageOf(overviewOf(data, today), filter, list, offset, limit);
}
