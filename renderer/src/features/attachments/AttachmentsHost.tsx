import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { Modal } from '../../ui/Modal';
import { ConfirmActions } from '../../ui/ConfirmDialog';
import { attachPdf, useAttachmentsStore } from './attachmentsStore';

/** The dialogs of attaching a PDF: while the core checks it, the confirmation of a replacement, a refusal and its reason. */
export function AttachmentsHost(): React.JSX.Element | null {
  const step = useAttachmentsStore((s) => s.step);
  const close = useAttachmentsStore((s) => s.close);
  if (!step) return null;
  switch (step.kind) {
    case 'attaching':
      return (
        <Modal title={`Joindre le PDF à la facture ${step.number}`} onClose={close} confirmDiscard={false}>
          <p role="status">{fr(`Vérification de «\u00a0${step.fileName}\u00a0»…`)}</p>
        </Modal>
      );
    case 'refused':
      return (
        <Modal title="Ce fichier ne peut pas être joint" onClose={close} alert confirmDiscard={false}>
          <p role="alert">{step.message}</p>
          <p className="muted">{fr(`Fichier\u00a0: «\u00a0${step.fileName}\u00a0», pour la facture ${step.number}. Rien n’a été modifié.`)}</p>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={close} data-autofocus>
              D’accord
            </button>
          </div>
        </Modal>
      );
    case 'replace':
      return (
        <Modal title={fr('Remplacer le PDF de la facture ?')} onClose={close} alert confirmDiscard={false}>
          <p>
            {fr(
              `La facture ${step.number} a déjà un PDF joint («\u00a0${step.current}\u00a0»). «\u00a0${step.file.name}\u00a0» le remplacera\u00a0; une lettre déjà envoyée garde la copie qu’elle portait.`,
            )}
          </p>
          <ConfirmActions
            confirmLabel="Remplacer le PDF"
            tone="primary"
            onClose={close}
            onConfirm={async () => {
              await attachPdf({ id: step.invoiceId, number: step.number, attachment: null }, step.file, true);
            }}
          />
        </Modal>
      );
  }
}
