import { z } from 'zod';
import { mutation, query } from '../ipc/define';
import { clientSchema, idSchema, invoiceSchema, settingsSchema } from '../ledger/schema';
import { localDateSchema } from '../ledger/primitives';
import { FIRST_SCREEN_ROWS, NO_FILTER, overviewFilterSchema, overviewFirstScreenSchema, rowsPageSchema } from './overviewScreen';
import { dunningChannelSchema, dunningPauseSchema, dunningPolicySchema, lateChargesSettlementSchema, levelIdSchema } from './schema';

export const dunningMethods = {
  /**
   * The home screen's header and the first rows of its two lists under a filter, from the overview the core keeps per
   * data and day: the renderer paints them before it has loaded and parsed the whole ledger.
   */
  'overview.firstScreen': query(
    z.object({ filter: overviewFilterSchema.default(NO_FILTER), limit: z.number().int().min(1).max(200).default(FIRST_SCREEN_ROWS) }).strict(),
    overviewFirstScreenSchema,
  ),
  /** More rows of one of the home screen's lists under a filter, from an offset (as the user scrolls). */
  'overview.rows': query(
    z
      .object({
        filter: overviewFilterSchema.default(NO_FILTER),
        list: z.enum(['toActOn', 'overdue']),
        offset: z.number().int().min(0).max(1_000_000),
        limit: z.number().int().min(1).max(500),
      })
      .strict(),
    rowsPageSchema,
  ),
  'settings.save': mutation(settingsSchema, settingsSchema),
  'clients.setPolicy': mutation(z.object({ clientId: idSchema, policy: dunningPolicySchema.nullable() }).strict(), clientSchema),
  'invoices.setPause': mutation(z.object({ invoiceId: idSchema, pause: dunningPauseSchema.nullable() }).strict(), invoiceSchema),
  'invoices.recordReminder': mutation(
    z
      .object({ invoiceId: idSchema, levelId: levelIdSchema, sentOn: localDateSchema, channel: dunningChannelSchema, note: z.string().trim().max(500).default('') })
      .strict(),
    invoiceSchema,
  ),
  /** Proof is append-only: a reminder recorded by mistake gets a cancelling entry; it stays in the history. */
  'invoices.cancelReminder': mutation(
    z.object({ invoiceId: idSchema, reminderId: idSchema, note: z.string().trim().max(500).default('') }).strict(),
    invoiceSchema,
  ),
  /**
   * The dates the law reads. `formalNoticeDate`: a mise en demeure made outside the app (absent: unchanged). The receipt
   * of a mise en demeure recorded in the app is a postal event of its letter (invoices.recordPostalEvent).
   */
  'invoices.setLegalDates': mutation(
    z.object({ invoiceId: idSchema, formalNoticeDate: localDateSchema.nullable().optional(), completionDate: localDateSchema.nullable() }).strict(),
    invoiceSchema,
  ),
  /** Invoice paid late: give up its penalties and indemnity (waivedOn is today), or take that back (null). */
  'invoices.setLateChargesWaiver': mutation(
    z.object({ invoiceId: idSchema, waiver: z.object({ note: z.string().trim().max(500).default('') }).strict().nullable() }).strict(),
    invoiceSchema,
  ),
  /** Invoice paid late: its penalties and indemnity were received (null: not received after all). */
  'invoices.setLateChargesSettlement': mutation(z.object({ invoiceId: idSchema, settlement: lateChargesSettlementSchema.nullable() }).strict(), invoiceSchema),
  'invoices.setCancelled': mutation(z.object({ invoiceId: idSchema, cancelled: z.boolean() }).strict(), invoiceSchema),
};
