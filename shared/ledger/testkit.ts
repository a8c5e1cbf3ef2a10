import { z } from 'zod';
import { clientSchema, invoiceSchema, type Client, type Invoice } from './schema';

/**
 * The one builder of test invoices and clients (tests, the crash writer and the benchmarks; no test framework here).
 * Built through the zod schemas, so a builder's record is always one the store would accept.
 */

export const TEST_INSTANT = '2026-01-15T09:00:00.000Z';

export function anInvoice(over: Partial<z.input<typeof invoiceSchema>> = {}): Invoice {
  return invoiceSchema.parse({
    id: 'inv-1',
    clientId: 'cli-1',
    number: 'F-2026-001',
    issueDate: '2026-01-30',
    dueDate: '2026-03-01',
    amountTtcCents: 100_000,
    createdAt: TEST_INSTANT,
    updatedAt: TEST_INSTANT,
    ...over,
  });
}

export function aClient(over: Partial<z.input<typeof clientSchema>> = {}): Client {
  return clientSchema.parse({ id: 'cli-1', kind: 'business', name: 'Atelier Dupré', createdAt: TEST_INSTANT, updatedAt: TEST_INSTANT, ...over });
}
