/**
 * Child process of crash.test.ts and bench/kill.bench.ts: opens the store given as argument (which
 * recovers it if damaged), prints `start` just before and `opened <invoices>` once it is open.
 * Run with: node --import tsx electron/core/store/recoveryChild.ts <file>
 */
import { openStore } from './openStore';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: recoveryChild.ts <file>\n');
  process.exit(2);
}
process.stdout.write('start\n');
const store = await openStore({ file });
await store.close();
process.stdout.write(`opened ${store.data.invoices.length}\n`);
