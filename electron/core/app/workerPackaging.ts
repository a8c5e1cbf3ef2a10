import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * For the packaging tests of the worker threads (letterWorkerPackaging.test.ts, pdfWorkerPackaging.test.ts): the
 * packages a worker loads at run time, the installed package folders they bring (package-lock.json), and the
 * asarUnpack list of electron-builder.yml that must hold them all, since the workers run from app.asar.unpacked.
 */

const root = resolve(import.meta.dirname, '../../..');

/** The workers of the main process, from the sources: each is an entry of its own in the build. */
export const WORKER_SOURCES = ['electron/core/documents/letterWorker.ts', 'electron/core/einvoice/pdfReadingWorker.ts'] as const;

const packageOf = (spec: string): string => {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
};

/** The packages a worker's own code imports: bare specifiers reached from its source (type-only imports left out). */
export function workerImports(source: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const parsed = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of parsed.statements) {
      if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
      const spec = (statement.moduleSpecifier as ts.StringLiteral).text;
      if (spec.startsWith('.')) {
        const base = resolve(dirname(file), spec);
        const target = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(f));
        if (!target) throw new Error(`cannot resolve ${spec} from ${file}`);
        visit(target);
      } else if (!spec.startsWith('node:')) {
        packages.add(packageOf(spec));
      }
    }
  };
  visit(join(root, source));
  return packages;
}

/** The packages a built file imports, and the built files (chunks) it imports beside it, followed. */
export function builtImports(file: string): { packages: Set<string>; files: Set<string> } {
  const packages = new Set<string>();
  const files = new Set<string>();
  const visit = (at: string): void => {
    if (files.has(at)) return;
    files.add(at);
    const code = readFileSync(at, 'utf8');
    for (const match of code.matchAll(/^(?:import|export)\s[^;]*?\bfrom\s*"([^"]+)"|^import\s*"([^"]+)"/gm)) {
      const spec = (match[1] ?? match[2])!;
      if (spec.startsWith('.')) visit(resolve(dirname(at), spec));
      else if (!spec.startsWith('node:')) packages.add(packageOf(spec));
    }
  };
  visit(file);
  return { packages, files };
}

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** The installed package directories (node_modules/…) the given packages load, as Node resolves them. */
export function runtimeClosure(roots: Iterable<string>): string[] {
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

/** The top folders of a closure: a package nested inside another's folder comes with it. */
export function topFolders(closure: readonly string[]): string[] {
  return closure.filter((p) => !closure.some((q) => q !== p && p.startsWith(`${q}/`)));
}

/** The asarUnpack entries of electron-builder.yml (a YAML list of quoted or plain strings). */
export function asarUnpack(): string[] {
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
