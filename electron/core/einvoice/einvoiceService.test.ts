import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors';
import { emptyDatabase, identitySchema, type Database } from '../../../shared/ledger/schema';
import { aClient, TEST_INSTANT } from '../../../shared/ledger/testkit';
import { checkSeller, readEinvoice } from './einvoiceService';
import { PDF_MESSAGES } from './readInvoiceFile';

const DATA = fileURLToPath(new URL('../../../../shared/testdata/pdf/', import.meta.url));
const pdf = (name: string): Uint8Array => new Uint8Array(readFileSync(DATA + name));

function db(over: Partial<Database> = {}): Database {
  return { ...emptyDatabase(), ...over };
}

describe('einvoice.read', () => {
  it('the user issued it (same SIREN): no warning; the buyer is a known client by SIRET and name', async () => {
    // The sample's identifiers are not Luhn-valid: set as a file written by another tool would hold them.
    const client = { ...aClient({ name: 'SAS Ma Jolie Boutique' }), siret: '787 878 784 00035' };
    const data = db({ identity: { ...identitySchema.parse({ name: 'Autre nom' }), siret: '99999999800010' }, clients: [client] });
    const r = await readEinvoice('f.pdf', pdf('facturx/corpus_Facture_FR_BASICWL.pdf'), data, TEST_INSTANT);
    expect(r.seller).toEqual({ isUser: true, warning: null });
    expect(r.buyer).toEqual({ clientId: client.id, matchedBy: 'siret', newClient: null });
    expect(r.missing).toEqual([]);
  });

  it('another seller: « cette facture a été émise par …, pas par vous »; a new client proposed with the buyer’s address', async () => {
    const data = db({ identity: identitySchema.parse({ name: 'Camille Martin', siret: '73282932000074' }) });
    const r = await readEinvoice('f.pdf', pdf('facturx/mustang_Facture_F20180027.pdf'), data, TEST_INSTANT);
    expect(r.seller).toEqual({ isUser: false, warning: 'Cette facture a été émise par «\u00a0LE FOURNISSEUR\u00a0» (SIRET 123 456 789 00014), pas par vous.' });
    expect(r.buyer.clientId).toBeNull();
    expect(r.buyer.newClient).toEqual({ name: 'LE CLIENT', siret: '', street: '58 rue de la mer', complement: 'Buyer line 2', postalCode: '06000', city: 'NICE', country: 'Allemagne' });
  });

  it('without a SIRET on either side, the names decide', () => {
    const identity = identitySchema.parse({ name: 'Lieferant' });
    expect(checkSeller(identity, { name: { value: 'Lieferant GmbH', status: 'found' }, address: null, siret: null, siren: null, vatNumber: null }).isUser).toBe(true);
    expect(checkSeller(identity, { name: { value: 'Kunden AG', status: 'found' }, address: null, siret: null, siren: null, vatNumber: null }).isUser).toBe(false);
  });

  it('a refused file is an error with its French reason', async () => {
    await expect(readEinvoice('x.pdf', pdf('edge/pdfjs_issue6010_1_password-abc.pdf'), db(), TEST_INSTANT)).rejects.toEqual(new AppError('IMPORT_INVALID_FILE', PDF_MESSAGES.password));
  });

  it('says what a plain PDF did not give', async () => {
    const r = await readEinvoice('f.pdf', pdf('plain/invoice2data_AmazonWebServices.pdf'), db(), TEST_INSTANT);
    expect(r.missing).toEqual(['la date d’échéance', 'le client']);
  });
});
