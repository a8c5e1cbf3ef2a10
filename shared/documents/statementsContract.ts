import { z } from 'zod';
import { mutation, query } from '../ipc/define';
import { archivedFileSchema } from '../dunning/schema';
import { clientSchema } from '../ledger/schema';
import { idSchema, localDateSchema } from '../ledger/primitives';
import { statementChannelSchema } from './statementSchema';

export const statementRequestSchema = z.object({ clientId: idSchema, asOf: localDateSchema }).strict();

export const statementFiguresSchema = z.object({
  overdueCents: z.number().int(),
  notDueCents: z.number().int(),
  creditCents: z.number().int(),
  balanceCents: z.number().int(),
  invoiceCount: z.number().int(),
});

export const statementPreviewSchema = z.object({
  pdf: z.instanceof(Uint8Array),
  sha256: z.string(),
  figures: statementFiguresSchema,
  /** "2026-12-01 Relevé de compte Atelier Dupré SARL.pdf" (reserved characters removed). */
  fileName: z.string(),
});
export type StatementPreview = z.infer<typeof statementPreviewSchema>;

/** A batch of statements is named by the page that asked for it (a random id), so that it can follow and cancel it. */
export const statementBatchIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'Identifiant de lot invalide.');

export const statementBatchItemSchema = z.object({
  /** The statement's position in the batch (0-based). */
  index: z.number().int().nonnegative(),
  clientId: idSchema,
  clientName: z.string(),
  /** The SHA-256 of the statement alone: the same bytes as its own preview, archived as they are at sending. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Where the statement starts in the combined PDF (1-based) and how many pages it has. */
  firstPage: z.number().int().positive(),
  pageCount: z.number().int().positive(),
  figures: statementFiguresSchema,
  /** Payments received after the date, not on the statement. */
  paidSinceCents: z.number().int().nonnegative(),
});

export const statementBatchPreparedSchema = z.object({
  status: z.literal('ready'),
  batchId: statementBatchIdSchema,
  asOf: localDateSchema,
  /** Every statement one after the other, in one PDF to print. */
  pdf: z.instanceof(Uint8Array),
  /** "2026-11-30 Relevés de fin de mois (4).pdf". */
  fileName: z.string(),
  statements: z.array(statementBatchItemSchema),
  /** Clients left out, with the reason: nothing owed on the date, or a statement that could not be drawn. */
  skipped: z.array(z.object({ clientId: idSchema, clientName: z.string(), balanceCents: z.number().int(), reason: z.string() })),
});
export type StatementBatchPrepared = z.infer<typeof statementBatchPreparedSchema>;

export const statementsMethods = {
  /** The statement of account of a client on a date, as the PDF it will be (nothing recorded). */
  'statements.preview': query(statementRequestSchema, statementPreviewSchema),
  /** Records the statement as sent: the very bytes previewed are archived by hash and kept on the client. */
  'statements.send': mutation(
    z.object({ request: statementRequestSchema, channel: statementChannelSchema, sentOn: localDateSchema, previewSha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    clientSchema,
  ),
  /**
   * « Relevés de fin de mois »: draws the statement of every client with an open balance on the date (each alone, the
   * same bytes as its own preview) and the combined PDF; progress goes out as 'statements.batchProgress' events.
   * Nothing is recorded: the batch is kept in the core until it is sent or replaced.
   */
  'statements.batchPrepare': query(
    z.object({ batchId: statementBatchIdSchema, asOf: localDateSchema }).strict(),
    z.discriminatedUnion('status', [statementBatchPreparedSchema, z.object({ status: z.literal('cancelled'), batchId: statementBatchIdSchema })]),
  ),
  /** Stops a batch of statements being prepared (after the statement being drawn); answers whether one was running. */
  'statements.batchCancel': query(z.object({ batchId: statementBatchIdSchema }).strict(), z.object({ cancelled: z.boolean() })),
  /** Records every statement of a prepared batch as sent (all or none), each archived by its own hash on its client. */
  'statements.batchSend': mutation(
    z.object({ batchId: statementBatchIdSchema, channel: statementChannelSchema, sentOn: localDateSchema }).strict(),
    z.object({ documents: z.array(archivedFileSchema), clients: z.array(clientSchema) }),
  ),
};

export const statementsEvents = {
  /** A batch of statements being prepared: `done` of `total` drawn; 'merge' while the combined PDF is put together. */
  'statements.batchProgress': z.object({ batchId: statementBatchIdSchema, done: z.number().int().nonnegative(), total: z.number().int().nonnegative(), phase: z.enum(['statements', 'merge']) }),
};
