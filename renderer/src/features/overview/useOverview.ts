import { useEffect, useMemo, useState } from 'react';
import { buildOverview } from '../../../../shared/dunning/overview';
import {
  filterOverviewRows,
  overviewHeaderOf,
  type OverviewFilter,
  type OverviewFirstScreen,
  type OverviewHeader,
  type RowsPage,
} from '../../../../shared/dunning/overviewScreen';
import { api } from '../../api/client';
import { useAppStore } from '../../app/store';

/** What the home screen shows under a filter. */
export interface OverviewScreenData {
  header: OverviewHeader;
  /** The lists under the filter: every row once the ledger is loaded, before that the first rows and the counts. */
  toActOn: RowsPage;
  overdue: RowsPage;
}

/**
 * The home screen's data on the core's today. Once the ledger is loaded it is computed here, once per (snapshot,
 * today), and filtered here; before that it is the core's first screen (and, for another filter, the core's answer
 * for it), so the first rows paint without the whole ledger. Both are the same rows in the same order.
 */
export function useOverviewScreen(filter: OverviewFilter): OverviewScreenData | null {
  const snapshot = useAppStore((s) => s.snapshot);
  const today = useAppStore((s) => s.status?.today ?? '');
  const overview = useMemo(() => (snapshot && today ? buildOverview(snapshot, today) : null), [snapshot, today]);
  const header = useMemo(() => (overview && snapshot ? overviewHeaderOf(overview, snapshot) : null), [overview, snapshot]);
  const toActOn = useMemo(() => (overview ? all(filterOverviewRows(overview.toActOn, filter)) : null), [overview, filter]);
  const overdue = useMemo(() => (overview ? all(filterOverviewRows(overview.overdue, filter)) : null), [overview, filter]);
  const first = useFirstScreen(overview ? null : filter);
  if (header && toActOn && overdue) return { header, toActOn, overdue };
  return first;
}

const all = (rows: OverviewRow[]): RowsPage => ({ rows, count: rows.length });
type OverviewRow = RowsPage['rows'][number];

/** The core's first screen under `filter` (null: not needed, the ledger is loaded). */
function useFirstScreen(filter: OverviewFilter | null): OverviewFirstScreen | null {
  const initial = useAppStore((s) => s.firstScreen);
  const [other, setOther] = useState<OverviewFirstScreen | null>(null);
  const wanted = filter && initial && !sameFilter(initial.filter, filter) ? filter : null;
  useEffect(() => {
    if (!wanted || !initial) return;
    let current = true;
    api()
      .call('overview.firstScreen', { filter: wanted })
      .then((answer) => current && setOther(answer))
      // The ledger that is loading will show this filter's rows.
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // `initial` is asked again after a change: so is this filter's answer.
  }, [wanted, initial]);
  if (!filter || !initial) return null;
  if (!wanted) return initial;
  // Until the answer for this filter arrives, the lists stay as they were (as a slow filter would), never empty.
  return other && other.today === initial.today ? other : initial;
}

function sameFilter(a: OverviewFilter, b: OverviewFilter): boolean {
  return a.level === b.level && a.clientId === b.clientId && a.kind === b.kind;
}
