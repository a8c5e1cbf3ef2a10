import { z } from 'zod';
import { emptyInput, mutation, query } from '../ipc/define';
import { schedulerSettingsSchema } from './schema';
import { schedulerStatusSchema } from './status';

export const schedulerMethods = {
  'scheduler.status': query(emptyInput, schedulerStatusSchema),
  /** "Vérifier maintenant": a check at once (it may record an announcement, hence a mutation). */
  'scheduler.checkNow': mutation(emptyInput, schedulerStatusSchema),
  'scheduler.saveSettings': mutation(schedulerSettingsSchema.strict(), schedulerStatusSchema),
};

export const schedulerEvents = {
  /** A check found reminders never announced before: the notification, native or in-app. */
  'reminders.due': z.object({
    count: z.number().int(),
    invoiceIds: z.array(z.string()),
    overdueCents: z.number().int(),
    title: z.string(),
    message: z.string(),
  }),
  /** Every check, and every change of the settings: the status line, the badge, the tray. */
  'scheduler.checked': schedulerStatusSchema,
};
