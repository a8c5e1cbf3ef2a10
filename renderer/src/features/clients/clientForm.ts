import { clientDraftSchema, emptyAddress, identityDraftSchema, type Client, type ClientDraft, type Identity, type PostalAddress } from '../../../../shared/ledger/schema';
import type { FieldErrors } from '../../ui/fieldErrors';
import { issuesToFields } from '../../ui/zodFields';

export interface ClientFormValues {
  kind: 'business' | 'private';
  name: string;
  contactName: string;
  address: PostalAddress;
  email: string;
  phone: string;
  siret: string;
  notes: string;
}

export function newClientForm(): ClientFormValues {
  return { kind: 'business', name: '', contactName: '', address: { ...emptyAddress }, email: '', phone: '', siret: '', notes: '' };
}

export function clientToForm(c: Client): ClientFormValues {
  return {
    kind: c.kind,
    name: c.name,
    contactName: c.contactName,
    address: { ...c.address },
    email: c.email,
    phone: c.phone,
    siret: c.siret,
    notes: c.notes,
  };
}

export type ClientFormResult = { ok: true; draft: ClientDraft } | { ok: false; errors: FieldErrors };

/** Validates with the shared schema: the same French messages as the core. */
export function validateClientForm(values: ClientFormValues, id?: string): ClientFormResult {
  const draft: ClientDraft = { ...(id ? { id } : {}), ...values, address: { ...values.address } };
  const parsed = clientDraftSchema.safeParse(draft);
  if (!parsed.success) return { ok: false, errors: issuesToFields(parsed.error.issues) };
  return { ok: true, draft };
}

export type IdentityResult = { ok: true; identity: Identity } | { ok: false; errors: FieldErrors };

/** The checks of the core (a French postcode and phone among them); the identity to send, its IBAN and BIC normalised. */
export function validateIdentity(values: Identity): IdentityResult {
  const parsed = identityDraftSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: issuesToFields(parsed.error.issues) };
  return { ok: true, identity: parsed.data };
}
