import { z } from 'zod';
import { emptyInput, mutation, query } from '../ipc/define';
import { archivedFileSchema, checkPhoneCall, phoneCallFields } from '../dunning/schema';
import { invoiceSchema } from '../ledger/schema';
import { idSchema, localDateSchema } from '../ledger/primitives';
import { letterRequestSchema } from '../documents/contract';
import { smtpSettingsDraftSchema, smtpStatusSchema, smtpTestResultSchema } from './smtp';

/**
 * A reminder by e-mail, prepared for the user's own mail client (offline): the same request as its letter, the
 * letter's PDF attached unless the user leaves it out (then a mailto: link is offered too).
 */
export const emailRequestSchema = z
  .object({
    request: letterRequestSchema,
    /** The letter's PDF as an attachment (default). Without it the message can also go through a mailto: link. */
    attachLetter: z.boolean().default(true),
  })
  .strict();
export type EmailRequestInput = z.output<typeof emailRequestSchema>;

export const emailAttachmentSchema = z.object({
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string(),
  /** What it is: the reminder's letter, or the copy of an invoice (its attached PDF). */
  role: z.enum(['letter', 'invoice']),
});
export type EmailAttachment = z.infer<typeof emailAttachmentSchema>;

export const emailPreviewSchema = z.object({
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  attachments: z.array(emailAttachmentSchema),
  /** The .eml file as it is opened and archived (the same bytes). */
  eml: z.instanceof(Uint8Array),
  fileName: z.string(),
  /** The SHA-256 of the .eml: « Marquer comme envoyé » is refused if the message would differ from what was previewed. */
  sha256: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  /** A mailto: link with the subject and the text, when nothing is attached (null otherwise, or when too long for one). */
  mailto: z.string().nullable(),
  variantId: z.string(),
  paymentDeadline: localDateSchema,
});
export type EmailPreview = z.infer<typeof emailPreviewSchema>;

/** A reminder by SMS or by phone: the same request as its letter (tone, invoices, date, deadline). */
const shortReminderRequestSchema = z.object({ request: letterRequestSchema }).strict();

/** Where the client's phone number stands: a number to dial, or why there is none (French). */
const phoneSchema = z.object({ number: z.string(), dialable: z.string().nullable(), problem: z.string().nullable() });

export const smsPreviewSchema = z.object({
  /** The text Relance proposes; the user may edit it before copying or sending. */
  text: z.string(),
  phone: phoneSchema,
  /** To a private person outside weekdays 10–13 h and 14–20 h (Europe/Paris, the app's clock): a gentle warning, or null. */
  hoursWarning: z.string().nullable(),
  paymentDeadline: localDateSchema,
});
export type SmsPreview = z.infer<typeof smsPreviewSchema>;

/** The SMS as sent: at most 10 parts of UCS-2 (670 characters) is already a lot; 1 600 is a hard bound. */
const smsTextSchema = z
  .string({ message: 'Texte du SMS invalide.' })
  .trim()
  .min(1, 'Le texte du SMS est vide.')
  .max(1600, 'Texte du SMS\u00a0: 1\u00a0600 caractères au plus.');

export const callSheetResultSchema = z.object({
  sheet: z.object({
    title: z.string(),
    blocks: z.array(z.object({ heading: z.string(), lines: z.array(z.string()) })),
    figures: z.array(z.tuple([z.string(), z.string()])),
  }),
  phone: phoneSchema,
  hoursWarning: z.string().nullable(),
  /** A private client called 4 times or more in the last 30 days: a warning before calling again, or null. */
  attemptsWarning: z.string().nullable(),
  /** The app's clock on this computer: the call log's default date and time. */
  now: z.object({ on: localDateSchema, time: z.string() }),
  paymentDeadline: localDateSchema,
});
export type CallSheetResult = z.infer<typeof callSheetResultSchema>;

export const callLogInputSchema = z
  .object({
    request: letterRequestSchema,
    call: z.object(phoneCallFields).strict().superRefine(checkPhoneCall),
  })
  .strict();
export type CallLogInput = z.output<typeof callLogInputSchema>;

export const archivedEmailSchema = z.object({
  intact: z.boolean(),
  /** French, when the file is missing or changed since it was archived. */
  problem: z.string().nullable(),
  message: z
    .object({
      from: z.string(),
      to: z.string(),
      subject: z.string(),
      /** The Date header, ISO. */
      date: z.string().nullable(),
      text: z.string(),
      attachments: z.array(z.object({ fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int().nonnegative(), sha256: z.string() })),
    })
    .nullable(),
  /** The archived .eml itself (to save it), when it could be read. */
  eml: z.instanceof(Uint8Array).nullable(),
  fileName: z.string(),
});
export type ArchivedEmail = z.infer<typeof archivedEmailSchema>;

export const channelsMethods = {
  /** The reminder's e-mail as it will be opened and archived: subject, text, HTML, attachments and the .eml bytes. */
  'emails.preview': query(emailRequestSchema, emailPreviewSchema),
  /**
   * « Ouvrir dans ma messagerie » in the app: the core writes the .eml (X-Unsent: 1, a draft) into its private
   * temporary folder and hands that file to the system's mail client. Not available in the loopback mode.
   */
  'emails.open': query(emailRequestSchema, z.object({ file: z.string() })),
  /** « Marquer comme envoyé » by e-mail: archives the .eml by hash and records the reminder on each invoice (all or none). */
  'emails.markSent': mutation(
    z
      .object({ email: emailRequestSchema, sentOn: localDateSchema, previewSha256: z.string().regex(/^[0-9a-f]{64}$/, 'Référence de l’aperçu invalide.') })
      .strict(),
    z.object({ document: archivedFileSchema, invoices: z.array(invoiceSchema) }),
  ),
  /**
   * « Envoyer maintenant »: the same message as the preview (refused if it would differ), without « X-Unsent », dated
   * the moment it leaves, sent by SMTP; then those very bytes are archived by hash and the reminder is recorded on
   * each invoice as sent to the client's address. A failure of the server (unknown host, refused connection, TLS,
   * identification, recipient refused) is a French message and nothing is recorded nor archived.
   */
  'emails.send': mutation(
    z.object({ email: emailRequestSchema, previewSha256: z.string().regex(/^[0-9a-f]{64}$/, 'Référence de l’aperçu invalide.') }).strict(),
    z.object({ document: archivedFileSchema, invoices: z.array(invoiceSchema), to: z.string() }),
  ),
  /** Paramètres › Envoi des e-mails: the SMTP settings (never the password), where the password is kept, whether it can send. */
  'smtp.status': query(emptyInput, smtpStatusSchema),
  /** Saves the SMTP settings; a new password is encrypted by the system's secret store, or kept in memory for the session. */
  'smtp.save': mutation(smtpSettingsDraftSchema, smtpStatusSchema),
  /** Removes the SMTP settings and the password (stored or in memory). */
  'smtp.forget': mutation(emptyInput, smtpStatusSchema),
  /** « Envoyer un e-mail de test » to the From address, with the saved settings; records nothing. */
  'smtp.sendTest': query(emptyInput, smtpTestResultSchema),
  /** An e-mail as it was archived when marked sent, checked against its hash, and read back (headers, text, attachments). */
  'emails.archived': query(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Référence de document archivé invalide.') }).strict(), archivedEmailSchema),
  /** The reminder's SMS: its text for the tone, the client's number, and the hours warning for a private client. */
  'sms.preview': query(shortReminderRequestSchema, smsPreviewSchema),
  /** « Marquer comme envoyé » by SMS: records the reminder on the SMS channel on each invoice, with the text as sent. */
  'sms.markSent': mutation(z.object({ request: letterRequestSchema, text: smsTextSchema, sentOn: localDateSchema }).strict(), z.array(invoiceSchema)),
  /** The call sheet of the tone (what to say, the figures, the deadline), the number to call, the hours warning. */
  'calls.sheet': query(shortReminderRequestSchema, callSheetResultSchema),
  /**
   * A call written down in the call log of each invoice of the request: a promise pauses the dunning until the
   * promised day, a dispute pauses it; the call counts as the step's reminder when the client was reached or a
   * message was left (shared/channels/callLog.ts says why). All the invoices or none.
   */
  'calls.log': mutation(callLogInputSchema, z.array(invoiceSchema)),
  /**
   * Proof is append-only: a call logged by mistake gets a cancelling entry that says why (it stays in the history); the
   * reminder it counted as is withdrawn with it. The pause it brought stays until the user resumes the reminders.
   */
  'calls.cancel': mutation(
    z.object({ invoiceId: idSchema, callId: idSchema, note: z.string({ message: 'Motif invalide.' }).trim().max(500, 'Motif\u00a0: 500 caractères au plus.') }).strict(),
    invoiceSchema,
  ),
};
