import '../kernel/zodFrench';
import { z } from 'zod';
import {
  clientDraftSchema,
  clientSchema,
  creditNoteSchema,
  identitySchema,
  idSchema,
  invoiceDraftSchema,
  invoiceSchema,
  paymentDraftSchema,
  quarantinedRecordSchema,
  settingsSchema,
} from '../ledger/schema';
import { dunningChannelSchema, dunningPauseSchema, dunningPolicySchema, lateChargesSettlementSchema, levelIdSchema } from '../dunning/schema';
import { localDateSchema } from '../ledger/primitives';
import { columnMappingSchema, importKindSchema, importPreviewSchema, importReportSchema, MAX_IMPORT_BYTES } from '../import/importTypes';

/**
 * The one contract between the renderer and the main process. Every method has a zod input and
 * output schema; main validates every input before a handler runs.
 */

const empty = z.object({}).strict();
const byId = z.object({ id: idSchema }).strict();

export const bytesSchema = (maxBytes: number) =>
  z
    .instanceof(Uint8Array, { message: 'Fichier illisible.' })
    .refine((b) => b.byteLength > 0, 'Le fichier est vide.')
    .refine((b) => b.byteLength <= maxBytes, `Le fichier est trop volumineux (au plus ${Math.round(maxBytes / 1024 / 1024)} Mo).`);

export const noticeSchema = z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string() });
export type Notice = z.infer<typeof noticeSchema>;

export const appStatusSchema = z.object({
  version: z.string(),
  mode: z.enum(['electron', 'loopback']),
  dataFile: z.string(),
  backupsFolder: z.string(),
  readOnly: z.boolean(),
  notices: z.array(noticeSchema),
  /** Today's date as the core sees it (a fixed clock in tests). */
  today: z.string(),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

export const ledgerSnapshotSchema = z.object({
  identity: identitySchema,
  settings: settingsSchema,
  clients: z.array(clientSchema),
  invoices: z.array(invoiceSchema),
  /** Credit notes (avoirs), each against one client's balance. */
  creditNotes: z.array(creditNoteSchema),
});
export type LedgerSnapshot = z.infer<typeof ledgerSnapshotSchema>;

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

export const contract = {
  'app.status': { input: empty, output: appStatusSchema },
  'ledger.snapshot': { input: empty, output: ledgerSnapshotSchema },
  'identity.save': { input: identitySchema, output: identitySchema },
  'clients.save': { input: clientDraftSchema, output: clientSchema },
  'clients.delete': { input: byId, output: byId },
  'invoices.save': { input: invoiceDraftSchema, output: invoiceSchema },
  'invoices.delete': { input: byId, output: byId },
  'payments.add': { input: paymentDraftSchema, output: invoiceSchema },
  'payments.remove': { input: z.object({ invoiceId: idSchema, paymentId: idSchema }).strict(), output: invoiceSchema },
  'settings.save': { input: settingsSchema, output: settingsSchema },
  'clients.setPolicy': { input: z.object({ clientId: idSchema, policy: dunningPolicySchema.nullable() }).strict(), output: clientSchema },
  'invoices.setPause': { input: z.object({ invoiceId: idSchema, pause: dunningPauseSchema.nullable() }).strict(), output: invoiceSchema },
  'invoices.recordReminder': {
    input: z
      .object({ invoiceId: idSchema, levelId: levelIdSchema, sentOn: localDateSchema, channel: dunningChannelSchema, note: z.string().trim().max(500).default('') })
      .strict(),
    output: invoiceSchema,
  },
  /** Proof is append-only: a reminder recorded by mistake gets a cancelling entry; it stays in the history. */
  'invoices.cancelReminder': {
    input: z.object({ invoiceId: idSchema, reminderId: idSchema, note: z.string().trim().max(500).default('') }).strict(),
    output: invoiceSchema,
  },
  /**
   * The dates the law reads. `formalNoticeDate`: a mise en demeure made outside the app (absent: unchanged).
   * `noticeReceipt`: the receipt (or first presentation) of the mise en demeure recorded in the app; the invoice's
   * formalNoticeDate then follows it. One or the other.
   */
  'invoices.setLegalDates': {
    input: z
      .object({
        invoiceId: idSchema,
        formalNoticeDate: localDateSchema.nullable().optional(),
        completionDate: localDateSchema.nullable(),
        noticeReceipt: z
          .object({ reminderId: idSchema, firstPresentedOn: localDateSchema.nullable(), receivedOn: localDateSchema.nullable() })
          .strict()
          .optional(),
      })
      .strict()
      .refine((v) => v.formalNoticeDate === undefined || v.noticeReceipt === undefined, {
        message: 'Indiquez la date de la mise en demeure ou la réception de la lettre, pas les deux.',
        path: ['formalNoticeDate'],
      }),
    output: invoiceSchema,
  },
  /** Invoice paid late: give up its penalties and indemnity (waivedOn is today), or take that back (null). */
  'invoices.setLateChargesWaiver': {
    input: z.object({ invoiceId: idSchema, waiver: z.object({ note: z.string().trim().max(500).default('') }).strict().nullable() }).strict(),
    output: invoiceSchema,
  },
  /** Invoice paid late: its penalties and indemnity were received (null: not received after all). */
  'invoices.setLateChargesSettlement': { input: z.object({ invoiceId: idSchema, settlement: lateChargesSettlementSchema.nullable() }).strict(), output: invoiceSchema },
  'invoices.setCancelled': { input: z.object({ invoiceId: idSchema, cancelled: z.boolean() }).strict(), output: invoiceSchema },
  'import.preview': {
    input: z.object({ kind: importKindSchema, fileName: z.string().max(255), bytes: bytesSchema(MAX_IMPORT_BYTES) }).strict(),
    output: importPreviewSchema,
  },
  'import.commit': {
    input: z
      .object({ kind: importKindSchema, fileName: z.string().max(255), bytes: bytesSchema(MAX_IMPORT_BYTES), mapping: columnMappingSchema })
      .strict(),
    output: importReportSchema,
  },
  'data.listBackups': { input: empty, output: z.array(backupSummarySchema) },
  'data.restoreBackup': { input: z.object({ name: backupNameSchema }).strict(), output: z.object({ previousKeptAs: z.string().nullable() }) },
  /** A zip of the data file, the backups and the archived files, to keep elsewhere. */
  'data.exportCopy': { input: empty, output: z.object({ fileName: z.string(), bytes: z.instanceof(Uint8Array) }) },
  /** Records set aside when the file was opened (they stay in the file). */
  'data.quarantine': { input: empty, output: z.array(quarantinedRecordSchema) },
  /** Opens the data folder in the system's file manager (Electron only; no path from the page). */
  'data.openFolder': { input: empty, output: z.object({ folder: z.string() }) },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>;

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events pushed by main to the renderer. */
export const events = {
  'data.changed': z.object({}),
  /** The application menu asks the renderer to show a screen. */
  navigate: z.object({ to: z.enum(['overview', 'invoices', 'clients', 'settings', 'import', 'new-invoice', 'new-client']) }),
  notice: noticeSchema,
  /** The scheduled check found reminders due today. */
  'reminders.due': z.object({ count: z.number().int(), invoiceIds: z.array(z.string()), message: z.string() }),
} as const;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** The object the preload exposes as window.api (and the loopback transport imitates). */
export interface RelanceBridge {
  call(method: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from './channels';
