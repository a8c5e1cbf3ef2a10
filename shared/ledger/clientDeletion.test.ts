import { describe, expect, it } from 'vitest';
import { clientDeletionRefusal } from './clientDeletion';

describe('clientDeletionRefusal', () => {
  it('says why a client with invoices or credit notes cannot be deleted, and lets an unused one go', () => {
    expect(clientDeletionRefusal({ invoices: 0, creditNotes: 0 })).toBeNull();
    expect(clientDeletionRefusal({ invoices: 1, creditNotes: 0 })).toBe('Ce client a 1 facture\u00a0: supprimez ou réattribuez cette facture d’abord.');
    expect(clientDeletionRefusal({ invoices: 3, creditNotes: 2 })).toBe('Ce client a 3 factures\u00a0: supprimez ou réattribuez ces factures d’abord.');
    expect(clientDeletionRefusal({ invoices: 0, creditNotes: 2 })).toBe('Ce client a 2 avoirs\u00a0: il ne peut pas être supprimé.');
  });
});
