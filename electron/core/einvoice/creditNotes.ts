import type { z } from 'zod';
import type { creditNoteFromFileSchema } from '../../../shared/einvoice/contract';
import { AppError } from '../../../shared/ipc/errors';
import { invoiceNumberKey } from '../../../shared/kernel/identityKeys';
import { creditNoteSchema, type CreditNote } from '../../../shared/ledger/schema';
import type { Clock } from '../app/clock';
import { newId } from '../app/ids';
import type { Store } from '../store/store';

/** einvoice.saveCreditNote: the avoir a file proposed, for an existing client, its number not yet used by another avoir. */
export async function saveCreditNoteFromFile(store: Store, clock: Clock, input: z.output<typeof creditNoteFromFileSchema>): Promise<CreditNote> {
  const now = clock.now().toISOString();
  let saved: CreditNote | undefined;
  await store.update((current) => {
    if (!current.clients.some((c) => c.id === input.clientId)) {
      throw new AppError('NOT_FOUND', 'Le client choisi n’existe plus.', { clientId: 'Choisissez un client dans la liste.' });
    }
    const key = invoiceNumberKey(input.number);
    const clash = current.creditNotes.find((n) => invoiceNumberKey(n.number) === key);
    if (clash) {
      const message = `Un avoir porte déjà le numéro ${clash.number}.`;
      throw new AppError('CONFLICT', message, { number: message });
    }
    saved = creditNoteSchema.parse({ ...input, id: newId(), createdAt: now, updatedAt: now });
    return { ...current, creditNotes: [...current.creditNotes, saved] };
  });
  return saved!;
}
