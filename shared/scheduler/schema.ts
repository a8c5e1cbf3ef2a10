import { z } from 'zod';
import { idSchema, localDateSchema } from '../ledger/primitives';

/** 'HH:MM', 00:00 to 23:59. */
export const MORNING_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const MORNING_TIME_MESSAGE = 'Heure de la vérification du matin\u00a0: une heure au format 09:00.';

/** What the user chooses in Paramètres › Vérifications automatiques. */
export const schedulerSettingsSchema = z.object({
  /** The hour of the morning check, local time ('HH:MM'): the day's notification is not given before it. */
  morningTime: z.string().regex(MORNING_TIME, MORNING_TIME_MESSAGE).default('09:00'),
  notifications: z.boolean().default(true),
  /** Start Relance when the user logs in, minimised to the tray. */
  startAtLogin: z.boolean().default(false),
  /** Closing the window keeps Relance in the tray, and the checks running. */
  keepRunningInTray: z.boolean().default(true),
});
export type SchedulerSettings = z.infer<typeof schedulerSettingsSchema>;

/** One announced reminder: this invoice's level was in a notification, never again in another. */
export const announcementSchema = z.object({
  invoiceId: idSchema,
  levelId: z.string().min(1).max(64),
  announcedOn: localDateSchema,
});
export type Announcement = z.infer<typeof announcementSchema>;

export const schedulerStateSchema = z.object({
  settings: schedulerSettingsSchema.default(() => schedulerSettingsSchema.parse({})),
  /** Kept small: pruned at each announcement (see pruneAnnouncements). */
  announced: z.array(announcementSchema).default([]),
  /** The explanation "Relance reste dans la zone de notification" was given once. */
  trayHintShown: z.boolean().default(false),
});
export type SchedulerState = z.infer<typeof schedulerStateSchema>;

export function defaultSchedulerState(): SchedulerState {
  return schedulerStateSchema.parse({});
}
