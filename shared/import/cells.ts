import type { ColumnMapping } from './importTypes';
import type { ClientKind } from '../ledger/schema';
import { normalizeHeader } from './normalize';

/** Helpers shared by the readers of invoice rows and client rows. Every message is French. */

export type RowResult<T> = { ok: true; value: T } | { ok: false; reasons: string[]; label: string };

const PRIVATE_WORDS = ['particulier', 'particuliers', 'b2c', 'personne physique', 'prive', 'individuel', 'consommateur', 'private', 'individual'];
const BUSINESS_WORDS = [
  'professionnel', 'professionnels', 'pro', 'entreprise', 'societe', 'b2b', 'personne morale', 'association', 'administration',
  'collectivite', 'business', 'company',
];

/** "Particulier", "B2C", "personne physique" → private; "Professionnel", "Société", "B2B" → business; '' → null. */
export function parseClientKind(text: string): { ok: true; value: ClientKind | null } | { ok: false; message: string } {
  const s = normalizeHeader(text);
  if (s === '') return { ok: true, value: null };
  if (PRIVATE_WORDS.includes(s)) return { ok: true, value: 'private' };
  if (BUSINESS_WORDS.includes(s)) return { ok: true, value: 'business' };
  return { ok: false, message: `Type de client «\u00a0${text.trim()}\u00a0» inconnu\u00a0: indiquez «\u00a0particulier\u00a0» ou «\u00a0professionnel\u00a0».` };
}

/**
 * The trimmed text of a mapped cell. A value written as a spreadsheet formula to keep its leading
 * zeros (="00123", a common export trick) is unwrapped.
 */
export function cell(cells: readonly string[], mapping: ColumnMapping, field: string): string {
  const index = mapping[field];
  if (index === null || index === undefined) return '';
  const text = (cells[index] ?? '').trim();
  const formula = /^="(.*)"$/s.exec(text);
  return formula ? formula[1]!.replace(/""/g, '"').trim() : text;
}

/** Lower-cases the first letter of a sentence, not of an acronym ("SIRET", "HT"). */
export function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** "Montant TTC « 12,345 » : un montant a au plus deux chiffres après la virgule." (the cell quoted as the file holds it) */
export function fieldProblem(label: string, raw: string, message: string): string {
  const quoted = `«\u00a0${raw}\u00a0»`;
  const colon = '\u00a0: ';
  if (message.startsWith(`${quoted}${colon}`)) return `${label} ${quoted}${colon}${message.slice(quoted.length + colon.length)}`;
  if (message.includes(quoted)) return `${label}${colon}${message}`;
  return `${label} ${quoted}${colon}${lowerFirst(message)}`;
}

/**
 * A doubtful optional value left out: "Adresse e-mail « x » invalide (exemple : nom@domaine.fr).
 * Champ laissé vide." A ledger message "<Something> invalide…" gets the value quoted after its subject.
 */
export function leftEmpty(label: string, raw: string, message: string): string {
  const shown = raw.length > 60 ? `${raw.slice(0, 57)}…` : raw;
  const at = message.indexOf(' invalide');
  const own = message.startsWith(`${label}\u00a0: `) ? message.slice(label.length + 3) : message;
  const sentence = at > 0 ? `${label} «\u00a0${shown}\u00a0»${message.slice(at)}` : fieldProblem(label, shown, own);
  return `${sentence.endsWith('.') ? sentence : `${sentence}.`} Champ laissé vide.`;
}

export function missing(label: string): string {
  return `${label}\u00a0: valeur manquante (ce champ est obligatoire).`;
}

export function zodMessages(issues: readonly { message: string }[]): string[] {
  return [...new Set(issues.map((i) => i.message))];
}

/** Excel drops the leading zero of French postcodes (01000 → 1000) and phone numbers (06… → 6…). */
export function restoreLeadingZero(value: string, length: number): string {
  return new RegExp(`^[1-9]\\d{${length - 2}}$`).test(value) ? `0${value}` : value;
}
