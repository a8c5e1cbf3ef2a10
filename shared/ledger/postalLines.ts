import type { PostalAddress } from './schema';
import { stripAccents } from '../kernel/identityKeys';

/**
 * The recipient block of a letter as NF Z10-011 lines: at most 6 lines of at most 38 characters,
 * the last line of a French address being "postcode CITY" in capitals, with no accent in the city name.
 */
export function postalLines(recipient: string, contact: string, address: PostalAddress): string[] {
  const cityLine = `${address.postalCode} ${stripAccents(address.city).toUpperCase()}`.trim();
  const lines = [
    recipient,
    contact ? `À l’attention de ${contact}` : '',
    address.complement,
    address.street,
    address.locality,
    cityLine,
    address.country ? address.country.toUpperCase() : '',
  ]
    .map((l) => l.trim().slice(0, 38))
    .filter((l) => l !== '');
  // Six lines at most: drop the attention line first, it is the least needed for delivery.
  if (lines.length > 6 && contact) lines.splice(1, 1);
  return lines.slice(0, 6);
}


