import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the Electron binary is, without triggering its download (requiring 'electron' would try
 * to fetch it, which fails on machines that cannot reach GitHub).
 */
export function electronBinaryPath(): string | null {
  const pkgDir = resolve('node_modules/electron');
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist');
  const full = join(dist, relative);
  return existsSync(full) ? full : null;
}

export const ELECTRON_SKIP_REASON =
  'Projet Electron ignoré : le binaire Electron est absent (node_modules/electron/dist) et ne peut pas être téléchargé sur cette machine ; les mêmes parcours tournent dans Chromium via le mode loopback.';
