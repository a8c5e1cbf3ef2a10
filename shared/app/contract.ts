import { z } from 'zod';
import { emptyInput, query } from '../ipc/define';

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

export const appMethods = {
  'app.status': query(emptyInput, appStatusSchema),
};

export const appEvents = {
  'data.changed': z.object({}),
  /** The application menu (or a notification) asks the renderer to show a screen; 'today': the list « À relancer aujourd’hui ». */
  navigate: z.object({ to: z.enum(['overview', 'invoices', 'clients', 'settings', 'import', 'new-invoice', 'new-client', 'today']) }),
  notice: noticeSchema,
};
