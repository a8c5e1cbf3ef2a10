import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asarUnpack, runtimeClosure, topFolders, workerImports as letterImports, WORKER_SOURCES } from '../app/workerPackaging';
import { outsideAsar } from './letterRenderer';

/**
 * The packaged app (electron-builder, app.asar) must be able to start the letter worker: the worker, its fonts, the
 * package.json that makes it an ES module, and every package it imports at run time are unpacked beside the archive
 * (electron-builder.yml › asarUnpack), and the renderer starts the worker from there (outsideAsar). Packaging cannot
 * run on the build machines (no Electron binary), so this test checks the configuration against the code: a new
 * import in the worker, or a new dependency of react-pdf, fails here until asarUnpack lists it.
 */

const root = resolve(import.meta.dirname, '../../..');

/** The packages the letter worker's own code imports (type-only imports left out). */
const workerImports = (): Set<string> => letterImports(WORKER_SOURCES[0]);

describe('the letter worker in the packaged app', () => {
  it('imports only the packages listed here, every one a production dependency (packed with the app)', () => {
    const packages = [...workerImports()].sort();
    expect(packages).toEqual(['@react-pdf/renderer', 'harfbuzzjs', 'pdf-lib', 'pdfkit', 'react']);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of packages) expect(Object.keys(manifest.dependencies), name).toContain(name);
  });

  it('has the worker, its fonts, its package type and every package it loads unpacked beside app.asar', () => {
    const unpack = asarUnpack();
    for (const file of ['out/main/letterWorker.js', 'out/main/package.json', 'out/main/fonts/**']) expect(unpack).toContain(file);
    // A package nested inside another's folder comes with it.
    const tops = topFolders(runtimeClosure(workerImports()));
    const missing = tops.filter((p) => !unpack.includes(`${p}/**`));
    expect(missing, 'add these to asarUnpack in electron-builder.yml').toEqual([]);
    // And nothing listed that no worker loads any more (the PDF reading worker's packages are listed too).
    const everyWorker = topFolders(runtimeClosure(WORKER_SOURCES.flatMap((source) => [...letterImports(source)])));
    const stale = unpack.filter((u) => u.startsWith('node_modules/') && !everyWorker.includes(u.replace(/\/\*\*$/, '')));
    expect(stale, 'remove these from asarUnpack in electron-builder.yml').toEqual([]);
  });

  it('starts the worker from app.asar.unpacked when it is there, from where it is otherwise', () => {
    const there = new Set(['/opt/Relance/resources/app.asar.unpacked/out/main/letterWorker.js', 'C:\\Relance\\resources\\app.asar.unpacked\\out\\main\\fonts\\']);
    const exists = (p: string) => there.has(p);
    expect(outsideAsar('/opt/Relance/resources/app.asar/out/main/letterWorker.js', exists)).toBe('/opt/Relance/resources/app.asar.unpacked/out/main/letterWorker.js');
    expect(outsideAsar('C:\\Relance\\resources\\app.asar\\out\\main\\fonts\\', exists)).toBe('C:\\Relance\\resources\\app.asar.unpacked\\out\\main\\fonts\\');
    // Not unpacked (an older package): kept, and Electron's asar support has to do.
    expect(outsideAsar('/opt/Other/resources/app.asar/out/main/letterWorker.js', exists)).toBe('/opt/Other/resources/app.asar/out/main/letterWorker.js');
    // Not inside an archive at all (npm start, the build): kept; a folder merely named like one is not taken for it.
    expect(outsideAsar('/work/main/out/main/letterWorker.js', () => true)).toBe('/work/main/out/main/letterWorker.js');
    expect(outsideAsar('/home/me/app.asar-notes/out/main/letterWorker.js', () => true)).toBe('/home/me/app.asar-notes/out/main/letterWorker.js');
  });
});
