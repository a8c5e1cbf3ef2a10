import type { DunningLevel } from '../../../../shared/dunning/schema';
import { useAppStore } from '../../app/store';
import { MarkSentButton } from './MarkSentButton';
import { letterToneOf } from './letterTone';

interface StepActionButtonProps {
  invoiceId: string;
  invoiceNumber: string;
  clientId: string;
  level: DunningLevel;
  className?: string;
}

/** What preparing a step by SMS or by phone is called (null: the step is a letter or an e-mail). */
export function prepareLabelOf(channel: DunningLevel['channel']): string | null {
  return channel === 'sms' ? 'Préparer le SMS' : channel === 'phone' ? 'Préparer l’appel' : null;
}

/**
 * The action of a proposed step: « Marquer comme envoyée » for a letter or an e-mail; for a step by SMS or by phone,
 * the screen that prepares it (the SMS's text, the call sheet and the call log), since that is where it is recorded.
 */
export function StepActionButton({ invoiceId, invoiceNumber, clientId, level, className }: StepActionButtonProps): React.JSX.Element {
  const navigate = useAppStore((s) => s.navigate);
  const prepare = prepareLabelOf(level.channel);
  if (prepare === null) return <MarkSentButton invoiceId={invoiceId} invoiceNumber={invoiceNumber} level={level} {...(className ? { className } : {})} />;
  return (
    <button
      type="button"
      className={className ?? 'button button-small button-primary'}
      aria-label={`${prepare} «\u00a0${level.label}\u00a0» de ${invoiceNumber}`}
      onClick={(e) => {
        e.stopPropagation();
        navigate({ name: 'letter', clientId, invoiceIds: [invoiceId], tone: letterToneOf(level.tone), invoiceId, channel: level.channel === 'sms' ? 'sms' : 'phone' });
      }}
    >
      {prepare}
    </button>
  );
}
