import { useEffect, useState } from 'react';
import type { ArchivedEmail } from '../../../../shared/channels/contract';
import { formatDateTime, formatSize } from '../../../../shared/data/text';
import type { ArchivedFile } from '../../../../shared/dunning/schema';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { ApiError, api } from '../../api/client';
import { Modal } from '../../ui/Modal';
import { useFileDownload } from '../../ui/useFileDownload';

interface Props {
  document: ArchivedFile;
  /** "Rappel amiable du 01/12/2026". */
  title: string;
  onClose(): void;
}

/** « Voir l’e-mail »: the message as it was archived when marked sent, read back by the core and checked against its hash. */
export function ArchivedEmailDialog({ document, title, onClose }: Props): React.JSX.Element {
  const [loaded, setLoaded] = useState<ArchivedEmail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const saveFile = useFileDownload();
  useEffect(() => {
    api()
      .call('emails.archived', { sha256: document.sha256 })
      .then(setLoaded)
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : 'L’e-mail archivé n’a pas pu être lu.'));
  }, [document.sha256]);
  const message = loaded?.message ?? null;

  return (
    <Modal title={`E-mail\u00a0: ${title}`} onClose={onClose} wide confirmDiscard={false}>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {loaded?.problem && (
        <p className="banner banner-error" role="alert">
          {loaded.problem}
        </p>
      )}
      {loaded?.intact && !loaded.problem && (
        <p className="muted" role="status">
          {fr(`Empreinte SHA-256 vérifiée : identique à celle enregistrée à l’envoi (${document.sha256.slice(0, 16)}…).`)}
        </p>
      )}
      {!loaded && !error && <p role="status">Lecture de l’e-mail archivé…</p>}
      {message && (
        <>
          <dl className="email-headers">
            <dt>De</dt>
            <dd>{message.from}</dd>
            <dt>À</dt>
            <dd>{message.to}</dd>
            <dt>Objet</dt>
            <dd>{message.subject}</dd>
            {message.date && (
              <>
                <dt>Date</dt>
                <dd>{formatDateTime(message.date)}</dd>
              </>
            )}
          </dl>
          <h2 className="email-heading">Pièces jointes</h2>
          {message.attachments.length === 0 ? (
            <p className="muted">Aucune.</p>
          ) : (
            <ul className="email-attachments" aria-label="Pièces jointes">
              {message.attachments.map((a) => (
                <li key={a.sha256}>
                  {a.fileName} <span className="muted">({formatSize(a.sizeBytes)})</span>
                </li>
              ))}
            </ul>
          )}
          <h2 className="email-heading">Texte du message</h2>
          <pre className="archived-email-text" tabIndex={0} aria-label="Texte du message">
            {message.text}
          </pre>
        </>
      )}
      <div className="form-actions">
        {loaded?.eml && loaded.intact && (
          <button type="button" className="button" onClick={() => saveFile(loaded.eml as Uint8Array<ArrayBuffer>, loaded.fileName, 'message/rfc822')}>
            Enregistrer le fichier .eml
          </button>
        )}
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Fermer
        </button>
      </div>
    </Modal>
  );
}
