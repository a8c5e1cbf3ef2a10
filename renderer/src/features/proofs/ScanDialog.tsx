import { useEffect, useMemo } from 'react';
import type { ArchivedFile } from '../../../../shared/dunning/schema';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { api } from '../../api/client';
import { CheckedDocumentDialog, useCheckedFile } from '../../ui/CheckedDocumentDialog';
import { PdfViewer } from '../../ui/PdfViewer';

/** The scan of an AR or of a deposit proof, read from the archive and checked against its hash. */
export function ScanDialog({ scan, title, onClose }: { scan: ArchivedFile; title: string; onClose(): void }): React.JSX.Element {
  const { loaded, error } = useCheckedFile(`${scan.sha256}.${scan.kind}`, () => api().call('proofs.scan', { sha256: scan.sha256, kind: scan.kind === 'eml' ? 'pdf' : scan.kind }), 'Le scan archivé n’a pas pu être lu.');
  const image = loaded?.bytes && scan.kind !== 'pdf' ? loaded.bytes : null;
  // An image is shown from a blob: URL (allowed by the CSP), revoked when it changes or the dialog closes.
  const imageUrl = useMemo(() => (image ? URL.createObjectURL(new Blob([image as Uint8Array<ArrayBuffer>], { type: scan.kind === 'png' ? 'image/png' : 'image/jpeg' })) : null), [image, scan.kind]);
  useEffect(
    () => () => {
      if (imageUrl) URL.revokeObjectURL(imageUrl);
    },
    [imageUrl],
  );
  return (
    <CheckedDocumentDialog
      title={title}
      onClose={onClose}
      loaded={loaded}
      error={error}
      verified={fr(`Empreinte SHA-256 vérifiée : identique à celle enregistrée (${scan.sha256.slice(0, 16)}…).`)}
      reading="Lecture du scan archivé…"
    >
      <div className="archived-letter">
        {loaded?.bytes && scan.kind === 'pdf' && <PdfViewer bytes={loaded.bytes} label="Scan archivé" />}
        {imageUrl && <img className="scan-image" src={imageUrl} alt={fr(`Scan archivé : ${title}`)} />}
      </div>
    </CheckedDocumentDialog>
  );
}
