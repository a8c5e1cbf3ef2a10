import { useEffect, useState } from 'react';
import type { ArchivedFile } from '../../../../shared/dunning/schema';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { ApiError, api } from '../../api/client';
import { Modal } from '../../ui/Modal';
import { PdfViewer } from '../../ui/PdfViewer';

type Loaded = { bytes: Uint8Array | null; intact: boolean; problem: string | null };

/** The scan of an AR or of a deposit proof, read from the archive and checked against its hash. */
export function ScanDialog({ scan, title, onClose }: { scan: ArchivedFile; title: string; onClose(): void }): React.JSX.Element {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [imageUrl, setImageUrl] = useState<string | null>(null);
  useEffect(() => {
    if (scan.kind === 'eml') return;
    let url: string | null = null;
    api()
      .call('proofs.scan', { sha256: scan.sha256, kind: scan.kind })
      .then((read) => {
        // An image is shown from a blob: URL (allowed by the CSP), revoked when the dialog closes.
        if (read.bytes && scan.kind !== 'pdf') {
          url = URL.createObjectURL(new Blob([read.bytes as Uint8Array<ArrayBuffer>], { type: scan.kind === 'png' ? 'image/png' : 'image/jpeg' }));
          setImageUrl(url);
        }
        setLoaded(read);
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : 'Le scan archivé n’a pas pu être lu.'));
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [scan.sha256, scan.kind]);

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
      {loaded?.intact && <p className="muted" role="status">{fr(`Empreinte SHA-256 vérifiée : identique à celle enregistrée (${scan.sha256.slice(0, 16)}…).`)}</p>}
      <div className="archived-letter">
        {loaded?.bytes && scan.kind === 'pdf' && <PdfViewer bytes={loaded.bytes} label="Scan archivé" />}
        {imageUrl && <img className="scan-image" src={imageUrl} alt={fr(`Scan archivé : ${title}`)} />}
        {!error && !loaded && <p role="status">Lecture du scan archivé…</p>}
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Fermer
        </button>
      </div>
    </Modal>
  );
}
