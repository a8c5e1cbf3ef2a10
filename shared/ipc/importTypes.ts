import { z } from 'zod';

export const importKindSchema = z.enum(['invoices', 'clients']);
export type ImportKind = z.infer<typeof importKindSchema>;

export const INVOICE_IMPORT_FIELDS = ['number', 'clientName', 'issueDate', 'dueDate', 'amountTtc', 'amountHt', 'clientKind', 'clientSiret'] as const;
export const CLIENT_IMPORT_FIELDS = ['name', 'kind', 'contactName', 'complement', 'street', 'locality', 'postalCode', 'city', 'country', 'email', 'phone', 'siret', 'notes'] as const;
export type InvoiceImportField = (typeof INVOICE_IMPORT_FIELDS)[number];
export type ClientImportField = (typeof CLIENT_IMPORT_FIELDS)[number];

/** Target field → index of the CSV column that holds it, or null when the file has none. */
export const columnMappingSchema = z.record(z.string().max(40), z.number().int().min(0).max(500).nullable());
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const importFieldInfoSchema = z.object({ field: z.string(), label: z.string(), required: z.boolean() });

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
  reason: z.string(),
});
export type ImportRowProblem = z.infer<typeof importRowProblemSchema>;

export const importReportSchema = z.object({
  kind: importKindSchema,
  created: z.number().int(),
  clientsCreated: z.number().int(),
  duplicates: z.array(importRowProblemSchema),
  rejected: z.array(importRowProblemSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
