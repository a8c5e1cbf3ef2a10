import path from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import { sha256, writeFileDurably } from './durableJsonFile';
import { describeFsError } from './storeMessages';
import { errorCode, pathExists, realFs, type StoreFs } from './storeFs';

/** The folder beside relance.json that holds the archived files (letters sent, attachments), by content hash. */
export const BLOBS_FOLDER = 'blobs';

export type BlobKind = 'pdf' | 'png' | 'jpg' | 'eml';
const KINDS: ReadonlySet<string> = new Set<BlobKind>(['pdf', 'png', 'jpg', 'eml']);
const HASH = /^[0-9a-f]{64}$/;

export interface StoredBlob {
  sha256: string;
  kind: BlobKind;
  /** Relative to the data folder, with forward slashes: "blobs/3f/3f9a….pdf". */
  file: string;
  sizeBytes: number;
}

export type BlobRead = { intact: true; bytes: Uint8Array } | { intact: false; bytes: Uint8Array | null; reason: string };

/**
 * Files kept as proof, named by their SHA-256: the same bytes are stored once, a stored file is never rewritten, and
 * reading one checks it against its name, so that a changed or damaged archive is shown, never hidden.
 */
export class BlobStore {
  constructor(
    private readonly dataFolder: string,
    private readonly fs: StoreFs = realFs,
  ) {}

  async put(bytes: Uint8Array, kind: BlobKind): Promise<StoredBlob> {
    const hash = sha256(bytes);
    const stored: StoredBlob = { sha256: hash, kind, file: relativeFile(hash, kind), sizeBytes: bytes.byteLength };
    const target = this.absolute(stored.file);
    if (await this.isIntact(target, hash)) return stored;
    try {
      await this.fs.mkdir(path.dirname(target), { recursive: true });
      await writeFileDurably(target, bytes, this.fs);
    } catch (error) {
      throw new AppError(
        'STORE_WRITE_FAILED',
        `Le document n’a pas pu être archivé dans ${path.join(this.dataFolder, BLOBS_FOLDER)}\u00a0: ${describeFsError(error)}. Rien n’a été enregistré.`,
      );
    }
    return stored;
  }

  async read(hash: string, kind: BlobKind): Promise<BlobRead> {
    if (!HASH.test(hash) || !KINDS.has(kind)) throw new AppError('INVALID_INPUT', 'Référence de document archivé invalide.');
    let bytes: Uint8Array;
    try {
      const buffer = await this.fs.readFile(this.absolute(relativeFile(hash, kind)));
      // A plain Uint8Array: a Buffer would travel over the wire as its toJSON form.
      bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch (error) {
      const reason =
        errorCode(error) === 'ENOENT'
          ? 'Le document archivé est introuvable dans le dossier des données (il a été déplacé ou supprimé).'
          : `Le document archivé n’a pas pu être lu\u00a0: ${describeFsError(error)}.`;
      return { intact: false, bytes: null, reason };
    }
    if (sha256(bytes) !== hash) {
      return {
        intact: false,
        bytes,
        reason: 'Le document archivé a été modifié depuis son envoi\u00a0: son empreinte SHA-256 ne correspond plus à celle enregistrée.',
      };
    }
    return { intact: true, bytes };
  }

  /**
   * Deletes a stored file that nothing refers to any more (the caller has checked). Best effort: a file that cannot be
   * deleted only takes room, so the failure is returned, never thrown.
   */
  async remove(hash: string, kind: BlobKind): Promise<{ removed: boolean }> {
    if (!HASH.test(hash) || !KINDS.has(kind)) throw new AppError('INVALID_INPUT', 'Référence de document archivé invalide.');
    try {
      await this.fs.unlink(this.absolute(relativeFile(hash, kind)));
      return { removed: true };
    } catch (error) {
      return { removed: errorCode(error) === 'ENOENT' };
    }
  }

  private async isIntact(file: string, hash: string): Promise<boolean> {
    if (!(await pathExists(this.fs, file))) return false;
    try {
      return sha256(await this.fs.readFile(file)) === hash;
    } catch {
      return false;
    }
  }

  private absolute(relative: string): string {
    return path.join(this.dataFolder, ...relative.split('/'));
  }
}

function relativeFile(hash: string, kind: BlobKind): string {
  return `${BLOBS_FOLDER}/${hash.slice(0, 2)}/${hash}.${kind}`;
}
