import { frenchTypography } from '../kernel/frenchTypography';

const fr = frenchTypography;

/**
 * What a letter to a private client must never say (legal-facts.md §§ 4, 10): the 40 € indemnity and recovery
 * costs are not owed by a consumer (L441-10 is between professionals; CPCE L111-8), a seizure cannot be threatened
 * without an enforceable title, and nothing may look like a court or commissaire de justice document (C. pén.
 * 433-13 and 444-5; aggressive practices, C. conso L121-6 and L121-7). The check runs on the text of the letter as
 * filled, so a template edited by the user is caught too, before anything is printed.
 */

interface Rule {
  readonly pattern: RegExp;
  readonly reason: string;
}

const INDEMNITY = fr('l’indemnité forfaitaire de 40 € n’est due qu’entre professionnels (art. L441-10 du Code de commerce) et ne peut pas être réclamée à un particulier');
const RECOVERY_COSTS = fr(
  'les frais de recouvrement engagés sans titre exécutoire restent à la charge du créancier et ne peuvent pas être réclamés à un particulier (art. L111-8 du Code des procédures civiles d’exécution)',
);
const COURT_LIKE = fr(
  'une lettre à un particulier ne doit ni évoquer une saisie ni ressembler à un acte de justice ou de commissaire de justice (art. 433-13 du Code pénal ; pratiques commerciales agressives, art. L121-6 du Code de la consommation)',
);
const HEADING = fr('l’objet d’une lettre à un particulier ne doit pas ressembler à celui d’un document de justice (art. 433-13 du Code pénal)');

/** Anywhere in the letter (text folded: lower case, no accents, every space a plain space). */
const BODY_RULES: readonly Rule[] = [
  { pattern: /(?<![\d,.])(?<!\d )40(?:[,.]00)? ?(?:€|eur\b|euros?\b)/, reason: INDEMNITY },
  { pattern: /indemnite forfaitaire/, reason: INDEMNITY },
  { pattern: /frais de recouvrement/, reason: RECOVERY_COSTS },
  { pattern: /\bhuissiers?\b/, reason: COURT_LIKE },
  { pattern: /commissaires? de justice/, reason: COURT_LIKE },
  { pattern: /\bsaisies?\b/, reason: COURT_LIKE },
  { pattern: /commandement de payer/, reason: COURT_LIKE },
  { pattern: /au nom du peuple francais/, reason: COURT_LIKE },
  { pattern: /republique francaise/, reason: COURT_LIKE },
];

/** In the heading (the object line) only: words of court and enforcement documents. */
const HEADING_RULES: readonly Rule[] = [
  { pattern: /\b(?:tribunal|tribunaux|jugement|ordonnance|injonction|sommation|signification|greffe|executoire|acte|proces-verbal|juridiction)\b/, reason: HEADING },
];

export function foldForCheck(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00a0\u202f\t]/g, ' ')
    .toLowerCase();
}

/** The words found (folded: they read the same without their accents) and why they are refused. */
function found(folded: string, rule: Rule): string | null {
  const m = rule.pattern.exec(folded);
  return m ? fr(`« ${m[0].trim()} » : ${rule.reason}.`) : null;
}

/**
 * French errors for wording a private client's letter must not contain (empty when the text is fine).
 * `amounts`: the amounts the letter states as they are printed (« 40,00 € » may be what the client owes).
 */
export function privateWordingProblems(parts: { heading: readonly string[]; body: readonly string[] }, amounts: readonly string[] = []): string[] {
  const problems = new Set<string>();
  for (const text of [...parts.heading, ...parts.body]) {
    let masked = text;
    for (const amount of amounts) masked = masked.replaceAll(amount, '#');
    const folded = foldForCheck(masked);
    for (const rule of BODY_RULES) {
      const p = found(folded, rule);
      if (p) problems.add(fr(`Lettre à un particulier : ${p}`));
    }
  }
  for (const text of parts.heading) {
    const folded = foldForCheck(text);
    for (const rule of HEADING_RULES) {
      const p = found(folded, rule);
      if (p) problems.add(fr(`Lettre à un particulier : ${p}`));
    }
  }
  return [...problems];
}
