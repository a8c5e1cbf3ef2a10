import { useEffect } from 'react';
import { LiveToast } from '../ui/LiveToast';
import { NoticesBanner } from './NoticesBanner';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { Sidebar } from './Sidebar';
import { ClientFormDialog } from '../features/clients';
import { ClientScreen, ClientsScreen } from '../features/clients';
import { BatchLettersScreen, LetterScreen, StatementScreen, StatementsBatchScreen, TemplatesScreen } from '../features/documents';
import { EinvoiceHost, listenForInvoiceDrops } from '../features/einvoice';
import { AttachmentsHost } from '../features/attachments';
import { ImportScreen } from '../features/import';
import { InvoiceDetailScreen } from '../features/invoices';
import { InvoiceFormDialog } from '../features/invoices';
import { InvoicesScreen } from '../features/invoices';
import { OverviewScreen } from '../features/overview';
import { SettingsScreen } from '../features/settings';
import { InAppNotifications, startScheduler } from '../features/scheduler';
import { startApp, useAppStore } from './store';

export function App(): React.JSX.Element {
  useEffect(() => startApp(), []);
  // A PDF or XML invoice dropped on the window is read and proposed as a new invoice; no drop ever navigates away.
  useEffect(() => listenForInvoiceDrops(), []);
  // The desktop app shows the system's notifications; the browser mode shows them in the window.
  const mode = useAppStore((s) => s.status?.mode);
  useEffect(() => (mode ? startScheduler(mode === 'loopback') : undefined), [mode]);
  const loaded = useAppStore((s) => s.snapshot !== null && s.status !== null);
  // The home screen can show its first rows before the whole ledger is loaded.
  const firstRows = useAppStore((s) => s.status !== null && s.firstScreen !== null);
  const loadError = useAppStore((s) => s.loadError);

  return (
    <div className="app">
      <Sidebar />
      <div className="main-column">
        <ReadOnlyBanner />
        <NoticesBanner />
        <main className="main" id="contenu">
          {loaded || firstRows ? <CurrentScreen /> : loadError ? <LoadError message={loadError} /> : <Loading />}
        </main>
      </div>
      {loaded && <DialogHost />}
      {loaded && <EinvoiceHost />}
      {loaded && <AttachmentsHost />}
      {mode === 'loopback' && <InAppNotifications />}
      <LiveToast />
    </div>
  );
}

function CurrentScreen(): React.JSX.Element {
  const view = useAppStore((s) => s.view);
  const loaded = useAppStore((s) => s.snapshot !== null);
  // Until the whole ledger is there, only the home screen has what it shows.
  if (!loaded && view.name !== 'overview') return <Loading />;
  switch (view.name) {
    case 'overview':
      return <OverviewScreen />;
    case 'invoices':
      return <InvoicesScreen />;
    case 'invoice':
      return <InvoiceDetailScreen key={view.id} invoiceId={view.id} from={view.from} />;
    case 'clients':
      return <ClientsScreen />;
    case 'import':
      return <ImportScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'letter':
      return (
        <LetterScreen
          key={`${view.clientId}-${view.invoiceIds.join('-')}-${view.channel ?? 'letter'}`}
          clientId={view.clientId}
          invoiceIds={view.invoiceIds}
          tone={view.tone}
          invoiceId={view.invoiceId}
          channel={view.channel}
        />
      );
    case 'letters-today':
      return <BatchLettersScreen />;
    case 'templates':
      return <TemplatesScreen clientId={view.clientId} />;
    case 'client':
      return <ClientScreen key={view.id} clientId={view.id} />;
    case 'statement':
      return <StatementScreen key={view.clientId} clientId={view.clientId} />;
    case 'statements-batch':
      return <StatementsBatchScreen />;
  }
}

function DialogHost(): React.JSX.Element | null {
  const dialog = useAppStore((s) => s.dialog);
  const close = useAppStore((s) => s.closeDialog);
  if (!dialog) return null;
  if (dialog.kind === 'invoice') return <InvoiceFormDialog key={dialog.invoiceId ?? 'new'} invoiceId={dialog.invoiceId} onClose={close} />;
  return <ClientFormDialog key={dialog.clientId ?? 'new'} clientId={dialog.clientId} onClose={close} />;
}

function Loading(): React.JSX.Element {
  return (
    <p className="loading" role="status">
      Chargement de vos données…
    </p>
  );
}

function LoadError({ message }: { message: string }): React.JSX.Element {
  const refresh = useAppStore((s) => s.refresh);
  return (
    <div className="empty-state" role="alert">
      <h1>Vos données n’ont pas pu être chargées</h1>
      <p>{message}</p>
      <button type="button" className="button button-primary" onClick={() => void refresh()}>
        Réessayer
      </button>
    </div>
  );
}
