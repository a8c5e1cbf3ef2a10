import { describe, expect, it } from 'vitest';
import { letterFileName, letterRequestOf, pdfFileNameOf } from './letterForm';

const base = { clientId: 'c1', invoiceIds: ['i1'], tone: 'formal' as const, letterDate: '01/12/2026', paymentDeadline: '', registered: true, registeredNumber: '', invoiceCopies: true };

describe('the letter form', () => {
  it('reads French dates and a registered number typed with or without spaces', () => {
    expect(letterRequestOf({ ...base, paymentDeadline: '9/12/2026', registeredNumber: '1a12345678901' })).toEqual({
      ok: true,
      request: { clientId: 'c1', invoiceIds: ['i1'], tone: 'formal', letterDate: '2026-12-01', paymentDeadline: '2026-12-09', registeredMail: true, registeredNumber: '1A 123 456 7890 1', invoiceCopies: true },
    });
  });

  it('says in French what it cannot read', () => {
    const result = letterRequestOf({ ...base, letterDate: '31/02/2026', registeredNumber: 'RR123456789FR', invoiceIds: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.letterDate).toMatch(/ce jour n’existe pas/);
      expect(result.errors.registeredNumber).toMatch(/clé de contrôle/);
      expect(result.errors.invoiceIds).toBe('Choisissez au moins une facture.');
    }
  });

  it('names the PDF file by ISO date and invoice numbers, without reserved characters', () => {
    expect(letterFileName('2026-12-01', 'Mise en demeure', ['F/2026:012'])).toBe('2026-12-01 Mise en demeure F-2026-012.pdf');
    expect(letterFileName('2026-12-01', 'Relance ferme', ['A', 'B', 'C', 'D'])).toBe('2026-12-01 Relance ferme A B C et autres.pdf');
  });
});

describe('pdfFileNameOf', () => {
  it('keeps the title, with the characters a file system refuses replaced', () => {
    expect(pdfFileNameOf('Mise en demeure du 10/02/2026')).toBe('Mise en demeure du 10-02-2026.pdf');
    expect(pdfFileNameOf('a:b*c?  d')).toBe('a-b-c- d.pdf');
    expect(pdfFileNameOf('   ')).toBe('Lettre.pdf');
  });
});
