import './Scheduler.css';
import { useState } from 'react';
import { lastCheckLine } from '../../../../shared/scheduler/wording';
import { api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { useSchedulerStore } from './schedulerStore';

/** « Dernière vérification : aujourd’hui à 09:00 — 3 relances à envoyer », and a button to check now. */
export function SchedulerStatusLine(): React.JSX.Element | null {
  const status = useSchedulerStore((s) => s.status);
  const today = useAppStore((s) => s.status?.today);
  const [busy, setBusy] = useState(false);
  if (!today) return null;
  const lastCheck = status?.lastCheck ?? null;
  // The check may have seen the new day a moment before the rest of the window.
  const day = lastCheck && lastCheck.day > today ? lastCheck.day : today;

  async function checkNow(): Promise<void> {
    setBusy(true);
    try {
      useSchedulerStore.getState().setStatus(await api().call('scheduler.checkNow', {}));
    } catch {
      // The line keeps the last known check; the next one will say more.
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="scheduler-status">
      <p role="status" className="scheduler-status-line">
        {lastCheckLine(lastCheck, day)}
      </p>
      <button type="button" className="scheduler-check-now" onClick={() => void checkNow()} disabled={busy}>
        {busy ? 'Vérification…' : 'Vérifier maintenant'}
      </button>
    </div>
  );
}
