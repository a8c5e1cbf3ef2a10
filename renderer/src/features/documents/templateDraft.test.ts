import { describe, expect, it } from 'vitest';
import { DEFAULT_LETTER_TEMPLATES } from '../../../../shared/documents/defaultTemplates';
import { draftProblems, insertPlaceholder, variantIdFor, type DraftVariant } from './templateDraft';

const friendly = (): DraftVariant[] => DEFAULT_LETTER_TEMPLATES.friendly.map((v) => ({ ...v }));

describe('the template editor’s draft', () => {
  it('Relance’s own templates have nothing to fix', () => {
    expect(draftProblems('friendly', friendly())).toEqual([]);
  });

  it('says what to fix, variant by variant and part by part, in French', () => {
    const variants = friendly();
    variants[0]!.text = variants[0]!.text.replace('{{montant_du}}', '{{montant}}');
    variants[0]!.label = ' ';
    const problems = draftProblems('friendly', variants);
    expect(problems).toContainEqual({ variant: 0, part: 'label', message: 'Le nom du modèle est obligatoire.' });
    expect(problems.some((p) => p.variant === 0 && p.part === 'text' && p.message.startsWith('Champ inconnu\u00a0: «\u00a0{{montant}}\u00a0».'))).toBe(true);
    expect(draftProblems('friendly', [variants[1]!]).map((p) => p.message)).toContain('Le ton «\u00a0Amiable\u00a0» n’a aucun modèle pour les clients professionnels.');
  });

  it('gives a new variant a unique id from its name', () => {
    expect(variantIdFor('Mon rappel — très poli', [])).toBe('mon-rappel-tres-poli');
    expect(variantIdFor('Mon rappel', ['mon-rappel', 'mon-rappel-2'])).toBe('mon-rappel-3');
    expect(variantIdFor('!!!', [])).toBe('modele');
  });

  it('inserts a placeholder at the caret, or over the selection', () => {
    expect(insertPlaceholder('Bonjour ,', 8, 8, 'nom_client')).toEqual({ text: 'Bonjour {{nom_client}},', caret: 22 });
    expect(insertPlaceholder('Montant : X.', 10, 11, 'montant_du')).toEqual({ text: 'Montant : {{montant_du}}.', caret: 24 });
  });
});
