import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseSchema } from '../../../shared/ledger/schema';
import { runAndKill } from './killHarness';
import { openStore } from './openStore';
import { listDir, tempDir } from './testUtils';

const RUNS = 30;

describe('crash safety', () => {
  it(
    `loses no acknowledged write and never corrupts the file when killed mid-write (${RUNS} runs)`,
    async () => {
      const dir = await tempDir('relance-crash-');
      const file = path.join(dir, 'relance.json');
      let totalAcked = 0;
      for (let run = 0; run < RUNS; run++) {
        // Spread the kill over 20–400 ms after the store is open, with some randomness.
        const delayMs = Math.round(20 + (380 * run) / (RUNS - 1) + (Math.random() - 0.5) * 30);
        const result = await runAndKill(file, Math.max(20, delayMs));

        // The file on disk, read raw, is complete and valid (old or new version, never a mix).
        const raw = JSON.parse(await fs.readFile(file, 'utf8'));
        const onDisk = databaseSchema.parse(raw);

        const store = await openStore({ file });
        try {
          expect(store.readOnly).toBe(false);
          expect(store.notices.filter((n) => /endommagé|n’a pas pu être ouvert|damaged/.test(n.message))).toEqual([]);
          expect(store.notices).toEqual([]);
          const count = store.data.invoices.length;
          expect(count, `run ${run}: ${JSON.stringify(result)}`).toBeGreaterThanOrEqual(result.lastAck);
          // At most the one update that was in flight when the kill landed.
          expect(count).toBeLessThanOrEqual(result.lastAck + 1);
          expect(onDisk.invoices.length).toBe(count);
          expect(store.data.invoices.map((i) => i.id)).toEqual(Array.from({ length: count }, (_, n) => `i${n}`));
        } finally {
          await store.close();
        }
        // No temp file survives the next open; no damaged file ever appears.
        const names = await listDir(dir);
        expect(names.filter((n) => n.endsWith('.tmp') || n.includes('.damaged-'))).toEqual([]);
        totalAcked += result.lastAck - result.readyCount;
      }
      // The runs did write: this is not a test of killing idle processes.
      expect(totalAcked).toBeGreaterThan(RUNS);
    },
    120_000,
  );
});
