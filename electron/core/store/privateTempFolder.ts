import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * A folder of the core's own under `parent` (the system's temporary folder), made at first use with a random name
 * (mkdtemp: private to the user), for the files it hands to the desktop; removed with what it holds at closing.
 */
export class PrivateTempFolder {
  private folder: Promise<string> | null = null;

  constructor(
    private readonly parent: string,
    private readonly prefix: string,
  ) {}

  path(): Promise<string> {
    this.folder ??= (async () => {
      await mkdir(this.parent, { recursive: true });
      return mkdtemp(path.join(this.parent, this.prefix));
    })().catch((error: unknown) => {
      this.folder = null;
      throw error;
    });
    return this.folder;
  }

  async remove(): Promise<void> {
    const folder = this.folder;
    this.folder = null;
    if (folder) await rm(await folder, { recursive: true, force: true }).catch(() => undefined);
  }
}
