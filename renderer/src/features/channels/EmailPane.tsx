import { useEffect, useState } from 'react';
import type { EmailPreview } from '../../../../shared/channels/contract';
import type { LetterRequestInput } from '../../../../shared/documents/contract';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import { ApiError, api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { useFileDownload } from '../../ui/useFileDownload';
import { ConfirmActions } from '../../ui/ConfirmDialog';
import { Modal } from '../../ui/Modal';
import { useSmtpStore } from './smtpStore';
import './Email.css';

interface EmailPaneProps {
  /** The letter's request as the form gives it (null while the form has errors). */
  request: LetterRequestInput | null;
  clientName: string;
  onSent(): void;
}

const PREVIEW_DELAY_MS = 120;

function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes}\u00a0o` : `${(bytes / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0Ko`;
}

function attachmentsText(count: number): string {
  return count === 0 ? 'aucune pièce jointe' : count === 1 ? 'une pièce jointe' : `${count} pièces jointes`;
}

/**
 * The reminder by e-mail, from the user's own mail client: the message written from the same letter (subject, text,
 * the letter's PDF attached), opened as a draft (an .eml with X-Unsent: 1) or copied, then marked as sent.
 */
export function EmailPane({ request, clientName, onSent }: EmailPaneProps): React.JSX.Element {
  const desktop = useAppStore((s) => s.status?.mode === 'electron');
  const today = useAppStore((s) => s.status?.today ?? '');
  const refresh = useAppStore((s) => s.refresh);
  const showToast = useAppStore((s) => s.showToast);
  const saveFile = useFileDownload();
  const [attachLetter, setAttachLetter] = useState(true);
  const [preview, setPreview] = useState<EmailPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const smtp = useSmtpStore((s) => s.status);
  const loadSmtp = useSmtpStore((s) => s.load);
  const [confirmSend, setConfirmSend] = useState(false);

  useEffect(() => {
    void loadSmtp().catch(() => undefined);
  }, [loadSmtp]);

  useEffect(() => {
    if (!request) return;
    let current = true;
    const timer = setTimeout(() => {
      api()
        .call('emails.preview', { request, attachLetter })
        .then((result) => {
          if (!current) return;
          setPreview(result);
          setProblem(null);
        })
        .catch((e: unknown) => {
          if (!current) return;
          setPreview(null);
          setProblem(e instanceof ApiError ? e.message : 'L’e-mail n’a pas pu être préparé.');
        });
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [request, attachLetter]);

  const ready = request !== null && preview !== null && problem === null;

  async function openInMail(): Promise<void> {
    if (!ready || !request) return;
    if (!desktop) {
      saveFile(preview.eml, preview.fileName, 'message/rfc822');
      setNotice(fr(`Le message « ${preview.fileName} » est téléchargé : ouvrez-le avec votre messagerie, il s’ouvre comme un brouillon prêt à envoyer.`));
      return;
    }
    setBusy(true);
    try {
      await api().call('emails.open', { request, attachLetter });
      setNotice(fr('Le message est ouvert dans votre messagerie comme un brouillon : vérifiez-le et envoyez-le, puis marquez-le comme envoyé ici.'));
    } catch (e) {
      setNotice(e instanceof ApiError ? e.message : 'La messagerie n’a pas pu être ouverte.');
    } finally {
      setBusy(false);
    }
  }

  async function copyText(): Promise<void> {
    if (!preview) return;
    try {
      await navigator.clipboard.writeText(`${preview.subject}\n\n${preview.text}`);
      setNotice('L’objet et le texte sont copiés.');
    } catch {
      setNotice(fr('Le texte n’a pas pu être copié : sélectionnez-le dans l’aperçu.'));
    }
  }

  async function markSent(): Promise<void> {
    if (!ready || !request) return;
    setBusy(true);
    try {
      await api().call('emails.markSent', { email: { request, attachLetter }, sentOn: today, previewSha256: preview.sha256 });
      showToast(fr(`E-mail préparé pour ${clientName}, enregistré comme envoyé le ${formatFrenchDate(today)}.`));
      await refresh();
      onSent();
    } catch (e) {
      setNotice(e instanceof ApiError ? e.message : 'L’envoi n’a pas pu être enregistré.');
    } finally {
      setBusy(false);
    }
  }

  /** « Envoyer maintenant »: sent by SMTP, archived as sent, recorded; a refusal of the server is shown and nothing is recorded. */
  async function sendNow(): Promise<void> {
    if (!ready || !request) return;
    const sent = await api().call('emails.send', { email: { request, attachLetter }, previewSha256: preview.sha256 });
    setConfirmSend(false);
    showToast(fr(`E-mail envoyé à ${sent.to}, enregistré comme envoyé le ${formatFrenchDate(today)}.`));
    await refresh();
    onSent();
  }

  return (
    <div className="email-pane" aria-label="Aperçu de l’e-mail" role="region">
      <div className="email-actions" role="group" aria-label="Actions de l’e-mail">
        {smtp?.configured && (
          <button type="button" className="button button-primary" onClick={() => setConfirmSend(true)} disabled={!ready || busy}>
            Envoyer maintenant
          </button>
        )}
        <button type="button" className={smtp?.configured ? 'button' : 'button button-primary'} onClick={() => void openInMail()} disabled={!ready || busy}>
          Ouvrir dans ma messagerie
        </button>
        <button type="button" className="button" onClick={() => void copyText()} disabled={!ready}>
          Copier le texte
        </button>
        {ready && preview.mailto && (
          <a className="button" href={preview.mailto}>
            Écrire avec un lien mailto
          </a>
        )}
        <button type="button" className="button" onClick={() => void markSent()} disabled={!ready || busy}>
          Marquer comme envoyé
        </button>
      </div>
      {smtp && !smtp.configured && smtp.problem && <p className="field-hint">{fr(`Envoi direct indisponible : ${smtp.problem}`)}</p>}
      {smtp?.configured && ready && <p className="field-hint">{fr(`« Envoyer maintenant » l’envoie de ${smtp.effectiveFrom} par ${smtp.settings.host} et l’enregistre comme envoyé.`)}</p>}
      {confirmSend && ready && (
        <Modal title={'Envoyer l’e-mail maintenant\u202f?'} onClose={() => setConfirmSend(false)} describedBy="email-send-summary">
          <p id="email-send-summary">
            {fr(
              `Le message « ${preview.subject} » part à ${preview.to} par ${smtp?.settings.host ?? ''}, avec ${attachmentsText(preview.attachments.length)}. Il est ensuite archivé et enregistré comme envoyé le ${formatFrenchDate(today)}.`,
            )}
          </p>
          <ConfirmActions confirmLabel="Envoyer" tone="primary" failureMessage="L’e-mail n’a pas pu être envoyé." onConfirm={sendNow} onClose={() => setConfirmSend(false)} />
        </Modal>
      )}
      {!desktop && <p className="field-hint">{fr('Dans le navigateur, « Ouvrir dans ma messagerie » télécharge le message (.eml) : ouvrez ce fichier avec votre messagerie.')}</p>}
      <label className="checkbox-row">
        <input type="checkbox" checked={attachLetter} onChange={(e) => setAttachLetter(e.target.checked)} />
        Joindre la lettre en PDF
      </label>
      {notice && (
        <p className="banner" role="status">
          {notice}
        </p>
      )}
      {problem && (
        <p className="banner banner-error prewrap" role="alert">
          {problem}
        </p>
      )}
      {preview && !problem && (
        <div className="email-message">
          <dl className="email-headers">
            <dt>De</dt>
            <dd>{preview.from}</dd>
            <dt>À</dt>
            <dd>{preview.to}</dd>
            <dt>Objet</dt>
            <dd className="email-subject">{preview.subject}</dd>
          </dl>
          <h2 className="email-heading">Pièces jointes</h2>
          {preview.attachments.length === 0 ? (
            <p className="muted">{fr('Aucune : le message peut aussi partir par un lien mailto.')}</p>
          ) : (
            <ul className="email-attachments" aria-label="Pièces jointes">
              {preview.attachments.map((a) => (
                <li key={a.sha256}>
                  {a.fileName} <span className="muted">({sizeText(a.sizeBytes)})</span>
                </li>
              ))}
            </ul>
          )}
          <label className="email-heading" htmlFor="email-text">
            Texte du message
          </label>
          <textarea id="email-text" className="email-text" readOnly value={preview.text} rows={18} />
          <p className="muted">{fr(`Message complet : ${sizeText(preview.sizeBytes)}, empreinte SHA-256 ${preview.sha256.slice(0, 16)}…`)}</p>
        </div>
      )}
    </div>
  );
}
