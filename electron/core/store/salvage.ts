import type { z } from 'zod';
import {
  clientSchema,
  creditNoteSchema,
  identitySchema,
  invoiceSchema,
  quarantinedRecordSchema,
  settingsSchema,
  type Database,
  type QuarantinedRecord,
} from '../../../shared/ledger/schema';
import { newId } from '../app/ids';
import { schedulerStateSchema } from '../../../shared/scheduler/schema';

/**
 * When a file does not validate as a whole, keeps every record that does and sets the others aside
 * (in `quarantine`, exactly as found, with a French reason), instead of refusing the whole ledger.
 * Also repairs duplicate ids (the copy gets a new id, nothing is lost) and notes fields that the
 * schema does not know (kept in the quarantine, never dropped without a word).
 */

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface SalvageResult {
  data: Database;
  /** Newly set aside (also appended to data.quarantine). */
  setAside: QuarantinedRecord[];
  /** French sentences about repaired duplicate ids. */
  repairs: string[];
}

/** The French names of the stored fields, for the reasons shown to the user. */
const FIELD_LABELS: Record<string, string> = {
  id: 'identifiant',
  number: 'numéro',
  clientId: 'client',
  issueDate: 'date de facture',
  dueDate: 'échéance',
  amountTtcCents: 'montant TTC',
  amountHtCents: 'montant HT',
  amountCents: 'montant',
  currency: 'devise',
  contractualLateRateBp: 'taux de pénalités contractuel',
  payments: 'paiement',
  reminders: 'relance',
  notes: 'notes',
  note: 'note',
  completionDate: 'date d’achèvement',
  formalNoticeDate: 'date de la mise en demeure',
  createdAt: 'date de création',
  updatedAt: 'date de modification',
  recordedAt: 'date d’enregistrement',
  sentOn: 'date d’envoi',
  date: 'date',
  kind: 'type',
  name: 'nom',
  contactName: 'nom du contact',
  address: 'adresse',
  email: 'e-mail',
  phone: 'téléphone',
  siret: 'SIRET',
  vatNumber: 'numéro de TVA',
  iban: 'IBAN',
  bic: 'BIC',
  paymentLink: 'lien de paiement',
  pause: 'pause',
  cancelled: 'annulation',
  dunningPolicy: 'politique de relance',
  postalCode: 'code postal',
  city: 'ville',
  street: 'numéro et voie',
  creditNotes: 'avoir',
  numberedInApp: 'numérotée dans Relance',
  receivedOn: 'date de réception',
  firstPresentedOn: 'date de première présentation',
  reminderCancellations: 'retrait de relance',
  postalEvents: 'suivi de lettre',
  postalEventCancellations: 'retrait de suivi de lettre',
  returnedOn: 'date de retour',
  returnReason: 'motif du retour',
  scan: 'scan',
  registeredNumber: 'numéro du recommandé',
  lateChargesWaiver: 'renonciation aux pénalités',
  lateChargesSettlement: 'pénalités reçues',
  channel: 'moyen d’envoi',
  levelId: 'étape',
  legalForm: 'forme juridique',
  rcsCity: 'ville du RCS',
  signatory: 'signataire',
  description: 'objet de la facture',
};

/** 'payments.1.date' → 'paiement 2, date'. */
export function describeFieldPath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') parts[parts.length - 1] = `${parts.at(-1) ?? 'élément'} ${key + 1}`;
    else parts.push(FIELD_LABELS[String(key)] ?? String(key));
  }
  return parts.join(', ');
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'format inattendu';
  const message = issue.message.replace(/\.$/, '');
  if (issue.path.length === 0) return message;
  // "Montant invalide" reads "montant invalide" after a colon; "SIRET invalide" stays as it is.
  const lowered = /^\p{Lu}\p{Ll}/u.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message;
  return `${describeFieldPath(issue.path)}\u00a0: ${lowered}`;
}

function text(value: unknown, max = 60): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : '';
}

function invoiceLabel(raw: unknown, index: number): string {
  const number = isObject(raw) ? text(raw.number) : '';
  return number ? `Facture ${number}` : `Facture n°\u00a0${index + 1} de la liste`;
}

function clientLabel(raw: unknown, index: number): string {
  const name = isObject(raw) ? text(raw.name) : '';
  return name ? `Client ${name}` : `Client n°\u00a0${index + 1} de la liste`;
}

const SECTION_LABELS = { identity: 'Identité', settings: 'Paramètres', scheduler: 'Vérifications automatiques' } as const;

/** Parses an object section field by field: a bad field falls back to its default and is set aside. */
function salvageObject<S extends z.ZodType>(schema: S, raw: unknown, section: keyof typeof SECTION_LABELS, foundAt: string, out: QuarantinedRecord[]): z.infer<S> {
  let current: JsonObject = isObject(raw) ? { ...raw } : {};
  if (!isObject(raw) && raw !== undefined) {
    out.push({ section, label: SECTION_LABELS[section], reason: 'ce n’est pas un objet', value: raw, foundAt });
  }
  for (let guard = 0; guard < 100; guard++) {
    const parsed = schema.safeParse(current);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    const field = issue.path[0];
    if (typeof field !== 'string' || !(field in current)) break;
    out.push({ section, label: `${SECTION_LABELS[section]}\u00a0: ${field}`, reason: firstIssue(parsed.error), value: current[field], foundAt });
    const { [field]: _dropped, ...rest } = current;
    current = rest;
  }
  out.push({ section, label: SECTION_LABELS[section], reason: 'illisible', value: raw, foundAt });
  return schema.parse({});
}

type Def = Record<string, unknown> & { type: string };

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);
const unwrapped = new WeakMap<z.ZodType, z.ZodType>();

/** The schema under optional/nullable/default/... wrappers (memoised: the walk meets it 10,000 times). */
function unwrap(schema: z.ZodType): z.ZodType {
  const known = unwrapped.get(schema);
  if (known) return known;
  let inner = schema;
  for (;;) {
    const def = (inner as unknown as { _zod: { def: Def } })._zod.def;
    if (WRAPPERS.has(def.type)) inner = def.innerType as z.ZodType;
    else if (def.type === 'pipe') inner = def.in as z.ZodType;
    else break;
  }
  unwrapped.set(schema, inner);
  return inner;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function pathText(parts: readonly (string | number)[]): string {
  return parts.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

function walk(schema: z.ZodType, raw: unknown, parts: (string | number)[], found: { path: string; value: unknown }[]): void {
  if (typeof raw !== 'object' || raw === null) return; // only objects and arrays can hold unknown keys
  const def = defOf(unwrap(schema));
  if (def.type === 'array') {
    if (!Array.isArray(raw)) return;
    const element = def.element as z.ZodType;
    for (let i = 0; i < raw.length; i++) {
      parts.push(i);
      walk(element, raw[i], parts, found);
      parts.pop();
    }
  } else if (def.type === 'union') {
    const match = (def.options as z.ZodType[]).find((o) => o.safeParse(raw).success);
    if (match) walk(match, raw, parts, found);
  } else if (def.type === 'object' && !Array.isArray(raw)) {
    const shape = def.shape as Record<string, z.ZodType>;
    for (const key in raw) {
      const child = shape[key];
      parts.push(key);
      if (!child) found.push({ path: pathText(parts), value: (raw as JsonObject)[key] });
      else walk(child, (raw as JsonObject)[key], parts, found);
      parts.pop();
    }
  }
}

/** Object keys of `raw` that `schema` does not know, as dotted paths with their values. */
export function unknownFields(schema: z.ZodType, raw: unknown, at: string): { path: string; value: unknown }[] {
  const found: { path: string; value: unknown }[] = [];
  walk(schema, raw, at ? [at] : [], found);
  return found;
}

/** Gives a new id to each record whose id was already seen; says so. */
function dedupeIds<T extends { id: string }>(records: T[], describe: (r: T) => string, repairs: string[]): T[] {
  const seen = new Set<string>();
  return records.map((r) => {
    if (!seen.has(r.id)) {
      seen.add(r.id);
      return r;
    }
    const copy = { ...r, id: newId() };
    seen.add(copy.id);
    repairs.push(`${describe(r)} portait le même identifiant qu’un autre enregistrement\u00a0: les deux sont conservés, la copie a reçu un nouvel identifiant.`);
    return copy;
  });
}

/** Duplicate ids of clients, invoices, payments and reminders, repaired without losing any record. */
export function repairDuplicateIds(db: Database): { data: Database; repairs: string[] } {
  const repairs: string[] = [];
  const clients = dedupeIds(db.clients, (c) => `Le client «\u00a0${c.name}\u00a0»`, repairs);
  const invoices = dedupeIds(db.invoices, (i) => `La facture ${i.number}`, repairs).map((inv) => {
    const payments = dedupeIds(inv.payments, () => `Un paiement de la facture ${inv.number}`, repairs);
    const reminders = dedupeIds(inv.reminders, () => `Une relance de la facture ${inv.number}`, repairs);
    return payments === inv.payments && reminders === inv.reminders ? inv : { ...inv, payments, reminders };
  });
  return repairs.length === 0 ? { data: db, repairs } : { data: { ...db, clients, invoices }, repairs };
}

/**
 * Record by record validation of a document already migrated to the current version. Returns null
 * when its structure is not a ledger at all (then the file is damaged, not salvageable).
 */
export function salvage(raw: unknown, foundAt: string): SalvageResult | null {
  if (!isObject(raw) || !Array.isArray(raw.clients) || !Array.isArray(raw.invoices)) return null;
  const setAside: QuarantinedRecord[] = [];
  const previous = Array.isArray(raw.quarantine) ? raw.quarantine : [];
  const kept: QuarantinedRecord[] = previous.map((q) => {
    const parsed = quarantinedRecordSchema.safeParse(q);
    return parsed.success ? parsed.data : { section: 'fields', label: 'Enregistrement mis de côté', reason: 'illisible', value: q, foundAt };
  });

  const identity = salvageObject(identitySchema, raw.identity, 'identity', foundAt, setAside);
  const settings = salvageObject(settingsSchema, raw.settings, 'settings', foundAt, setAside);
  const scheduler = salvageObject(schedulerStateSchema, raw.scheduler, 'scheduler', foundAt, setAside);

  const clients = raw.clients.flatMap((c, i) => {
    const parsed = clientSchema.safeParse(c);
    if (parsed.success) return [parsed.data];
    setAside.push({ section: 'clients', label: clientLabel(c, i), reason: firstIssue(parsed.error), value: c, foundAt });
    return [];
  });
  const clientIds = new Set(clients.map((c) => c.id));
  const setAsideClientIds = new Set(setAside.filter((q) => q.section === 'clients' && isObject(q.value)).map((q) => (q.value as JsonObject).id));

  const invoices = raw.invoices.flatMap((inv, i) => {
    const parsed = invoiceSchema.safeParse(inv);
    if (!parsed.success) {
      setAside.push({ section: 'invoices', label: invoiceLabel(inv, i), reason: firstIssue(parsed.error), value: inv, foundAt });
      return [];
    }
    // Its client's kind decides the law that applies: without the client it cannot be computed.
    if (!clientIds.has(parsed.data.clientId) && setAsideClientIds.has(parsed.data.clientId)) {
      setAside.push({ section: 'invoices', label: invoiceLabel(inv, i), reason: 'son client a été mis de côté (voir ci-dessus)', value: inv, foundAt });
      return [];
    }
    return [parsed.data];
  });

  const rawCredits = Array.isArray(raw.creditNotes) ? raw.creditNotes : [];
  const creditNotes = rawCredits.flatMap((note, i) => {
    const parsed = creditNoteSchema.safeParse(note);
    if (parsed.success && (clientIds.has(parsed.data.clientId) || !setAsideClientIds.has(parsed.data.clientId))) return [parsed.data];
    const number = isObject(note) ? text(note.number) : '';
    const reason = parsed.success ? 'son client a été mis de côté (voir ci-dessus)' : firstIssue(parsed.error);
    setAside.push({ section: 'creditNotes', label: number ? `Avoir ${number}` : `Avoir n°\u00a0${i + 1} de la liste`, reason, value: note, foundAt });
    return [];
  });

  const base: Database = {
    schemaVersion: raw.schemaVersion as Database['schemaVersion'],
    identity,
    settings,
    clients,
    invoices,
    creditNotes,
    quarantine: [...kept, ...setAside],
    scheduler,
  };
  const { data, repairs } = repairDuplicateIds(base);
  return { data, setAside, repairs };
}

/** Fields of the file that the schema does not know, set aside so that nothing is dropped silently. */
export function setAsideUnknownFields(schema: z.ZodType, raw: unknown, foundAt: string): QuarantinedRecord[] {
  return unknownFields(schema, raw, '')
    .filter((f) => f.path !== 'quarantine' && !f.path.startsWith('quarantine['))
    .map((f) => ({ section: 'fields' as const, label: `Champ inconnu ${f.path}`, reason: 'champ inconnu de cette version de Relance', value: f.value, foundAt }));
}
