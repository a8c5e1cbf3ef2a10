import { namesAgree } from '../../../shared/import/clientNames';
import type { BuyerMatch, EinvoiceReadResult, SellerCheck } from '../../../shared/einvoice/contract';
import type { InvoiceProposal, ProposedParty } from '../../../shared/einvoice/proposal';
import { AppError } from '../../../shared/ipc/errors';
import { frenchTypography } from '../../../shared/kernel/frenchTypography';
import { isValidSiret, normalizeSiret } from '../../../shared/ledger/identifiers';
import type { Database } from '../../../shared/ledger/schema';
import { ClientMatcher, formatSiret } from '../import/clientMatcher';
import type { PdfReader } from './pdfReader';
import { readInvoiceFile, READ_TIME_LIMIT_MS } from './readInvoiceFile';

/**
 * einvoice.read: the proposal read from the file, the check that the user issued it, and the client its buyer is
 * (by the ledger's identity keys, as the import matches clients). Nothing is created or stored.
 */

const ADDRESS_LINE = 38;

function partyLabel(party: ProposedParty): string {
  const name = party.name?.value ?? '';
  const siret = party.siret?.value ?? '';
  const siren = party.siren?.value ?? '';
  const id = siret !== '' ? ` (SIRET ${formatSiret(siret)})` : siren !== '' ? ` (SIREN ${siren.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3')})` : '';
  return `«\u00a0${name}\u00a0»${id}`;
}

export function checkSeller(identity: Database['identity'], seller: ProposedParty): SellerCheck {
  const ownSiren = normalizeSiret(identity.siret).slice(0, 9);
  const sellerSiren = seller.siren?.value ?? seller.siret?.value.slice(0, 9) ?? '';
  const sellerName = seller.name?.value ?? '';
  if (sellerName === '' && sellerSiren === '') {
    return { isUser: false, warning: 'L’émetteur de cette facture n’a pas pu être lu\u00a0: vérifiez qu’elle a bien été émise par vous.' };
  }
  if (ownSiren !== '' && sellerSiren !== '') {
    if (ownSiren === sellerSiren) return { isUser: true, warning: null };
  } else if (identity.name.trim() !== '' && sellerName !== '' && namesAgree(identity.name, sellerName)) {
    return { isUser: true, warning: null };
  }
  if (identity.name.trim() === '' && ownSiren === '') {
    return {
      isUser: false,
      warning: frenchTypography(`Cette facture a été émise par ${partyLabel(seller)}. Votre identité n’est pas encore renseignée (Paramètres) : vérifiez que c’est bien vous.`),
    };
  }
  return { isUser: false, warning: `Cette facture a été émise par ${partyLabel(seller)}, pas par vous.` };
}

function regionName(code: string): string {
  if (code === '' || code === 'FR') return '';
  try {
    return new Intl.DisplayNames(['fr'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function matchBuyer(data: Database, buyer: ProposedParty, now: string): BuyerMatch {
  const name = buyer.name?.value ?? '';
  if (name === '') return { clientId: null, matchedBy: null, newClient: null };
  const matcher = new ClientMatcher(data.clients, data.identity.siret, new Set(), now);
  const found = matcher.resolve({ name, kind: null, siret: buyer.siret?.value ?? '' });
  if (found.existing) return { clientId: found.existing.id, matchedBy: found.bySiret ? 'siret' : 'name', newClient: null };
  const address = buyer.address?.value;
  const lines = (address?.lines ?? []).map((l) => l.slice(0, ADDRESS_LINE));
  return {
    clientId: null,
    matchedBy: null,
    newClient: {
      name: name.slice(0, 100),
      siret: isValidSiret(found.siret) ? found.siret : '',
      street: lines[0] ?? '',
      complement: lines.slice(1).join(', ').slice(0, ADDRESS_LINE),
      postalCode: (address?.postalCode ?? '').slice(0, 10),
      city: (address?.city ?? '').slice(0, 32),
      country: regionName(address?.country ?? '').slice(0, ADDRESS_LINE),
    },
  };
}

export function missingFields(p: InvoiceProposal): string[] {
  const missing: string[] = [];
  if (!p.number) missing.push('le numéro');
  if (!p.issueDate) missing.push('la date de la facture');
  if (!p.dueDate) missing.push('la date d’échéance');
  if (!p.totalCents) missing.push('le montant TTC');
  if (!p.buyer.name) missing.push('le client');
  return missing;
}

export async function readEinvoice(fileName: string, bytes: Uint8Array, data: Database, now: string, reader?: PdfReader): Promise<EinvoiceReadResult> {
  const read = await readInvoiceFile(fileName, bytes, READ_TIME_LIMIT_MS, reader);
  if (!read.ok) throw new AppError('IMPORT_INVALID_FILE', read.message);
  const { proposal, file } = read.value;
  return { file, proposal, seller: checkSeller(data.identity, proposal.seller), buyer: matchBuyer(data, proposal.buyer, now), missing: missingFields(proposal) };
}
