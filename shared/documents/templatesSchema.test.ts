import { describe, expect, it } from 'vitest';
import { DUNNING_TONES } from '../dunning/schema';
import { DEFAULT_LETTER_TEMPLATES } from './defaultTemplates';
import { letterTemplatesSchema, variantProblems, type LetterTemplateVariant } from './templatesSchema';
import { PLACEHOLDERS } from './placeholders';

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');
const copy = () => structuredClone(DEFAULT_LETTER_TEMPLATES) as { -readonly [K in keyof typeof DEFAULT_LETTER_TEMPLATES]: LetterTemplateVariant[] };
const issues = (value: unknown): string[] => {
  const r = letterTemplatesSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${plain(i.message)}`);
};

describe('the default letter templates', () => {
  it('validate against the stored schema, every tone with a business and a private variant', () => {
    expect(issues(DEFAULT_LETTER_TEMPLATES)).toEqual([]);
    for (const tone of DUNNING_TONES) {
      const audiences = DEFAULT_LETTER_TEMPLATES[tone].map((v) => v.audience).sort();
      expect(audiences).toEqual(['business', 'private']);
      for (const v of DEFAULT_LETTER_TEMPLATES[tone]) expect(variantProblems(tone, v)).toEqual([]);
    }
  });

  it('have distinct ids across all tones (the id recorded with a sent letter names one text)', () => {
    const ids = DUNNING_TONES.flatMap((t) => DEFAULT_LETTER_TEMPLATES[t].map((v) => v.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('name only placeholders of the catalogue, and the catalogue describes each one in French', () => {
    for (const p of PLACEHOLDERS) {
      expect(p.description.length).toBeGreaterThan(20);
      expect(p.label).not.toBe('');
    }
  });
});

describe('letterTemplatesSchema refuses, in French', () => {
  it('a variant that drops a mandatory mention', () => {
    const t = copy();
    t.firm[0] = { ...t.firm[0]!, text: t.firm[0]!.text.replaceAll('{{date_limite}}', 'bientôt') };
    expect(issues(t)).toEqual(['firm.0.text: Mention obligatoire manquante : le modèle « Ferme » doit contenir {{date_limite}} (date limite de paiement).']);
  });

  it('a business variant without the penalties or the indemnity', () => {
    const t = copy();
    t.formal[0] = { ...t.formal[0]!, text: 'Payez {{montant_du}} (total {{total_reclame}}) avant le {{date_limite}}, sinon {{procedure}}.' };
    expect(issues(t)).toEqual([
      'formal.0.text: Mention obligatoire manquante : le modèle « Formel (mise en demeure) » doit contenir {{taux_penalites}} (taux des pénalités ou de l’intérêt légal).',
      'formal.0.text: Mention obligatoire manquante : le modèle « Formel (mise en demeure) » doit contenir {{penalites}} (pénalités ou intérêts à ce jour).',
      'formal.0.text: Mention obligatoire manquante : le modèle « Formel (mise en demeure) » doit contenir {{indemnite}} (indemnité forfaitaire due).',
    ]);
  });

  it('a mise en demeure whose object does not say « mise en demeure »', () => {
    const t = copy();
    t.formal[1] = { ...t.formal[1]!, subject: 'Dernière relance — {{factures}}' };
    expect(issues(t)).toEqual(['formal.1.subject: L’objet d’une mise en demeure doit contenir les mots « mise en demeure ».']);
  });

  it('a private variant that claims the 40 € or recovery costs, or names a business-only placeholder', () => {
    const t = copy();
    t.firm[1] = { ...t.firm[1]!, text: `${t.firm[1]!.text}\n\nDes frais de recouvrement de 40 € s’ajoutent, soit {{indemnite}}.` };
    const found = issues(t);
    expect(found).toContain('firm.1.text: Un modèle pour particulier ne peut pas employer {{indemnite}} : indemnité forfaitaire due ne concerne qu’un client professionnel.');
    expect(found.some((m) => m.includes('« 40 € » : l’indemnité forfaitaire de 40 € n’est due qu’entre professionnels'))).toBe(true);
    expect(found.some((m) => m.includes('« frais de recouvrement » : les frais de recouvrement engagés sans titre exécutoire restent à la charge du créancier'))).toBe(true);
  });

  it('a private variant whose object looks like a court document', () => {
    const t = copy();
    t.litigation[1] = { ...t.litigation[1]!, subject: 'Injonction — Tribunal judiciaire — {{factures}}' };
    expect(issues(t).some((m) => m.startsWith('litigation.1.text: Lettre à un particulier : « injonction » : l’objet d’une lettre à un particulier ne doit pas ressembler'))).toBe(true);
  });

  it('an unknown placeholder, a broken section, twice the same id, a tone left without a variant for one kind of client', () => {
    const t = copy();
    t.friendly[0] = { ...t.friendly[0]!, closing: 'Cordialement, {{signataire}}' };
    t.friendly[1] = { ...t.friendly[1]!, id: t.friendly[0]!.id, text: `${t.friendly[1]!.text} {{#une_facture}}` };
    t.courtesy = [t.courtesy[0]!];
    expect(issues(t)).toEqual([
      'courtesy: Le ton « Courtois » n’a aucun modèle pour les clients particuliers.',
      'friendly.0.closing: Champ inconnu : « {{signataire}} ». Les champs possibles sont dans la liste à côté de l’éditeur.',
      'friendly.1.id: Le modèle « Rappel amiable (particulier) » a le même identifiant qu’un autre modèle.',
      'friendly.1.text: La section « {{#une_facture}} » n’est pas fermée par « {{/une_facture}} ».',
    ]);
  });

  it('a variant of 8 001 characters', () => {
    const t = copy();
    t.firm[0] = { ...t.firm[0]!, text: 'x'.repeat(8001) };
    expect(issues(t)).toContain('firm.0.text: Texte : 8 000 caractères au plus.');
  });
});
