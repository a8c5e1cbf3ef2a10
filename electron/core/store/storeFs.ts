import { promises as nodeFs } from 'node:fs';

/**
 * The file-system calls the store makes, so tests can inject failures (a read-only folder, a full
 * disk, a failing rename) without chmod: CI runs as root, where permissions do not apply.
 */
export type StoreFs = Pick<
  typeof nodeFs,
  'readFile' | 'writeFile' | 'open' | 'rename' | 'copyFile' | 'unlink' | 'readdir' | 'mkdir' | 'stat' | 'lstat' | 'realpath' | 'rm'
>;

export const realFs: StoreFs = nodeFs;

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** An Error carrying a system code, as Node's file-system errors do (for injected failures in tests). */
export function fsError(code: string, message = code): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

export async function pathExists(fs: StoreFs, file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** True when a process with this id runs on this machine (EPERM: it runs, as another user). */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}
