import { z } from 'zod';

export const importKindSchema = z.enum(['invoices', 'clients']);
export type ImportKind = z.infer<typeof importKindSchema>;

export const INVOICE_IMPORT_FIELDS = [
  'number',
  'clientName',
  'issueDate',
  'dueDate',
  'amountTtc',
  'amountHt',
  'clientKind',
  'clientSiret',
  'status',
  'paidAmount',
  'remainingAmount',
  'paymentDate',
  'documentType',
  'description',
  'notes',
] as const;
export const CLIENT_IMPORT_FIELDS = ['name', 'kind', 'contactName', 'complement', 'street', 'locality', 'postalCode', 'city', 'country', 'email', 'phone', 'siret', 'notes'] as const;
export type InvoiceImportField = (typeof INVOICE_IMPORT_FIELDS)[number];
export type ClientImportField = (typeof CLIENT_IMPORT_FIELDS)[number];

/** Target field → index of the CSV column that holds it, or null when the file has none. */
export const columnMappingSchema = z.record(z.string().max(40), z.number().int().min(0).max(500).nullable());
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const importFieldInfoSchema = z.object({
  field: z.string(),
  label: z.string(),
  required: z.boolean(),
  /** French, what Relance does with this field ('' when the label says it all). */
  hint: z.string().default(''),
});
export type ImportFieldInfo = z.infer<typeof importFieldInfoSchema>;

export const importPreviewSchema = z.object({
  encoding: z.enum(['utf-8', 'windows-1252']),
  separator: z.string(),
  headers: z.array(z.string()),
  sample: z.array(z.array(z.string())),
  rowCount: z.number().int(),
  fields: z.array(importFieldInfoSchema),
  suggestedMapping: columnMappingSchema,
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importRowProblemSchema = z.object({
  /** Line number in the file as a spreadsheet shows it (the header is line 1). */
  line: z.number().int(),
  /** What the line is about: the invoice or credit note number, or the client's name; '' when the line has none. */
  label: z.string().default(''),
  reason: z.string(),
});
export type ImportRowProblem = z.infer<typeof importRowProblemSchema>;

/** An invoice already in Relance that the file changed (payments, due date, note). */
export const importUpdateSchema = z.object({
  line: z.number().int(),
  label: z.string(),
  /** French, one sentence per change: « Échéance : 04/02/2026 → 04/03/2026. » */
  changes: z.array(z.string()),
});
export type ImportUpdate = z.infer<typeof importUpdateSchema>;

export const importReportSchema = z.object({
  kind: importKindSchema,
  /** Invoices (or clients, for an import of clients) created. */
  created: z.number().int(),
  clientsCreated: z.number().int(),
  creditNotesCreated: z.number().int().default(0),
  /** Payments written from the file (on new invoices and on updated ones). */
  paymentsRecorded: z.number().int().default(0),
  updated: z.array(importUpdateSchema).default([]),
  /** Lines already in Relance with nothing to change, or repeated in the file: skipped. */
  duplicates: z.array(importRowProblemSchema),
  rejected: z.array(importRowProblemSchema),
  /** Lines imported with a remark: a doubtful field left empty, a value that was not used. */
  warnings: z.array(importRowProblemSchema).default([]),
  /** Lines the user should check: a SIRET that belongs to a client of another name. */
  checks: z.array(importRowProblemSchema).default([]),
  /** Remarks about the whole file (French sentences): a SIRET ignored, the date given to payments. */
  notes: z.array(z.string()).default([]),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
