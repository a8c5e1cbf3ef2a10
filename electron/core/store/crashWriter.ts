/**
 * Child process of crash.test.ts: opens the store given as argument and adds invoices one update
 * at a time, forever, printing `ack <count>` once each update has resolved (is durable).
 * Run with: node --import tsx electron/core/store/crashWriter.ts <file>
 */
import { makeClient, makeInvoice, withInvoice } from './fixtures';
import { openStore } from './openStore';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: crashWriter.ts <file>\n');
  process.exit(2);
}

const store = await openStore({ file });
if (store.data.clients.length === 0) {
  await store.update((db) => ({ ...db, clients: [makeClient(0)] }));
}
process.stdout.write(`ready ${store.data.invoices.length}\n`);
for (;;) {
  const n = store.data.invoices.length;
  // A few payments now and then, so the file has the shape of real data.
  const db = await store.update((current) => withInvoice(current, makeInvoice(n, 1, n % 3)));
  process.stdout.write(`ack ${db.invoices.length}\n`);
}
