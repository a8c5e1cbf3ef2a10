import { SchedulerStatusLine } from '../features/scheduler';
import { useAppStore, type View } from './store';

const ITEMS: { view: View['name']; label: string }[] = [
  { view: 'overview', label: 'Relances' },
  { view: 'invoices', label: 'Factures' },
  { view: 'clients', label: 'Clients' },
  { view: 'import', label: 'Importer' },
  { view: 'settings', label: 'Paramètres' },
];

const SECTION_OF: Partial<Record<View['name'], View['name']>> = { letter: 'overview', 'letters-today': 'overview', templates: 'settings', client: 'clients', statement: 'clients', 'statements-batch': 'clients' };

export function Sidebar(): React.JSX.Element {
  // A letter is written from the relances, the templates are settings; an invoice belongs to the list it was opened from.
  const current = useAppStore((s) => SECTION_OF[s.view.name] ?? (s.view.name === 'invoice' ? (s.view.from ?? 'invoices') : s.view.name));
  const navigate = useAppStore((s) => s.navigate);
  return (
    <aside className="sidebar">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">R</span>
        <span className="brand-name">Relance</span>
      </div>
      <nav aria-label="Navigation principale">
        <ul className="nav-list">
          {ITEMS.map((item) => (
            <li key={item.view}>
              <button
                type="button"
                className={current === item.view ? 'nav-item nav-item-current' : 'nav-item'}
                aria-current={current === item.view ? 'page' : undefined}
                onClick={() => navigate({ name: item.view } as View)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <SchedulerStatusLine />
    </aside>
  );
}
