import { useEffect, useState } from 'react';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import type { Invoice } from '../../../../shared/ledger/schema';
import { ApiError, api } from '../../api/client';
import { Modal } from '../../ui/Modal';
import { PdfViewer } from '../../ui/PdfViewer';
import { PdfOutputButtons } from '../documents';

type Loaded = { pdf: Uint8Array<ArrayBuffer> | null; intact: boolean; problem: string | null };

/** The attached PDF in the app's viewer (pdfjs-dist, scripting off), read from the archive and checked against its hash. */
export function AttachedPdfDialog({ invoice, onClose }: { invoice: Invoice; onClose(): void }): React.JSX.Element {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sha = invoice.attachment?.sha256;
  useEffect(() => {
    if (!sha) return;
    api()
      .call('attachments.read', { invoiceId: invoice.id })
      .then((r) => setLoaded({ pdf: r.pdf as Uint8Array<ArrayBuffer> | null, intact: r.intact, problem: r.problem }))
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : 'Le PDF joint n’a pas pu être lu.'));
  }, [invoice.id, sha]);

  return (
    <Modal title={`PDF de la facture ${invoice.number}`} onClose={onClose} wide confirmDiscard={false}>
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
      {invoice.attachment && <p className="muted">{fr(`«\u00a0${invoice.attachment.fileName}\u00a0», tel qu’il a été joint.`)}</p>}
      <div className="archived-letter">
        {loaded?.pdf && loaded.intact ? <PdfViewer bytes={loaded.pdf} label={`PDF de la facture ${invoice.number}`} /> : !error && !loaded && <p role="status">Lecture du PDF joint…</p>}
      </div>
      <div className="form-actions">
        {loaded?.intact && <PdfOutputButtons source={{ kind: 'attachment', invoiceId: invoice.id }} bytes={loaded.pdf} fileName={invoice.attachment?.fileName ?? `Facture ${invoice.number}.pdf`} />}
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Fermer
        </button>
      </div>
    </Modal>
  );
}
