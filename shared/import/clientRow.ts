import type { ColumnMapping } from './importTypes';
import { normalizeSiret } from '../ledger/identifiers';
import { clientDraftSchema, type ClientKind } from '../ledger/schema';
import { cell, leftEmpty, missing, parseClientKind, restoreLeadingZero, zodMessages, type RowResult } from './cells';
import { fieldLabel } from './guessMapping';
import { normalizeHeader } from './normalize';

/** A checked client row: the output of clientDraftSchema without an id, and what was left out. */
export interface ClientRowDraft {
  kind: ClientKind;
  name: string;
  contactName: string;
  address: { complement: string; street: string; locality: string; postalCode: string; city: string; country: string };
  email: string;
  phone: string;
  siret: string;
  notes: string;
  /** French sentences: the doubtful fields left empty, and why. */
  warnings: string[];
}

type Candidate = {
  kind: ClientKind;
  name: string;
  contactName: string;
  address: Record<string, string>;
  email: string;
  phone: string;
  siret: string;
  notes: string;
};

/** The optional fields a fault empties (with a warning) instead of rejecting the whole client. */
const DROPPABLE: Record<string, string> = {
  contactName: 'contactName',
  email: 'email',
  phone: 'phone',
  siret: 'siret',
  notes: 'notes',
  'address.complement': 'complement',
  'address.street': 'street',
  'address.locality': 'locality',
  'address.postalCode': 'postalCode',
  'address.city': 'city',
  'address.country': 'country',
};

function read(candidate: Candidate, path: string): string {
  if (path.startsWith('address.')) return candidate.address[path.slice('address.'.length)] ?? '';
  return String((candidate as unknown as Record<string, unknown>)[path] ?? '');
}

function clear(candidate: Candidate, path: string): Candidate {
  if (path.startsWith('address.')) return { ...candidate, address: { ...candidate.address, [path.slice('address.'.length)]: '' } };
  return { ...candidate, [path]: '' };
}

export function clientRowToDraft(cells: readonly string[], mapping: ColumnMapping): RowResult<ClientRowDraft> {
  const reasons: string[] = [];
  const get = (f: string) => cell(cells, mapping, f);

  const name = get('name').replace(/\s+/g, ' ');
  if (name === '') reasons.push(missing(fieldLabel('clients', 'name')));
  const parsedKind = parseClientKind(get('kind'));
  if (!parsedKind.ok) reasons.push(parsedKind.message);
  if (reasons.length > 0) return { ok: false, reasons, label: name };

  const country = get('country');
  const inFrance = country === '' || normalizeHeader(country) === 'france';
  let candidate: Candidate = {
    kind: (parsedKind.ok && parsedKind.value) || 'business',
    name,
    contactName: get('contactName'),
    address: {
      complement: get('complement'),
      street: get('street'),
      locality: get('locality'),
      postalCode: inFrance ? restoreLeadingZero(get('postalCode'), 5) : get('postalCode'),
      city: get('city'),
      // The address block of a letter leaves the country out for France.
      country: inFrance ? '' : country,
    },
    email: get('email'),
    phone: restoreLeadingZero(get('phone').replace(/\s+/g, ' '), 10),
    siret: normalizeSiret(get('siret')),
    notes: get('notes'),
  };

  const warnings: string[] = [];
  // Each pass empties the doubtful optional fields zod names; a fault elsewhere (the name) rejects. A French postcode
  // or phone is checked on the whole client, and not while an over-long field aborts the parse: hence a third pass.
  for (let pass = 0; pass < 3; pass++) {
    const result = clientDraftSchema.safeParse(candidate);
    if (result.success) {
      const { id: _id, ...draft } = result.data;
      void _id;
      return { ok: true, value: { ...draft, warnings } };
    }
    const fatal = result.error.issues.filter((i) => DROPPABLE[i.path.join('.')] === undefined);
    if (fatal.length > 0) return { ok: false, reasons: zodMessages(fatal), label: name };
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      if (seen.has(path)) continue;
      seen.add(path);
      warnings.push(leftEmpty(fieldLabel('clients', DROPPABLE[path]!), read(candidate, path), issue.message));
      candidate = clear(candidate, path);
    }
  }
  return { ok: false, reasons: ['Ce client n’a pas pu être lu.'], label: name };
}
