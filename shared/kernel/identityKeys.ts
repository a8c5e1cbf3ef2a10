/**
 * When two texts name the same thing. One rule per kind of identity, used by the forms, the import and the search
 * alike, so that what one calls a duplicate the other does too.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ANY_SPACE = /[\s\u00a0\u202f]+/g;

/** Accents off, ligatures spelt out ("Œuvre" → "Oeuvre", "Lætitia" → "Laetitia"); case kept. */
export function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE');
}

/** Case-, accent- and space-insensitive form of a text: "  Société\u00a0Générale " → "societe generale". */
export function foldText(text: string): string {
  return stripAccents(text).toLowerCase().replace(ANY_SPACE, ' ').trim();
}

/** Invoice numbers are unique per user, compared trimmed, spaces collapsed, case-insensitively ("f  001" = "F 001"). */
export function invoiceNumberKey(number: string): string {
  return number.replace(ANY_SPACE, ' ').trim().toLocaleUpperCase('fr-FR');
}

/** A client's name as a key: folded, apostrophes unified, no spaces ("L’Atelier  Dupré" = "l'atelier dupre"). */
export function clientNameKey(name: string): string {
  return foldText(name).replace(/[’‘`]/g, "'").replace(/ /g, '');
}
