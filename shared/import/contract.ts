import { z } from 'zod';
import { bytesSchema, mutation, query } from '../ipc/define';
import { columnMappingSchema, importKindSchema, importPreviewSchema, importReportSchema, MAX_IMPORT_BYTES } from './importTypes';

const importFile = { kind: importKindSchema, fileName: z.string().max(255), bytes: bytesSchema(MAX_IMPORT_BYTES) };

export const importMethods = {
  'import.preview': query(z.object(importFile).strict(), importPreviewSchema),
  'import.commit': mutation(z.object({ ...importFile, mapping: columnMappingSchema }).strict(), importReportSchema),
};
