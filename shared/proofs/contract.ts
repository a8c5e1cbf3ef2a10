import { z } from 'zod';
import { bytesSchema, mutation, query } from '../ipc/define';
import { postalEventKindSchema, returnReasonSchema } from '../dunning/schema';
import { idSchema, invoiceSchema } from '../ledger/schema';
import { localDateSchema } from '../ledger/primitives';
import { MAX_SCAN_BYTES } from './scan';

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'Référence de document archivé invalide.');

/**
 * The proofs of the dunning: what happened to a letter after it left (presentation, AR, return, deposit proof, with
 * the scan), their cancellation, the scans read back, and the invoice's history as a PDF for a court file.
 */
export const proofsMethods = {
  /**
   * Records what happened to a letter (on every invoice of that letter when it grouped several). The scan's bytes
   * come from the page (File.arrayBuffer()); the core checks what they are, never trusts a name or a path.
   */
  'invoices.recordPostalEvent': mutation(
    z
      .object({
        invoiceId: idSchema,
        reminderId: idSchema,
        kind: postalEventKindSchema,
        on: localDateSchema,
        returnReason: returnReasonSchema.optional(),
        presentedOn: localDateSchema.optional(),
        note: z.string().trim().max(500, 'Note\u00a0: 500 caractères au plus.').default(''),
        scan: z.object({ fileName: z.string().max(255), bytes: bytesSchema(MAX_SCAN_BYTES) }).strict().optional(),
      })
      .strict(),
    invoiceSchema,
  ),
  /** A postal event recorded by mistake: a cancelling entry that says why (the event stays in the history). */
  'invoices.cancelPostalEvent': mutation(
    z
      .object({
        invoiceId: idSchema,
        eventId: idSchema,
        note: z.string({ message: 'Indiquez pourquoi cette saisie est retirée.' }).trim().min(1, 'Indiquez pourquoi cette saisie est retirée.').max(500, 'Motif\u00a0: 500 caractères au plus.'),
      })
      .strict(),
    invoiceSchema,
  ),
  /** An archived scan, checked against its hash (a mismatch is answered, never hidden). */
  'proofs.scan': query(
    z.object({ sha256: sha256Schema, kind: z.enum(['pdf', 'png', 'jpg']) }).strict(),
    z.object({ bytes: z.instanceof(Uint8Array).nullable(), intact: z.boolean(), problem: z.string().nullable() }),
  ),
  /** The invoice's history as a PDF (the chronology of a court file), drawn in the letters' worker. */
  'invoices.historyPdf': query(z.object({ invoiceId: idSchema }).strict(), z.object({ pdf: z.instanceof(Uint8Array), fileName: z.string() })),
  /** The same PDF handed to the desktop: the print window, or the system's PDF reader (the app only). */
  'invoices.historyOutput': query(z.object({ invoiceId: idSchema, action: z.enum(['print', 'open']) }).strict(), z.object({ file: z.string() })),
};
