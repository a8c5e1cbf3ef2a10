import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchTypography, NBSP, NNBSP } from '../../../shared/kernel/frenchTypography';
import { aClient } from '../../../shared/ledger/testkit';
import type { Resolution } from './clientMatcher';
import { assumedBusinessNotes, clientCheck, paidLateNotes, paymentDateNotes, siretNotes } from './reportText';

const noMatch: Resolution = { existing: null, bySiret: false, siret: '', siretOf: null, namesake: null, ignoredSiret: null };
const lefevre = aClient({ id: 'c2', name: 'Boulangerie Lefèvre & Fils', siret: '73282932000074' });

describe('the import report, in French typography', () => {
  it('says why a line went to another client than its SIRET said, with no-break spaces inside « » and before :', () => {
    const text = clientCheck('Lefèvre Traiteur', { ...noMatch, siretOf: lefevre }, { name: 'Lefèvre Traiteur', created: true }, { kind: 'invoice', number: 'F-2026-050' });
    expect(text).toBe(
      `Le SIRET 732 829 320 00074 de cette ligne est celui de «${NBSP}Boulangerie Lefèvre & Fils${NBSP}», mais la ligne nomme «${NBSP}Lefèvre Traiteur${NBSP}»${NBSP}: ` +
        `la facture F-2026-050 est rangée chez un nouveau client «${NBSP}Lefèvre Traiteur${NBSP}», créé sans SIRET, et le SIRET n’a été attribué à aucun des deux. ` +
        `S’il s’agit du même client, modifiez la facture pour choisir «${NBSP}Boulangerie Lefèvre & Fils${NBSP}».`,
    );
  });

  it('writes the SIRET notes with a narrow no-break space before ;', () => {
    const [own, shared] = siretNotes('73282932000074', 2, new Map([['35600000000048', ['Alpha', 'Bêta', 'Gamma', 'Delta']]]));
    expect(own).toBe(`Votre propre SIRET (732 829 320 00074) figure sur 2 lignes à la place de celui du client${NBSP}: il a été ignoré, et les clients ont été reconnus par leur nom.`);
    expect(shared).toBe(
      `Le SIRET 356 000 000 00048 figure sur les lignes de 4 clients différents («${NBSP}Alpha${NBSP}», «${NBSP}Bêta${NBSP}», «${NBSP}Gamma${NBSP}»…)${NBSP}: ` +
        `c’est sans doute celui de l’émetteur des factures, pas d’un client${NNBSP}; il a été ignoré. Indiquez votre SIRET dans Paramètres pour qu’il soit reconnu la prochaine fois.`,
    );
  });

  it('writes the payment-date, paid-late and client-type notes right', () => {
    expect(paymentDateNotes(new Map([['importDate', ['F-9']]]), '2026-03-20')).toEqual([
      `La facture F-9 n’est pas encore échue et le fichier n’indique pas de date de paiement${NBSP}: son paiement est daté du jour de l’import, le 20/03/2026.`,
    ]);
    expect(paidLateNotes(['F-1', 'F-2'])).toEqual([`D’après le fichier, les factures F-1 et F-2 ont reçu un paiement après leur échéance${NBSP}: des pénalités de retard peuvent être dues.`]);
    expect(assumedBusinessNotes(['Atelier Dupré'])[0]).toContain(`Clients${NBSP}: l’indemnité de 40${NBSP}€ ne lui est pas due`);
  });

  it('leaves no plain space where French wants a no-break one, whatever the names and numbers', () => {
    // Names as the import keeps them: trimmed.
    const name = fc.stringMatching(/^\p{L}(?:[\p{L}' -]{0,18}\p{L})?$/u);
    const numbers = fc.array(fc.stringMatching(/^F-\d{1,4}$/), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(name, name, numbers, fc.boolean(), (rowName, other, nums, created) => {
        const texts = [
          clientCheck(rowName, { ...noMatch, siretOf: aClient({ name: other, siret: '73282932000074' }) }, { name: rowName, created }, { kind: 'invoice', number: nums[0]! }),
          clientCheck(rowName, { ...noMatch, siret: '35600000000048', namesake: aClient({ name: other, siret: '73282932000074' }) }, { name: rowName, created }, { kind: 'client' }),
          ...siretNotes('73282932000074', nums.length, new Map([['35600000000048', [rowName, other, 'Gamma']]])),
          ...paymentDateNotes(new Map([['dueDate', nums], ['importDate', nums], ['issueDate', nums]]), '2026-03-20'),
          ...paidLateNotes(nums),
          ...assumedBusinessNotes([rowName, other]),
        ];
        for (const t of texts) expect(t).toBe(frenchTypography(t ?? ''));
      }),
      { numRuns: 300 },
    );
  });
});
