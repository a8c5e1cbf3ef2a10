import { describe, expect, it } from 'vitest';
import { looksLikeDocumentTypes, parseDocumentType, parseInvoiceStatus } from './status';

describe('parseInvoiceStatus', () => {
  it.each([
    ['Payée', 'paid'],
    ['RÉGLÉE', 'paid'],
    ['Soldée', 'paid'],
    ['Partiellement payée', 'partial'],
    ['Acompte reçu', 'partial'],
    ['En retard', 'unpaid'],
    ['Impayée', 'unpaid'],
    ['Envoyée', 'unpaid'],
    ['Annulée', 'cancelled'],
    ['Avoir', 'credit'],
    ['Brouillon', 'draft'],
    ['', null],
  ])('%s → %s', (text, status) => {
    expect(parseInvoiceStatus(text)).toEqual({ ok: true, value: status });
  });

  it('says in French that an unknown status was not used', () => {
    expect(parseInvoiceStatus('Perdue de vue')).toEqual({ ok: false, message: 'Statut «\u00a0Perdue de vue\u00a0» non reconnu\u00a0: il n’a pas été pris en compte.' });
  });
});

describe('parseDocumentType', () => {
  it('tells invoices from credit notes', () => {
    expect(parseDocumentType('Facture')).toEqual({ ok: true, value: 'invoice' });
    expect(parseDocumentType('AVOIR')).toEqual({ ok: true, value: 'credit' });
    expect(parseDocumentType('Note de crédit')).toEqual({ ok: true, value: 'credit' });
    expect(parseDocumentType('Bon de livraison')).toEqual({
      ok: false,
      message: 'Type de document «\u00a0Bon de livraison\u00a0» non reconnu\u00a0: la ligne est lue comme une facture.',
    });
  });

  it('recognises a column of document types by its values', () => {
    expect(looksLikeDocumentTypes(['Facture', 'Avoir', 'Facture', ''])).toBe(true);
    expect(looksLikeDocumentTypes(['Professionnel', 'Particulier'])).toBe(false);
    expect(looksLikeDocumentTypes(['', ''])).toBe(false);
  });
});
