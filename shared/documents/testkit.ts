import { clientSchema, identitySchema, invoiceSchema, settingsSchema, type Client, type Identity, type Invoice, type Settings } from '../ledger/schema';
import type { LetterIdentity } from './composeLetter';

/**
 * Builders of the letters' tests (no test framework here): a freelancer, a business and a private client, and
 * their invoices, built through the ledger's zod schemas so that each record is one the store would accept.
 */

const AT = '2026-05-15T09:00:00.000Z';

export function anIdentity(over: Partial<LetterIdentity> = {}): Identity {
  return {
    ...identitySchema.parse({
      name: 'Camille Durand',
      legalForm: 'ei',
      address: { street: '12 rue Mercière', postalCode: '69002', city: 'Lyon' },
      siret: '73282932000074',
      email: 'camille@durand-studio.fr',
      phone: '06 12 34 56 78',
      iban: 'FR7630006000011234567890189',
      bic: 'BNPAFRPPXXX',
      paymentLink: 'https://paiement.durand-studio.fr/facture',
    }),
    ...over,
  };
}

export function aBusinessClient(over: Partial<Client> = {}): Client {
  return {
    ...clientSchema.parse({
      id: 'cli-pro',
      kind: 'business',
      name: 'Atelier Martin SARL',
      contactName: 'Paul Martin',
      address: { street: '47 boulevard des Belges', postalCode: '69006', city: 'Lyon' },
      createdAt: AT,
      updatedAt: AT,
    }),
    ...over,
  };
}

export function aPrivateClient(over: Partial<Client> = {}): Client {
  return {
    ...clientSchema.parse({
      id: 'cli-part',
      kind: 'private',
      name: 'Claire Lefèvre',
      address: { street: '8 impasse des Tilleuls', postalCode: '38000', city: 'Grenoble' },
      createdAt: AT,
      updatedAt: AT,
    }),
    ...over,
  };
}

export type LetterTestInvoice = Invoice;

export function aLetterInvoice(over: Partial<Invoice> = {}): Invoice {
  return {
    ...invoiceSchema.parse({
      id: 'inv-12',
      clientId: 'cli-pro',
      number: 'F-2026-012',
      issueDate: '2026-05-15',
      dueDate: '2026-06-14',
      amountTtcCents: 150_000,
      description: 'Refonte du site internet',
      createdAt: AT,
      updatedAt: AT,
    }),
    ...over,
  };
}

export function letterSettings(): Settings {
  return settingsSchema.parse({});
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * Where a text holds the number 40 on its own (« 40 € », « 40,00 € », « 40 euros »), not as a part of another
 * number (« 1405 », « 2 340,00 € », « 0,40 € »): what a private client's letter must never show.
 */
export function standalone40(text: string): string[] {
  const found: string[] = [];
  for (let i = text.indexOf('40'); i >= 0; i = text.indexOf('40', i + 1)) {
    const before = text[i - 1];
    const after = text[i + 2];
    const partOfNumber = isDigit(before) || before === '\u202f' || before === ',' || isDigit(after) || (after === '\u202f' && isDigit(text[i + 3]));
    if (!partOfNumber) found.push(text.slice(Math.max(0, i - 20), i + 10));
  }
  return found;
}
