import { useMemo } from 'react';
import { buildOverview, type Overview } from '../../../../shared/dunning/overview';
import { useAppStore } from '../../app/store';

/** The overview of the ledger on the core's today, computed once per (snapshot, today). */
export function useOverview(): Overview | null {
  const snapshot = useAppStore((s) => s.snapshot);
  const today = useAppStore((s) => s.status?.today ?? '');
  return useMemo(() => (snapshot && today ? buildOverview(snapshot, today) : null), [snapshot, today]);
}
