import { useState } from 'react';
import { smsUri } from '../../../../shared/channels/composeSms';
import type { LetterRequestInput } from '../../../../shared/documents/contract';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import { ApiError, api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { HoursWarning } from './HoursWarning';
import { SmsLengthLine } from './SmsLengthLine';
import { useShortReminder } from './useShortReminder';
import './Channels.css';

interface SmsPaneProps {
  /** The letter's request as the form gives it (null while the form has errors). */
  request: LetterRequestInput | null;
  clientName: string;
  onSent(): void;
}

/**
 * The reminder by SMS, sent from the user's own phone: the tone's short text (editable), its length and number of
 * SMS as it is typed, « Copier », an sms: link on the client's number, then « Marquer comme envoyé » (the SMS channel).
 */
export function SmsPane({ request, clientName, onSent }: SmsPaneProps): React.JSX.Element {
  const today = useAppStore((s) => s.status?.today ?? '');
  const refresh = useAppStore((s) => s.refresh);
  const showToast = useAppStore((s) => s.showToast);
  const { result: preview, problem } = useShortReminder('sms.preview', request, 'Le SMS n’a pas pu être préparé.');
  /**
   * The user's own text, with the proposed text it was edited from: another tone or other invoices propose another
   * text, and the edit no longer applies (null: the text Relance proposes).
   */
  const [edit, setEdit] = useState<{ from: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const edited = edit !== null && preview !== null && edit.from === preview.text ? edit.text : null;
  const text = edited ?? preview?.text ?? '';
  const ready = request !== null && preview !== null && problem === null && text.trim() !== '';
  const link = preview?.phone.dialable ? smsUri(preview.phone.dialable, text) : null;

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setNotice('Le texte du SMS est copié.');
    } catch {
      setNotice(fr('Le texte n’a pas pu être copié : sélectionnez-le dans le champ.'));
    }
  }

  async function markSent(): Promise<void> {
    if (!ready || !request) return;
    setBusy(true);
    try {
      await api().call('sms.markSent', { request, text, sentOn: today });
      showToast(fr(`SMS à ${clientName} enregistré comme envoyé le ${formatFrenchDate(today)}.`));
      await refresh();
      onSent();
    } catch (e) {
      setNotice(e instanceof ApiError ? e.message : 'L’envoi n’a pas pu être enregistré.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="channel-pane" aria-label="SMS de relance" role="region">
      {problem && (
        <p className="banner banner-error prewrap" role="alert">
          {problem}
        </p>
      )}
      {preview && !problem && (
        <>
          <HoursWarning warning={preview.hoursWarning} />
          <p className="channel-recipient">
            {preview.phone.number ? (
              <>
                <span className="muted">À{'\u00a0'}:</span> <span className="nowrap">{preview.phone.number}</span>
              </>
            ) : null}
          </p>
          {preview.phone.problem && (
            <p className="banner banner-warning" role="note">
              {preview.phone.problem}
            </p>
          )}
          <label className="channel-heading" htmlFor="sms-text">
            Texte du SMS
          </label>
          <textarea id="sms-text" className="channel-text" value={text} rows={7} onChange={(e) => preview && setEdit({ from: preview.text, text: e.target.value })} aria-describedby="sms-length" />
          <SmsLengthLine id="sms-length" text={text} />
          {edited !== null && edited !== preview.text && (
            <button type="button" className="button button-small button-ghost channel-reset" onClick={() => setEdit(null)}>
              Revenir au texte proposé
            </button>
          )}
        </>
      )}
      <div className="channel-actions" role="group" aria-label="Actions du SMS">
        <button type="button" className="button" onClick={() => void copy()} disabled={!ready}>
          Copier
        </button>
        {ready && link && (
          <a className="button" href={link}>
            Ouvrir dans l’application SMS
          </a>
        )}
        <button type="button" className="button button-primary" onClick={() => void markSent()} disabled={!ready || busy}>
          Marquer comme envoyé
        </button>
      </div>
      {notice && (
        <p className="banner" role="status">
          {notice}
        </p>
      )}
    </div>
  );
}

