/**
 * Store benchmark (not a test): node --import tsx bench/store.bench.ts
 * A valid database of 10,000 invoices (0–2 payments each) and 2,000 clients: file size, open time,
 * one save, RSS. Medians of a few runs.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { databaseSchema, emptyDatabase, type Database } from '../shared/ledger/schema';
import { writeFileDurably } from '../electron/core/store/durableJsonFile';
import { makeClient, makeInvoice, withInvoice } from '../electron/core/store/fixtures';
import { interpretText, openStore } from '../electron/core/store/openStore';

const INVOICES = 10_000;
const CLIENTS = 2_000;
const RUNS = 7;

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

  // Side by side, on the same file: plain lowdb (JSONFile: read + parse; write without fsync)
  // and the Relance store (lock, checks, validation unless the file is the one it last wrote,
  // durable write with fsync, conflict check, hash note).
  const lowdbFile = path.join(dir, 'lowdb.json');
  await fs.writeFile(lowdbFile, pretty);
  const lowReads: number[] = [];
  const lowWrites: number[] = [];
  const coldOpens: number[] = [];
  const openTimes: number[] = [];
  const openWithBackup: number[] = [];
  const updateTimes: number[] = [];
  // Interleaved, so that both sides see the same machine load.
  for (let i = 0; i < RUNS; i++) {
    const low = new Low<Database>(new JSONFile<Database>(lowdbFile), emptyDatabase());
    let t = performance.now();
    await low.read();
    lowReads.push(performance.now() - t);

    // A file Relance did not write itself (first open after an upgrade, a restore by hand): validated.
    await fs.rm(path.join(dir, '.relance.json.sha256'), { force: true });
    t = performance.now();
    const cold = await openStore({ file });
    coldOpens.push(performance.now() - t);
    await cold.update((current) => withInvoice(current, makeInvoice(INVOICES * 2 + i, CLIENTS, 1)));
    await cold.close();

    // The everyday open: the file is the one Relance last wrote (its hash is noted).
    t = performance.now();
    const store = await openStore({ file });
    openTimes.push(performance.now() - t);
    t = performance.now();
    await store.flushed(); // the backup at open, in the background
    openWithBackup.push(openTimes.at(-1)! + performance.now() - t);

    t = performance.now();
    low.data = withInvoice(low.data, makeInvoice(INVOICES + i, CLIENTS, 1));
    await low.write();
    lowWrites.push(performance.now() - t);

    t = performance.now();
    await store.update((current) => withInvoice(current, makeInvoice(INVOICES + i, CLIENTS, 1)));
    updateTimes.push(performance.now() - t);
    await store.close();
  }
  const lowRead = median(lowReads);
  const lowWrite = median(lowWrites);
  console.log(`lowdb JSONFile read (read + parse): median ${ms(lowRead)}`);
  console.log(`lowdb JSONFile write (stringify + write, no fsync): median ${ms(lowWrite)}`);
  console.log(`openStore, a file Relance wrote itself: median ${ms(median(openTimes))} = ${(median(openTimes) / lowRead).toFixed(2)}x lowdb's read (target <= 1.5x)`);
  console.log(`openStore, any other file (full validation): median ${ms(median(coldOpens))} = ${(median(coldOpens) / lowRead).toFixed(2)}x lowdb's read`);
  console.log(`store.update, one invoice added (serialize + durable write): median ${ms(median(updateTimes))} = ${(median(updateTimes) / lowWrite).toFixed(2)}x lowdb's write (target <= 1x)`);
  console.log(`(the backup at open runs in the background, before the first write; open + that backup: median ${ms(median(openWithBackup))})`);
  const rss = process.memoryUsage();
  console.log(`RSS: ${mb(rss.rss)} (heap used ${mb(rss.heapUsed)})`);
  console.log(`Node ${process.version}, ${os.cpus().length} CPU, ${os.platform()}, temp folder ${os.tmpdir()}`);
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
