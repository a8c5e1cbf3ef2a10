import { z } from 'zod';
import { localDateSchema } from '../ledger/primitives';
import { schedulerSettingsSchema } from './schema';

/** The last check: when (this machine's wall clock) and what it found. */
export const lastCheckSchema = z.object({
  at: z.string(),
  day: localDateSchema,
  /** 'HH:MM', local time. */
  time: z.string(),
  count: z.number().int().nonnegative(),
  /** What the invoices of the list still owe (principal). */
  overdueCents: z.number().int().nonnegative(),
  invoiceIds: z.array(z.string()),
});
export type LastCheck = z.infer<typeof lastCheckSchema>;

export const schedulerStatusSchema = z.object({
  lastCheck: lastCheckSchema.nullable(),
  settings: schedulerSettingsSchema,
  /** Whether this shell can start at login and live in a tray (the desktop app) or not (the browser mode). */
  desktop: z.boolean(),
});
export type SchedulerStatus = z.infer<typeof schedulerStatusSchema>;
