// npm run lint:electron — runs Electronegativity on the TypeScript sources of electron/main (it
// parses TypeScript itself) against the installed Electron version, and fails on any finding above
// LOW whose source line, or the line above it, does not carry `// electronegativity: <reason>`.
// Electronegativity's own CLI exits 0 whatever it finds, and with -o it does not report files it
// could not parse: its programmatic API returns both, so it is used instead.
// "Could not retrieve updated translations" and "fetching Electron's releases" need the network: harmless.
/* global console, process */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');

const root = resolve(import.meta.dirname, '..');
// Another folder may be given for a one-off check: node scripts/electronegativity.mjs <folder>
const input = resolve(root, process.argv[2] ?? 'electron/main');
const electronVersion = JSON.parse(readFileSync(resolve(root, 'node_modules/electron/package.json'), 'utf8')).version;
const JUSTIFICATION = /\/\/\s*electronegativity:\s*\S/;
const BLOCKING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

const { issues, errors } = await run({ input, electronVersionOverride: electronVersion, customScan: [], excludeFromScan: [], parserPlugins: [] }, false);

const lines = new Map();
function justified(file, line) {
  if (!lines.has(file)) lines.set(file, readFileSync(file, 'utf8').split('\n'));
  const source = lines.get(file);
  return [line - 1, line - 2].some((index) => index >= 0 && JUSTIFICATION.test(source[index] ?? ''));
}

const failures = [];
for (const error of errors) {
  const message = `${relative(root, error.file)}: could not be parsed (${error.message})`;
  if (error.tolerable) console.warn(`warning  ${message}`);
  else failures.push(message);
}
for (const issue of issues) {
  const severity = issue.severity?.name ?? 'UNKNOWN';
  const where = issue.file && issue.file !== 'N/A' ? `${relative(root, issue.file)}:${issue.location?.line ?? '?'}` : '(whole app)';
  const text = `${issue.id} ${severity} ${where}  ${issue.description}`;
  const located = issue.file && issue.file !== 'N/A' && Number.isInteger(issue.location?.line);
  if (!BLOCKING.has(severity) && severity !== 'UNKNOWN') console.log(`note     ${text}`);
  else if (located && justified(issue.file, issue.location.line)) console.log(`reviewed ${text}`);
  else failures.push(text);
}

if (failures.length > 0) {
  console.error(`\nElectronegativity (Electron ${electronVersion}): ${failures.length} finding(s) above LOW without a written reason:`);
  for (const failure of failures) console.error(`  ${failure}`);
  console.error('Fix them, or justify on the flagged line or the line above: // electronegativity: <reason>');
  process.exit(1);
}
console.log(`Electronegativity (Electron ${electronVersion}): no finding above LOW without a written reason.`);
