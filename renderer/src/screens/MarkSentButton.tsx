import { useState } from 'react';
import type { DunningLevel } from '../../../shared/dunning/schema';
import { ApiError, api } from '../api/client';
import { markSentLabel } from '../format/overviewRows';
import { useAppStore } from '../state/store';

interface MarkSentButtonProps {
  invoiceId: string;
  invoiceNumber: string;
  level: DunningLevel;
  className?: string;
}

/** Records that the proposed level was sent today, by the level's channel. */
export function MarkSentButton({ invoiceId, invoiceNumber, level, className }: MarkSentButtonProps): React.JSX.Element {
  const today = useAppStore((s) => s.status?.today ?? '');
  const showToast = useAppStore((s) => s.showToast);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const refresh = useAppStore((s) => s.refresh);
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={className ?? 'button button-small button-primary'}
      aria-label={markSentLabel(level.label, invoiceNumber)}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await api().call('invoices.recordReminder', { invoiceId, levelId: level.id, sentOn: today, channel: level.channel });
          showToast(`« ${level.label} » enregistrée pour ${invoiceNumber}`);
          await refresh();
        } catch (e) {
          pushNotice({ level: 'error', message: e instanceof ApiError ? e.message : 'L’enregistrement de la relance a échoué.' });
        } finally {
          setBusy(false);
        }
      }}
    >
      Marquer comme envoyée
    </button>
  );
}
