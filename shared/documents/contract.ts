import { z } from 'zod';
import { mutation, query } from '../ipc/define';
import { archivedFileSchema, dunningChannelSchema, dunningToneSchema } from '../dunning/schema';
import { idSchema, invoiceSchema } from '../ledger/schema';
import { parseRegisteredNumber } from './registeredNumber';
import { statementRequestSchema } from './statementsContract';
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
    /** Absent: the copy of each invoice whose PDF is attached goes after the letter ("Copie de la facture" pages). */
    invoiceCopies: z.boolean().nullable().optional(),
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
  /** Each invoice of the letter: whether the copy of its attached PDF follows the letter (false: none attached, or not asked). */
  invoiceCopies: z.array(z.object({ invoiceId: idSchema, number: z.string(), attached: z.boolean(), included: z.boolean(), problem: z.string().nullable() })),
});
export type LetterPreview = z.infer<typeof letterPreviewSchema>;

/** How a letter left: by post, registered with AR, attached to an e-mail, or handed over (« remise en main propre »). */
export const letterChannelSchema = dunningChannelSchema.exclude(['phone'], { message: 'Une lettre part par courrier simple, en recommandé avec AR, par e-mail ou remise en main propre.' });

const letterMethods = {
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

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'Référence de document archivé invalide.');

/** A batch of letters is named by the page that asked for it (a random id), so that it can follow and cancel it. */
export const batchIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'Identifiant de lot invalide.');

/** How the letters of a batch go: one channel for all (the registered mention is printed on each, or on none). */
export const batchChannelSchema = z.enum(['letter', 'registered-letter'], { message: 'Les lettres du jour partent par courrier simple ou en recommandé avec AR.' });

export const batchLetterSchema = z.object({
  /** The letter's position in the batch (0-based): the key of its registered number at sending. */
  index: z.number().int().nonnegative(),
  clientId: idSchema,
  clientName: z.string(),
  invoiceIds: z.array(idSchema),
  invoiceNumbers: z.array(z.string()),
  tone: dunningToneSchema,
  levelId: z.string(),
  /** The SHA-256 of the letter alone: the same bytes as its own preview, archived as they are at sending. */
  sha256: sha256Schema,
  /** Where the letter starts in the combined PDF (1-based) and how many pages it has. */
  firstPage: z.number().int().positive(),
  pageCount: z.number().int().positive(),
  figures: letterFiguresSchema,
});
export type BatchLetter = z.infer<typeof batchLetterSchema>;

export const batchPreparedSchema = z.object({
  status: z.literal('ready'),
  batchId: batchIdSchema,
  letterDate: localDateSchema,
  channel: batchChannelSchema,
  /** Every letter one after the other, in one PDF to print. */
  pdf: z.instanceof(Uint8Array),
  letters: z.array(batchLetterSchema),
  /** Invoices due today for which no letter could be drawn, with the reason (an incomplete address, …). */
  skipped: z.array(z.object({ clientName: z.string(), invoiceNumbers: z.array(z.string()), reason: z.string() })),
});
export type BatchPrepared = z.infer<typeof batchPreparedSchema>;

export const batchSendInputSchema = z
  .object({
    batchId: batchIdSchema,
    channel: batchChannelSchema,
    sentOn: localDateSchema,
    /** For a registered batch: one number per letter, in the order of the batch. */
    registeredNumbers: z.array(z.string().trim().max(40)).max(1000).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.channel !== 'registered-letter') {
      if (input.registeredNumbers?.some((n) => n !== '')) ctx.addIssue({ code: 'custom', path: ['registeredNumbers'], message: 'Un numéro de recommandé ne va qu’avec un envoi en recommandé.' });
      return;
    }
    const seen = new Map<string, number>();
    (input.registeredNumbers ?? []).forEach((raw, i) => {
      const parsed = parseRegisteredNumber(raw);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', path: ['registeredNumbers', i], message: parsed.message });
        return;
      }
      const twice = seen.get(parsed.value);
      if (twice !== undefined) ctx.addIssue({ code: 'custom', path: ['registeredNumbers', i], message: `Ce numéro est déjà celui de la lettre ${twice + 1}.` });
      else seen.set(parsed.value, i);
    });
  });

/** What a PDF shown in Relance is: a letter's preview (drawn again), an archived letter, or a prepared batch. */
export const pdfSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('letter'), request: letterRequestSchema }).strict(),
  z.object({ kind: z.literal('archived'), sha256: sha256Schema }).strict(),
  z.object({ kind: z.literal('batch'), batchId: batchIdSchema }).strict(),
  /** The invoice's attached PDF, its pages copied without their scripts. */
  z.object({ kind: z.literal('attachment'), invoiceId: idSchema }).strict(),
  /** A client's statement of account, drawn again from its request (the same bytes as its preview). */
  z.object({ kind: z.literal('statement'), request: statementRequestSchema }).strict(),
  /** A prepared batch of statements (« Relevés de fin de mois »). */
  z.object({ kind: z.literal('statement-batch'), batchId: batchIdSchema }).strict(),
]);

const batchMethods = {
  /**
   * Draws every letter due today (each alone, as its own preview would be) and the combined PDF; progress goes out as
   * 'letters.batchProgress' events. Nothing is recorded: the batch is kept in the core until it is sent or replaced.
   */
  'letters.batchPrepare': query(
    z
      .object({
        batchId: batchIdSchema,
        grouping: z.enum(['invoice', 'client']),
        channel: batchChannelSchema,
        /** Also the steps planned by e-mail, SMS or phone (by default only those by letter). */
        allChannels: z.boolean().default(false),
      })
      .strict(),
    z.discriminatedUnion('status', [batchPreparedSchema, z.object({ status: z.literal('cancelled'), batchId: batchIdSchema })]),
  ),
  /** Stops a batch being prepared (after the letter being drawn); answers whether one was running. */
  'letters.batchCancel': query(z.object({ batchId: batchIdSchema }).strict(), z.object({ cancelled: z.boolean() })),
  /** Records every letter of a prepared batch as sent (all or none), each archived by its own hash. */
  'letters.batchSend': mutation(batchSendInputSchema, z.object({ documents: z.array(archivedFileSchema), invoices: z.array(invoiceSchema) })),
  /**
   * « Imprimer » / « Ouvrir dans le lecteur PDF » in the app: the core writes the PDF to its own temporary folder and
   * hands that file to the desktop (a print window, the system's PDF reader). Not available in the loopback mode.
   */
  'letters.outputPdf': query(z.object({ source: pdfSourceSchema, action: z.enum(['print', 'open']) }).strict(), z.object({ file: z.string() })),
};

export const documentsEvents = {
  /** A batch being prepared: `done` letters of `total` drawn; 'merge' while the combined PDF is put together. */
  'letters.batchProgress': z.object({ batchId: batchIdSchema, done: z.number().int().nonnegative(), total: z.number().int().nonnegative(), phase: z.enum(['letters', 'merge']) }),
};

export const documentsMethods = { ...letterMethods, ...batchMethods };
