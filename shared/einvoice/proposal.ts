import { z } from 'zod';

/**
 * What Relance proposes from an invoice file the user dropped: every field the file gave, each marked as read from
 * its structured data or its text ('found') or inferred from loose wording ('guessed'), for the user to confirm in the
 * invoice form. Money is integer cents, dates 'YYYY-MM-DD'.
 */

export const MAX_EINVOICE_BYTES = 20 * 1024 * 1024;

export const fieldStatusSchema = z.enum(['found', 'guessed']);
export type FieldStatus = z.infer<typeof fieldStatusSchema>;

const field = <T extends z.ZodType>(value: T) => z.object({ value, status: fieldStatusSchema }).nullable();

const textField = field(z.string());
const centsField = field(z.number().int());
const dateField = field(z.string().regex(/^\d{4}-\d{2}-\d{2}$/));

export type Field<T> = { value: T; status: FieldStatus } | null;

export const proposedAddressSchema = z.object({
  lines: z.array(z.string()),
  postalCode: z.string(),
  city: z.string(),
  /** ISO 3166 alpha-2 code as the file gives it ('FR', 'DE'), '' when absent. */
  country: z.string(),
});
export type ProposedAddress = z.infer<typeof proposedAddressSchema>;

export const proposedPartySchema = z.object({
  name: textField,
  address: field(proposedAddressSchema),
  /** 14 digits. */
  siret: textField,
  /** 9 digits (the SIRET's first nine when only the SIRET is given). */
  siren: textField,
  vatNumber: textField,
});
export type ProposedParty = z.infer<typeof proposedPartySchema>;

export const documentKindSchema = z.enum(['invoice', 'creditNote']);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const proposalSourceSchema = z.enum(['cii', 'zugferd1', 'ubl', 'text']);

export const invoiceProposalSchema = z.object({
  source: proposalSourceSchema,
  /** The profile the XML declares (its guideline URN), '' when none. */
  profile: z.string(),
  kind: documentKindSchema,
  number: textField,
  issueDate: dateField,
  dueDate: dateField,
  description: textField,
  /** Grand total, tax included; a credit note's is its size, positive however the file signs it. */
  totalCents: centsField,
  /** What is still payable (DuePayableAmount): below the total when part was prepaid. */
  dueCents: centsField,
  currency: textField,
  seller: proposedPartySchema,
  buyer: proposedPartySchema,
});
export type InvoiceProposal = z.infer<typeof invoiceProposalSchema>;

export const emptyParty: ProposedParty = { name: null, address: null, siret: null, siren: null, vatNumber: null };

export function found<T>(value: T | null | undefined): Field<T> {
  return value === null || value === undefined || value === '' ? null : { value, status: 'found' };
}

export function guessed<T>(value: T | null | undefined): Field<T> {
  return value === null || value === undefined || value === '' ? null : { value, status: 'guessed' };
}

/** A failure to read, in French, as the user sees it. */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; message: string };
