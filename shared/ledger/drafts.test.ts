import { describe, expect, it } from 'vitest';
import { clientDraftSchema, clientSchema, identityDraftSchema, identitySchema } from './schema';

const POSTCODE = 'Code postal\u00a0: 5 chiffres pour la France (exemple\u00a0: 69001).';
const PHONE = 'Téléphone\u00a0: 10 chiffres pour la France (exemple\u00a0: 06 12 34 56 78), ou +33 suivi de 9 chiffres.';

const client = (address: Record<string, string>, phone = '') => ({ kind: 'business', name: 'Atelier Dupré', address: { street: '12 rue de la République', city: 'Lyon', ...address }, phone });
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => [i.path.join('.'), i.message]);

describe('what the user types: a French address and phone', () => {
  it('refuses a French postcode that is not 5 digits, with no country or « France »', () => {
    expect(issues(clientDraftSchema.safeParse(client({ postalCode: '6900' })))).toEqual([['address.postalCode', POSTCODE]]);
    expect(issues(clientDraftSchema.safeParse(client({ postalCode: '6900', country: 'France' })))).toEqual([['address.postalCode', POSTCODE]]);
    expect(clientDraftSchema.safeParse(client({ postalCode: '69001' })).success).toBe(true);
    expect(clientDraftSchema.safeParse(client({ postalCode: '' })).success).toBe(true);
  });

  it('keeps the looser check for a foreign address', () => {
    expect(clientDraftSchema.safeParse(client({ postalCode: '1000', city: 'Bruxelles', country: 'Belgique' })).success).toBe(true);
    expect(clientDraftSchema.safeParse(client({ postalCode: 'SW1A 1AA', city: 'London', country: 'Royaume-Uni' })).success).toBe(true);
  });

  it('refuses a French phone number without 10 digits, or +33 without 9', () => {
    expect(issues(clientDraftSchema.safeParse(client({ postalCode: '69001' }, '06 12 34 56 7')))).toEqual([['phone', PHONE]]);
    expect(issues(clientDraftSchema.safeParse(client({ postalCode: '69001' }, '+33 6 12 34 56')))).toEqual([['phone', PHONE]]);
    // +33 is French whatever the address says.
    expect(issues(clientDraftSchema.safeParse(client({ postalCode: '1000', country: 'Belgique' }, '+33 6 12 34 56')))).toEqual([['phone', PHONE]]);
    for (const ok of ['06 12 34 56 78', '+33 6 12 34 56 78', '+32 2 123 45 67']) expect(clientDraftSchema.safeParse(client({ postalCode: '69001' }, ok)).success, ok).toBe(true);
    // A foreign client's number in its own national format.
    expect(clientDraftSchema.safeParse(client({ postalCode: '1000', country: 'Belgique' }, '02 123 45 67')).success).toBe(true);
  });

  it('checks the identity of Paramètres the same way, and normalises its IBAN and BIC', () => {
    const identity = { name: 'Sophie Laurent', address: { street: '24 rue des Arts', postalCode: '6900', city: 'Lyon' }, phone: '06 12 34 56 7' };
    expect(issues(identityDraftSchema.safeParse(identity))).toEqual([
      ['address.postalCode', POSTCODE],
      ['phone', PHONE],
    ]);
    const parsed = identityDraftSchema.parse({ ...identity, address: { ...identity.address, postalCode: '69001' }, phone: '', iban: ' fr76 3000 6000 0112 3456 7890 189 ', bic: 'bnpa fr pp' });
    expect(parsed).toMatchObject({ iban: 'FR7630006000011234567890189', bic: 'BNPAFRPP' });
    expect(issues(identityDraftSchema.safeParse({ iban: 'FR76 3000 6000 0112 3456 7890 188' }))[0]?.[0]).toBe('iban');
  });

  it('never refuses what is already stored: a file written before these checks still loads', () => {
    const at = '2026-01-15T09:00:00.000Z';
    expect(clientSchema.safeParse({ id: 'c1', ...client({ postalCode: '6900' }, '06 12 34 56 7'), createdAt: at, updatedAt: at }).success).toBe(true);
    expect(identitySchema.parse({ address: { postalCode: '6900' }, iban: 'fr76 3000 6000 0112 3456 7890 189' }).iban).toBe('fr76 3000 6000 0112 3456 7890 189');
  });
});
