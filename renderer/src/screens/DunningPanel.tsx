import { useState } from 'react';
import { formatFrenchDate } from '../../../shared/dates/localDate';
import { dunningStateOf } from '../../../shared/dunning/engine';
import { CHANNEL_LABELS } from '../../../shared/dunning/levels';
import type { DunningPolicy } from '../../../shared/dunning/schema';
import type { Invoice } from '../../../shared/ledger/schema';
import { ApiError, api } from '../api/client';
import { useAppStore } from '../state/store';
import { MarkSentButton } from './MarkSentButton';
import { PauseForm } from './PauseForm';
import { RecordReminderForm } from './RecordReminderForm';
import { RemindersHistory } from './RemindersHistory';

/** Where the invoice stands in the dunning: next level and date, pause, reminders sent. */
export function DunningPanel({ invoice, policy }: { invoice: Invoice; policy: DunningPolicy }): React.JSX.Element {
  const today = useAppStore((s) => s.status?.today ?? '');
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [pausing, setPausing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const state = dunningStateOf(invoice, policy, today);
  const open = state.status !== 'paid' && state.status !== 'cancelled';

  async function resume(): Promise<void> {
    setError(null);
    try {
      await api().call('invoices.setPause', { invoiceId: invoice.id, pause: null });
      showToast('Relances reprises');
      await refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'La reprise des relances a échoué.');
    }
  }

  return (
    <section className="panel" aria-labelledby="dunning-title">
      <h2 id="dunning-title">Relances</h2>
      <div className="dunning-state" role="status">
        {state.status === 'paid' && <p>Facture payée : plus aucune relance.</p>}
        {state.status === 'cancelled' && <p>Facture annulée : plus aucune relance.</p>}
        {state.status === 'paused' && state.pause && <p className="next-paused">En pause : {state.pause.reason}</p>}
        {state.pauseBroken && <p className="next-broken">{state.pauseBroken.reason}</p>}
        {state.status === 'complete' && <p>Toutes les étapes de la procédure ont été envoyées.</p>}
        {state.nextLevel && state.nextDate && (
          <p>
            Prochaine étape : <strong>{state.nextLevel.label}</strong> le <strong>{formatFrenchDate(state.nextDate)}</strong> (
            {CHANNEL_LABELS[state.nextLevel.channel]}){state.overdueSince && <span className="text-late"> — à envoyer depuis le {formatFrenchDate(state.overdueSince)}</span>}
            {state.dueToday && !state.overdueSince && <span className="text-late"> — à envoyer aujourd’hui</span>}
          </p>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {open && (
        <div className="inline-actions">
          {state.nextLevel && state.status !== 'paused' && (
            <MarkSentButton className="button button-primary" invoiceId={invoice.id} invoiceNumber={invoice.number} level={state.nextLevel} />
          )}
          {invoice.pause ? (
            <button type="button" className="button" onClick={() => void resume()}>
              Reprendre les relances
            </button>
          ) : (
            !pausing && (
              <button type="button" className="button" aria-expanded={false} onClick={() => setPausing(true)}>
                Mettre en pause
              </button>
            )
          )}
        </div>
      )}
      {pausing && !invoice.pause && <PauseForm invoiceId={invoice.id} onDone={() => setPausing(false)} />}
      {open && <RecordReminderForm invoiceId={invoice.id} policy={policy} proposedLevelId={state.nextLevel?.id ?? null} />}
      <RemindersHistory invoice={invoice} />
    </section>
  );
}
