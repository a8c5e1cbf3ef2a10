import { databaseSchema, SCHEMA_VERSION, type Database, type QuarantinedRecord } from '../../../shared/ledger/schema';
import { stripBom } from './durableJsonFile';
import { InvalidDocumentError, runMigrations, schemaVersionOf } from './migrations';
import { repairDuplicateIds, salvage, setAsideUnknownFields } from './salvage';

/** What a file's content turned out to be. */
export type Interpretation =
  | {
      kind: 'ok';
      data: Database;
      fromVersion: number;
      /** Records and fields set aside at this opening (already in data.quarantine). */
      setAside: QuarantinedRecord[];
      /** French sentences about repaired duplicate ids. */
      repairs: string[];
    }
  | { kind: 'newer'; version: number; raw: unknown }
  | { kind: 'invalid'; reason: string };

export interface InterpretOptions {
  /** The content is byte for byte what this Relance last wrote: parse it, do not validate it again. */
  trusted?: boolean;
  /** When records were found (ISO instant), for the quarantine. */
  now?: string;
}

const UNREADABLE = 'son contenu n’est pas du JSON lisible (fichier tronqué ou modifié à la main\u202f?)';

/** Parse → migrate → validate (record by record when the whole fails). Never throws for bad content. */
export function interpretText(text: string, options: InterpretOptions = {}): Interpretation {
  let raw: unknown;
  try {
    raw = JSON.parse(stripBom(text));
  } catch {
    return { kind: 'invalid', reason: UNREADABLE };
  }
  if (options.trusted && (raw as Database | null)?.schemaVersion === SCHEMA_VERSION) {
    return { kind: 'ok', data: raw as Database, fromVersion: SCHEMA_VERSION, setAside: [], repairs: [] };
  }
  return interpretRaw(raw, options.now ?? new Date().toISOString());
}

export function interpretRaw(raw: unknown, now: string): Interpretation {
  try {
    const version = schemaVersionOf(raw);
    if (version > SCHEMA_VERSION) return { kind: 'newer', version, raw };
    const migrated = runMigrations(raw);
    const parsed = databaseSchema.safeParse(migrated.raw);
    if (parsed.success) {
      const unknown = setAsideUnknownFields(databaseSchema, migrated.raw, now);
      const { data, repairs } = repairDuplicateIds(unknown.length ? { ...parsed.data, quarantine: [...parsed.data.quarantine, ...unknown] } : parsed.data);
      return { kind: 'ok', data, fromVersion: migrated.fromVersion, setAside: unknown, repairs };
    }
    const salvaged = salvage(migrated.raw, now);
    if (!salvaged) return { kind: 'invalid', reason: 'sa structure n’est pas celle d’un fichier de Relance (listes de clients et de factures)' };
    const unknown = setAsideUnknownFields(databaseSchema, migrated.raw, now);
    const data = unknown.length ? { ...salvaged.data, quarantine: [...salvaged.data.quarantine, ...unknown] } : salvaged.data;
    return { kind: 'ok', data, fromVersion: migrated.fromVersion, setAside: [...salvaged.setAside, ...unknown], repairs: salvaged.repairs };
  } catch (error) {
    if (error instanceof InvalidDocumentError) {
      const m = error.message.replace(/\.$/, '');
      return { kind: 'invalid', reason: m.charAt(0).toLowerCase() + m.slice(1) };
    }
    throw error;
  }
}
