import path from 'node:path';

export const DATA_FILE_NAME = 'relance.json';

/**
 * Where the database lives: `<folder>/relance.json`, the folder being RELANCE_DATA_DIR when set
 * (tests, portable use) or the platform's app data folder given by the caller.
 */
export function resolveDataFile(env: NodeJS.ProcessEnv, defaultFolder: string): string {
  const override = env.RELANCE_DATA_DIR?.trim();
  return path.join(path.resolve(override ? override : defaultFolder), DATA_FILE_NAME);
}
