import '../kernel/zodFrench';
import { z } from 'zod';
import { isLocalDate } from '../kernel/localDate';
import { dunningClientFields, dunningInvoiceFields, dunningSettingsFields } from '../dunning/schema';
import { extraRatesSchema } from '../law/rates';
import { defaultSchedulerState, schedulerStateSchema } from '../scheduler/schema';
import { letterTemplateSettingsSchema } from '../documents/storedTemplates';
import { documentsClientFields } from '../documents/statementSchema';
import { invoiceAttachmentFields } from '../attachments/schema';
import { defaultSmtpSettings, smtpSettingsSchema } from '../channels/smtp';
import { centsSchema, idSchema, instantSchema, localDateSchema, positiveCentsSchema, rateBpSchema } from './primitives';
import {
  isForeignInternationalPhone,
  isFrenchCountry,
  isFrenchInternationalPhone,
  isFrenchPostalCode,
  isValidBic,
  isValidFrenchPhone,
  isValidEmail,
  isValidIban,
  isValidPaymentLink,
  isValidPhone,
  isValidSiret,
  isValidVatNumber,
  MAX_EMAIL_LENGTH,
  MAX_PAYMENT_LINK_LENGTH,
  MAX_PHONE_LENGTH,
  normalizeBic,
  normalizeIban,
} from './identifiers';
import { frenchTypography } from '../kernel/frenchTypography';

/**
 * Zod schemas of the stored data. Messages are French: they are shown to the user as they are.
 * Money is integer cents, calendar dates 'YYYY-MM-DD', instants ISO 8601.
 */

export const SCHEMA_VERSION = 3;

export { centsSchema, idSchema, instantSchema, localDateSchema, positiveCentsSchema, rateBpSchema } from './primitives';

/** A line of a postal address: NF Z10-011 allows at most 38 characters. */
const addressLine = (label: string) =>
  z.string().trim().max(38, frenchTypography(`${label} : 38 caractères au plus (norme postale NF Z10-011).`));

export const postalAddressSchema = z.object({
  /** Line 2: apartment, floor, "chez …". */
  complement: addressLine('Complément d’adresse').default(''),
  /** Line 4: number and street. */
  street: addressLine('Numéro et voie').default(''),
  /** Line 5: lieu-dit, BP, special delivery mention. */
  locality: addressLine('Lieu-dit ou boîte postale').default(''),
  postalCode: z.string().trim().max(10, 'Code postal\u00a0: 10 caractères au plus.').default(''),
  city: z.string().trim().max(32, 'Ville\u00a0: 32 caractères au plus.').default(''),
  /** Empty for France. */
  country: addressLine('Pays').default(''),
});
export type PostalAddress = z.infer<typeof postalAddressSchema>;

export const emptyAddress: PostalAddress = { complement: '', street: '', locality: '', postalCode: '', city: '', country: '' };

const optionalText = (max: number, label: string) => z.string().trim().max(max, frenchTypography(`${label} : ${max} caractères au plus.`)).default('');

// Length first, and aborting: the pattern check never sees an over-long input (see identifiers.ts).
const emailSchema = z
  .string()
  .trim()
  .max(MAX_EMAIL_LENGTH, { message: `Adresse e-mail trop longue\u00a0: ${MAX_EMAIL_LENGTH} caractères au plus.`, abort: true })
  .refine((v) => v === '' || isValidEmail(v), 'Adresse e-mail invalide (exemple\u00a0: nom@domaine.fr).')
  .default('');

const phoneSchema = z
  .string()
  .trim()
  .max(MAX_PHONE_LENGTH, { message: `Numéro de téléphone trop long\u00a0: ${MAX_PHONE_LENGTH} caractères au plus.`, abort: true })
  .refine((v) => v === '' || isValidPhone(v), 'Numéro de téléphone invalide (exemple\u00a0: 06 12 34 56 78).')
  .default('');

/** The legal form the letters state: an entrepreneur individuel writes "EI" beside the name (art. L526-22 du Code de commerce). */
export const legalFormSchema = z.enum(['ei', 'societe'], { message: 'Choisissez «\u00a0Entrepreneur individuel (EI)\u00a0» ou «\u00a0Société\u00a0».' });
export type LegalForm = z.infer<typeof legalFormSchema>;

export const LEGAL_FORM_LABELS: Readonly<Record<LegalForm, string>> = {
  ei: 'Entrepreneur individuel (EI)',
  societe: 'Société',
};

export const identitySchema = z.object({
  /** Company name, or the freelancer's own name. */
  name: optionalText(100, 'Nom ou raison sociale'),
  address: postalAddressSchema.default(emptyAddress),
  siret: z
    .string()
    .trim()
    .refine((v) => v === '' || isValidSiret(v), 'SIRET invalide\u00a0: 14 chiffres dont le dernier est une clé de contrôle.')
    .default(''),
  vatNumber: z
    .string()
    .trim()
    .refine((v) => v === '' || isValidVatNumber(v), 'Numéro de TVA intracommunautaire invalide (exemple\u00a0: FR40303265045).')
    .default(''),
  email: emailSchema,
  phone: phoneSchema,
  iban: z
    .string()
    .trim()
    .refine((v) => v === '' || isValidIban(v), 'IBAN invalide\u00a0: vérifiez les chiffres (la clé de contrôle ne correspond pas).')
    .default(''),
  bic: z
    .string()
    .trim()
    .refine((v) => v === '' || isValidBic(v), 'BIC invalide\u00a0: 8 ou 11 caractères (exemple\u00a0: BNPAFRPPXXX).')
    .default(''),
  paymentLink: z
    .string()
    .trim()
    .max(MAX_PAYMENT_LINK_LENGTH, { message: `Lien de paiement trop long\u00a0: ${MAX_PAYMENT_LINK_LENGTH} caractères au plus.`, abort: true })
    .refine((v) => v === '' || isValidPaymentLink(v), 'Le lien de paiement doit commencer par https://.')
    .default(''),
  legalForm: legalFormSchema.default('ei'),
  /** City of the RCS registration ("RCS Lyon"); empty: not registered. */
  rcsCity: optionalText(40, 'Ville d’immatriculation au RCS'),
  /** Who signs the letters; empty: the identity's name. */
  signatory: optionalText(100, 'Signataire'),
});
export type Identity = z.infer<typeof identitySchema>;

export const clientKindSchema = z.enum(['business', 'private'], { message: 'Choisissez «\u00a0professionnel\u00a0» ou «\u00a0particulier\u00a0».' });
export type ClientKind = z.infer<typeof clientKindSchema>;

export const clientSchema = z.object({
  id: idSchema,
  kind: clientKindSchema,
  /** Company name for a business, full name for a private person. */
  name: z.string().trim().min(1, 'Le nom du client est obligatoire.').max(100, 'Nom du client\u00a0: 100 caractères au plus.'),
  contactName: optionalText(38, 'Nom du contact'),
  address: postalAddressSchema.default(emptyAddress),
  email: emailSchema,
  phone: phoneSchema,
  siret: z
    .string()
    .trim()
    .refine((v) => v === '' || isValidSiret(v), 'SIRET invalide\u00a0: 14 chiffres dont le dernier est une clé de contrôle.')
    .default(''),
  notes: optionalText(2000, 'Notes'),
  ...dunningClientFields,
  ...documentsClientFields,
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Client = z.infer<typeof clientSchema>;

export const paymentSchema = z.object({
  id: idSchema,
  date: localDateSchema,
  amountCents: positiveCentsSchema,
  note: optionalText(200, 'Note'),
  recordedAt: instantSchema,
});
export type Payment = z.infer<typeof paymentSchema>;

const invoiceFields = {
  id: idSchema,
  number: z.string().trim().min(1, 'Le numéro de facture est obligatoire.').max(40, 'Numéro de facture\u00a0: 40 caractères au plus.'),
  clientId: idSchema,
  issueDate: localDateSchema,
  dueDate: localDateSchema,
  amountTtcCents: positiveCentsSchema,
  amountHtCents: centsSchema.nullable().default(null),
  currency: z.literal('EUR', { message: 'Seul l’euro est géré.' }).default('EUR'),
  contractualLateRateBp: rateBpSchema.nullable().default(null),
  payments: z.array(paymentSchema).default([]),
  notes: optionalText(2000, 'Notes'),
  /** What was supplied ("Développement du site vitrine"): the letters name it beside the invoice number. */
  description: optionalText(500, 'Objet de la facture'),
  /** Completion of the work or service: prescription runs from it (the invoice date when null). */
  completionDate: localDateSchema.nullable().default(null),
  createdAt: instantSchema,
  updatedAt: instantSchema,
};

/** Set by the dunning (reminders sent, pause, mise en demeure), never by the invoice form. */
const invoiceDunningFields = {
  ...dunningInvoiceFields,
  /** Date of the mise en demeure: interest against a private client runs only from the day after it. */
  formalNoticeDate: localDateSchema.nullable().default(null),
};

/** Set by the core when the invoice is created, never by the form or an import. */
const invoiceOriginFields = {
  /** Created with the app's invoice form: its number belongs to the user's own series (the next suggestion follows it). */
  numberedInApp: z.boolean().default(false),
};

function checkInvoiceConsistency(
  inv: { issueDate: string; dueDate: string; amountTtcCents: number; amountHtCents: number | null; completionDate?: string | null },
  ctx: z.RefinementCtx,
): void {
  if (inv.completionDate && isLocalDate(inv.completionDate) && isLocalDate(inv.issueDate) && inv.completionDate > inv.issueDate) {
    ctx.addIssue({ code: 'custom', path: ['completionDate'], message: 'La date d’achèvement ne peut pas suivre la date de la facture.' });
  }
  if (isLocalDate(inv.issueDate) && isLocalDate(inv.dueDate) && inv.dueDate < inv.issueDate) {
    ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'L’échéance ne peut pas précéder la date de la facture.' });
  }
  if (inv.amountHtCents !== null && inv.amountHtCents > inv.amountTtcCents) {
    ctx.addIssue({ code: 'custom', path: ['amountHtCents'], message: 'Le montant HT ne peut pas dépasser le montant TTC.' });
  }
}

export const invoiceSchema = z.object({ ...invoiceFields, ...invoiceDunningFields, ...invoiceOriginFields, ...invoiceAttachmentFields }).superRefine(checkInvoiceConsistency);
export type Invoice = z.infer<typeof invoiceSchema>;

export const settingsSchema = z.object({
  ...dunningSettingsFields,
  /** Published rates the user typed for half-years the built-in tables do not have yet. */
  extraRates: extraRatesSchema.default({}),
  /** The letter templates the user rewrote (per tone; for all clients and per client). */
  letterTemplates: letterTemplateSettingsSchema.default(() => ({ all: {}, perClient: {} })),
  /** Sending by SMTP (Paramètres › Envoi des e-mails); its password only encrypted, never in clear. Changed by smtp.save only. */
  smtp: smtpSettingsSchema.default(defaultSmtpSettings),
});
export type Settings = z.infer<typeof settingsSchema>;

/**
 * A record of the file that did not validate when it was opened (a typo made by hand, a field from
 * another tool): kept here exactly as found, with the reason, so that nothing is ever dropped.
 */
export const quarantinedRecordSchema = z.object({
  section: z.enum(['identity', 'settings', 'clients', 'invoices', 'creditNotes', 'scheduler', 'fields']),
  /** What it is, in French: "Facture F-2026-001", "Identité : IBAN", … */
  label: z.string(),
  /** Why it was set aside, in French. */
  reason: z.string(),
  /** The JSON value as found in the file. */
  value: z.unknown(),
  foundAt: instantSchema,
});
export type QuarantinedRecord = z.infer<typeof quarantinedRecordSchema>;

/**
 * A credit note (avoir) issued to a client: it lowers what the client owes overall, without being
 * imputed on one invoice. The amount is the credit's size, in positive cents.
 */
export const creditNoteSchema = z.object({
  id: idSchema,
  number: z.string().trim().min(1, 'Le numéro de l’avoir est obligatoire.').max(40, 'Numéro d’avoir\u00a0: 40 caractères au plus.'),
  clientId: idSchema,
  issueDate: localDateSchema,
  amountTtcCents: positiveCentsSchema,
  notes: optionalText(2000, 'Notes'),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type CreditNote = z.infer<typeof creditNoteSchema>;

export const databaseSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  identity: identitySchema,
  settings: settingsSchema,
  clients: z.array(clientSchema),
  invoices: z.array(invoiceSchema),
  creditNotes: z.array(creditNoteSchema).default([]),
  quarantine: z.array(quarantinedRecordSchema).default([]),
  /** The scheduled checks' settings and what they announced. */
  scheduler: schedulerStateSchema.default(defaultSchedulerState),
});
export type Database = z.infer<typeof databaseSchema>;

export function emptyDatabase(): Database {
  return {
    schemaVersion: SCHEMA_VERSION,
    identity: identitySchema.parse({}),
    settings: settingsSchema.parse({}),
    clients: [],
    invoices: [],
    creditNotes: [],
    quarantine: [],
    scheduler: defaultSchedulerState(),
  };
}

const FRENCH_POSTCODE_MESSAGE = 'Code postal\u00a0: 5 chiffres pour la France (exemple\u00a0: 69001).';
const FRENCH_PHONE_MESSAGE = 'Téléphone\u00a0: 10 chiffres pour la France (exemple\u00a0: 06 12 34 56 78), ou +33 suivi de 9 chiffres.';

/**
 * What a French address and a French phone number must look like, checked when the user saves (a form, an import),
 * never on the stored records: a file written before these checks still loads. A foreign address (a country other
 * than France) and a number in another country's international format (+32…) keep the looser checks.
 */
function checkFrenchContact(v: { address: { postalCode: string; country: string }; phone: string }, ctx: z.RefinementCtx): void {
  const inFrance = isFrenchCountry(v.address.country);
  if (inFrance && v.address.postalCode !== '' && !isFrenchPostalCode(v.address.postalCode)) {
    ctx.addIssue({ code: 'custom', path: ['address', 'postalCode'], message: FRENCH_POSTCODE_MESSAGE });
  }
  const phone = v.phone;
  const french = isFrenchInternationalPhone(phone) || (inFrance && !isForeignInternationalPhone(phone));
  if (phone !== '' && isValidPhone(phone) && french && !isValidFrenchPhone(phone)) {
    ctx.addIssue({ code: 'custom', path: ['phone'], message: FRENCH_PHONE_MESSAGE });
  }
}

/**
 * What the user types in Paramètres: the stored identity with the checks of a French address and phone, and the IBAN
 * and BIC normalised (no spaces, upper case) as they are stored; the screens and letters print them with formatIban.
 */
export const identityDraftSchema = identitySchema
  .extend({ iban: identitySchema.shape.iban.transform(normalizeIban), bic: identitySchema.shape.bic.transform(normalizeBic) })
  .superRefine(checkFrenchContact);

/** What the user types to create or edit a client (ids and timestamps are set by the core). */
export const clientDraftSchema = clientSchema
  .omit({ createdAt: true, updatedAt: true, dunningPolicy: true, statements: true })
  .extend({ id: idSchema.optional() })
  .superRefine(checkFrenchContact);
export type ClientDraft = z.input<typeof clientDraftSchema>;

export const invoiceDraftSchema = z
  .object(invoiceFields)
  .omit({ createdAt: true, updatedAt: true, payments: true })
  .extend({ id: idSchema.optional() })
  .superRefine(checkInvoiceConsistency);
export type InvoiceDraft = z.input<typeof invoiceDraftSchema>;

export const paymentDraftSchema = z.object({
  invoiceId: idSchema,
  date: localDateSchema,
  amountCents: positiveCentsSchema,
  note: optionalText(200, 'Note'),
});
