import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import type { Invoice } from '../../../../shared/ledger/schema';
import { api } from '../../api/client';
import { CheckedDocumentDialog, useCheckedFile } from '../../ui/CheckedDocumentDialog';
import { PdfViewer } from '../../ui/PdfViewer';
import { PdfOutputButtons } from '../documents';

/** The attached PDF in the app's viewer (pdfjs-dist, scripting off), read from the archive and checked against its hash. */
export function AttachedPdfDialog({ invoice, onClose }: { invoice: Invoice; onClose(): void }): React.JSX.Element {
  const attachment = invoice.attachment;
  const { loaded, error } = useCheckedFile(attachment?.sha256 ?? '', () => api().call('attachments.read', { invoiceId: invoice.id }), 'Le PDF joint n’a pas pu être lu.');
  const pdf = loaded?.intact ? (loaded.pdf as Uint8Array<ArrayBuffer> | null) : null;
  return (
    <CheckedDocumentDialog
      title={`PDF de la facture ${invoice.number}`}
      onClose={onClose}
      loaded={loaded}
      error={error}
      verified={fr(`«\u00a0${attachment?.fileName ?? ''}\u00a0», tel qu’il a été joint (empreinte SHA-256 vérifiée).`)}
      reading="Lecture du PDF joint…"
      actions={<PdfOutputButtons source={{ kind: 'attachment', invoiceId: invoice.id }} bytes={pdf} fileName={attachment?.fileName ?? `Facture ${invoice.number}.pdf`} />}
    >
      <div className="archived-letter">{pdf && <PdfViewer bytes={pdf} label={`PDF de la facture ${invoice.number}`} />}</div>
    </CheckedDocumentDialog>
  );
}
