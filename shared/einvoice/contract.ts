import { z } from 'zod';
import { bytesSchema, mutation, query } from '../ipc/define';
import { idSchema, localDateSchema, positiveCentsSchema } from '../ledger/primitives';
import { creditNoteSchema } from '../ledger/schema';
import { invoiceProposalSchema, MAX_EINVOICE_BYTES } from './proposal';

/** The file that was read: enough to attach those very bytes to the invoice later (same hash, same size). */
export const readFileInfoSchema = z.object({
  fileName: z.string(),
  format: z.enum(['pdf', 'xml']),
  /** Hex SHA-256 of the bytes read. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().int().nonnegative(),
  /** The embedded XML the fields come from ('factur-x.xml', …), '' when they come from the text or the file is XML. */
  xmlName: z.string(),
});
export type ReadFileInfo = z.infer<typeof readFileInfoSchema>;

/** Whether the seller is the user: an invoice to chase must be one the user issued. */
export const sellerCheckSchema = z.object({
  isUser: z.boolean(),
  /** French, shown and confirmed before going on ("cette facture a été émise par …, pas par vous"); null when it is the user's. */
  warning: z.string().nullable(),
});
export type SellerCheck = z.infer<typeof sellerCheckSchema>;

/** The client the buyer is: a known one, or a new one proposed from the file's party (created only when the user saves). */
export const buyerMatchSchema = z.object({
  clientId: idSchema.nullable(),
  matchedBy: z.enum(['siret', 'name']).nullable(),
  newClient: z
    .object({
      name: z.string(),
      siret: z.string(),
      street: z.string(),
      complement: z.string(),
      postalCode: z.string(),
      city: z.string(),
      country: z.string(),
    })
    .nullable(),
});
export type BuyerMatch = z.infer<typeof buyerMatchSchema>;

export const einvoiceReadResultSchema = z.object({
  file: readFileInfoSchema,
  proposal: invoiceProposalSchema,
  seller: sellerCheckSchema,
  buyer: buyerMatchSchema,
  /** French names of the fields the file did not give ("la date d’échéance", …). */
  missing: z.array(z.string()),
});
export type EinvoiceReadResult = z.infer<typeof einvoiceReadResultSchema>;

/** A credit note read from a file, confirmed by the user for one client: it lowers what the client owes overall. */
export const creditNoteFromFileSchema = z
  .object({
    number: z.string().trim().min(1, 'Le numéro de l’avoir est obligatoire.').max(40, 'Numéro d’avoir\u00a0: 40 caractères au plus.'),
    clientId: idSchema,
    issueDate: localDateSchema,
    amountTtcCents: positiveCentsSchema,
    notes: z.string().trim().max(2000).default(''),
  })
  .strict();

export const einvoiceMethods = {
  /** Reads a dropped PDF (Factur-X, ZUGFeRD, or plain text) or CII/UBL XML into a proposed invoice. Creates nothing. */
  'einvoice.read': query(z.object({ fileName: z.string().max(255), bytes: bytesSchema(MAX_EINVOICE_BYTES) }).strict(), einvoiceReadResultSchema),
  /** Records the credit note a dropped file proposed, against the client the user chose. */
  'einvoice.saveCreditNote': mutation(creditNoteFromFileSchema, creditNoteSchema),
};
