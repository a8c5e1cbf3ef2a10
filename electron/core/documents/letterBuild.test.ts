import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

// The renderer as the built app runs it: bundled JavaScript (no tsx), the worker a file of its own beside the main
// bundle, the fonts copied next to them, @react-pdf/renderer external (ESM only) — the layout electron-vite gives
// out/main (electron.vite.config.ts). Bundled here with esbuild into a folder inside the project, so that the
// externals resolve from its node_modules, and run by a separate plain Node process.

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = join(root, '.tmp', `letter-build-${process.pid}`);
const main = join(dir, 'main');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built letter renderer', () => {
  it('finds its worker and fonts beside the bundle and draws a letter with its fonts embedded', async () => {
    mkdirSync(main, { recursive: true });
    const common = { bundle: true, platform: 'node', format: 'esm', packages: 'external', jsx: 'automatic', logLevel: 'silent' } as const;
    await build({ ...common, entryPoints: { index: join(root, 'electron/core/documents/letterRenderer.ts') }, outdir: main });
    await build({ ...common, entryPoints: { letterWorker: join(root, 'electron/core/documents/letterWorker.ts') }, outdir: main });
    cpSync(join(root, 'assets/fonts'), join(main, 'fonts'), { recursive: true });
    const script = join(dir, 'run.mjs');
    writeFileSync(
      script,
      `import { createLetterRenderer } from './main/index.js';
import { friendlyReminder } from ${JSON.stringify(join(root, 'electron/core/documents/testLetters.ts'))};
const renderer = createLetterRenderer();
const pdf = await renderer.render([friendlyReminder()]);
await renderer.close();
process.stdout.write(Buffer.from(pdf).toString('latin1'));`,
    );
    // tsx only for the test letter's TypeScript source; the renderer and its worker run as built JavaScript.
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'latin1', maxBuffer: 16 * 1024 * 1024 });
    expect(stdout.startsWith('%PDF-')).toBe(true);
    expect(stdout).toMatch(/\/FontName \/[A-Z]{6}\+Inter-Regular/);
    expect(stdout).not.toMatch(/\/BaseFont \/Helvetica/);
  }, 60_000);
});
