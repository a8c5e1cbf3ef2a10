import { useMemo } from 'react';
import { levelLabels } from '../../../../shared/dunning/overviewScreen';
import { DEFAULT_POLICY } from '../../../../shared/dunning/schema';
import { useAppStore } from '../../app/store';

/**
 * levelId → label, from the default policy, the clients' own policies and the built-in levels (before the ledger is
 * loaded, the same labels as the core sent them with the home screen's first rows).
 */
export function useLevelLabels(): (levelId: string) => string {
  const snapshot = useAppStore((s) => s.snapshot);
  const early = useAppStore((s) => s.firstScreen?.levelLabels);
  return useMemo(() => {
    const labels = new Map(Object.entries(snapshot ? levelLabels(snapshot) : (early ?? levelLabels({ settings: { defaultPolicy: DEFAULT_POLICY }, clients: [] }))));
    return (id: string) => labels.get(id) ?? id;
  }, [snapshot, early]);
}
