import { z } from 'zod';
import { mutation, query } from '../ipc/define';
import { archivedFileSchema, dunningChannelSchema, dunningToneSchema } from '../dunning/schema';
import { idSchema, invoiceSchema } from '../ledger/schema';
import { localDateSchema } from '../ledger/primitives';

/** At most this many invoices of one client in one letter (its table stays on a page or two). */
export const MAX_INVOICES_PER_LETTER = 30;

export const letterRequestSchema = z
  .object({
    clientId: idSchema,
    invoiceIds: z
      .array(idSchema)
      .min(1, 'Choisissez au moins une facture.')
      .max(MAX_INVOICES_PER_LETTER, `Une lettre regroupe au plus ${MAX_INVOICES_PER_LETTER} factures.`)
      .refine((ids) => new Set(ids).size === ids.length, 'Une facture figure deux fois dans la lettre.'),
    tone: dunningToneSchema,
    letterDate: localDateSchema,
    /** Absent: the level's deadline (8 days by default). */
    paymentDeadline: localDateSchema.nullable().optional(),
    /** Absent: registered when the policy's level of this tone goes by registered letter. */
    registeredMail: z.boolean().nullable().optional(),
    registeredNumber: z.string().trim().max(40).nullable().optional(),
    variantId: z.string().max(60).nullable().optional(),
    procedure: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('injonction-de-payer') }).strict(),
        z.object({ kind: z.literal('petites-creances') }).strict(),
        z.object({ kind: z.literal('autre'), text: z.string().trim().min(1, 'Décrivez la procédure envisagée.').max(300) }).strict(),
      ])
      .optional(),
    clientReference: z.string().trim().max(60).nullable().optional(),
  })
  .strict()
  .refine((r) => r.paymentDeadline == null || r.paymentDeadline >= r.letterDate, {
    message: 'La date limite de paiement ne peut pas précéder la date de la lettre.',
    path: ['paymentDeadline'],
  });
export type LetterRequestInput = z.output<typeof letterRequestSchema>;

export const letterFiguresSchema = z.object({
  principalCents: z.number().int(),
  penaltiesCents: z.number().int(),
  indemnityCents: z.number().int(),
  totalCents: z.number().int(),
});

export const letterPreviewSchema = z.object({
  pdf: z.instanceof(Uint8Array),
  /** The SHA-256 of these bytes: sending is refused if the letter would differ from what was previewed. */
  sha256: z.string(),
  figures: letterFiguresSchema,
  variantId: z.string(),
  paymentDeadline: localDateSchema,
  registeredMail: z.boolean(),
});
export type LetterPreview = z.infer<typeof letterPreviewSchema>;

/** How a letter left: by post, registered with AR, or attached to an e-mail. */
export const letterChannelSchema = dunningChannelSchema.exclude(['phone'], { message: 'Une lettre part par courrier simple, en recommandé avec AR ou par e-mail.' });

export const documentsMethods = {
  /** The letter as it will be printed, saved and archived (the same bytes). */
  'letters.preview': query(letterRequestSchema, letterPreviewSchema),
  /** Records the letter as sent on each of its invoices and archives its exact bytes. */
  'letters.send': mutation(
    z
      .object({ request: letterRequestSchema, channel: letterChannelSchema, sentOn: localDateSchema, previewSha256: z.string().regex(/^[0-9a-f]{64}$/) })
      .strict(),
    z.object({ document: archivedFileSchema, invoices: z.array(invoiceSchema) }),
  ),
  /** An archived letter, checked against its hash (a mismatch is answered, never hidden). */
  'letters.archived': query(
    z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Référence de document archivé invalide.') }).strict(),
    z.object({ pdf: z.instanceof(Uint8Array).nullable(), intact: z.boolean(), problem: z.string().nullable() }),
  ),
};
