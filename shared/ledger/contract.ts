import { z } from 'zod';
import { byIdInput, emptyInput, mutation, query } from '../ipc/define';
import {
  clientDraftSchema,
  clientSchema,
  creditNoteSchema,
  identityDraftSchema,
  identitySchema,
  idSchema,
  invoiceDraftSchema,
  invoiceSchema,
  paymentDraftSchema,
  settingsSchema,
} from './schema';

export const ledgerSnapshotSchema = z.object({
  identity: identitySchema,
  settings: settingsSchema,
  clients: z.array(clientSchema),
  invoices: z.array(invoiceSchema),
  /** Credit notes (avoirs), each against one client's balance. */
  creditNotes: z.array(creditNoteSchema),
});
export type LedgerSnapshot = z.infer<typeof ledgerSnapshotSchema>;

export const ledgerMethods = {
  'ledger.snapshot': query(emptyInput, ledgerSnapshotSchema),
  'identity.save': mutation(identityDraftSchema, identitySchema),
  'clients.save': mutation(clientDraftSchema, clientSchema),
  'clients.delete': mutation(byIdInput, byIdInput),
  'invoices.save': mutation(invoiceDraftSchema, invoiceSchema),
  'invoices.delete': mutation(byIdInput, byIdInput),
  'payments.add': mutation(paymentDraftSchema, invoiceSchema),
  'payments.remove': mutation(z.object({ invoiceId: idSchema, paymentId: idSchema }).strict(), invoiceSchema),
};
