import { formatDateTime, formatSize } from '../../../../shared/data/text';
import type { ArchivedFile } from '../../../../shared/dunning/schema';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { api } from '../../api/client';
import { CheckedDocumentDialog, useCheckedFile } from '../../ui/CheckedDocumentDialog';
import { useFileDownload } from '../../ui/useFileDownload';

interface Props {
  document: ArchivedFile;
  /** "Rappel amiable du 01/12/2026". */
  title: string;
  onClose(): void;
}

/** « Voir l’e-mail »: the message as it was archived when marked sent, read back by the core and checked against its hash. */
export function ArchivedEmailDialog({ document, title, onClose }: Props): React.JSX.Element {
  const { loaded, error } = useCheckedFile(document.sha256, () => api().call('emails.archived', { sha256: document.sha256 }), 'L’e-mail archivé n’a pas pu être lu.');
  const saveFile = useFileDownload();
  const message = loaded?.message ?? null;
  return (
    <CheckedDocumentDialog
      title={`E-mail\u00a0: ${title}`}
      onClose={onClose}
      loaded={loaded}
      error={error}
      verified={fr(`Empreinte SHA-256 vérifiée : identique à celle enregistrée à l’envoi (${document.sha256.slice(0, 16)}…).`)}
      reading="Lecture de l’e-mail archivé…"
      actions={
        loaded?.eml && (
          <button type="button" className="button" onClick={() => saveFile(loaded.eml as Uint8Array<ArrayBuffer>, loaded.fileName, 'message/rfc822')}>
            Enregistrer le fichier .eml
          </button>
        )
      }
    >
      {loaded?.intact && loaded.problem && (
        <p className="banner banner-error" role="alert">
          {loaded.problem}
        </p>
      )}
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
    </CheckedDocumentDialog>
  );
}
