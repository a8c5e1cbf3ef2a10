import { useMemo } from 'react';
import { DEFAULT_POLICY, LATE_CHARGES_LEVEL } from '../../../../shared/dunning/schema';
import { useAppStore } from '../../app/store';

/** levelId → label, from the default policy, the clients' own policies and the built-in levels. */
export function useLevelLabels(): (levelId: string) => string {
  const snapshot = useAppStore((s) => s.snapshot);
  return useMemo(() => {
    const labels = new Map<string, string>();
    const add = (levels: readonly { id: string; label: string }[]) => levels.forEach((l) => labels.has(l.id) || labels.set(l.id, l.label));
    if (snapshot) {
      add(snapshot.settings.defaultPolicy.levels);
      snapshot.clients.forEach((c) => c.dunningPolicy && add(c.dunningPolicy.levels));
    }
    add(DEFAULT_POLICY.levels);
    add([LATE_CHARGES_LEVEL]);
    return (id: string) => labels.get(id) ?? id;
  }, [snapshot]);
}
