import { create } from 'zustand';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/attachments/schema';
import { ATTACHMENT_MESSAGES } from '../../../../shared/attachments/messages';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import type { Invoice } from '../../../../shared/ledger/schema';
import { ApiError, api } from '../../api/client';
import { useAppStore } from '../../app/store';

type AttachStep =
  | null
  | { kind: 'attaching'; number: string; fileName: string }
  | { kind: 'replace'; invoiceId: string; number: string; current: string; file: File }
  | { kind: 'refused'; number: string; fileName: string; message: string };

interface AttachmentsState {
  step: AttachStep;
  close(): void;
}

/**
 * Attaching a PDF to an invoice, wherever it is dropped or chosen: the file's bytes go to the core (never its path),
 * which checks and archives them; a PDF already attached is replaced only once the user confirms; a refusal is shown
 * with the core's French reason, and nothing changes.
 */
export const useAttachmentsStore = create<AttachmentsState>()((set) => ({
  step: null,
  close: () => set({ step: null }),
}));

const set = (step: AttachStep): void => useAttachmentsStore.setState({ step });

/** Whether the drag carries files (the only thing a drop zone takes). */
export function carriesFiles(e: { dataTransfer: DataTransfer | null }): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Attaches `file` to the invoice; returns the invoice as saved, or null when it was refused or is waiting for a
 * confirmation. The file is checked before a replacement is asked: a file that cannot be attached never asks.
 */
export async function attachPdf(invoice: Pick<Invoice, 'id' | 'number' | 'attachment'>, file: File, replace = false): Promise<Invoice | null> {
  if (file.size === 0) return refuse(invoice.number, file.name, ATTACHMENT_MESSAGES.empty);
  if (file.size > MAX_ATTACHMENT_BYTES) return refuse(invoice.number, file.name, ATTACHMENT_MESSAGES.tooLarge);
  set({ kind: 'attaching', number: invoice.number, fileName: file.name });
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const saved = await api().call('attachments.attach', { invoiceId: invoice.id, fileName: file.name.slice(0, 255) || 'facture.pdf', bytes, replace });
    set(null);
    const app = useAppStore.getState();
    app.showToast(fr(`PDF joint à la facture ${invoice.number} : « ${file.name} »`));
    void app.refresh();
    return saved;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'CONFLICT' && !replace) {
      // A readable PDF, and the invoice already has another one: asked (the core checked the file first).
      set({ kind: 'replace', invoiceId: invoice.id, number: invoice.number, current: invoice.attachment?.fileName ?? 'un autre PDF', file });
      return null;
    }
    return refuse(invoice.number, file.name, error instanceof ApiError ? error.message : 'Le PDF n’a pas pu être joint.');
  }
}

function refuse(number: string, fileName: string, message: string): null {
  set({ kind: 'refused', number, fileName, message });
  return null;
}
