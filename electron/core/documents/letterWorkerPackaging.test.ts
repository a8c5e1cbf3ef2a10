import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { outsideAsar } from './letterRenderer';

/**
 * The packaged app (electron-builder, app.asar) must be able to start the letter worker: the worker, its fonts, the
 * package.json that makes it an ES module, and every package it imports at run time are unpacked beside the archive
 * (electron-builder.yml › asarUnpack), and the renderer starts the worker from there (outsideAsar). Packaging cannot
 * run on the build machines (no Electron binary), so this test checks the configuration against the code: a new
 * import in the worker, or a new dependency of react-pdf, fails here until asarUnpack lists it.
 */

const root = resolve(import.meta.dirname, '../../..');

/** The packages the worker's own code imports: bare specifiers reached from letterWorker.ts (type-only imports left out). */
function workerImports(): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
      const spec = (statement.moduleSpecifier as ts.StringLiteral).text;
      if (spec.startsWith('.')) {
        const base = resolve(dirname(file), spec);
        const target = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(f));
        if (!target) throw new Error(`cannot resolve ${spec} from ${file}`);
        visit(target);
      } else if (!spec.startsWith('node:')) {
        const parts = spec.split('/');
        packages.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
  };
  visit(join(root, 'electron/core/documents/letterWorker.ts'));
  return packages;
}

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** The installed package directories (node_modules/…) the given packages load, as Node resolves them. */
function runtimeClosure(roots: Iterable<string>): string[] {
  const lock = (JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> }).packages;
  const locate = (name: string, fromDir: string): string | null => {
    for (let dir = fromDir; ; dir = dirname(dir)) {
      const candidate = relative(root, join(dir, 'node_modules', name));
      if (lock[candidate]) return candidate;
      if (dir === root) return null;
    }
  };
  const found = new Set<string>();
  const walk = (pkg: string): void => {
    if (found.has(pkg)) return;
    found.add(pkg);
    const entry = lock[pkg]!;
    const optionalPeers = new Set(Object.entries(entry.peerDependenciesMeta ?? {}).filter(([, m]) => m.optional).map(([n]) => n));
    const deps = [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}), ...Object.keys(entry.peerDependencies ?? {}).filter((n) => !optionalPeers.has(n))];
    for (const dep of deps) {
      const at = locate(dep, join(root, pkg));
      if (at) walk(at);
    }
  };
  for (const name of roots) {
    const at = locate(name, root);
    if (!at) throw new Error(`${name} is not installed`);
    walk(at);
  }
  return [...found].sort();
}

/** The asarUnpack entries of electron-builder.yml (a YAML list of quoted or plain strings). */
function asarUnpack(): string[] {
  const lines = readFileSync(join(root, 'electron-builder.yml'), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^asarUnpack:\s*$/.test(l));
  if (start === -1) return [];
  const entries: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const item = line.trim();
    if (item === '' || item.startsWith('#')) continue;
    if (!line.startsWith(' ') || !item.startsWith('- ')) break;
    const value = item.slice(2).split(' #')[0]!.trim();
    entries.push(value.startsWith("'") && value.endsWith("'") ? value.slice(1, -1) : value);
  }
  return entries;
}

describe('the letter worker in the packaged app', () => {
  it('imports only the packages listed here, every one a production dependency (packed with the app)', () => {
    const packages = [...workerImports()].sort();
    expect(packages).toEqual(['@react-pdf/renderer', 'pdf-lib', 'react']);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of packages) expect(Object.keys(manifest.dependencies), name).toContain(name);
  });

  it('has the worker, its fonts, its package type and every package it loads unpacked beside app.asar', () => {
    const unpack = asarUnpack();
    for (const file of ['out/main/letterWorker.js', 'out/main/package.json', 'out/main/fonts/**']) expect(unpack).toContain(file);
    const closure = runtimeClosure(workerImports());
    // A package nested inside another's folder comes with it.
    const tops = closure.filter((p) => !closure.some((q) => q !== p && p.startsWith(`${q}/`)));
    const missing = tops.filter((p) => !unpack.includes(`${p}/**`));
    expect(missing, 'add these to asarUnpack in electron-builder.yml').toEqual([]);
    // And nothing listed that the worker no longer loads.
    const stale = unpack.filter((u) => u.startsWith('node_modules/') && !tops.includes(u.replace(/\/\*\*$/, '')));
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
