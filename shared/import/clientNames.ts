import { clientNameKey, foldText } from '../kernel/identityKeys';
/**
 * Client names as exports write them. The import recognises a known client by its name, and by its
 * SIRET only when the name agrees: exports often carry a wrong SIRET (the issuer's own, a copy-paste
 * from the line above), and filing an invoice under the wrong client is worse than creating one.
 */

/** Legal forms and titles that an export may add or drop: « SARL Dupont » is « Dupont ». */
const NOISE_WORDS = new Set([
  'sarl', 'sas', 'sasu', 'sa', 'eurl', 'ei', 'eirl', 'sci', 'snc', 'scop', 'scp', 'selarl', 'selas', 'sca', 'gie', 'ste', 'societe', 'ets',
  'etablissements', 'entreprise', 'cabinet', 'm', 'mme', 'mlle', 'monsieur', 'madame', 'mr', 'mrs', 'ms', 'ltd', 'gmbh', 'inc', 'llc', 'bv', 'srl',
  'le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'et',
]);

/** The meaningful words of a name: lower case, no accents, "&" read as "et", legal forms dropped. */
export function nameWords(name: string): string[] {
  const plain = foldText(name)
    .replace(/&/g, ' et ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = plain === '' ? [] : plain.split(' ');
  const kept = words.filter((w) => !NOISE_WORDS.has(w));
  return kept.length > 0 ? kept : words;
}

function containsRun(long: readonly string[], short: readonly string[]): boolean {
  for (let start = 0; start + short.length <= long.length; start++) {
    let all = true;
    for (let k = 0; k < short.length; k++) {
      if (long[start + k] !== short[k]) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/**
 * Whether two names can be the same client: equal once case, accents, punctuation and legal forms
 * are set aside, or one is the other with words added (« Dupont » and « Dupont Rénovation »).
 * « Boulangerie Léa & Fils » and « Boulangerie Lefèvre & Fils » do not agree.
 */
export function namesAgree(a: string, b: string): boolean {
  if (a.trim() !== '' && clientNameKey(a) === clientNameKey(b)) return true;
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.join(' ') === wb.join(' ')) return true;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.join('').length >= 4 && containsRun(long, short);
}
