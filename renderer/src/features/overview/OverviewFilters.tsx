import type { KindFilter, OverviewFilter } from '../../../../shared/dunning/overviewScreen';

interface OverviewFiltersProps {
  value: OverviewFilter;
  onChange(f: OverviewFilter): void;
  levels: { id: string; label: string }[];
  clients: { id: string; name: string }[];
}

export function OverviewFilters({ value, onChange, levels, clients }: OverviewFiltersProps): React.JSX.Element {
  return (
    <div className="toolbar" role="group" aria-label="Filtres">
      <div className="field field-inline">
        <label htmlFor="overview-level" className="field-label">
          Étape
        </label>
        <select id="overview-level" className="input" value={value.level} onChange={(e) => onChange({ ...value, level: e.target.value })}>
          <option value="all">Toutes les étapes</option>
          {levels.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
          <option value="paused">En pause</option>
        </select>
      </div>
      <div className="field field-inline">
        <label htmlFor="overview-client" className="field-label">
          Client
        </label>
        <select id="overview-client" className="input" value={value.clientId} onChange={(e) => onChange({ ...value, clientId: e.target.value })}>
          <option value="all">Tous les clients</option>
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-inline">
        <label htmlFor="overview-kind" className="field-label">
          Type de client
        </label>
        <select id="overview-kind" className="input" value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value as KindFilter })}>
          <option value="all">Tous</option>
          <option value="business">Professionnels</option>
          <option value="private">Particuliers</option>
        </select>
      </div>
    </div>
  );
}
