// `node --import tsx bench/letters-batch.bench.ts [N ...]`: « Préparer les lettres du jour » through the contract, on a
// real core (real store on disk, the letter worker), N letters due today (default 10, 30 and 100). Each batch draws
// every letter alone (the same bytes as its own preview, archived as they are at sending) and merges them with
// pdf-lib in the worker; printed: the whole preparation (median and range of RUNS), the merge alone, and the sending
// (archiving N files and recording the reminders at once). Prints figures, asserts nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../electron/core/app/clock';
import { createCore } from '../electron/core/app/createCore';
import type { Client } from '../shared/ledger/schema';

const RUNS = Number(process.env.RUNS ?? 3);
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

async function call<T>(core: Awaited<ReturnType<typeof createCore>>, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data as T;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

async function bench(n: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'relance-bench-batch-'));
  const core = await createCore({ dataFile: join(dir, 'relance.json'), clock: fixedClock(new Date('2026-12-01T10:00:00')), mode: 'loopback', version: 'bench', warmLetters: true });
  try {
    await call(core, 'identity.save', { name: 'Camille Martin', legalForm: 'ei', address: { street: '8 rue Mercière', postalCode: '69002', city: 'Lyon' }, siret: '73282932000074', iban: 'FR7630006000011234567890189' });
    for (let i = 0; i < n; i++) {
      const client = await call<Client>(core, 'clients.save', { kind: i % 4 === 3 ? 'private' : 'business', name: `Client ${String(i + 1).padStart(3, '0')} SARL`, address: { street: `${i + 1} rue de la Paix`, postalCode: '75002', city: 'Paris' } });
      await call(core, 'invoices.save', { number: `F-2026-${String(i + 1).padStart(3, '0')}`, clientId: client.id, issueDate: '2026-09-01', dueDate: '2026-11-20', amountTtcCents: 100_000 + i * 1_357, description: 'Prestation' });
    }
    // The worker warm, as in the app (started with the core, one letter drawn).
    await call(core, 'letters.batchPrepare', { batchId: 'bench-warm-up', grouping: 'invoice', channel: 'letter' });
    const times: number[] = [];
    const merges: number[] = [];
    let batchId = '';
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      let mergeStart = 0;
      batchId = `bench-${n}-${run}`;
      const off = core.events.on('letters.batchProgress', (p) => {
        if (p.phase === 'merge') mergeStart = performance.now();
      });
      const start = performance.now();
      const batch = await call<{ pdf: Uint8Array; letters: unknown[] }>(core, 'letters.batchPrepare', { batchId, grouping: 'invoice', channel: 'letter' });
      const end = performance.now();
      off();
      times.push(end - start);
      merges.push(end - mergeStart);
      bytes = batch.pdf.byteLength;
      if (batch.letters.length !== n) throw new Error(`expected ${n} letters, got ${batch.letters.length}`);
    }
    const sendStart = performance.now();
    await call(core, 'letters.batchSend', { batchId, channel: 'letter', sentOn: '2026-12-01' });
    const send = performance.now() - sendStart;
    console.log(
      `${String(n).padStart(4)} letters: prepared in ${ms(median(times))} (${ms(Math.min(...times))}–${ms(Math.max(...times))}, ${ms(median(times) / n)} a letter), ` +
        `of which the merge ${ms(median(merges))}; combined PDF ${(bytes / 1024 / 1024).toFixed(1)} MB; sent (archived and recorded) in ${ms(send)}`,
    );
  } finally {
    await core.close();
    await rm(dir, { recursive: true, force: true });
  }
}

console.log(`Lettres du jour — ${RUNS} runs each, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const n of sizes.length ? sizes : [10, 30, 100]) await bench(n);
