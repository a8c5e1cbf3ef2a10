import { z } from 'zod';
import { bytesSchema, mutation, query } from '../ipc/define';
import { idSchema, invoiceSchema } from '../ledger/schema';
import { MAX_ATTACHMENT_BYTES } from './schema';

const fileNameSchema = z.string().trim().min(1, 'Le nom du fichier manque.').max(255, 'Nom de fichier\u00a0: 255 caractères au plus.');

export const attachmentsMethods = {
  /**
   * Attaches a PDF to an invoice: the bytes the renderer read from the dropped or chosen file (never a path). The core
   * checks that it is a readable PDF without a user password, archives it by hash and links it. An invoice that already
   * has a different PDF keeps it unless `replace` is true.
   */
  'attachments.attach': mutation(
    z.object({ invoiceId: idSchema, fileName: fileNameSchema, bytes: bytesSchema(MAX_ATTACHMENT_BYTES), replace: z.boolean().default(false) }).strict(),
    invoiceSchema,
  ),
  /** The attached PDF as archived, checked against its hash (a damaged or missing file is said, never hidden). */
  'attachments.read': query(
    z.object({ invoiceId: idSchema }).strict(),
    z.object({ pdf: z.instanceof(Uint8Array).nullable(), fileName: z.string(), intact: z.boolean(), problem: z.string().nullable() }),
  ),
  /**
   * Unlinks the PDF from the invoice. Its archived file is deleted only when nothing else refers to it any more (another
   * invoice, a sent letter's proof).
   */
  'attachments.detach': mutation(z.object({ invoiceId: idSchema }).strict(), invoiceSchema),
};
