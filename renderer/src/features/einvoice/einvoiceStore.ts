import { create } from 'zustand';
import type { EinvoiceReadResult } from '../../../../shared/einvoice/contract';
import { api, ApiError } from '../../api/client';

/**
 * A dropped or chosen invoice file, from its reading to the invoice form: 'reading' while the core reads it,
 * 'refused' with the core's French reason, 'seller' when the file's seller is not the user (asked before going on),
 * then 'invoice' (the form, prefilled) or 'creditNote' (an avoir, not an invoice to chase).
 */
export type EinvoiceStep =
  | null
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; message: string }
  | { kind: 'seller'; reading: EinvoiceReadResult; file: File }
  | { kind: 'invoice'; reading: EinvoiceReadResult; file: File }
  | { kind: 'creditNote'; reading: EinvoiceReadResult; file: File };

interface EinvoiceState {
  step: EinvoiceStep;
  close(): void;
  /** The user confirmed an invoice issued by someone else. */
  confirmSeller(): void;
}

export const useEinvoiceStore = create<EinvoiceState>()((set, get) => ({
  step: null,
  close() {
    set({ step: null });
  },
  confirmSeller() {
    const step = get().step;
    if (step?.kind === 'seller') set({ step: nextStep(step.reading, step.file) });
  },
}));

function nextStep(reading: EinvoiceReadResult, file: File): EinvoiceStep {
  return reading.proposal.kind === 'creditNote' ? { kind: 'creditNote', reading, file } : { kind: 'invoice', reading, file };
}

const ACCEPTED = /\.(?:pdf|xml)$/i;
export const NOT_AN_INVOICE_FILE = 'Déposez une facture en PDF, ou son fichier XML (Factur-X, CII, UBL).';

/** Whether a file is one the window takes as an invoice (by its name or its type). */
export function isInvoiceFile(file: File): boolean {
  return ACCEPTED.test(file.name) || ['application/pdf', 'application/xml', 'text/xml'].includes(file.type);
}

let reading = 0;

/** Reads a file into a proposal through the core (the bytes, never a path). */
export async function readInvoiceFile(file: File): Promise<void> {
  const set = (step: EinvoiceStep): void => useEinvoiceStore.setState({ step });
  if (!isInvoiceFile(file)) return set({ kind: 'refused', fileName: file.name, message: NOT_AN_INVOICE_FILE });
  const mine = ++reading;
  set({ kind: 'reading', fileName: file.name });
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await api().call('einvoice.read', { fileName: file.name.slice(0, 255), bytes });
    if (mine !== reading) return;
    set(result.seller.isUser ? nextStep(result, file) : { kind: 'seller', reading: result, file });
  } catch (error) {
    if (mine !== reading) return;
    set({ kind: 'refused', fileName: file.name, message: error instanceof ApiError ? error.message : 'Ce fichier n’a pas pu être lu.' });
  }
}
