import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { DunningLevel } from '../../../../shared/dunning/schema';
import { api } from '../../api/client';
import { markSentLabel } from './markSentLabel';
import { useAppStore } from '../../app/store';
import { ConfirmReminderDialog } from './ConfirmReminderDialog';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';

interface MarkSentButtonProps {
  invoiceId: string;
  invoiceNumber: string;
  level: DunningLevel;
  className?: string;
}

/** Records that the proposed level was sent today, by the level's channel, after a confirmation that says so. */
export function MarkSentButton({ invoiceId, invoiceNumber, level, className }: MarkSentButtonProps): React.JSX.Element {
  const today = useAppStore((s) => s.status?.today ?? '');
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className ?? 'button button-small button-primary'}
        aria-label={markSentLabel(level.label, invoiceNumber)}
        aria-haspopup="dialog"
        onClick={() => setConfirming(true)}
      >
        Marquer comme envoyée
      </button>
      {/* In a document-level portal, and clicks kept from the row around the button (an overview row opens the invoice). */}
      {confirming &&
        createPortal(
          <div onClick={(e) => e.stopPropagation()}>
            <ConfirmReminderDialog
              reminder={{ invoiceId, level, sentOn: today, channel: level.channel, note: '' }}
              onClose={() => setConfirming(false)}
              onConfirm={async () => {
                await api().call('invoices.recordReminder', { invoiceId, levelId: level.id, sentOn: today, channel: level.channel });
                setConfirming(false);
                showToast(frenchTypography(`« ${level.label} » enregistrée pour ${invoiceNumber}`));
                await refresh();
              }}
            />
          </div>,
          document.body,
        )}
    </>
  );
}
