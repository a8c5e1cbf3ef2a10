import { useRef, useState } from 'react';
import { formatSize, formatDateTime } from '../../../../shared/data/text';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import type { Invoice } from '../../../../shared/ledger/schema';
import { ApiError, api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useFileDownload } from '../../ui/useFileDownload';
import { AttachedPdfDialog } from './AttachedPdfDialog';
import { attachPdf } from './attachmentsStore';
import { PaperclipIcon } from './PaperclipMark';

/**
 * « PDF de la facture »: the invoice's own PDF, attached by a drop on the screen or by « Joindre le PDF… » (a file
 * picker, for the keyboard); shown in the app's viewer, saved elsewhere, replaced or removed. It goes with the letters
 * as « Copie de la facture ».
 */
export function AttachmentPanel({ invoice, dragging }: { invoice: Invoice; dragging: boolean }): React.JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const saveFile = useFileDownload();
  const [viewing, setViewing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const attachment = invoice.attachment;

  async function saveCopy(): Promise<void> {
    setProblem(null);
    try {
      const read = await api().call('attachments.read', { invoiceId: invoice.id });
      if (!read.intact || !read.pdf) return setProblem(read.problem ?? 'Le PDF joint est introuvable.');
      saveFile(read.pdf as Uint8Array<ArrayBuffer>, read.fileName, 'application/pdf');
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : 'Le PDF joint n’a pas pu être lu.');
    }
  }

  return (
    <section className={dragging ? 'panel attachment-panel attachment-panel-dragging' : 'panel attachment-panel'} aria-labelledby="attachment-title">
      <div className="panel-header">
        <h2 id="attachment-title">PDF de la facture</h2>
        <div className="inline-actions">
          {attachment ? (
            <>
              <button type="button" className="button" aria-haspopup="dialog" onClick={() => setViewing(true)}>
                Voir le PDF
              </button>
              <button type="button" className="button" onClick={() => void saveCopy()}>
                Enregistrer une copie
              </button>
              <button type="button" className="button" onClick={() => input.current?.click()}>
                Remplacer…
              </button>
              <button type="button" className="button button-danger-outline" aria-haspopup="dialog" onClick={() => setRemoving(true)}>
                Retirer le PDF
              </button>
            </>
          ) : (
            <button type="button" className="button button-primary" onClick={() => input.current?.click()}>
              Joindre le PDF…
            </button>
          )}
        </div>
      </div>
      <input
        ref={input}
        type="file"
        accept="application/pdf,.pdf"
        hidden
        aria-label={`Choisir le PDF de la facture ${invoice.number}`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void attachPdf(invoice, file);
        }}
      />
      {attachment ? (
        <p className="attachment-summary">
          <PaperclipIcon />
          <span>
            <span className="attachment-name" title={attachment.fileName}>
              {attachment.fileName}
            </span>
            <span className="cell-sub">
              {fr(
                `${attachment.pageCount} page${attachment.pageCount > 1 ? 's' : ''} · ${formatSize(attachment.sizeBytes)} · joint le ${formatDateTime(attachment.attachedAt)} · joint aux lettres comme «\u00a0Copie de la facture\u00a0»`,
              )}
            </span>
          </span>
        </p>
      ) : (
        <p className="attachment-drop-hint">{dragging ? 'Déposez le PDF pour le joindre à cette facture.' : 'Aucun PDF joint. Déposez ici le PDF de la facture (20\u00a0Mo au plus)\u00a0: il accompagnera les lettres de relance.'}</p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {viewing && <AttachedPdfDialog invoice={invoice} onClose={() => setViewing(false)} />}
      {removing && attachment && (
        <ConfirmDialog
          title={fr('Retirer le PDF de la facture ?')}
          message={fr(
            `«\u00a0${attachment.fileName}\u00a0» ne sera plus joint à la facture ${invoice.number} ni à ses prochaines lettres. Les lettres déjà envoyées gardent la copie qu’elles portaient.`,
          )}
          confirmLabel="Retirer le PDF"
          onClose={() => setRemoving(false)}
          onConfirm={async () => {
            await api().call('attachments.detach', { invoiceId: invoice.id });
            setRemoving(false);
            showToast(`PDF retiré de la facture ${invoice.number}`);
            await refresh();
          }}
        />
      )}
    </section>
  );
}
