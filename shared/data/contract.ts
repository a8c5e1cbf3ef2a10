import { z } from 'zod';
import { emptyInput, mutation, query } from '../ipc/define';
import { quarantinedRecordSchema } from '../ledger/schema';

/** One backup as Paramètres › Données lists it (see the store's BackupSummary). */
export const backupSummarySchema = z.object({
  name: z.string(),
  takenAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  /** What it holds; null when it cannot be read. */
  counts: z.object({ clients: z.number().int(), invoices: z.number().int(), reminders: z.number().int() }).nullable(),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;

/** A backup's file name, as listed: no folder, no leading dot (the store checks it again against its own pattern). */
export const backupNameSchema = z
  .string()
  .max(200, 'Ce nom de sauvegarde est trop long.')
  .regex(/^[A-Za-z0-9][\w.-]*$/, 'Ce nom de sauvegarde n’est pas valide.');

export const dataMethods = {
  'data.listBackups': query(emptyInput, z.array(backupSummarySchema)),
  'data.restoreBackup': mutation(z.object({ name: backupNameSchema }).strict(), z.object({ previousKeptAs: z.string().nullable() })),
  /** A zip of the data file, the backups and the archived files, to keep elsewhere. */
  'data.exportCopy': query(emptyInput, z.object({ fileName: z.string(), bytes: z.instanceof(Uint8Array) })),
  /** A French CSV for the accountant: every invoice with its balance, penalties and last reminder, or every reminder. */
  'data.exportForAccountant': query(
    z.object({ kind: z.enum(['invoices', 'reminders']) }).strict(),
    z.object({ fileName: z.string(), bytes: z.instanceof(Uint8Array) }),
  ),
  /** Records set aside when the file was opened (they stay in the file). */
  'data.quarantine': query(emptyInput, z.array(quarantinedRecordSchema)),
  /** Opens the data folder in the system's file manager (Electron only; no path from the page). */
  'data.openFolder': query(emptyInput, z.object({ folder: z.string() })),
};
