import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { EinvoiceReadResult } from '../../../shared/einvoice/contract';
import type { Client, CreditNote } from '../../../shared/ledger/schema';
import { address, callOk, callRefused, tempCore } from '../../../test/support/tempCore';

/** einvoice.read and einvoice.saveCreditNote through the core's dispatcher, as the renderer calls them. */

const DATA = fileURLToPath(new URL('../../../../shared/testdata/pdf/', import.meta.url));
let dispose: (() => Promise<void>) | undefined;
afterEach(async () => {
  await dispose?.();
  dispose = undefined;
});

describe('einvoice through the contract', () => {
  it('reads the credit note, creates nothing, then records it for the client the user confirms', async () => {
    const core = await tempCore();
    dispose = core.dispose;
    const client = await callOk<Client>(core, 'clients.save', { kind: 'business', name: 'Ma jolie boutique', address });
    const bytes = new Uint8Array(readFileSync(DATA + 'facturx/corpus_Avoir_FR_type381_BASIC.pdf'));
    const read = await callOk<EinvoiceReadResult>(core, 'einvoice.read', { fileName: 'avoir.pdf', bytes });
    expect(read.proposal.kind).toBe('creditNote');
    expect(read.buyer).toEqual({ clientId: client.id, matchedBy: 'name', newClient: null });
    expect(core.store.data.creditNotes).toEqual([]);
    expect(core.store.data.invoices).toEqual([]);

    const input = { number: read.proposal.number!.value, clientId: client.id, issueDate: read.proposal.issueDate!.value, amountTtcCents: read.proposal.totalCents!.value };
    const note = await callOk<CreditNote>(core, 'einvoice.saveCreditNote', input);
    expect(note).toMatchObject({ number: 'AV-2017-0005', issueDate: '2017-11-16', amountTtcCents: 23347, clientId: client.id });
    expect(core.store.data.creditNotes).toHaveLength(1);
    const again = await callRefused(core, 'einvoice.saveCreditNote', input);
    expect(again).toMatchObject({ code: 'CONFLICT', message: 'Un avoir porte déjà le numéro AV-2017-0005.' });
  });

  it('refuses an empty file, a file over 20 Mo and a damaged one, in French', async () => {
    const core = await tempCore();
    dispose = core.dispose;
    expect(await callRefused(core, 'einvoice.read', { fileName: 'a.pdf', bytes: new Uint8Array() })).toMatchObject({ message: expect.stringContaining('Le fichier est vide.') });
    expect(await callRefused(core, 'einvoice.read', { fileName: 'a.pdf', bytes: new Uint8Array(20 * 1024 * 1024 + 1) })).toMatchObject({
      message: expect.stringContaining('Le fichier est trop volumineux (au plus 20\u00a0Mo).'),
    });
    const damaged = new Uint8Array(readFileSync(DATA + 'edge/mustang_corrupt-factur-x-waytoosmall.pdf'));
    expect(await callRefused(core, 'einvoice.read', { fileName: 'a.pdf', bytes: damaged })).toMatchObject({ code: 'IMPORT_INVALID_FILE', message: expect.stringContaining('Ce PDF est endommagé') });
  });
});
