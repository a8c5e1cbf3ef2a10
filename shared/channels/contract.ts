import { z } from 'zod';
import { mutation, query } from '../ipc/define';
import { archivedFileSchema } from '../dunning/schema';
import { invoiceSchema } from '../ledger/schema';
import { localDateSchema } from '../ledger/primitives';
import { letterRequestSchema } from '../documents/contract';

/**
 * A reminder by e-mail, prepared for the user's own mail client (offline): the same request as its letter, the
 * letter's PDF attached unless the user leaves it out (then a mailto: link is offered too).
 */
export const emailRequestSchema = z
  .object({
    request: letterRequestSchema,
    /** The letter's PDF as an attachment (default). Without it the message can also go through a mailto: link. */
    attachLetter: z.boolean().default(true),
  })
  .strict();
export type EmailRequestInput = z.output<typeof emailRequestSchema>;

export const emailAttachmentSchema = z.object({
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string(),
  /** What it is: the reminder's letter (later: the invoice's copy). */
  role: z.enum(['letter']),
});
export type EmailAttachment = z.infer<typeof emailAttachmentSchema>;

export const emailPreviewSchema = z.object({
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  attachments: z.array(emailAttachmentSchema),
  /** The .eml file as it is opened and archived (the same bytes). */
  eml: z.instanceof(Uint8Array),
  fileName: z.string(),
  /** The SHA-256 of the .eml: « Marquer comme envoyé » is refused if the message would differ from what was previewed. */
  sha256: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  /** A mailto: link with the subject and the text, when nothing is attached (null otherwise, or when too long for one). */
  mailto: z.string().nullable(),
  variantId: z.string(),
  paymentDeadline: localDateSchema,
});
export type EmailPreview = z.infer<typeof emailPreviewSchema>;

export const channelsMethods = {
  /** The reminder's e-mail as it will be opened and archived: subject, text, HTML, attachments and the .eml bytes. */
  'emails.preview': query(emailRequestSchema, emailPreviewSchema),
  /**
   * « Ouvrir dans ma messagerie » in the app: the core writes the .eml (X-Unsent: 1, a draft) into its private
   * temporary folder and hands that file to the system's mail client. Not available in the loopback mode.
   */
  'emails.open': query(emailRequestSchema, z.object({ file: z.string() })),
  /** « Marquer comme envoyé » by e-mail: archives the .eml by hash and records the reminder on each invoice (all or none). */
  'emails.markSent': mutation(
    z
      .object({ email: emailRequestSchema, sentOn: localDateSchema, previewSha256: z.string().regex(/^[0-9a-f]{64}$/, 'Référence de l’aperçu invalide.') })
      .strict(),
    z.object({ document: archivedFileSchema, invoices: z.array(invoiceSchema) }),
  ),
};
