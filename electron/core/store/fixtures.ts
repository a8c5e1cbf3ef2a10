import { paymentSchema, type Client, type Database, type Invoice } from '../../../shared/ledger/schema';
import { aClient, anInvoice, TEST_INSTANT as CREATED } from '../../../shared/ledger/testkit';

/** Many distinct valid entities, numbered, for the store's tests, the crash writer and the benchmark. */

export function makeClient(n: number): Client {
  return aClient({
    id: `c${n}`,
    kind: n % 3 === 0 ? 'private' : 'business',
    name: `Client ${n}`,
    contactName: `Contact ${n}`,
    address: { street: `${(n % 200) + 1} rue de la Paix`, postalCode: '75002', city: 'Paris' },
    email: `client${n}@exemple.fr`,
  });
}

export function makeInvoice(n: number, clientCount = 1, paymentCount = 0): Invoice {
  const month = String((n % 12) + 1).padStart(2, '0');
  const day = String((n % 28) + 1).padStart(2, '0');
  const amount = 10_000 + ((n * 7_919) % 990_000);
  const payments = Array.from({ length: paymentCount }, (_, i) =>
    paymentSchema.parse({
      id: `p${n}-${i}`,
      date: `2026-${month}-${day}`,
      amountCents: Math.max(1, Math.floor(amount / 4)),
      note: i === 0 ? 'Virement' : '',
      recordedAt: CREATED,
    }),
  );
  return anInvoice({
    id: `i${n}`,
    number: `F-2026-${String(n).padStart(5, '0')}`,
    clientId: `c${n % clientCount}`,
    issueDate: `2025-${month}-${day}`,
    dueDate: `2026-${month}-${day}`,
    amountTtcCents: amount,
    amountHtCents: Math.floor(amount / 1.2),
    contractualLateRateBp: n % 5 === 0 ? 1215 : null,
    payments,
    notes: n % 10 === 0 ? 'Relancé par téléphone.' : '',
  });
}

export function withInvoice(db: Database, invoice: Invoice): Database {
  return { ...db, invoices: [...db.invoices, invoice] };
}
