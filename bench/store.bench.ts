/**
 * Store benchmark (not a test): node --import tsx bench/store.bench.ts
 * A valid database of 10,000 invoices (0–2 payments each) and 2,000 clients: file size, open time,
 * one save, RSS. Medians of a few runs.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { databaseSchema, emptyDatabase, type Database } from '../shared/ledger/schema';
import { writeFileDurably } from '../electron/core/store/durableJsonFile';
import { makeClient, makeInvoice, withInvoice } from '../electron/core/store/fixtures';
import { interpretText, openStore } from '../electron/core/store/openStore';

const INVOICES = 10_000;
const CLIENTS = 2_000;
const RUNS = 5;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function timeIt(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

const t0 = performance.now();
const db: Database = {
  ...emptyDatabase(),
  clients: Array.from({ length: CLIENTS }, (_, n) => makeClient(n)),
  invoices: Array.from({ length: INVOICES }, (_, n) => makeInvoice(n, CLIENTS, n % 3)),
};
databaseSchema.parse(db);
const payments = db.invoices.reduce((sum, inv) => sum + inv.payments.length, 0);
console.log(`Generated ${CLIENTS} clients, ${INVOICES} invoices, ${payments} payments in ${ms(performance.now() - t0)}`);

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'relance-bench-'));
const file = path.join(dir, 'relance.json');
try {
  const pretty = JSON.stringify(db, null, 2) + '\n';
  const compact = JSON.stringify(db) + '\n';
  console.log(`File size (pretty, 2 spaces): ${mb(Buffer.byteLength(pretty))}`);
  console.log(`File size (compact):          ${mb(Buffer.byteLength(compact))}`);
  console.log(`JSON.stringify pretty:  ${ms(await timeIt(RUNS, () => JSON.stringify(db, null, 2)))}`);
  console.log(`JSON.stringify compact: ${ms(await timeIt(RUNS, () => JSON.stringify(db)))}`);
  console.log(`JSON.parse:             ${ms(await timeIt(RUNS, () => JSON.parse(pretty)))}`);
  console.log(`zod validation:         ${ms(await timeIt(RUNS, () => databaseSchema.parse(db)))}`);

  await writeFileDurably(file, pretty);
  console.log(`read + parse + migrate + validate: ${ms(await timeIt(RUNS, async () => interpretText(await fs.readFile(file, 'utf8'))))}`);
  console.log(`durable write (pretty): ${ms(await timeIt(RUNS, () => writeFileDurably(path.join(dir, 'w.json'), pretty)))}`);
  console.log(`durable write (compact): ${ms(await timeIt(RUNS, () => writeFileDurably(path.join(dir, 'w.json'), compact)))}`);

  const openTimes: number[] = [];
  const updateTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const store = await openStore({ file });
    openTimes.push(performance.now() - t);
    t = performance.now();
    await store.update((current) => withInvoice(current, makeInvoice(INVOICES + i, CLIENTS, 1)));
    updateTimes.push(performance.now() - t);
    await store.close();
  }
  console.log(`openStore (read + parse + migrate + validate + backup copy): median ${ms(median(openTimes))}`);
  console.log(`store.update, one invoice added (serialize + durable write): median ${ms(median(updateTimes))}`);
  const rss = process.memoryUsage();
  console.log(`RSS: ${mb(rss.rss)} (heap used ${mb(rss.heapUsed)})`);
  console.log(`Node ${process.version}, ${os.cpus().length} CPU, ${os.platform()}, temp folder ${os.tmpdir()}`);
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
