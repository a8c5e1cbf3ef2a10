import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The letters' font files beside the main bundle (out/main/fonts/), where the letter worker finds them in the
 * built and the packaged app (electron-builder packs out/main/**).
 */
const letterFonts = (): Plugin => ({
  name: 'relance-letter-fonts',
  generateBundle() {
    const dir = resolve('assets/fonts');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ttf') || f === 'OFL.txt')) {
      this.emitFile({ type: 'asset', fileName: `fonts/${file}`, source: readFileSync(join(dir, file)) });
    }
  },
});

/** The tray's icon beside the main bundle (out/main/icons/tray.png), sized down by main for each platform. */
const trayIcon = (): Plugin => ({
  name: 'relance-tray-icon',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'icons/tray.png', source: readFileSync(resolve('assets/icon.png')) });
  },
});

/**
 * out/main/package.json, {"type":"module"}: in the packaged app letterWorker.js and pdfReadingWorker.js run from app.asar.unpacked
 * (electron-builder.yml › asarUnpack), where the root package.json is not; without this one beside it, Node would
 * not know the workers are ES modules.
 */
const mainPackageType = (): Plugin => ({
  name: 'relance-main-package-type',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'package.json', source: `${JSON.stringify({ type: 'module' })}\n` });
  },
});

export default defineConfig({
  main: {
    plugins: [letterFonts(), trayIcon(), mainPackageType()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // The letter renderer's worker thread is an entry of its own (out/main/letterWorker.js); like every
          // dependency, @react-pdf/renderer (ESM only) stays external and is loaded from node_modules.
          letterWorker: resolve('electron/core/documents/letterWorker.ts'),
          // The reading of dropped PDFs (pdfjs-dist, pdf-lib) in a worker thread too (out/main/pdfReadingWorker.js),
          // its packages external and loaded from node_modules (app.asar.unpacked in the packaged app).
          pdfReadingWorker: resolve('electron/core/einvoice/pdfReadingWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // Minified: the window parses and compiles a third of the code before its first rows (electron-vite leaves it off).
      minify: 'esbuild',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
