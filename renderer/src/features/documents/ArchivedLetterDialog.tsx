import { useEffect, useState } from 'react';
import type { ArchivedFile } from '../../../../shared/dunning/schema';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { ApiError, api } from '../../api/client';
import { Modal } from '../../ui/Modal';
import { PdfViewer } from '../../ui/PdfViewer';
import { pdfFileNameOf } from './letterForm';
import { PdfOutputButtons } from './PdfOutputButtons';

interface Props {
  document: ArchivedFile;
  /** "Mise en demeure du 10/02/2026". */
  title: string;
  onClose(): void;
}

type Loaded = { pdf: Uint8Array | null; intact: boolean; problem: string | null };

/** A letter as it was sent, read from the archive and checked against the hash recorded at sending. */
export function ArchivedLetterDialog({ document, title, onClose }: Props): React.JSX.Element {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api()
      .call('letters.archived', { sha256: document.sha256 })
      .then(setLoaded)
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : 'La lettre archivée n’a pas pu être lue.'));
  }, [document.sha256]);

  return (
    <Modal title={title} onClose={onClose} wide confirmDiscard={false}>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {loaded && !loaded.intact && (
        <p className="banner banner-error" role="alert">
          {loaded.problem}
        </p>
      )}
      {loaded?.intact && (
        <p className="muted" role="status">
          {fr(`Empreinte SHA-256 vérifiée : identique à celle enregistrée à l’envoi (${document.sha256.slice(0, 16)}…).`)}
        </p>
      )}
      <div className="archived-letter">
        {loaded?.pdf ? <PdfViewer bytes={loaded.pdf} label="Lettre archivée" /> : !error && !loaded && <p role="status">Lecture de la lettre archivée…</p>}
      </div>
      <div className="form-actions">
        {/* Only an intact letter is printed or opened as proof (the core checks the hash again). */}
        {loaded?.intact && <PdfOutputButtons source={{ kind: 'archived', sha256: document.sha256 }} bytes={loaded.pdf as Uint8Array<ArrayBuffer>} fileName={pdfFileNameOf(title)} />}
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Fermer
        </button>
      </div>
    </Modal>
  );
}
