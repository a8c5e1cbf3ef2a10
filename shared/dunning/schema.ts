import { z } from 'zod';
import type { LocalDate } from '../kernel/localDate';
import { idSchema, instantSchema, localDateSchema, positiveCentsSchema } from '../ledger/primitives';
import type { Cents } from '../kernel/money';
import { frenchTypography } from '../kernel/frenchTypography';

/**
 * Zod schemas and types of the dunning data (policy, levels, reminders sent, pauses).
 * They are standalone: the migration that adds them to the stored client, invoice and settings
 * composes the `*FieldsSchema` objects below. Messages are French: they are shown as they are.
 */

// ---------------------------------------------------------------------------------------------
// Levels and policy

export const DUNNING_TONES = ['courtesy', 'friendly', 'firm', 'formal', 'litigation'] as const;
export const dunningToneSchema = z.enum(DUNNING_TONES, { message: 'Ton de relance inconnu.' });
export type DunningTone = z.infer<typeof dunningToneSchema>;

/**
 * 'hand': remise en main propre (the letter handed over on the day it was sent: that day is its receipt).
 * 'sms': a text message sent from the user's own phone (Relance prepares it; the text is kept on the reminder).
 */
export const DUNNING_CHANNELS = ['letter', 'registered-letter', 'email', 'sms', 'hand', 'phone'] as const;
export const dunningChannelSchema = z.enum(DUNNING_CHANNELS, { message: 'Moyen d’envoi inconnu.' });
export type DunningChannel = z.infer<typeof dunningChannelSchema>;

/**
 * When a level is due:
 * - 'before-due': dueDate − offsetDays;
 * - 'after-due': dueDate + offsetDays;
 * - 'after-previous': day the previous reminder was actually sent + offsetDays;
 * - 'after-previous-deadline': day the previous reminder was sent + its paymentDeadlineDays + offsetDays.
 */
export const DUNNING_ANCHORS = ['before-due', 'after-due', 'after-previous', 'after-previous-deadline'] as const;
export const dunningAnchorSchema = z.enum(DUNNING_ANCHORS, { message: 'Point de départ du délai inconnu.' });
export type DunningAnchor = z.infer<typeof dunningAnchorSchema>;

export const levelIdSchema = z
  .string({ message: 'Identifiant d’étape invalide.' })
  .min(1, 'Identifiant d’étape obligatoire.')
  .max(40, 'Identifiant d’étape\u00a0: 40 caractères au plus.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Identifiant d’étape invalide (lettres minuscules, chiffres et tirets).');

const daysSchema = (label: string) =>
  z
    .number({ message: frenchTypography(`${label} : nombre de jours invalide.`) })
    .int(frenchTypography(`${label} : un nombre entier de jours.`))
    .min(0, frenchTypography(`${label} : le nombre de jours ne peut pas être négatif.`))
    .max(365, frenchTypography(`${label} : 365 jours au plus.`));

export const dunningLevelSchema = z
  .object({
    id: levelIdSchema,
    label: z.string({ message: 'Nom de l’étape invalide.' }).trim().min(1, 'Le nom de l’étape est obligatoire.').max(60, 'Nom de l’étape\u00a0: 60 caractères au plus.'),
    tone: dunningToneSchema,
    channel: dunningChannelSchema,
    enabled: z.boolean({ message: 'Précisez si l’étape est active.' }),
    anchor: dunningAnchorSchema,
    offsetDays: daysSchema('Délai'),
    paymentDeadlineDays: daysSchema('Délai de paiement accordé').nullable(),
  })
  .superRefine((level, ctx) => {
    if ((level.anchor === 'after-previous' || level.anchor === 'after-previous-deadline') && level.offsetDays < 1) {
      ctx.addIssue({ code: 'custom', path: ['offsetDays'], message: 'Une relance qui suit la précédente part au moins un jour après elle.' });
    }
  });
export type DunningLevel = z.infer<typeof dunningLevelSchema>;

export const dunningPolicySchema = z
  .object({
    levels: z.array(dunningLevelSchema).min(1, 'La procédure de relance comporte au moins une étape.').max(20, 'La procédure de relance comporte au plus 20 étapes.'),
  })
  .superRefine((policy, ctx) => {
    const seen = new Set<string>();
    policy.levels.forEach((level, i) => {
      if (seen.has(level.id)) ctx.addIssue({ code: 'custom', path: ['levels', i, 'id'], message: frenchTypography(`L’étape « ${level.label} » a le même identifiant qu’une autre étape.`) });
      if (level.id === LATE_CHARGES_LEVEL_ID) {
        ctx.addIssue({ code: 'custom', path: ['levels', i, 'id'], message: frenchTypography(`L’identifiant « ${LATE_CHARGES_LEVEL_ID} » est réservé à la réclamation des pénalités d’une facture payée en retard.`) });
      }
      seen.add(level.id);
    });
  });
export type DunningPolicy = z.infer<typeof dunningPolicySchema>;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The policy of the settings until the user edits it. Frozen: copy it (structuredClone) to edit. */
export const DEFAULT_POLICY: DunningPolicy = deepFreeze({
  levels: [
    { id: 'courtesy', label: 'Rappel préventif', tone: 'courtesy', channel: 'email', enabled: false, anchor: 'before-due', offsetDays: 3, paymentDeadlineDays: null },
    { id: 'friendly', label: 'Rappel amiable', tone: 'friendly', channel: 'email', enabled: true, anchor: 'after-due', offsetDays: 7, paymentDeadlineDays: null },
    { id: 'firm', label: 'Relance ferme', tone: 'firm', channel: 'letter', enabled: true, anchor: 'after-previous', offsetDays: 10, paymentDeadlineDays: null },
    { id: 'formal-notice', label: 'Mise en demeure', tone: 'formal', channel: 'registered-letter', enabled: true, anchor: 'after-previous', offsetDays: 15, paymentDeadlineDays: 8 },
    { id: 'litigation', label: 'Contentieux', tone: 'litigation', channel: 'letter', enabled: true, anchor: 'after-previous-deadline', offsetDays: 15, paymentDeadlineDays: null },
  ],
});

/** The id of the built-in step that claims the penalties and the 40 € of an invoice paid late (never in a policy). */
export const LATE_CHARGES_LEVEL_ID = 'late-charges';

/**
 * The step of its own that an invoice paid in full after its due date gets: its principal is paid, its penalties and
 * (between businesses) the 40 € indemnity are not. Proposed once, the day after the payment; recorded like any
 * reminder (kept as proof). Frozen.
 */
export const LATE_CHARGES_LEVEL: DunningLevel = deepFreeze({
  id: LATE_CHARGES_LEVEL_ID,
  label: 'Réclamation des pénalités et de l’indemnité',
  tone: 'firm',
  channel: 'email',
  enabled: true,
  anchor: 'after-due',
  offsetDays: 0,
  paymentDeadlineDays: null,
});

// ---------------------------------------------------------------------------------------------
// Reminders sent (kept on the invoice as proof)

/** A file archived under the data folder by content hash (electron/core/store/blobStore). */
export const archivedFileSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Empreinte SHA-256 invalide.'),
  kind: z.enum(['pdf', 'png', 'jpg', 'eml']),
  sizeBytes: z.number().int().nonnegative(),
});
export type ArchivedFile = z.infer<typeof archivedFileSchema>;

export const reminderRecordSchema = z.object({
  id: idSchema,
  /** The level it was sent for; may name a level since removed from the policy. */
  levelId: levelIdSchema,
  /** The day it was actually sent (posted, e-mailed, called). */
  sentOn: localDateSchema,
  channel: dunningChannelSchema,
  /** When the user recorded it in the app. */
  recordedAt: instantSchema,
  note: z.string().trim().max(500, 'Note\u00a0: 500 caractères au plus.').default(''),
  /**
   * Registered letter: the day La Poste first presented it (avis de passage), when known. A letter the client did
   * not collect (« pli avisé et non réclamé ») is still a valid mise en demeure from that day (legal-facts.md § 10).
   */
  firstPresentedOn: localDateSchema.nullable().default(null),
  /** The day the client received it (avis de réception signé, letter handed over), when known. */
  receivedOn: localDateSchema.nullable().default(null),
  /** The exact letter or message sent, archived by its SHA-256 under the data folder (absent: recorded without one). */
  document: archivedFileSchema.optional(),
  /** The tone and template variant the letter was written with (absent: recorded without a letter from Relance). */
  tone: dunningToneSchema.optional(),
  variantId: z.string().max(60).optional(),
  /** The payment deadline the letter stated. */
  deadline: localDateSchema.optional(),
  /** Registered letter: its number as printed ("1A 123 456 7890 1", "RR123456785FR"). */
  registeredNumber: z.string().max(20).optional(),
  /** Registered letter: the scan of the AR or of the deposit proof, archived by hash. */
  receiptProof: archivedFileSchema.optional(),
  /** The invoice's own PDF whose copy the letter carried (its file is kept while this refers to it). */
  invoiceCopy: archivedFileSchema.optional(),
  /** Registered letter returned to the sender (« pli avisé et non réclamé », « destinataire inconnu »). */
  returnedOn: localDateSchema.optional(),
  /** SMS: the text as the user sent it (short: kept here rather than archived as a file). */
  message: z.string().max(1600).optional(),
  /** SMS: the number it was prepared for (empty when the client's record had none). */
  recipient: z.string().max(30).optional(),
  /** E-mail sent by Relance itself (SMTP), not prepared for the user's mail client: the address it was sent to. */
  sentTo: z.string().max(254).optional(),
  /** Phone: the call (phoneCalls) this reminder stands for. */
  callId: idSchema.optional(),
});
export type ReminderRecord = z.infer<typeof reminderRecordSchema>;

/**
 * Proof is append-only: a reminder recorded by mistake is never edited away nor deleted; a cancellation entry is
 * added beside it. The engine, the overview and the letters ignore a cancelled reminder; the history shows both.
 */
export const reminderCancellationSchema = z.object({
  id: idSchema,
  reminderId: idSchema,
  recordedAt: instantSchema,
  note: z.string().trim().max(500, 'Note\u00a0: 500 caractères au plus.').default(''),
});

/**
 * What happened to a letter after it left (legal-facts.md § 10; arrêté of 7 February 2007), recorded from the
 * deposit proof, the avis de passage and the avis de réception:
 * - 'deposit-proof': the preuve de dépôt (its scan; the day is the posting day it shows);
 * - 'presented': La Poste first presented it (avis de passage);
 * - 'delivered': handed over to the client (the date on the signed AR, or the day a letter was handed over);
 * - 'returned': it came back to the sender: « pli avisé et non réclamé », refused, or the client unknown at the address.
 * Proof is append-only: an event is never edited nor deleted; a mistaken one gets a cancellation that says why.
 * The reminder's firstPresentedOn / receivedOn / returnedOn are the summary of its events that are not cancelled,
 * kept in sync by the core (shared/proofs/postalEvents), and the invoice's formalNoticeDate follows them.
 */
export const POSTAL_EVENT_KINDS = ['deposit-proof', 'presented', 'delivered', 'returned'] as const;
export const postalEventKindSchema = z.enum(POSTAL_EVENT_KINDS, { message: 'Événement de distribution inconnu.' });
export type PostalEventKind = z.infer<typeof postalEventKindSchema>;

export const RETURN_REASONS = ['unclaimed', 'refused', 'unknown-address'] as const;
export const returnReasonSchema = z.enum(RETURN_REASONS, { message: 'Motif de retour inconnu.' });
export type ReturnReason = z.infer<typeof returnReasonSchema>;

export const postalEventSchema = z.object({
  id: idSchema,
  /** The reminder (the letter) it is about. */
  reminderId: idSchema,
  kind: postalEventKindSchema,
  /** The day it happened, as the proof shows it. */
  on: localDateSchema,
  /** 'returned': why. */
  returnReason: returnReasonSchema.optional(),
  /** The scan of the AR or of the deposit proof (PDF, JPEG or PNG), archived by its SHA-256. */
  scan: archivedFileSchema.optional(),
  recordedAt: instantSchema,
  note: z.string().trim().max(500, 'Note\u00a0: 500 caractères au plus.').default(''),
});
export type PostalEvent = z.infer<typeof postalEventSchema>;

/** A postal event recorded by mistake: the event stays, this entry says it no longer counts, and why. */
export const postalEventCancellationSchema = z.object({
  id: idSchema,
  eventId: idSchema,
  recordedAt: instantSchema,
  note: z.string().trim().max(500, 'Note\u00a0: 500 caractères au plus.').default(''),
});

// ---------------------------------------------------------------------------------------------
// Phone calls (the call log): every call is kept, answered or not

/**
 * 'promise': the client promised to pay by a date (a promise pause); 'dispute': the client disputes the invoice (a
 * dispute pause); 'no-answer': nobody answered; 'message-left': a message left on the voicemail or with someone.
 */
export const CALL_OUTCOMES = ['promise', 'dispute', 'message-left', 'no-answer'] as const;
export const callOutcomeSchema = z.enum(CALL_OUTCOMES, { message: 'Issue de l’appel inconnue.' });
export type CallOutcome = z.infer<typeof callOutcomeSchema>;

/** 'HH:MM', 24 h. */
export const callTimeSchema = z.string({ message: 'Heure de l’appel invalide.' }).regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Heure de l’appel invalide (exemple\u00a0: 14:30).');

/** What the user writes down about a call (the IPC input of the call log takes the same fields). */
export const phoneCallFields = {
  /** The day of the call. */
  calledOn: localDateSchema,
  /**
   * The time of the call on the user's clock, as typed: a wall-clock time beside a local date (like the dates of the
   * domain, it means the same whatever the computer's time zone later is).
   */
  time: callTimeSchema,
  /** Who answered (« Mme Dupré, comptabilité »); empty when nobody did. */
  person: z.string({ message: 'Personne jointe invalide.' }).trim().max(120, 'Personne jointe\u00a0: 120 caractères au plus.').default(''),
  outcome: callOutcomeSchema,
  /** 'promise': the day the client promised to pay by. */
  promisedOn: localDateSchema.optional(),
  note: z.string({ message: 'Note invalide.' }).trim().max(500, 'Note\u00a0: 500 caractères au plus.').default(''),
};

/** The checks between the fields of a call (shared by the stored record and the IPC input). */
export function checkPhoneCall(call: { calledOn: string; outcome: CallOutcome; promisedOn?: string | undefined; note: string }, ctx: z.RefinementCtx): void {
  if (call.outcome === 'promise') {
    if (!call.promisedOn) ctx.addIssue({ code: 'custom', path: ['promisedOn'], message: 'Indiquez la date de paiement promise.' });
    else if (call.promisedOn < call.calledOn) ctx.addIssue({ code: 'custom', path: ['promisedOn'], message: 'La date de paiement promise ne peut pas précéder l’appel.' });
  }
  if (call.outcome === 'dispute' && call.note.trim() === '') ctx.addIssue({ code: 'custom', path: ['note'], message: 'Précisez l’objet du litige dans la note.' });
}

export const phoneCallSchema = z
  .object({
    id: idSchema,
    /** The step of the policy the call was made for (its call sheet's tone). */
    levelId: levelIdSchema,
    ...phoneCallFields,
    /** The reminder this call counts as, when it counts as one (see shared/channels/callLog.ts). */
    reminderId: idSchema.optional(),
    recordedAt: instantSchema,
  })
  .superRefine(checkPhoneCall);
export type PhoneCall = z.infer<typeof phoneCallSchema>;

/** A call logged by mistake: the call stays in the log and the history, this entry says it no longer counts, and why. */
export const phoneCallCancellationSchema = z.object({
  id: idSchema,
  callId: idSchema,
  recordedAt: instantSchema,
  note: z.string().trim().max(500, 'Note\u00a0: 500 caractères au plus.').default(''),
});

// ---------------------------------------------------------------------------------------------
// Late charges of an invoice paid late: the user's decision

const decisionNote = z.string().trim().max(500, 'Note\u00a0: 500 caractères au plus.').default('');

/** The user gave up the penalties and the 40 € of an invoice paid late (one click; undone by setting it back to null). */
export const lateChargesWaiverSchema = z.object({ waivedOn: localDateSchema, note: decisionNote });

/** The client paid the penalties and the 40 € of an invoice paid late. */
export const lateChargesSettlementSchema = z.object({ settledOn: localDateSchema, amountCents: positiveCentsSchema, note: decisionNote });
export type LateChargesSettlement = z.infer<typeof lateChargesSettlementSchema>;

// ---------------------------------------------------------------------------------------------
// Pauses

const pauseNote = z.string().trim().max(500, 'Note\u00a0: 500 caractères au plus.').default('');

export const disputePauseSchema = z.object({
  kind: z.literal('dispute'),
  since: localDateSchema,
  note: z.string({ message: 'Précisez l’objet du litige.' }).trim().min(1, 'Précisez l’objet du litige.').max(500, 'Note\u00a0: 500 caractères au plus.'),
});

export const promisePauseSchema = z
  .object({
    kind: z.literal('promise'),
    since: localDateSchema,
    /** The payment date the client promised. */
    until: localDateSchema,
    note: pauseNote,
  })
  .superRefine((p, ctx) => {
    if (p.until < p.since) ctx.addIssue({ code: 'custom', path: ['until'], message: 'La date de paiement promise ne peut pas précéder la date de la promesse.' });
  });

export const instalmentSchema = z.object({ dueDate: localDateSchema, amountCents: positiveCentsSchema });

export const planPauseSchema = z
  .object({
    kind: z.literal('plan'),
    since: localDateSchema,
    instalments: z.array(instalmentSchema).min(1, 'Un plan de paiement comporte au moins une échéance.').max(120, 'Un plan de paiement comporte au plus 120 échéances.'),
    note: pauseNote,
  })
  .superRefine((p, ctx) => {
    p.instalments.forEach((inst, i) => {
      const prev = i === 0 ? null : p.instalments[i - 1]!;
      if (prev && inst.dueDate <= prev.dueDate) {
        ctx.addIssue({ code: 'custom', path: ['instalments', i, 'dueDate'], message: 'Les échéances du plan se suivent dans l’ordre des dates, une par jour au plus.' });
      }
    });
    const first = p.instalments[0];
    if (first && first.dueDate < p.since) {
      ctx.addIssue({ code: 'custom', path: ['instalments', 0, 'dueDate'], message: 'La première échéance ne peut pas précéder le début du plan.' });
    }
  });

export const dunningPauseSchema = z.discriminatedUnion('kind', [disputePauseSchema, promisePauseSchema, planPauseSchema], {
  message: 'Type de suspension inconnu (litige, promesse de paiement ou plan de paiement).',
});
export type DunningPause = z.infer<typeof dunningPauseSchema>;
export type DunningPauseKind = DunningPause['kind'];

// ---------------------------------------------------------------------------------------------
// Fields the migration adds to the stored data

/** Added to the stored client: null = the default policy of the settings. */
export const dunningClientFields = {
  dunningPolicy: dunningPolicySchema.nullable().default(null),
};
/** Added to the stored invoice. */
export const dunningInvoiceFields = {
  reminders: z.array(reminderRecordSchema).default([]),
  /** Cancellations of reminders recorded by mistake (the reminders themselves stay). */
  reminderCancellations: z.array(reminderCancellationSchema).default([]),
  /** What happened to the letters after they left (presentation, AR, return, deposit proof): append-only. */
  postalEvents: z.array(postalEventSchema).default([]),
  /** Cancellations of postal events recorded by mistake (the events themselves stay). */
  postalEventCancellations: z.array(postalEventCancellationSchema).default([]),
  /** The phone calls about this invoice, answered or not (append-only). */
  phoneCalls: z.array(phoneCallSchema).default([]),
  /** Cancellations of calls logged by mistake (the calls themselves stay). */
  phoneCallCancellations: z.array(phoneCallCancellationSchema).default([]),
  pause: dunningPauseSchema.nullable().default(null),
  cancelled: z.boolean().default(false),
  /** Invoice paid late: the user waived its penalties and indemnity. */
  lateChargesWaiver: lateChargesWaiverSchema.nullable().default(null),
  /** Invoice paid late: its penalties and indemnity were received. */
  lateChargesSettlement: lateChargesSettlementSchema.nullable().default(null),
};
/** Added to the stored settings. */
export const dunningSettingsFields = {
  defaultPolicy: dunningPolicySchema.default(() => structuredClone(DEFAULT_POLICY)),
};
export const dunningClientFieldsSchema = z.object(dunningClientFields);
export const dunningInvoiceFieldsSchema = z.object(dunningInvoiceFields);
export const dunningSettingsFieldsSchema = z.object(dunningSettingsFields);

// ---------------------------------------------------------------------------------------------
// What the engine reads

/**
 * The invoice as the engine reads it. A stored invoice extended with `dunningInvoiceFields`
 * is assignable to it (extra fields are ignored).
 */
export interface EngineInvoice {
  id: string;
  clientId: string;
  number: string;
  issueDate: LocalDate;
  dueDate: LocalDate;
  amountTtcCents: Cents;
  payments: readonly { date: LocalDate; amountCents: Cents }[];
  reminders: readonly ReminderRecord[];
  /** Reminders cancelled since (see reminderCancellationSchema): ignored. */
  reminderCancellations?: readonly { reminderId: string }[];
  pause: DunningPause | null;
  cancelled: boolean;
  /**
   * The day the mise en demeure took effect (receipt), typed by the user or kept in sync with the receipt of the
   * registered letter recorded in the app: once known, the steps before the mise en demeure are over.
   */
  formalNoticeDate?: LocalDate | null;
}
