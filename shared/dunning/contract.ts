import { z } from 'zod';
import { mutation } from '../ipc/define';
import { clientSchema, idSchema, invoiceSchema, settingsSchema } from '../ledger/schema';
import { localDateSchema } from '../ledger/primitives';
import { dunningChannelSchema, dunningPauseSchema, dunningPolicySchema, lateChargesSettlementSchema, levelIdSchema } from './schema';

export const dunningMethods = {
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
   * The dates the law reads. `formalNoticeDate`: a mise en demeure made outside the app (absent: unchanged).
   * `noticeReceipt`: the receipt (or first presentation) of the mise en demeure recorded in the app; the invoice's
   * formalNoticeDate then follows it. One or the other.
   */
  'invoices.setLegalDates': mutation(
    z
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

export const dunningEvents = {
  /** The scheduled check found reminders due today. */
  'reminders.due': z.object({ count: z.number().int(), invoiceIds: z.array(z.string()), message: z.string() }),
};
