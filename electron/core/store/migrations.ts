import { SCHEMA_VERSION } from '../../../shared/ledger/schema';
import { frenchTypography } from '../../../shared/kernel/frenchTypography';

/**
 * Schema migrations, run on load before validation. Each migration takes the raw document of
 * version `from` and returns the raw document of version `from + 1`; the runner chains them.
 * A document without `schemaVersion` is version 0 (a legacy or hand-made file).
 */

export interface Migration {
  from: number;
  to: number;
  migrate(raw: unknown): unknown;
}

/** The document cannot be understood at all (not an object, bad version field, …). */
export class InvalidDocumentError extends Error {
  override name = 'InvalidDocumentError';
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 0 for a document without schemaVersion. Throws InvalidDocumentError when it cannot be a Relance file. */
export function schemaVersionOf(raw: unknown): number {
  if (!isObject(raw)) throw new InvalidDocumentError('Le fichier ne contient pas un objet JSON.');
  if (!('schemaVersion' in raw) || raw.schemaVersion === undefined) return 0;
  const v = raw.schemaVersion;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw new InvalidDocumentError('Le numéro de version du fichier est invalide.');
  }
  return v;
}

/**
 * 0 → 1: legacy or hand-made file holding `clients` and/or `invoices` arrays. Adds the version,
 * an empty identity, missing arrays, and the per-invoice defaults (payments, currency). Field
 * defaults the zod schemas declare are filled in by validation afterwards.
 */
function migrate0to1(raw: unknown): unknown {
  if (!isObject(raw)) throw new InvalidDocumentError('Le fichier ne contient pas un objet JSON.');
  const hasClients = Array.isArray(raw.clients);
  const hasInvoices = Array.isArray(raw.invoices);
  if (!hasClients && !hasInvoices) {
    throw new InvalidDocumentError('Ce fichier ne contient ni clients ni factures\u00a0: ce n’est pas un fichier de Relance.');
  }
  if ((raw.clients !== undefined && !hasClients) || (raw.invoices !== undefined && !hasInvoices)) {
    throw new InvalidDocumentError('Les clients et les factures doivent être des listes.');
  }
  const invoices = ((raw.invoices as unknown[] | undefined) ?? []).map((inv) =>
    isObject(inv) ? { ...inv, payments: inv.payments ?? [], currency: inv.currency ?? 'EUR' } : inv,
  );
  return {
    ...raw,
    schemaVersion: 1,
    identity: isObject(raw.identity) ? raw.identity : {},
    clients: raw.clients ?? [],
    invoices,
  };
}

/**
 * 1 → 2: the dunning arrives. Adds `settings` (the default policy and user-entered rates);
 * invoices gain reminders, pause, cancelled, formalNoticeDate and completionDate, and clients a
 * per-client policy, all filled with their defaults by validation (nothing is sent, nothing paused).
 */
function migrate1to2(raw: unknown): unknown {
  if (!isObject(raw)) throw new InvalidDocumentError('Le fichier ne contient pas un objet JSON.');
  return { ...raw, schemaVersion: 2, settings: isObject(raw.settings) ? raw.settings : {} };
}

/**
 * 2 → 3: records that fail validation are no longer refused with the whole file: they are kept in
 * `quarantine`, as found, with their reason. The same version brings credit notes (`creditNotes`),
 * the receipt of a registered letter, withdrawn reminders, waived or received late charges and
 * `numberedInApp`, all filled with their defaults by validation. An older Relance would drop them
 * without a word, hence the new version (older versions open a v3 file read-only).
 */
function migrate2to3(raw: unknown): unknown {
  if (!isObject(raw)) throw new InvalidDocumentError('Le fichier ne contient pas un objet JSON.');
  return { ...raw, schemaVersion: 3, quarantine: Array.isArray(raw.quarantine) ? raw.quarantine : [] };
}

export const migrations: readonly Migration[] = [
  { from: 0, to: 1, migrate: migrate0to1 },
  { from: 1, to: 2, migrate: migrate1to2 },
  { from: 2, to: 3, migrate: migrate2to3 },
];

export interface MigrationResult {
  raw: unknown;
  fromVersion: number;
  toVersion: number;
  /** Number of migrations applied (0 when the document was already current). */
  applied: number;
}

/**
 * Brings `raw` from its version up to `target`. The caller must check for a version newer than
 * `target` first (schemaVersionOf): such a document is refused here.
 */
export function runMigrations(raw: unknown, target: number = SCHEMA_VERSION, list: readonly Migration[] = migrations): MigrationResult {
  const fromVersion = schemaVersionOf(raw);
  if (fromVersion > target) {
    throw new InvalidDocumentError(frenchTypography(`Version ${fromVersion} plus récente que ${target} : migration impossible.`));
  }
  let current = raw;
  let version = fromVersion;
  let applied = 0;
  while (version < target) {
    const step = list.find((m) => m.from === version);
    if (!step || step.to !== version + 1) throw new Error(`No migration from schema version ${version}`);
    current = step.migrate(current);
    const reached = schemaVersionOf(current);
    if (reached !== step.to) throw new Error(`Migration ${step.from} → ${step.to} produced version ${reached}`);
    version = step.to;
    applied++;
  }
  return { raw: current, fromVersion, toVersion: version, applied };
}
