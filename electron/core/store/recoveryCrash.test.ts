import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { databaseSchema, emptyDatabase, type Database } from '../../../shared/ledger/schema';
import { makeClient, makeInvoice } from './fixtures';
import { openStore } from './openStore';
import { tempDir } from './testUtils';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const childScript = path.join(here, 'recoveryChild.ts');
const RUNS = 16;
const INVOICES = 3_000;
const GARBAGE = '{"schemaVersion":3,"clients":[{"id":"c0", tronqué';

/** Starts a Relance that recovers the damaged file, and SIGKILLs it `delayMs` after it starts opening. */
function killDuringOpen(file: string, delayMs: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, file], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (chunk.includes('start') && !timer) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`child failed (${code}): ${stderr}`));
    });
  });
}

async function folderWithGoodBackup(): Promise<{ dir: string; file: string; good: Database }> {
  const dir = await tempDir('relance-recovery-crash-');
  const file = path.join(dir, 'relance.json');
  const good: Database = { ...emptyDatabase(), clients: [makeClient(0), makeClient(1)], invoices: Array.from({ length: INVOICES }, (_, n) => makeInvoice(n, 2, n % 3)) };
  await fs.writeFile(file, JSON.stringify(good, null, 2));
  await (await openStore({ file })).close(); // backs it up
  return { dir, file, good };
}

describe('a crash during recovery', () => {
  it(
    `never leaves the folder without a relance.json, and the good data comes back (${RUNS} kills during recovery)`,
    async () => {
      const { dir, file } = await folderWithGoodBackup();
      const outcomes: string[] = [];
      for (let run = 0; run < RUNS; run++) {
        await fs.writeFile(file, GARBAGE);
        // Spread the kill over the whole recovery (it takes some tens of milliseconds here).
        outcomes.push(await killDuringOpen(file, Math.round((run * 120) / RUNS)));
        // At every moment there is a data file: the damaged one or the restored one, never none.
        const text = await fs.readFile(file, 'utf8');
        if (text !== GARBAGE) expect(databaseSchema.parse(JSON.parse(text)).invoices).toHaveLength(INVOICES);
        // The next start gets the good data back.
        const store = await openStore({ file });
        expect(store.data.invoices, `run ${run}`).toHaveLength(INVOICES);
        await store.close();
      }
      expect(outcomes.filter((o) => o === 'killed').length).toBeGreaterThan(RUNS / 2);
      // A crash loop does not pile up copies of the same damage. (A recovery killed before its copy, whose next opening
      // finds the killed writer's lock still fresh and so opens read-only, keeps none: on a slow machine every run may.)
      const copies = (await fs.readdir(dir)).filter((n) => n.startsWith('relance.damaged-'));
      expect(copies.length).toBeLessThanOrEqual(1);
      if (outcomes.includes('finished')) expect(copies).toHaveLength(1);
    },
    180_000,
  );

  it(
    'chain: damaged file, kill during recovery, then ten restarts: the good data is there every time',
    async () => {
      const { file } = await folderWithGoodBackup();
      await fs.writeFile(file, GARBAGE);
      await killDuringOpen(file, 15);
      for (let i = 0; i < 10; i++) {
        const store = await openStore({ file });
        expect(store.data.invoices, `restart ${i}`).toHaveLength(INVOICES);
        await store.close();
      }
    },
    120_000,
  );
});
