import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HIDDEN_START_ARG } from './desktopPresence';

/** The file name in ~/.config/autostart (XDG Autostart): the desktop session starts what it finds there. */
export const AUTOSTART_FILE = 'relance.desktop';

/** A value of the Exec key, quoted as the Desktop Entry specification says (", `, $ and \ escaped). */
function quoteExecArg(arg: string): string {
  return /^[A-Za-z0-9_./:=+-]+$/.test(arg) ? arg : `"${arg.replace(/["`$\\]/g, (c) => `\\${c}`)}"`;
}

/** The .desktop entry that starts Relance at login, in the tray. */
export function autostartEntry(execPath: string, appArgs: readonly string[] = []): string {
  // In the Exec key a literal % must be doubled; a path with spaces is quoted.
  const exec = [execPath, ...appArgs, HIDDEN_START_ARG].map(quoteExecArg).join(' ').replace(/%/g, '%%');
  return ['[Desktop Entry]', 'Type=Application', 'Name=Relance', 'Comment=Relances des factures impayées', `Exec=${exec}`, 'Terminal=false', 'X-GNOME-Autostart-enabled=true', ''].join('\n');
}

/** Writes or removes the autostart entry in `folder` (~/.config/autostart, or $XDG_CONFIG_HOME/autostart). */
export async function syncAutostart(folder: string, enabled: boolean, execPath: string, appArgs: readonly string[] = []): Promise<void> {
  const file = join(folder, AUTOSTART_FILE);
  if (!enabled) return rm(file, { force: true });
  await mkdir(folder, { recursive: true });
  await writeFile(file, autostartEntry(execPath, appArgs), { mode: 0o644 });
}

/** Where XDG Autostart looks, from the environment. */
export function autostartFolder(env: NodeJS.ProcessEnv, home: string): string {
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'autostart');
}
