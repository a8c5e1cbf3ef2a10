import { smsLength } from '../../../../shared/channels/smsSegments';
import { frenchPlural } from '../../../../shared/kernel/plural';

/**
 * The SMS's length as it is typed: « 236 caractères — 4 SMS (UCS-2 : 70 par SMS, 67 par partie) ». A character outside
 * the GSM alphabet (« ’ », the no-break spaces of French typography, « œ ») sends the whole text as UCS-2.
 */
export function smsLengthText(text: string): string {
  const length = smsLength(text);
  const characters = [...text].length;
  const parts = length.segments === 0 ? 'aucun SMS' : `${length.segments}\u00a0SMS`;
  const rule = length.encoding === 'GSM-7' ? 'alphabet GSM\u00a0: 160 par SMS, 153 par partie' : 'caractères spéciaux (UCS-2)\u00a0: 70 par SMS, 67 par partie';
  return `${characters}\u00a0${frenchPlural(characters, 'caractère', 'caractères')} — ${parts} (${rule})`;
}

export function SmsLengthLine({ id, text }: { id: string; text: string }): React.JSX.Element {
  return (
    <p id={id} className="field-hint" role="status" aria-live="polite">
      {smsLengthText(text)}
    </p>
  );
}
