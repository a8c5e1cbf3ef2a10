import { z } from 'zod';
import { mutation, query } from '../ipc/define';
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

export const statementsMethods = {
  /** The statement of account of a client on a date, as the PDF it will be (nothing recorded). */
  'statements.preview': query(statementRequestSchema, statementPreviewSchema),
  /** Records the statement as sent: the very bytes previewed are archived by hash and kept on the client. */
  'statements.send': mutation(
    z.object({ request: statementRequestSchema, channel: statementChannelSchema, sentOn: localDateSchema, previewSha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    clientSchema,
  ),
};
