import path from 'node:path';
import type { Notice } from '../../../shared/ipc/contract';
import { emptyDatabase, SCHEMA_VERSION, databaseSchema, type Database } from '../../../shared/ledger/schema';
import { systemClock, type Clock } from '../app/clock';
import { Backups, DEFAULT_BACKUPS_MAX_BYTES, DEFAULT_BACKUPS_TO_KEEP } from './backups';
import { acquireDataLock, type DataLock } from './dataLock';
import { decodeFileText } from './decodeFileText';
import { cleanTempFiles, DurableJsonFile, sha256, writeFileDurably } from './durableJsonFile';
import { interpretText, type Interpretation } from './interpret';
import { JsonStore } from './jsonStore';
import { schemaFingerprint } from './schemaFingerprint';
import { describeQuarantine, recoveryNotice, missingFileNotice } from './openingNotices';
import { keepAside } from './keepAside';
import { errorCode, realFs, type StoreFs } from './storeFs';
import {
  brokenLinkMessage,
  encodingMessage,
  folderReadOnlyMessage,
  folderUnavailableMessage,
  LOCKED_REFUSAL,
  lockedMessage,
  lockLostMessage,
  megabytes,
  NEWER_READ_ONLY_REFUSAL,
  newerVersionMessage,
  unreadableFileMessage,
  writeFailedRefusal,
} from './storeMessages';
import type { Store } from './store';

export { interpretText } from './interpret';
export { describeFsError, formatDateTimeFr } from './storeMessages';

export interface OpenStoreOptions {
  /** Path of the JSON file (see resolveDataFile). */
  file: string;
  clock?: Clock;
  /** How many rolling backups to keep (default 10). */
  backupsToKeep?: number;
  /** Total size the backups may take (default 300 MB); the newest is always kept. */
  backupsMaxBytes?: number;
  /** The file system (tests inject failures). */
  fs?: StoreFs;
}

/** Bigger than any real ledger (10,000 invoices take 7 MB), and safely below what V8 can hold in one string. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

const READ_ONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT']);

/** Proves the folder takes a durable write (a read-only folder or disk is found at start, not at the first save). */
async function probeWritable(folder: string, fs: StoreFs): Promise<void> {
  const probe = path.join(folder, `.relance-write-test-${process.pid}`);
  await writeFileDurably(probe, 'ok\n', fs);
  await fs.unlink(probe).catch(() => undefined);
}

/** The real file behind the data path (a symbolic link is followed, so writes go to its target). */
async function resolveTarget(file: string, fs: StoreFs): Promise<{ target: string } | { broken: true }> {
  try {
    const st = await fs.lstat(file);
    if (!st.isSymbolicLink()) return { target: file };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { target: file };
    throw error;
  }
  try {
    return { target: await fs.realpath(file) };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { broken: true };
    throw error;
  }
}

/** The hash of the file as this Relance last wrote it, if the note was written by a build with the same schema. */
async function readHashNote(noteFile: string, fs: StoreFs): Promise<string | null> {
  try {
    const note = JSON.parse(await fs.readFile(noteFile, 'utf8')) as { sha256?: unknown; schema?: unknown };
    return typeof note.sha256 === 'string' && note.schema === schemaFingerprint() ? note.sha256 : null;
  } catch {
    return null;
  }
}

/**
 * Opens (or creates) the database file. Never loses data: one writer per folder (a lock), a
 * damaged or missing file is recovered from the newest good backup without a moment where no valid
 * file exists, bad records are set aside rather than refusing the whole file, and the original
 * bytes of anything not loaded as is are kept beside the file. Whatever happens, the user is told
 * in French; when writing is not safe the store opens read-only.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const file = path.resolve(options.file);
  const clock = options.clock ?? systemClock;
  const fs = options.fs ?? realFs;
  const folder = path.dirname(file);
  const baseName = path.basename(file, path.extname(file));
  const backups = new Backups(path.join(folder, 'backups'), baseName, {
    keep: options.backupsToKeep ?? DEFAULT_BACKUPS_TO_KEEP,
    maxBytes: options.backupsMaxBytes ?? DEFAULT_BACKUPS_MAX_BYTES,
    clock,
    fs,
  });
  const hashNoteFile = path.join(folder, `.${path.basename(file)}.sha256`);
  const notices: Notice[] = [];
  let refusal: string | null = null;
  let lock: DataLock | null = null;
  let store: JsonStore | null = null;

  const unavailable = (message: string): Store =>
    new JsonStore({ adapter: new DurableJsonFile<Database>(file, { fs }), backups, file, data: emptyDatabase(), notices: [...notices, { level: 'error', message }], readOnlyRefusal: message, lock, openBackup: null });

  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (error) {
    return unavailable(folderUnavailableMessage(folder, error));
  }

  try {
    const result = await acquireDataLock(file, () => {
      const message = lockLostMessage(folder);
      store?.refuseWrites(message, { level: 'error', message });
    });
    if (result.kind === 'held') {
      refusal = LOCKED_REFUSAL;
      notices.push({ level: 'warning', message: lockedMessage(folder, result.owner) });
    } else {
      lock = result.lock;
    }
  } catch (error) {
    refusal = folderReadOnlyMessage(folder, error);
  }
  if (!refusal) {
    try {
      await probeWritable(folder, fs);
    } catch (error) {
      if (!READ_ONLY_CODES.has(errorCode(error) ?? '')) throw error;
      refusal = folderReadOnlyMessage(folder, error);
    }
  }
  if (refusal && !notices.length) notices.push({ level: 'warning', message: refusal });
  if (!refusal) {
    await cleanTempFiles(folder, fs).catch(() => undefined);
    await cleanTempFiles(backups.folder, fs).catch(() => undefined);
  }

  let target: string;
  try {
    const resolved = await resolveTarget(file, fs);
    if ('broken' in resolved) return unavailable(brokenLinkMessage(file));
    target = resolved.target;
  } catch (error) {
    return unavailable(unreadableFileMessage(file, error));
  }
  // Compact JSON: half the bytes and a faster serialisation than indented JSON, on every save.
  const adapter = new DurableJsonFile<Database>(target, { fs, hashNoteFile, hashNoteExtra: { schema: schemaFingerprint() }, indent: 0 });

  let bytes: Uint8Array | null = null;
  let tooBig = 0;
  try {
    const size = (await fs.stat(target)).size;
    if (size > MAX_FILE_BYTES) tooBig = size;
    else bytes = await fs.readFile(target);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return unavailable(unreadableFileMessage(file, error));
  }

  await adapter.acknowledgeOnDisk().catch(() => undefined);
  const now = clock.now();
  let data: Database;
  let openBackup: Uint8Array | null = null;
  let mustWrite = false;

  if (bytes === null && !tooBig) {
    // No file. A first run only if nothing of an earlier life is here.
    const restored = await restoreNewestGoodBackup(backups, now);
    const leftovers = await keptAsideFiles(folder, baseName, fs);
    if (restored) {
      data = restored.data;
      notices.push(missingFileNotice(file, restored.takenAt, leftovers));
    } else {
      data = emptyDatabase();
      if (leftovers.length > 0 || (await backups.list()).length > 0) notices.push(missingFileNotice(file, null, leftovers));
    }
    mustWrite = true;
  } else {
    let found: Interpretation;
    let decodedText = '';
    if (tooBig) {
      found = { kind: 'invalid', reason: `il est beaucoup trop volumineux (${megabytes(tooBig)}) pour être un fichier de Relance` };
    } else {
      const decoded = decodeFileText(bytes!);
      decodedText = decoded.text;
      if (decoded.invalidBytes > 0) {
        const aside = refusal ? null : await keepAside(file, target, 'encodage', now, bytes!, fs).catch(() => null);
        notices.push({ level: 'warning', message: encodingMessage(aside, decoded.invalidBytes) });
      }
      const trusted = decoded.invalidBytes === 0 && (await readHashNote(hashNoteFile, fs)) === sha256(bytes!);
      found = interpretText(decodedText, { trusted, now: now.toISOString() });
    }

    if (found.kind === 'ok') {
      data = found.data;
      adapter.lastText = decodedText;
      if (found.setAside.length > 0) {
        // Keep the whole file as it was, then load what is valid; the rest stays in the quarantine.
        const aside = refusal ? null : await keepAside(file, target, 'original', now, bytes!, fs).catch(() => null);
        notices.push({ level: 'warning', message: describeQuarantine(found.setAside, aside) });
        mustWrite = true;
      } else {
        openBackup = bytes;
      }
      if (found.repairs.length > 0) {
        notices.push({ level: 'warning', message: `Des identifiants en double ont été réparés\u00a0: ${found.repairs.join(' ')}` });
        mustWrite = true;
      }
      if (found.fromVersion < SCHEMA_VERSION) mustWrite = true;
    } else if (found.kind === 'newer') {
      refusal = NEWER_READ_ONLY_REFUSAL;
      data = bestEffortView(found.raw);
      notices.push({ level: 'warning', message: newerVersionMessage(found.version, SCHEMA_VERSION, file) });
    } else {
      // Damaged: its bytes are kept aside first; the file is then replaced in one rename by the
      // restored version, so that at every moment a relance.json exists (damaged or restored).
      let aside: string | null = null;
      if (!refusal) {
        try {
          aside = await keepAside(file, target, 'damaged', now, bytes, fs);
        } catch (error) {
          refusal = folderReadOnlyMessage(folder, error);
        }
      }
      const restored = await restoreNewestGoodBackup(backups, now);
      data = restored?.data ?? emptyDatabase();
      notices.push(recoveryNotice(found.reason, aside, restored?.takenAt ?? null, file));
      mustWrite = true;
    }
  }

  if (mustWrite && !refusal) {
    try {
      await adapter.write(data);
    } catch (error) {
      refusal = writeFailedRefusal(file, error);
      notices.push({ level: 'error', message: `${refusal} Relance s’ouvre en lecture seule pour ne rien perdre.` });
    }
  }

  store = new JsonStore({ adapter, backups, file, data, notices, readOnlyRefusal: refusal, lock, openBackup });
  return store;
}

/** What can be shown of a newer file: its data if it still fits today's schema, else nothing. */
function bestEffortView(raw: unknown): Database {
  const parsed = databaseSchema.safeParse({ ...(raw as object), schemaVersion: SCHEMA_VERSION });
  return parsed.success ? parsed.data : emptyDatabase();
}

async function restoreNewestGoodBackup(backups: Backups, now: Date): Promise<{ data: Database; takenAt: Date } | null> {
  let list;
  try {
    list = await backups.list();
  } catch {
    return null;
  }
  for (const backup of list) {
    let bytes: Uint8Array;
    try {
      bytes = await backups.read(backup.name);
    } catch {
      continue;
    }
    const found = interpretText(decodeFileText(bytes).text, { now: now.toISOString() });
    if (found.kind === 'ok' && found.setAside.length === 0) return { data: found.data, takenAt: backup.takenAt };
  }
  return null;
}

async function keptAsideFiles(folder: string, baseName: string, fs: StoreFs): Promise<string[]> {
  try {
    return (await fs.readdir(folder)).filter((n) => n.startsWith(`${baseName}.`) && /\.(?:damaged|original|encodage)-/.test(n)).map((n) => path.join(folder, n));
  } catch {
    return [];
  }
}
