import { describe, expect, it } from 'vitest';
import { foldText as normalizeForSearch } from '../../../shared/kernel/identityKeys';
import { plural } from './text';

describe('normalizeForSearch', () => {
  it('ignores accents, case and extra spaces', () => {
    expect(normalizeForSearch('  Société   GÉNÉRALE ')).toBe('societe generale');
    expect(normalizeForSearch('Cœur\u00a0d’Éléphant')).toBe('coeur d’elephant');
  });
});

describe('plural', () => {
  it('uses the singular for 0 and 1', () => {
    expect(plural(0, 'facture importée', 'factures importées')).toBe('0 facture importée');
    expect(plural(1, 'client créé', 'clients créés')).toBe('1 client créé');
    expect(plural(3, 'facture importée', 'factures importées')).toBe('3 factures importées');
  });
});
