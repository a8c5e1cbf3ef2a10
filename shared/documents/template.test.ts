import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fillTemplate, placeholdersUsed, templateSyntaxErrors } from './template';
import { PLACEHOLDERS } from './placeholders';

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('fillTemplate', () => {
  it('replaces every field by its value', () => {
    const r = fillTemplate('La facture n° {{numero_facture}} du {{date_facture}} : {{ montant_du }}.', {
      numero_facture: 'F-2026-012',
      date_facture: '15 mai 2026',
      montant_du: '1 500,00 €',
    });
    expect(r).toEqual({ ok: true, text: 'La facture n° F-2026-012 du 15 mai 2026 : 1 500,00 €.' });
  });

  it('keeps a section when its flag is true or its field has a value, drops it otherwise; ^ inverts', () => {
    const t = 'Facture{{#objet_facture}} ({{objet_facture}}){{/objet_facture}}{{^objet_facture}} sans objet{{/objet_facture}}{{#une_facture}}, seule{{/une_facture}}{{#plusieurs_factures}}, groupée{{/plusieurs_factures}}.';
    expect(fillTemplate(t, { objet_facture: 'Site', une_facture: true, plusieurs_factures: false })).toEqual({ ok: true, text: 'Facture (Site), seule.' });
    expect(fillTemplate(t, { objet_facture: '', une_facture: false, plusieurs_factures: true })).toEqual({ ok: true, text: 'Facture sans objet, groupée.' });
    expect(fillTemplate(t, { objet_facture: null, une_facture: false, plusieurs_factures: true })).toEqual({ ok: true, text: 'Facture sans objet, groupée.' });
  });

  it('does not ask for the values of a dropped section', () => {
    const t = '{{#une_facture}}Échéance : {{date_echeance}}.{{/une_facture}}{{#plusieurs_factures}}Voir le tableau.{{/plusieurs_factures}}';
    expect(fillTemplate(t, { une_facture: false, plusieurs_factures: true })).toEqual({ ok: true, text: 'Voir le tableau.' });
  });

  it('nests sections', () => {
    const t = '{{#une_facture}}A{{#objet_facture}}B{{objet_facture}}{{/objet_facture}}C{{/une_facture}}';
    expect(fillTemplate(t, { une_facture: true, objet_facture: 'x' })).toEqual({ ok: true, text: 'ABxC' });
    expect(fillTemplate(t, { une_facture: true })).toEqual({ ok: true, text: 'AC' });
  });

  it('reports an unknown placeholder in French, with the closest name', () => {
    const r = fillTemplate('Montant : {{montnt_du}}.', { montant_du: '1 €' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(plain(r.errors[0]!)).toBe('Champ inconnu : « {{montnt_du}} ». Vouliez-vous dire {{montant_du}} ? Les champs possibles sont dans la liste à côté de l’éditeur.');
  });

  it('reports a missing value in French, with its reason, and never leaves a blank', () => {
    const r = fillTemplate('Objet : {{objet_facture}}.', { objet_facture: '  ' }, { missingReasons: { objet_facture: 'la facture n° F-1 n’a pas de description' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(plain(r.errors[0]!)).toBe(
      'Le champ {{objet_facture}} (objet de la facture) n’a pas de valeur pour cette lettre : la facture n° F-1 n’a pas de description. Complétez la donnée, retirez le champ du modèle, ou placez-le dans une section {{#objet_facture}}…{{/objet_facture}}.',
    );
  });

  it('reports every problem at once: unknown names, missing values, syntax', () => {
    const r = fillTemplate('{{inconnu}} {{montant_du}} {{penalites}} {{montant_du}} {{une_facture}} {{#une_facture}}x{{/plusieurs_factures}} {{', {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const errors = r.errors.map(plain);
    expect(errors).toEqual(
      expect.arrayContaining([
        'Champ inconnu : « {{inconnu}} ». Les champs possibles sont dans la liste à côté de l’éditeur.',
        '« {{une_facture}} » s’emploie seulement comme section : « {{#une_facture}}…{{/une_facture}} ».',
        '« {{/plusieurs_factures}} » arrive avant la fin de la section « {{#une_facture}} » : fermez-la d’abord par « {{/une_facture}} ».',
        'Accolades non fermées : « {{ » n’est pas terminé par « }} ».',
        'La section « {{#une_facture}} » n’est pas fermée par « {{/une_facture}} ».',
      ]),
    );
    // Each missing value once, however often it is used.
    expect(errors.filter((e) => e.startsWith('Le champ {{montant_du}}'))).toHaveLength(1);
    expect(errors.filter((e) => e.startsWith('Le champ {{penalites}}'))).toHaveLength(1);
  });

  it('reads braces before a placeholder as text', () => {
    expect(fillTemplate('{{{montant_du}}}', { montant_du: '5 €' })).toEqual({ ok: true, text: '{5 €}' });
  });

  it('reports a closing tag with no open section and an empty placeholder', () => {
    expect(templateSyntaxErrors('a {{/une_facture}} b {{ }}').map(plain)).toEqual([
      '« {{/une_facture}} » ferme une section qui n’a pas été ouverte.',
      'Champ vide : « {{}} » ne désigne aucun champ.',
    ]);
  });

  it('lists the placeholders a template names', () => {
    expect([...placeholdersUsed('{{#une_facture}}{{montant_du}}{{/une_facture}} {{inconnu}} {{date_limite}}')].sort()).toEqual(['date_limite', 'montant_du', 'une_facture']);
  });

  it('gives a text without placeholders back as it is', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).filter((s) => !s.includes('{{')),
        (s) => {
          expect(fillTemplate(s, {})).toEqual({ ok: true, text: s });
        },
      ),
    );
  });

  it('puts each value where its field stands, whatever the values hold (no second pass over a value)', () => {
    const names = PLACEHOLDERS.filter((p) => p.kind === 'value').map((p) => p.name);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 10 }).filter((s) => !s.includes('{{')), fc.constantFrom(...names), fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '')), {
          minLength: 1,
          maxLength: 8,
        }),
        (parts) => {
          const values: Record<string, string> = {};
          for (const [, name, value] of parts) values[name] = value;
          const template = parts.map(([text, name]) => `${text}{{${name}}}`).join('');
          const expected = parts.map(([text, name]) => `${text}${values[name]}`).join('');
          expect(fillTemplate(template, values)).toEqual({ ok: true, text: expected });
        },
      ),
    );
  });

  it('stays linear on a huge pasted text', () => {
    const big = '{{montant_du}} '.repeat(50_000) + '{'.repeat(100_000);
    const started = performance.now();
    const r = fillTemplate(big, { montant_du: '1 €' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
