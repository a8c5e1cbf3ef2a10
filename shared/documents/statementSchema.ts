import { z } from 'zod';
import { archivedFileSchema } from '../dunning/schema';
import { idSchema, instantSchema, localDateSchema } from '../ledger/primitives';

/** How a statement of account left: by post, by e-mail, handed over. */
export const statementChannelSchema = z.enum(['letter', 'email', 'hand'], { message: 'Choisissez comment le relevé a été envoyé.' });

/** A statement of account sent to the client: kept on the client as proof, its PDF archived by hash. */
export const statementRecordSchema = z.object({
  id: idSchema,
  asOf: localDateSchema,
  sentOn: localDateSchema,
  channel: statementChannelSchema,
  document: archivedFileSchema,
  /** What it stated, in cents: the balance, and of it what was overdue. */
  balanceCents: z.number().int(),
  overdueCents: z.number().int().nonnegative(),
  recordedAt: instantSchema,
});
export type StatementRecord = z.infer<typeof statementRecordSchema>;

/** Added to the stored client (never in its form: only statements.send appends to it). */
export const documentsClientFields = {
  statements: z.array(statementRecordSchema).default([]),
};
