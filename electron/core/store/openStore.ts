import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import type { Notice } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { databaseSchema, emptyDatabase, SCHEMA_VERSION, type Database } from '../../../shared/ledger/schema';
import { systemClock, type Clock } from '../clock';
import { Backups, DEFAULT_BACKUPS_TO_KEEP } from './backups';
import { cleanTempFiles, DurableJsonFile, stripBom } from './durableJsonFile';
import { InvalidDocumentError, runMigrations, schemaVersionOf } from './migrations';
import type { Store } from './store';

export interface OpenStoreOptions {
  /** Path of the JSON file (see resolveDataFile). */
  file: string;
  clock?: Clock;
  /** How many rolling backups to keep (default 10). */
  backupsToKeep?: number;
}

/** What a file's content turned out to be. */
type Interpretation =
  | { kind: 'ok'; data: Database; fromVersion: number }
  | { kind: 'newer'; version: number; raw: unknown }
  | { kind: 'invalid'; reason: string };

const READ_ONLY_MESSAGE =
  'Les données sont en lecture seule : elles ont été enregistrées par une version plus récente de Relance. ' +
  'Installez la dernière version de Relance pour pouvoir les modifier.';

/** Parse → migrate → validate. Never throws for bad content. */
export function interpretText(text: string): Interpretation {
  let raw: unknown;
  try {
    raw = JSON.parse(stripBom(text));
  } catch {
    return { kind: 'invalid', reason: 'son contenu n’est pas du JSON lisible (fichier tronqué ou modifié à la main ?)' };
  }
  return interpretRaw(raw);
}

export function interpretRaw(raw: unknown): Interpretation {
  try {
    const version = schemaVersionOf(raw);
    if (version > SCHEMA_VERSION) return { kind: 'newer', version, raw };
    const migrated = runMigrations(raw);
    const parsed = databaseSchema.safeParse(migrated.raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')} : ` : '';
      return { kind: 'invalid', reason: `des données sont invalides (${where}${issue?.message ?? 'format inattendu'})` };
    }
    return { kind: 'ok', data: parsed.data, fromVersion: migrated.fromVersion };
  } catch (error) {
    if (error instanceof InvalidDocumentError) {
      const m = error.message.replace(/\.$/, '');
      return { kind: 'invalid', reason: m.charAt(0).toLowerCase() + m.slice(1) };
    }
    throw error;
  }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** '23/11/2026 à 09:30', in the machine's local time. */
export function formatDateTimeFr(date: Date): string {
  return `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${date.getFullYear()} à ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

/** The OS reason of a failed write, in French, with the system code for support. */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException | undefined;
  const code = e?.code;
  const known: Record<string, string> = {
    ENOSPC: 'le disque est plein',
    EDQUOT: 'le quota de disque est atteint',
    EACCES: 'l’accès au dossier de données est refusé',
    EPERM: 'l’opération n’est pas autorisée sur le dossier de données',
    EROFS: 'le disque est en lecture seule',
    ENOENT: 'le dossier de données est introuvable',
    ENOTDIR: 'le dossier de données est introuvable (un fichier porte son nom)',
    EISDIR: 'un dossier porte le nom du fichier de données',
    EBUSY: 'le fichier est utilisé par un autre programme',
    EMFILE: 'trop de fichiers sont ouverts',
    EIO: 'erreur de lecture ou d’écriture sur le disque',
  };
  const french = (code && known[code]) ?? 'erreur du système de fichiers';
  const detail = code ? `${code}${e?.message ? ` – ${e.message}` : ''}` : e instanceof Error ? e.message : String(error);
  return `${french} (${detail})`;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

async function pathExists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** Moves a damaged file aside, intact, to `<name>.damaged-<timestamp>.json`; returns its new path. */
async function moveAside(file: string, now: Date): Promise<string> {
  const dir = path.dirname(file);
  const base = path.basename(file, path.extname(file));
  let target = path.join(dir, `${base}.damaged-${stamp(now)}.json`);
  for (let i = 1; await pathExists(target); i++) target = path.join(dir, `${base}.damaged-${stamp(now)}-${i}.json`);
  await fs.rename(file, target);
  return target;
}

class JsonStore implements Store {
  private committed: Database;
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly low: Low<Database>,
    private readonly adapter: DurableJsonFile<Database>,
    private readonly backups: Backups,
    readonly file: string,
    readonly notices: readonly Notice[],
    readonly readOnly: boolean,
  ) {
    this.committed = low.data;
  }

  get data(): Database {
    return this.committed;
  }

  get backupsFolder(): string {
    return this.backups.folder;
  }

  update(mutate: (current: Database) => Database): Promise<Database> {
    if (this.readOnly) return Promise.reject(new AppError('STORE_READ_ONLY', READ_ONLY_MESSAGE));
    if (this.closed) return Promise.reject(new AppError('INTERNAL', 'Les données ont été fermées : relancez Relance.'));
    const run = this.tail.then(() => this.apply(mutate));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async apply(mutate: (current: Database) => Database): Promise<Database> {
    const current = this.committed;
    const next = mutate(current); // a throw rejects the update as is; nothing is written
    if (next === current) return current;
    // Full validation costs ~100 ms on 10,000 invoices (see bench/): services validate their inputs,
    // the store only refuses a result that is not a database at all.
    if (
      typeof next !== 'object' ||
      next === null ||
      next.schemaVersion !== SCHEMA_VERSION ||
      !Array.isArray(next.clients) ||
      !Array.isArray(next.invoices)
    ) {
      throw new AppError('INTERNAL', 'Erreur interne : les données à enregistrer sont incomplètes. Rien n’a été enregistré.');
    }
    // Before the previous version is replaced, keep it as a backup (at most once an hour).
    const previous = this.adapter.lastText;
    if (previous !== null && this.backups.isDue()) {
      await this.backups.take(previous).catch(() => undefined); // a failed backup must not block saving
    }
    this.low.data = next;
    try {
      await this.low.write();
    } catch (error) {
      this.low.data = current;
      throw new AppError(
        'STORE_WRITE_FAILED',
        `Vos dernières modifications n’ont pas pu être enregistrées : ${describeFsError(error)}. ` +
          `Les données précédentes sont intactes. Fichier : ${this.file}`,
      );
    }
    this.committed = next;
    return next;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.tail;
    await this.adapter.flush();
  }
}

/**
 * Opens (or creates) the database file. A damaged file is never overwritten: it is moved aside and
 * the newest good backup is restored; a file from a newer Relance is opened read-only.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const file = path.resolve(options.file);
  const clock = options.clock ?? systemClock;
  const folder = path.dirname(file);
  const baseName = path.basename(file, path.extname(file));
  const backups = new Backups(path.join(folder, 'backups'), baseName, options.backupsToKeep ?? DEFAULT_BACKUPS_TO_KEEP, clock);
  const adapter = new DurableJsonFile<Database>(file);
  const notices: Notice[] = [];

  await fs.mkdir(folder, { recursive: true });
  await cleanTempFiles(folder);
  await cleanTempFiles(backups.folder);
  await backups.init();

  let text: string | null;
  try {
    text = await adapter.readText();
  } catch (error) {
    throw new AppError('INTERNAL', `Impossible de lire le fichier de données : ${describeFsError(error)}. Fichier : ${file}`);
  }

  let data: Database;
  let readOnly = false;

  if (text === null) {
    data = emptyDatabase();
    await writeAtOpen(adapter, data);
  } else {
    const found = interpretText(text);
    if (found.kind === 'ok') {
      data = found.data;
      adapter.lastText = text;
      // The file parsed and validated: it is a known-good version.
      await backups.take(text).catch(() => notices.push(backupFailedNotice()));
      if (found.fromVersion < SCHEMA_VERSION) await writeAtOpen(adapter, data);
    } else if (found.kind === 'newer') {
      readOnly = true;
      data = bestEffortView(found.raw);
      notices.push({
        level: 'warning',
        message:
          `Ce fichier de données a été créé par une version plus récente de Relance (format ${found.version}, ` +
          `alors que cette version lit le format ${SCHEMA_VERSION}). Pour ne pas l’abîmer, Relance l’ouvre en lecture seule : ` +
          `aucune modification ne sera enregistrée. Installez la dernière version de Relance pour continuer. Fichier : ${file}`,
      });
    } else {
      let damagedPath: string;
      try {
        damagedPath = await moveAside(file, clock.now());
      } catch (error) {
        // It cannot be moved aside: leave it where it is and write nothing.
        readOnly = true;
        data = emptyDatabase();
        notices.push({
          level: 'error',
          message:
            `Le fichier de données est endommagé (${found.reason}) et n’a pas pu être mis de côté : ${describeFsError(error)}. ` +
            `Relance l’ouvre en lecture seule, sans données, pour ne rien effacer. Fichier : ${file}`,
        });
        return finish();
      }
      const restored = await restoreNewestGoodBackup(backups);
      const intro =
        `Le fichier de données de Relance n’a pas pu être ouvert : ${found.reason}. ` +
        `Il n’a pas été effacé : il a été mis de côté, tel quel, ici : ${damagedPath}.`;
      if (restored) {
        data = restored.data;
        notices.push({
          level: 'warning',
          message:
            `${intro} La sauvegarde du ${formatDateTimeFr(restored.takenAt)} a été restaurée : ` +
            `vérifiez les modifications faites depuis cette date.`,
        });
      } else {
        data = emptyDatabase();
        notices.push({
          level: 'error',
          message: `${intro} Aucune sauvegarde utilisable n’a été trouvée : Relance démarre avec des données vides.`,
        });
      }
      await writeAtOpen(adapter, data);
    }
  }
  return finish();

  function finish(): Store {
    const low = new Low<Database>(adapter, data);
    return new JsonStore(low, adapter, backups, file, notices, readOnly);
  }
}

async function writeAtOpen(adapter: DurableJsonFile<Database>, data: Database): Promise<void> {
  try {
    await adapter.write(data);
  } catch (error) {
    throw new AppError(
      'STORE_WRITE_FAILED',
      `Relance ne peut pas enregistrer ses données : ${describeFsError(error)}. Fichier : ${adapter.file}`,
    );
  }
}

function backupFailedNotice(): Notice {
  return { level: 'warning', message: 'La sauvegarde automatique de vos données n’a pas pu être faite à l’ouverture.' };
}

/** What can be shown of a newer file: its data if it still fits today's schema, else nothing. */
function bestEffortView(raw: unknown): Database {
  const parsed = databaseSchema.safeParse({ ...(raw as object), schemaVersion: SCHEMA_VERSION });
  return parsed.success ? parsed.data : emptyDatabase();
}

async function restoreNewestGoodBackup(backups: Backups): Promise<{ data: Database; takenAt: Date } | null> {
  for (const backup of await backups.list()) {
    let text: string;
    try {
      text = await fs.readFile(backup.file, 'utf8');
    } catch {
      continue;
    }
    const found = interpretText(text);
    if (found.kind === 'ok') return { data: found.data, takenAt: backup.takenAt };
  }
  return null;
}
