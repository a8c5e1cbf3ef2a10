import { invoicesCsv, remindersCsv } from '../../../shared/data/accountantCsv';
import type { Dirent } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { formatSize } from '../../../shared/data/text';
import { formatFrenchDateLong, localDateOf } from '../../../shared/kernel/localDate';
import type { MethodOutput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { Clock } from '../app/clock';
import type { Store } from '../store/store';
import { BLOBS_FOLDER } from '../store/blobStore';

/** What the desktop shell lends the core (electron/main passes it; the loopback mode has none). */
export interface Platform {
  /** Opens a folder in the system's file manager. */
  openFolder(folder: string): Promise<void>;
}

/** A complete copy bigger than this is refused: it would not fit comfortably in memory, nor travel over IPC. */
export const MAX_EXPORT_BYTES = 1024 * 1024 * 1024;

/** Where archived files (letters, attachments, stored by content hash) will live, beside the data file. */

/** Inside the zip: the data file's kept-aside versions (damaged, original before a repair, …). */
const ASIDE_FOLDER = 'mis-de-cote';

const CHUNK_BYTES = 1024 * 1024;
const MAX_DEPTH = 8;

interface Entry {
  /** Path inside the zip, with forward slashes. */
  name: string;
  file: string;
  size: number;
  mtime: Date;
  /** JSON compresses well; archived PDFs do not. */
  deflate: boolean;
}

export interface DataServiceOptions {
  platform?: Platform;
  maxExportBytes?: number;
}

/** Paramètres › Données: backups, restore, a complete copy, the records set aside, the data folder. */
export class DataService {
  private readonly platform: Platform | undefined;
  private readonly maxExportBytes: number;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    options: DataServiceOptions = {},
  ) {
    this.platform = options.platform;
    this.maxExportBytes = options.maxExportBytes ?? MAX_EXPORT_BYTES;
  }

  /** The folder that holds the data file, its backups and archived files. */
  get folder(): string {
    return path.dirname(this.store.file);
  }

  listBackups(): Promise<MethodOutput<'data.listBackups'>> {
    return this.store.listBackups();
  }

  async restoreBackup(name: string): Promise<MethodOutput<'data.restoreBackup'>> {
    const { previousKeptAs } = await this.store.restoreBackup(name);
    return { previousKeptAs };
  }

  quarantine(): MethodOutput<'data.quarantine'> {
    return this.store.data.quarantine;
  }

  async openFolder(): Promise<MethodOutput<'data.openFolder'>> {
    const folder = this.folder;
    if (!this.platform) {
      throw new AppError('UNAVAILABLE', `Ouvrir le dossier n’est possible que dans l’application Relance. Le dossier de vos données est\u00a0: ${folder}`);
    }
    try {
      await this.platform.openFolder(folder);
    } catch {
      throw new AppError('UNAVAILABLE', `Le dossier n’a pas pu être ouvert. Ouvrez-le depuis votre gestionnaire de fichiers\u00a0: ${folder}`);
    }
    return { folder };
  }

  /**
   * A zip of everything Relance keeps: the data file as it is on disk, the backups, the archived
   * files and the kept-aside versions, with a LISEZMOI.txt that says how to restore it by hand.
   */
  /** The spreadsheets for the accountant (shared/data/accountantCsv), named by the day. */
  exportForAccountant(kind: 'invoices' | 'reminders'): MethodOutput<'data.exportForAccountant'> {
    const today = this.clock.today();
    const text = kind === 'invoices' ? invoicesCsv(this.store.data, today) : remindersCsv(this.store.data);
    return { fileName: `${today} ${kind === 'invoices' ? 'Factures' : 'Relances'} pour le comptable.csv`, bytes: new TextEncoder().encode(text) };
  }

  async exportCopy(): Promise<MethodOutput<'data.exportCopy'>> {
    const now = this.clock.now();
    const dataName = path.basename(this.store.file);
    let dataStat;
    try {
      dataStat = await fs.stat(this.store.file);
    } catch {
      throw new AppError('NOT_FOUND', `Le fichier de données est introuvable (${this.store.file})\u00a0: aucune copie n’a été faite.`);
    }
    const entries: Entry[] = [{ name: dataName, file: this.store.file, size: dataStat.size, mtime: dataStat.mtime, deflate: true }];
    const backups = await filesIn(this.store.backupsFolder, 'backups', 0, true);
    const blobs = await filesIn(path.join(this.folder, BLOBS_FOLDER), BLOBS_FOLDER, 0, false);
    const aside = await keptAside(this.folder, path.basename(dataName, path.extname(dataName)));
    entries.push(...backups, ...blobs, ...aside);

    const total = entries.reduce((n, e) => n + e.size, 0);
    if (total > this.maxExportBytes) {
      throw new AppError(
        'TOO_LARGE',
        `La copie complète ferait ${formatSize(total)}, plus que la limite de ${formatSize(this.maxExportBytes)}\u00a0: elle n’a pas été créée. ` +
          `Relance fermé, copiez plutôt le dossier de vos données à la main\u00a0: ${this.folder}`,
      );
    }

    const readme = readmeText({ now, dataName, folder: this.folder, backups: backups.length, blobs: blobs.length, aside: aside.length });
    const bytes = await zipEntries(entries, { name: 'LISEZMOI.txt', bytes: readme, mtime: now });
    return { fileName: `relance-copie-${localDateOf(now)}.zip`, bytes };
  }
}

/** Regular files of a folder (recursively for archived files), symbolic links and temporary files left out. */
async function filesIn(dir: string, prefix: string, depth: number, deflate: boolean): Promise<Entry[]> {
  let dirents: Dirent[];
  try {
    dirents = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: Entry[] = [];
  for (const d of dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const file = path.join(dir, d.name);
    const name = `${prefix}/${d.name}`;
    if (d.isDirectory() && !deflate && depth < MAX_DEPTH) {
      out.push(...(await filesIn(file, name, depth + 1, deflate)));
    } else if (d.isFile() && !d.name.endsWith('.tmp')) {
      try {
        const st = await fs.stat(file);
        out.push({ name, file, size: st.size, mtime: st.mtime, deflate });
      } catch {
        // Removed meanwhile (a backup pruned): nothing to copy.
      }
    }
  }
  return out;
}

/** `relance.damaged-….json`, `relance.original-….json`, `relance.encodage-….json` beside the data file. */
async function keptAside(folder: string, baseName: string): Promise<Entry[]> {
  const all = await filesIn(folder, ASIDE_FOLDER, MAX_DEPTH, true);
  const kinds = ['damaged', 'original', 'encodage'].map((k) => `${baseName}.${k}-`);
  return all.filter((e) => kinds.some((k) => path.basename(e.file).startsWith(k)));
}

/**
 * Streams the files into one zip, a megabyte at a time, giving the event loop back between chunks:
 * the main process keeps answering while tens of megabytes of backups are compressed.
 */
async function zipEntries(entries: Entry[], last: { name: string; bytes: Uint8Array; mtime: Date }): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  const state: { failure: Error | null } = { failure: null };
  const zip = new Zip((error, chunk) => {
    if (error) state.failure = error;
    else chunks.push(chunk);
  });
  const add = async (name: string, bytes: Uint8Array, mtime: Date, deflate: boolean): Promise<void> => {
    const file = deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    file.mtime = zipTime(mtime);
    zip.add(file);
    if (bytes.byteLength === 0) file.push(new Uint8Array(0), true);
    for (let i = 0; i < bytes.byteLength; i += CHUNK_BYTES) {
      file.push(bytes.subarray(i, i + CHUNK_BYTES), i + CHUNK_BYTES >= bytes.byteLength);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  for (const entry of entries) {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(entry.file);
    } catch (error) {
      if (entry.name.startsWith('backups/') || entry.name.startsWith(`${ASIDE_FOLDER}/`)) continue; // pruned meanwhile
      throw new AppError('INTERNAL', `Le fichier ${entry.file} n’a pas pu être lu (${(error as Error).message})\u00a0: aucune copie n’a été faite.`);
    }
    await add(entry.name, bytes, entry.mtime, entry.deflate);
  }
  await add(last.name, last.bytes, last.mtime, true);
  zip.end();
  if (state.failure) throw state.failure;
  const size = chunks.reduce((n, c) => n + c.byteLength, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A zip stores DOS times: 1980 to 2107 (fflate refuses the rest). */
function zipTime(date: Date): Date {
  const t = date.getTime();
  const min = new Date(1980, 0, 2).getTime();
  const max = new Date(2099, 11, 31).getTime();
  return new Date(Number.isNaN(t) ? min : Math.min(max, Math.max(min, t)));
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function readmeText(o: { now: Date; dataName: string; folder: string; backups: number; blobs: number; aside: number }): Uint8Array {
  const nb = '\u00a0';
  const nnb = '\u202f';
  const when = `le ${formatFrenchDateLong(localDateOf(o.now))} à ${pad2(o.now.getHours())}:${pad2(o.now.getMinutes())}`;
  const lines = [
    'Copie complète de vos données Relance',
    `Faite ${when}.`,
    '',
    `Ce qu’elle contient${nb}:`,
    `- ${o.dataName}${nb}: toutes vos données (identité, paramètres, clients, factures, paiements, relances envoyées), telles qu’elles étaient sur le disque${nnb};`,
    `- backups/${nb}: les sauvegardes automatiques de Relance (${o.backups} fichier${o.backups > 1 ? 's' : ''}), chacune une version complète de ${o.dataName}${o.blobs || o.aside ? `${nnb};` : '.'}`,
    ...(o.blobs ? [`- ${BLOBS_FOLDER}/${nb}: les documents archivés (courriers, pièces jointes), rangés par empreinte${o.aside ? `${nnb};` : '.'}`] : []),
    ...(o.aside ? [`- ${ASIDE_FOLDER}/${nb}: les versions de ${o.dataName} que Relance a mises de côté à l’ouverture (fichier endommagé, ou original avant réparation).`] : []),
    '',
    `Pour restaurer cette copie à la main${nb}:`,
    '1. Fermez Relance.',
    `2. Ouvrez le dossier de données de Relance. Sur l’ordinateur où cette copie a été faite${nb}: ${o.folder}`,
    `   Par défaut${nb}: ~/.config/Relance/ (Linux), %APPDATA%\\Relance\\ (Windows), ~/Library/Application Support/Relance/ (macOS).`,
    `3. Par prudence, renommez le fichier ${o.dataName} qui s’y trouve (par exemple en relance.avant-restauration.json).`,
    `4. Copiez-y le fichier ${o.dataName} de cette copie${o.blobs ? ` et le dossier ${BLOBS_FOLDER}/ (vos documents archivés)` : ''}, puis, si vous le souhaitez, le dossier backups/.`,
    '5. Rouvrez Relance.',
    '',
    `Pour revenir à une sauvegarde plus ancienne, copiez l’un des fichiers de backups/ dans le dossier de données sous le nom ${o.dataName}, Relance fermé. ` +
      `Le plus simple reste de le faire depuis Relance${nb}: Paramètres, Données, Restaurer.`,
    '',
  ];
  // A byte-order mark and CRLF, so that every Notepad shows the accents and the lines.
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}`);
}
