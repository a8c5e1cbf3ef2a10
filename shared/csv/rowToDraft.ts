import { parseFrenchDate } from '../dates/localDate';
import type { ColumnMapping } from '../ipc/importTypes';
import { normalizeSiret } from '../ledger/identifiers';
import { clientDraftSchema, invoiceDraftSchema, type ClientKind } from '../ledger/schema';
import { parseEuroAmount } from '../money/money';
import { fieldLabel, normalizeHeader } from './guessMapping';

export type RowResult<T> = { ok: true; value: T } | { ok: false; reasons: string[] };

/** A validated invoice row; the client is still a name (the import service finds or creates it). */
export interface InvoiceRowDraft {
  number: string;
  issueDate: string;
  dueDate: string;
  amountTtcCents: number;
  amountHtCents: number | null;
  client: {
    name: string;
    /** null when the file does not say (a new client is then a business). */
    kind: ClientKind | null;
    /** '' when unknown; digits only otherwise. */
    siret: string;
  };
}

/** A validated client row: the output of clientDraftSchema without an id. */
export interface ClientRowDraft {
  kind: ClientKind;
  name: string;
  contactName: string;
  address: { complement: string; street: string; locality: string; postalCode: string; city: string; country: string };
  email: string;
  phone: string;
  siret: string;
  notes: string;
}

const PRIVATE_WORDS = ['particulier', 'particuliers', 'b2c', 'personne physique', 'prive', 'individuel', 'consommateur', 'private', 'individual'];
const BUSINESS_WORDS = [
  'professionnel', 'professionnels', 'pro', 'entreprise', 'societe', 'b2b', 'personne morale', 'association', 'administration',
  'collectivite', 'business', 'company',
];

/** "Particulier", "B2C", "personne physique" → private; "Professionnel", "Société", "B2B" → business; '' → null. */
export function parseClientKind(text: string): { ok: true; value: ClientKind | null } | { ok: false; message: string } {
  const s = normalizeHeader(text);
  if (s === '') return { ok: true, value: null };
  if (PRIVATE_WORDS.includes(s)) return { ok: true, value: 'private' };
  if (BUSINESS_WORDS.includes(s)) return { ok: true, value: 'business' };
  return { ok: false, message: `Type de client « ${text.trim()} » inconnu : indiquez « particulier » ou « professionnel ».` };
}

/**
 * The trimmed text of a mapped cell. A value written as a spreadsheet formula to keep its leading
 * zeros (="00123", a common export trick) is unwrapped.
 */
function cell(cells: readonly string[], mapping: ColumnMapping, field: string): string {
  const index = mapping[field];
  if (index === null || index === undefined) return '';
  const text = (cells[index] ?? '').trim();
  const formula = /^="(.*)"$/s.exec(text);
  return formula ? formula[1]!.replace(/""/g, '"').trim() : text;
}

/** Lower-cases the first letter of a sentence, not of an acronym ("SIRET", "HT"). */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** "Montant TTC « 12,345 » : un montant a au plus deux chiffres après la virgule." */
function fieldProblem(label: string, raw: string, message: string): string {
  const quoted = `« ${raw} »`;
  if (message.startsWith(`${quoted} : `)) return `${label} ${quoted} : ${message.slice(quoted.length + 3)}`;
  if (message.includes(quoted)) return `${label} : ${message}`;
  return `${label} ${quoted} : ${lowerFirst(message)}`;
}

function missing(label: string): string {
  return `${label} : valeur manquante (ce champ est obligatoire).`;
}

function zodMessages(issues: readonly { message: string }[]): string[] {
  return [...new Set(issues.map((i) => i.message))];
}

/** Excel drops the leading zero of French postcodes (01000 → 1000) and phone numbers (06… → 6…). */
function restoreLeadingZero(value: string, length: number): string {
  return new RegExp(`^[1-9]\\d{${length - 2}}$`).test(value) ? `0${value}` : value;
}

const PLACEHOLDER_ID = 'import-row';

export function invoiceRowToDraft(cells: readonly string[], mapping: ColumnMapping): RowResult<InvoiceRowDraft> {
  const reasons: string[] = [];
  const label = (f: string) => fieldLabel('invoices', f);

  const number = cell(cells, mapping, 'number');
  if (number === '') reasons.push(missing(label('number')));
  const clientName = cell(cells, mapping, 'clientName').replace(/\s+/g, ' ');
  if (clientName === '') reasons.push(missing(label('clientName')));

  const dates: Record<'issueDate' | 'dueDate', string> = { issueDate: '', dueDate: '' };
  for (const f of ['issueDate', 'dueDate'] as const) {
    const raw = cell(cells, mapping, f);
    if (raw === '') {
      reasons.push(missing(label(f)));
      continue;
    }
    const parsed = parseFrenchDate(raw);
    if (parsed.ok) dates[f] = parsed.value;
    else reasons.push(fieldProblem(label(f), raw, parsed.message));
  }

  let amountTtcCents = 0;
  const ttcRaw = cell(cells, mapping, 'amountTtc');
  if (ttcRaw === '') reasons.push(missing(label('amountTtc')));
  else {
    const parsed = parseEuroAmount(ttcRaw);
    if (parsed.ok) amountTtcCents = parsed.value;
    else reasons.push(fieldProblem(label('amountTtc'), ttcRaw, parsed.message));
  }

  let amountHtCents: number | null = null;
  const htRaw = cell(cells, mapping, 'amountHt');
  if (htRaw !== '') {
    const parsed = parseEuroAmount(htRaw, { allowZero: true });
    if (parsed.ok) amountHtCents = parsed.value;
    else reasons.push(fieldProblem(label('amountHt'), htRaw, parsed.message));
  }

  let kind: ClientKind | null = null;
  const kindRaw = cell(cells, mapping, 'clientKind');
  const parsedKind = parseClientKind(kindRaw);
  if (parsedKind.ok) kind = parsedKind.value;
  else reasons.push(parsedKind.message);

  const siret = normalizeSiret(cell(cells, mapping, 'clientSiret'));

  if (reasons.length > 0) return { ok: false, reasons };

  const invoice = invoiceDraftSchema.safeParse({
    number,
    clientId: PLACEHOLDER_ID,
    issueDate: dates.issueDate,
    dueDate: dates.dueDate,
    amountTtcCents,
    amountHtCents,
  });
  if (!invoice.success) reasons.push(...zodMessages(invoice.error.issues));
  const client = clientDraftSchema.safeParse({ kind: kind ?? 'business', name: clientName, siret });
  if (!client.success) {
    reasons.push(
      ...zodMessages(client.error.issues).map((m) =>
        m.startsWith('SIRET invalide') ? `${label('clientSiret')} « ${siret} » invalide${m.slice('SIRET invalide'.length)}` : m,
      ),
    );
  }
  if (!invoice.success || !client.success) return { ok: false, reasons };

  const v = invoice.data;
  return {
    ok: true,
    value: {
      number: v.number,
      issueDate: v.issueDate,
      dueDate: v.dueDate,
      amountTtcCents: v.amountTtcCents,
      amountHtCents: v.amountHtCents,
      client: { name: client.data.name, kind, siret: client.data.siret },
    },
  };
}

export function clientRowToDraft(cells: readonly string[], mapping: ColumnMapping): RowResult<ClientRowDraft> {
  const reasons: string[] = [];
  const get = (f: string) => cell(cells, mapping, f);

  const name = get('name').replace(/\s+/g, ' ');
  if (name === '') reasons.push(missing(fieldLabel('clients', 'name')));
  const parsedKind = parseClientKind(get('kind'));
  if (!parsedKind.ok) reasons.push(parsedKind.message);
  if (reasons.length > 0) return { ok: false, reasons };

  const country = get('country');
  const inFrance = country === '' || normalizeHeader(country) === 'france';
  const result = clientDraftSchema.safeParse({
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
  });
  if (!result.success) return { ok: false, reasons: zodMessages(result.error.issues) };
  const { id: _id, ...draft } = result.data;
  void _id;
  return { ok: true, value: draft };
}
