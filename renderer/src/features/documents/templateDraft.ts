import type { DunningTone } from '../../../../shared/dunning/schema';
import { TONE_LABELS } from '../../../../shared/dunning/levels';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';
import { variantProblems, type LetterTemplateVariant, type TemplatePart } from '../../../../shared/documents/templatesSchema';

export type DraftVariant = { -readonly [K in keyof LetterTemplateVariant]: LetterTemplateVariant[K] };

export interface DraftProblem {
  /** The variant (index) and its part the problem is in; null for one about the tone as a whole. */
  variant: number | null;
  part: TemplatePart | 'label' | null;
  message: string;
}

/** Everything to fix before the tone's variants can be saved, as the core will check it (shared rules). */
export function draftProblems(tone: DunningTone, variants: readonly DraftVariant[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  variants.forEach((v, i) => {
    if (!v.label.trim()) problems.push({ variant: i, part: 'label', message: 'Le nom du modèle est obligatoire.' });
    for (const part of ['subject', 'text', 'closing'] as const) {
      if (!v[part].trim()) problems.push({ variant: i, part, message: frenchTypography(`${PART_NAMES[part]} : ce champ est obligatoire.`) });
    }
    for (const p of variantProblems(tone, v)) problems.push({ variant: i, part: p.part, message: p.message });
  });
  for (const kind of ['business', 'private'] as const) {
    if (!variants.some((v) => v.audience === kind || v.audience === 'all')) {
      problems.push({
        variant: null,
        part: null,
        message: frenchTypography(`Le ton « ${TONE_LABELS[tone]} » n’a aucun modèle pour les ${kind === 'business' ? 'clients professionnels' : 'clients particuliers'}.`),
      });
    }
  }
  return problems;
}

const PART_NAMES: Record<TemplatePart, string> = { subject: 'Objet', text: 'Texte', closing: 'Formule de politesse' };

/** A new variant's id, from its label, unique among the tone's ("mon-rappel", "mon-rappel-2", …). */
export function variantIdFor(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .join('-')
      .slice(0, 50) || 'modele';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** Inserts `{{name}}` at the caret of a text (or replaces the selection); returns the new text and caret. */
export function insertPlaceholder(text: string, start: number, end: number, name: string): { text: string; caret: number } {
  const token = `{{${name}}}`;
  return { text: text.slice(0, start) + token + text.slice(end), caret: start + token.length };
}
