import { z } from 'zod';
import { instantSchema } from '../ledger/primitives';

/** At most 20 MB: an invoice PDF is rarely above 1 MB; beyond this it is a scan to compress first. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'Empreinte SHA-256 invalide.');

/**
 * The invoice's own PDF, attached by the user: its bytes are archived by SHA-256 under the data folder (never in
 * relance.json, never referenced by the path it came from); the name is only what the user saw when attaching it.
 */
export const attachedPdfSchema = z.object({
  sha256: sha256HexSchema,
  sizeBytes: z.number().int().positive(),
  fileName: z.string().max(255),
  pageCount: z.number().int().positive(),
  attachedAt: instantSchema,
});
export type AttachedPdf = z.infer<typeof attachedPdfSchema>;

/** Set by the core (attachments.attach / detach), never by the invoice form or an import. */
export const invoiceAttachmentFields = {
  attachment: attachedPdfSchema.nullable().default(null),
};
