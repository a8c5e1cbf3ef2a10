/**
 * Kill benchmark (not a test, not in the default run): node --import tsx bench/kill.bench.ts [runs]
 * SIGKILLs a real writer at random moments, thousands of times, then checks after each kill that
 * the file loads and holds every acknowledged write. Prints kills, loads failed, writes lost.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { runAndKill } from '../electron/core/store/killHarness';
import { openStore } from '../electron/core/store/openStore';

const RUNS = Number(process.argv[2] ?? 1000);
// The writer bundled once (tsx would transform it again at each of the thousand starts).
const bundle = path.resolve('.tmp/bench/crashWriter.mjs');
await build({ entryPoints: ['electron/core/store/crashWriter.ts'], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: bundle, logLevel: 'warning' });
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'relance-kill-bench-'));
const file = path.join(dir, 'relance.json');
let loadsFailed = 0;
let writesLost = 0;
let acked = 0;
const t0 = performance.now();
try {
  for (let run = 1; run <= RUNS; run++) {
    const result = await runAndKill(file, 5 + Math.floor(Math.random() * 300), [process.execPath, bundle]);
    acked += Math.max(0, result.lastAck - result.readyCount);
    try {
      const store = await openStore({ file });
      const count = store.data.invoices.length;
      if (store.notices.length > 0) loadsFailed++;
      if (count < result.lastAck) writesLost += result.lastAck - count;
      await store.close();
    } catch {
      loadsFailed++;
    }
    if (run % 100 === 0) console.log(`  ${run} kills, ${loadsFailed} loads failed, ${writesLost} writes lost`);
  }
  console.log(`Kills: ${RUNS}; acknowledged writes: ${acked}; loads failed: ${loadsFailed}; acknowledged writes lost: ${writesLost}`);
  console.log(`(${((performance.now() - t0) / 1000).toFixed(0)} s, Node ${process.version}, ${os.cpus().length} CPU)`);
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
if (loadsFailed > 0 || writesLost > 0) process.exitCode = 1;
