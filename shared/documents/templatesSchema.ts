import '../kernel/zodFrench';
import { z } from 'zod';
import { frenchTypography } from '../kernel/frenchTypography';
import { DUNNING_TONES, type DunningTone } from '../dunning/schema';
import { TONE_LABELS } from '../dunning/levels';
import { placeholderInfo, type PlaceholderName } from './placeholders';
import { foldForCheck, privateWordingProblems } from './privateWording';
import { placeholdersUsed, templateSyntaxErrors } from './template';

const fr = frenchTypography;

/**
 * The letter templates as stored (in the settings, later per client): per tone, one or more variants, each written
 * for a business client, a private client, or both. A variant is three templates: the object line (after
 * « Objet : »), the body (paragraphs separated by a blank line) and the closing formula.
 */

export const LETTER_AUDIENCES = ['all', 'business', 'private'] as const;
export type LetterAudience = (typeof LETTER_AUDIENCES)[number];

/** Who a variant is written for, as the editor says it. */
export const AUDIENCE_LABELS: Record<LetterAudience, string> = {
  all: 'Tous les clients',
  business: 'Clients professionnels',
  private: 'Clients particuliers',
};

export type TemplatePart = 'subject' | 'text' | 'closing';

export const TEMPLATE_PART_LABELS: Record<TemplatePart, string> = {
  subject: 'Objet',
  text: 'Texte',
  closing: 'Formule de politesse',
};

export interface LetterTemplateVariant {
  /** Stable id, recorded with every letter sent (which variant was used). */
  readonly id: string;
  readonly label: string;
  readonly audience: LetterAudience;
  readonly subject: string;
  readonly text: string;
  readonly closing: string;
}

export type LetterTemplates = Readonly<Record<DunningTone, readonly LetterTemplateVariant[]>>;

export interface VariantProblem {
  readonly part: TemplatePart;
  readonly message: string;
}

interface Requirement {
  /** Any one of them is enough. */
  readonly anyOf: readonly PlaceholderName[];
}

const need = (...anyOf: PlaceholderName[]): Requirement => ({ anyOf });

/**
 * The placeholders a variant must contain for its letters to carry their mandatory mentions (legal-facts.md §§ 1, 5):
 * the amount still due and the date to pay by in every letter; between professionals the penalty rate, the
 * penalties to date and the 40 € indemnity; in a mise en demeure and a last notice the sum claimed and the action
 * that will follow; in a private client's mise en demeure the rate of the interest it makes run. The invoice
 * number and date are in the references line, the due dates in the table or the text, how to pay in the payment
 * block: those are not templates.
 */
export function requiredPlaceholders(tone: DunningTone, audience: LetterAudience): readonly Requirement[] {
  const list: Requirement[] = [need('montant_du'), need('date_limite')];
  const business = audience !== 'private';
  if (business) {
    list.push(need('taux_penalites'));
    if (tone === 'courtesy') list.push(need('indemnite_par_facture', 'indemnite'));
    else if (tone === 'friendly') list.push(need('penalites'), need('indemnite_par_facture', 'indemnite'));
    else list.push(need('penalites'), need('indemnite'));
  }
  if (tone === 'formal' || tone === 'litigation') list.push(need('total_reclame'), need('procedure'));
  if (tone === 'formal' && audience === 'private') list.push(need('taux_penalites'));
  return list;
}

function placeholderList(names: readonly PlaceholderName[]): string {
  return names.map((n) => `{{${n}}}`).join(' ou ');
}

/**
 * Everything that keeps a variant from being used for the tone, in French: syntax errors and unknown placeholders
 * (per part), a mandatory mention missing, a mise en demeure whose object does not say « mise en demeure », and for
 * a private client's variant a business-only placeholder or wording a private client's letter must not contain.
 */
export function variantProblems(tone: DunningTone, variant: Pick<LetterTemplateVariant, 'audience' | 'subject' | 'text' | 'closing'>): VariantProblem[] {
  const problems: VariantProblem[] = [];
  const parts: TemplatePart[] = ['subject', 'text', 'closing'];
  const used = new Set<PlaceholderName>();
  for (const part of parts) {
    for (const message of templateSyntaxErrors(variant[part])) problems.push({ part, message });
    for (const name of placeholdersUsed(variant[part])) used.add(name);
  }
  for (const req of requiredPlaceholders(tone, variant.audience)) {
    if (req.anyOf.some((n) => used.has(n))) continue;
    const info = placeholderInfo(req.anyOf[0]!)!;
    problems.push({
      part: 'text',
      message: fr(`Mention obligatoire manquante : le modèle « ${TONE_LABELS[tone]} » doit contenir ${placeholderList(req.anyOf)} (${info.label.toLowerCase()}).`),
    });
  }
  if (tone === 'formal' && !foldForCheck(variant.subject).includes('mise en demeure')) {
    problems.push({ part: 'subject', message: fr('L’objet d’une mise en demeure doit contenir les mots « mise en demeure ».') });
  }
  if (variant.audience === 'private') {
    for (const name of used) {
      const info = placeholderInfo(name)!;
      if (info.businessOnly) {
        problems.push({ part: 'text', message: fr(`Un modèle pour particulier ne peut pas employer {{${name}}} : ${info.label.toLowerCase()} ne concerne qu’un client professionnel.`) });
      }
    }
    const wording = privateWordingProblems({ heading: [variant.subject], body: [variant.text, variant.closing] });
    for (const message of wording) problems.push({ part: 'text', message });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Zod schemas of the stored templates

const variantIdSchema = z
  .string({ message: 'Identifiant de modèle invalide.' })
  .min(1, 'Identifiant de modèle obligatoire.')
  .max(60, fr('Identifiant de modèle : 60 caractères au plus.'))
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Identifiant de modèle invalide (lettres minuscules, chiffres et tirets).');

export const letterTemplateVariantSchema = z.object({
  id: variantIdSchema,
  label: z.string({ message: 'Nom du modèle invalide.' }).trim().min(1, 'Le nom du modèle est obligatoire.').max(80, fr('Nom du modèle : 80 caractères au plus.')),
  audience: z.enum(LETTER_AUDIENCES, { message: 'Destinataires du modèle inconnus (professionnels, particuliers ou tous).' }),
  subject: z.string({ message: 'Objet invalide.' }).trim().min(1, 'L’objet de la lettre est obligatoire.').max(200, fr('Objet : 200 caractères au plus.')),
  text: z.string({ message: 'Texte invalide.' }).trim().min(1, 'Le texte de la lettre est obligatoire.').max(8000, fr('Texte : 8 000 caractères au plus.')),
  closing: z.string({ message: 'Formule de politesse invalide.' }).trim().min(1, 'La formule de politesse est obligatoire.').max(500, fr('Formule de politesse : 500 caractères au plus.')),
});

/** One tone's variants with every check a letter needs (templates.save). */
export const toneVariantsSchema = (tone: DunningTone) =>
  z
    .array(letterTemplateVariantSchema)
    .min(1, fr(`Le ton « ${TONE_LABELS[tone]} » a au moins un modèle.`))
    .max(20, fr(`Le ton « ${TONE_LABELS[tone]} » a au plus 20 modèles.`))
    .superRefine((variants, ctx) => {
      const seen = new Set<string>();
      variants.forEach((v, i) => {
        if (seen.has(v.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: fr(`Le modèle « ${v.label} » a le même identifiant qu’un autre modèle.`) });
        seen.add(v.id);
        for (const p of variantProblems(tone, v)) ctx.addIssue({ code: 'custom', path: [i, p.part], message: p.message });
      });
      for (const kind of ['business', 'private'] as const) {
        if (!variants.some((v) => v.audience === kind || v.audience === 'all')) {
          ctx.addIssue({
            code: 'custom',
            path: [],
            message: fr(`Le ton « ${TONE_LABELS[tone]} » n’a aucun modèle pour les ${kind === 'business' ? 'clients professionnels' : 'clients particuliers'}.`),
          });
        }
      }
    });

/** The stored templates: every tone, each with its variants (the lead persists them in the settings). */
export const letterTemplatesSchema = z.object(
  Object.fromEntries(DUNNING_TONES.map((tone) => [tone, toneVariantsSchema(tone)])) as Record<DunningTone, ReturnType<typeof toneVariantsSchema>>,
);
/** @public For the template editor beside the letters (issue 8, next step). */
export type StoredLetterTemplates = z.infer<typeof letterTemplatesSchema>;
