import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OverviewRow } from '../../../../shared/dunning/overview';
import type { OverviewFilter, OverviewFirstScreen, OverviewHeader, OverviewListName } from '../../../../shared/dunning/overviewScreen';
import { api } from '../../api/client';
import { useAppStore } from '../../app/store';

/** One list as far as it is loaded: `rows[i]` is undefined until the core has sent it. */
export interface LoadedList {
  rows: readonly (OverviewRow | undefined)[];
  count: number;
}

/** What the home screen shows under a filter. */
export interface OverviewScreenData {
  today: string;
  header: OverviewHeader;
  toActOn: LoadedList;
  overdue: LoadedList;
  /** Asks the core for the rows of a list from `start` to `end` (excluded) that are not loaded yet. */
  needRows(list: OverviewListName, start: number, end: number): void;
}

/** Rows are asked for by pages of this many. */
const PAGE = 100;

/** The pages of rows asked for, per answer of the core: a new answer (a change, another filter) starts afresh. */
const askedPages = new WeakMap<OverviewFirstScreen, Record<OverviewListName, Set<number>>>();

function askedOf(screen: OverviewFirstScreen): Record<OverviewListName, Set<number>> {
  let asked = askedPages.get(screen);
  if (!asked) askedPages.set(screen, (asked = { toActOn: new Set(), overdue: new Set() }));
  return asked;
}

/** The rows loaded below the first screen of one answer of the core. */
interface Below {
  screen: OverviewFirstScreen;
  toActOn: readonly (OverviewRow | undefined)[];
  overdue: readonly (OverviewRow | undefined)[];
}

/**
 * The home screen's data, from the overview the core keeps for the current data and day: its header and first rows
 * (the store asks for them at start and after every change, so they are never older than the data), the same for
 * another filter, and the rows further down as the user scrolls. The renderer never recomputes the overview of the
 * whole ledger for this screen, and these are the same rows in the same order as the overview of the ledger.
 */
export function useOverviewScreen(filter: OverviewFilter): OverviewScreenData | null {
  const screen = useFilteredFirstScreen(filter);
  const [below, setBelow] = useState<Below | null>(null);

  const needRows = useCallback(
    (list: OverviewListName, start: number, end: number) => {
      if (!screen) return;
      const asked = askedOf(screen)[list];
      for (let page = Math.floor(start / PAGE); page * PAGE < end; page++) {
        const offset = page * PAGE;
        if (asked.has(page) || offset + PAGE <= screen[list].rows.length) continue;
        asked.add(page);
        api()
          .call('overview.rows', { filter: screen.filter, list, offset, limit: PAGE })
          .then((answer) => {
            // Rows of other data than this screen's (a change came since: a new screen follows) are not mixed in.
            if (answer.count !== screen[list].count) return;
            setBelow((current) => {
              const base = current?.screen === screen ? current : { screen, toActOn: screen.toActOn.rows, overdue: screen.overdue.rows };
              const rows = [...base[list]];
              answer.rows.forEach((row, i) => (rows[offset + i] = row));
              return { ...base, [list]: rows };
            });
          })
          .catch(() => asked.delete(page));
      }
    },
    [screen],
  );

  const shown = useMemo(() => {
    if (!screen) return null;
    const loaded = below?.screen === screen ? below : null;
    const view = (list: OverviewListName): LoadedList => ({ rows: loaded ? loaded[list] : screen[list].rows, count: screen[list].count });
    return { toActOn: view('toActOn'), overdue: view('overdue') };
  }, [screen, below]);
  if (!screen || !shown) return null;
  return { today: screen.today, header: screen.header, ...shown, needRows };
}

/** The core's first screen under `filter`: the store's for no filter, otherwise asked for here (again after a change). */
function useFilteredFirstScreen(filter: OverviewFilter): OverviewFirstScreen | null {
  const initial = useAppStore((s) => s.firstScreen);
  const [other, setOther] = useState<OverviewFirstScreen | null>(null);
  const wanted = useMemo(() => (initial && !sameFilter(initial.filter, filter) ? filter : null), [initial, filter]);
  useEffect(() => {
    if (!wanted || !initial) return;
    let current = true;
    api()
      .call('overview.firstScreen', { filter: wanted })
      .then((answer) => current && setOther(answer))
      // The list stays as it was; the next change asks again.
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // `initial` is asked again after every change: so is this filter's answer.
  }, [wanted, initial]);
  if (!initial) return null;
  if (!wanted) return initial;
  // Until the answer for this filter arrives, the lists stay as they were (as a slow filter would), never empty.
  return other && other.today === initial.today ? other : initial;
}

function sameFilter(a: OverviewFilter, b: OverviewFilter): boolean {
  return a.level === b.level && a.clientId === b.clientId && a.kind === b.kind;
}
