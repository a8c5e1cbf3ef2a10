import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asarUnpack, builtImports, runtimeClosure, topFolders, workerImports, WORKER_SOURCES } from '../app/workerPackaging';
import { PDF_MESSAGES } from './readInvoiceFile';

/**
 * The PDF reading worker as the packaged app runs it. The real build (electron-vite with electron.vite.config.ts, into
 * a folder of its own inside the project rather than out/, which other runs use) must emit the worker as an entry of
 * its own beside the letter worker; electron-builder.yml › asarUnpack must list it, the chunks it shares with the main
 * bundle and every package it loads. Packaging cannot run here (no Electron binary), so the test lays the files out as
 * electron-builder does: resources/app.asar/ (here a plain folder, with the reader bundled as the main bundle has it
 * and a decoy worker that fails if started, the packages beside it) and resources/app.asar.unpacked/ with only what
 * asarUnpack lists, outside the project, and
 * reads real files there with plain Node: the reader must start the unpacked worker, which must load pdfjs-dist and
 * its standard fonts from app.asar.unpacked.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const DATA = fileURLToPath(new URL('../../../../shared/testdata/pdf/', import.meta.url));
const dir = join(root, '.tmp', `pdf-worker-build-${process.pid}`);
const out = join(dir, 'out');
// Outside the project, so that nothing resolves from its node_modules by walking up.
const installed = mkdtempSync(join(tmpdir(), 'relance-packaged-'));
const resources = join(installed, 'resources');
const run = promisify(execFile);

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await run(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', out, '--logLevel', 'warn'], { cwd: root });
}, 120_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(installed, { recursive: true, force: true });
});

const builtWorker = (): string => join(out, 'main/pdfReadingWorker.js');
const pattern = (entry: string): string => entry.replace(/\/\*\*$/, '');

describe('the PDF reading worker in the build and the packaged app', () => {
  it('is an entry of its own beside the letter worker, its packages left external', () => {
    for (const file of ['index.js', 'letterWorker.js', 'pdfReadingWorker.js', 'package.json']) expect(existsSync(join(out, 'main', file)), file).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'main/package.json'), 'utf8'))).toEqual({ type: 'module' });
    const { packages } = builtImports(builtWorker());
    // pdfjs and pdf-lib are loaded from node_modules, not copied into the bundle; and the sources agree with the build.
    expect([...packages].sort()).toEqual(['fast-xml-parser', 'pdf-lib', 'pdfjs-dist', 'zod']);
    expect([...workerImports(WORKER_SOURCES[1])].sort()).toEqual([...packages].sort());
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of packages) expect(Object.keys(manifest.dependencies), name).toContain(name);
  });

  it('is unpacked beside app.asar with the chunks it imports and every package it loads', () => {
    const unpack = asarUnpack();
    const { files, packages } = builtImports(builtWorker());
    for (const file of files) {
      const inOut = `out/${relative(out, file).replaceAll('\\', '/')}`;
      expect(unpack.some((u) => u === inOut || (u.endsWith('/**') && inOut.startsWith(`${pattern(u)}/`))), `${inOut} in asarUnpack`).toBe(true);
    }
    expect(unpack).toContain('out/main/package.json');
    const missing = topFolders(runtimeClosure(packages)).filter((p) => !unpack.includes(`${p}/**`));
    expect(missing, 'add these to asarUnpack in electron-builder.yml').toEqual([]);
  });

  it('reads a real Factur-X file and a plain invoice’s text from app.asar.unpacked, pdfjs’ standard fonts found there', async () => {
    const asar = join(resources, 'app.asar');
    const unpacked = join(resources, 'app.asar.unpacked');
    // What asarUnpack takes out of the archive: the built files it lists, and the packages the PDF worker loads.
    const needed = new Set(topFolders(runtimeClosure(builtImports(builtWorker()).packages)));
    for (const entry of asarUnpack()) {
      const path = pattern(entry);
      const from = path.startsWith('out/') ? join(out, path.slice(4)) : join(root, path);
      if (path.startsWith('node_modules/') && !needed.has(path)) continue;
      if (!existsSync(from)) continue;
      mkdirSync(dirname(join(unpacked, path)), { recursive: true });
      cpSync(from, join(unpacked, path), { recursive: true, dereference: true });
    }
    // Inside the archive: the reader as part of the main bundle, and a worker that must not be the one started.
    mkdirSync(join(asar, 'out/main'), { recursive: true });
    await build({ bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent', entryPoints: { index: join(root, 'electron/core/einvoice/readInvoiceFile.ts') }, outdir: join(asar, 'out/main') });
    writeFileSync(join(asar, 'out/main/pdfReadingWorker.js'), 'throw new Error("the worker inside app.asar was started");\n');
    writeFileSync(join(asar, 'out/main/package.json'), '{"type":"module"}\n');
    // The archive holds every package (the main bundle's own imports resolve there); the worker must not need it.
    symlinkSync(join(root, 'node_modules'), join(asar, 'node_modules'), 'dir');
    const script = join(installed, 'read.mjs');
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { readInvoiceFile } from ${JSON.stringify(join(asar, 'out/main/index.js'))};
const data = ${JSON.stringify(DATA)};
const facturx = await readInvoiceFile('f.pdf', new Uint8Array(readFileSync(data + 'facturx/mustang_Facture_F20180027.pdf')));
const plain = await readInvoiceFile('p.pdf', new Uint8Array(readFileSync(data + 'plain/invoice2data_free_fiber.pdf')));
const worker = new Worker(${JSON.stringify(join(unpacked, 'out/main/pdfReadingWorker.js'))}, { workerData: { hazard: null } });
const ready = await new Promise((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
await worker.terminate();
process.stdout.write(JSON.stringify({ facturx, plain, ready }));`,
    );
    // Plain Node: the worker's packages resolve from app.asar.unpacked/node_modules, or not at all.
    const { stdout } = await run(process.execPath, [script], { cwd: installed, maxBuffer: 16 * 1024 * 1024 });
    const result = JSON.parse(stdout) as {
      facturx: { ok: boolean; value: { proposal: { number: { value: string }; totalCents: { value: number }; dueCents: { value: number } }; file: { xmlName: string } } };
      plain: { ok: boolean; value: { proposal: { number: { value: string } | null; totalCents: { value: number } | null }; file: { xmlName: string } } };
      ready: { ready: boolean; standardFonts: string };
    };
    expect(result.facturx.ok).toBe(true);
    expect(result.facturx.value.file.xmlName).toBe('factur-x.xml');
    expect(result.facturx.value.proposal.number.value).toBe('F20180027');
    expect(result.facturx.value.proposal.totalCents.value).toBe(11000);
    expect(result.facturx.value.proposal.dueCents.value).toBe(10000);
    expect(result.plain.ok).toBe(true);
    expect(result.plain.value.file.xmlName).toBe('');
    expect(result.plain.value.proposal.number?.value).toBe('562044387');
    expect(result.plain.value.proposal.totalCents?.value).toBe(2999);
    expect(result.ready.ready).toBe(true);
    expect(result.ready.standardFonts.startsWith(join(unpacked, 'node_modules/pdfjs-dist/standard_fonts'))).toBe(true);
    expect(existsSync(join(result.ready.standardFonts, 'LiberationSans-Regular.ttf'))).toBe(true);
  }, 120_000);

  it('answers in French, rather than throwing, when the build has lost its worker', async () => {
    const alone = join(installed, 'alone');
    await build({ bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent', entryPoints: { index: join(root, 'electron/core/einvoice/readInvoiceFile.ts') }, outdir: alone });
    writeFileSync(join(alone, 'package.json'), '{"type":"module"}\n');
    symlinkSync(join(root, 'node_modules'), join(alone, 'node_modules'), 'dir');
    const script = join(alone, 'read.mjs');
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';
import { readInvoiceFile } from './index.js';
const read = await readInvoiceFile('f.pdf', new Uint8Array(readFileSync(${JSON.stringify(DATA + 'facturx/mustang_Facture_F20180027.pdf')})));
process.stdout.write(JSON.stringify(read));`,
    );
    const { stdout } = await run(process.execPath, [script], { cwd: alone });
    expect(JSON.parse(stdout)).toEqual({ ok: false, message: PDF_MESSAGES.interrupted });
  }, 60_000);
});
