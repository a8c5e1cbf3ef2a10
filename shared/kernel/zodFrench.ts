import { z } from 'zod';

/**
 * zod's default messages, in plain French, for every process (main, loopback, renderer, tests).
 * Imported for its side effect, first, by shared/ledger/schema.ts and shared/ipc/contract.ts.
 *
 * Our schemas carry their own French message wherever the user can meet them; this map only words
 * the issues a schema leaves without one (a bare .max(), a wrong type in a hand-edited file, an
 * unknown field), which reach the user in notices and CSV import rejections. zod's own French
 * locale (z.locales.fr) is not used: it still says "chaîne de caractères doit avoir <=254",
 * "record", "tuple", "NaN"…
 */

const COLON = '\u00a0:'; // French typography: no-break space before ':'

const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  bigint: 'un nombre entier',
  nan: 'un nombre',
  boolean: 'oui ou non',
  date: 'une date',
  array: 'une liste',
  tuple: 'une liste',
  set: 'une liste',
  object: 'un groupe de champs',
  record: 'un groupe de champs',
  map: 'un groupe de champs',
  file: 'un fichier',
  null: 'une valeur vide',
  undefined: 'aucune valeur',
  void: 'aucune valeur',
  never: 'aucune valeur',
  nonoptional: 'une valeur',
  symbol: 'un symbole',
  function: 'une fonction',
};

const FORMAT_NAMES: Record<string, string> = {
  email: 'adresse e-mail invalide',
  url: 'adresse web invalide',
  datetime: 'horodatage invalide (date et heure attendues)',
  date: 'date invalide',
  time: 'heure invalide',
  duration: 'durée invalide',
  base64: 'données encodées invalides',
  base64url: 'données encodées invalides',
  json_string: 'texte JSON invalide',
  e164: 'numéro de téléphone international invalide',
  iban: 'IBAN invalide',
  ipv4: 'adresse IP invalide',
  ipv6: 'adresse IP invalide',
};

const numberFormat = new Intl.NumberFormat('fr-FR');

function count(n: number | bigint, singular: string, plural: string): string {
  return `${numberFormat.format(n)} ${Number(n) > 1 ? plural : singular}`;
}

/** What a value is, in the words of TYPE_NAMES. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** A literal or enum value as the user would type it: « business », 2, vide. */
function quoteValue(value: unknown): string {
  if (typeof value === 'string') return `«\u00a0${value}\u00a0»`;
  if (value === null || value === undefined) return 'vide';
  return String(value);
}

/** Noun, unit and agreement of a size limit, by the kind of value it applies to. */
function sized(origin: string): { what: string; unit: [string, string]; big: string; small: string } | null {
  switch (origin) {
    case 'string':
      return { what: 'texte', unit: ['caractère', 'caractères'], big: 'trop long', small: 'trop court' };
    case 'array':
    case 'set':
      return { what: 'liste', unit: ['élément', 'éléments'], big: 'trop longue', small: 'trop courte' };
    case 'file':
      return { what: 'fichier', unit: ['octet', 'octets'], big: 'trop volumineux', small: 'trop petit' };
    default:
      return null;
  }
}

function limitValue(origin: string, limit: number | bigint): string {
  if (origin === 'date') return new Date(Number(limit)).toISOString().slice(0, 10).split('-').reverse().join('/');
  return numberFormat.format(limit);
}

export const frenchErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `Valeur manquante${COLON} ce champ est obligatoire.`;
      const expected = TYPE_NAMES[issue.expected] ?? 'une valeur d’un autre type';
      const received = TYPE_NAMES[typeOf(issue.input)] ?? 'une valeur d’un autre type';
      return `Valeur attendue${COLON} ${expected} (et non ${received}).`;
    }
    case 'too_big': {
      const s = sized(issue.origin);
      if (s && issue.exact) return sentence(`${s.what} de longueur incorrecte${COLON} exactement ${count(issue.maximum, ...s.unit)}`);
      if (s) {
        const max = issue.inclusive === false ? Number(issue.maximum) - 1 : issue.maximum;
        return sentence(`${s.what} ${s.big}${COLON} ${count(max, ...s.unit)} au plus`);
      }
      const word = issue.origin === 'date' ? 'date trop tardive' : 'nombre trop grand';
      const bound = issue.inclusive === false ? 'strictement inférieur à' : 'au plus';
      return sentence(`${word}${COLON} ${bound} ${limitValue(issue.origin, issue.maximum)}`);
    }
    case 'too_small': {
      const s = sized(issue.origin);
      if (s && issue.exact) return sentence(`${s.what} de longueur incorrecte${COLON} exactement ${count(issue.minimum, ...s.unit)}`);
      if (s && Number(issue.minimum) <= 1 && issue.inclusive !== false) {
        return issue.origin === 'string' ? `Valeur manquante${COLON} ce champ ne peut pas être vide.` : sentence(`${s.what} vide${COLON} au moins ${count(1, ...s.unit)}`);
      }
      if (s) {
        const min = issue.inclusive === false ? Number(issue.minimum) + 1 : issue.minimum;
        return sentence(`${s.what} ${s.small}${COLON} ${count(min, ...s.unit)} au moins`);
      }
      const word = issue.origin === 'date' ? 'date trop ancienne' : 'nombre trop petit';
      const bound = issue.inclusive === false ? 'strictement supérieur à' : 'au moins';
      return sentence(`${word}${COLON} ${bound} ${limitValue(issue.origin, issue.minimum)}`);
    }
    case 'invalid_format': {
      const format = issue.format as string;
      if (format === 'starts_with') return `Le texte doit commencer par ${quoteValue((issue as { prefix?: string }).prefix ?? '')}.`;
      if (format === 'ends_with') return `Le texte doit se terminer par ${quoteValue((issue as { suffix?: string }).suffix ?? '')}.`;
      if (format === 'includes') return `Le texte doit contenir ${quoteValue((issue as { includes?: string }).includes ?? '')}.`;
      return sentence(FORMAT_NAMES[format] ?? 'format invalide');
    }
    case 'not_multiple_of':
      return issue.divisor === 1 ? `Valeur attendue${COLON} un nombre entier.` : `Valeur attendue${COLON} un multiple de ${numberFormat.format(issue.divisor)}.`;
    case 'unrecognized_keys': {
      const plural = issue.keys.length > 1;
      return `Champ${plural ? 's' : ''} inconnu${plural ? 's' : ''}${COLON} ${issue.keys.map(quoteValue).join(', ')}.`;
    }
    case 'invalid_value': {
      if (issue.values.length === 1) return `Valeur attendue${COLON} ${quoteValue(issue.values[0])}.`;
      return `Valeur attendue${COLON} l’une de ${issue.values.map(quoteValue).join(', ')}.`;
    }
    case 'invalid_union':
      return `Valeur non reconnue${COLON} elle ne correspond à aucune des formes permises.`;
    case 'invalid_key':
      return 'Nom de champ invalide.';
    case 'invalid_element':
      return 'Élément invalide dans la liste.';
    case 'custom':
    default:
      return 'Valeur invalide.';
  }
};

z.config({ customError: frenchErrorMap });
