import { foldText } from '../kernel/identityKeys';
/** Lower case, no accents, "N°" → "n", punctuation → spaces, single spaces. */
export function normalizeHeader(header: string): string {
  return foldText(header)
    .replace(/[°º]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
