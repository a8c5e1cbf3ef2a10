import { describe, expect, it } from 'vitest';
import { newInvoiceForm, proposedDueDate, suggestNextNumber, validateInvoiceForm } from './invoiceForm';

const base = { ...newInvoiceForm('2025-03-10', 'F-001', 'c1'), amountTtcCents: '1 234,56' };

describe('validateInvoiceForm', () => {
  it('builds the draft from French text', () => {
    const result = validateInvoiceForm({ ...base, amountHtCents: '1028.80', contractualLateRateBp: '12,5' });
    expect(result).toEqual({
      ok: true,
      draft: {
        number: 'F-001', clientId: 'c1', issueDate: '2025-03-10', dueDate: '2025-04-09', amountTtcCents: 123456,
        amountHtCents: 102880, contractualLateRateBp: 1250, notes: '',
      },
    });
  });

  it('reports each field in French', () => {
    const result = validateInvoiceForm({ ...base, number: ' ', clientId: '', amountTtcCents: 'abc', dueDate: '31/02/2025' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.number).toBe('Le numéro de facture est obligatoire.');
    expect(result.errors.clientId).toMatch(/Choisissez un client/);
    expect(result.errors.amountTtcCents).toBe('« abc » n’est pas un montant (exemple : 1 234,56).');
    expect(result.errors.dueDate).toMatch(/ce jour n’existe pas/);
  });

  it('applies the cross-field rules of the shared schema', () => {
    const result = validateInvoiceForm({ ...base, dueDate: '01/03/2025', amountHtCents: '2000' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.dueDate).toBe('L’échéance ne peut pas précéder la date de la facture.');
    expect(result.errors.amountHtCents).toBe('Le montant HT ne peut pas dépasser le montant TTC.');
  });

  it('keeps the id when editing', () => {
    const result = validateInvoiceForm(base, 'inv1');
    expect(result.ok && result.draft.id).toBe('inv1');
  });
});

describe('helpers', () => {
  it('proposes a due date 30 days after the issue date when empty', () => {
    expect(proposedDueDate({ ...base, dueDate: '', issueDate: '15/01/2025' })).toBe('14/02/2025');
    expect(proposedDueDate({ ...base, dueDate: '01/05/2025' })).toBeNull();
    expect(proposedDueDate({ ...base, dueDate: '', issueDate: 'x' })).toBeNull();
  });

  it('suggests the next invoice number', () => {
    expect(suggestNextNumber(['F-2025-009'])).toBe('F-2025-010');
    expect(suggestNextNumber(['FA99'])).toBe('FA100');
    expect(suggestNextNumber([])).toBe('');
    expect(suggestNextNumber(['ABC'])).toBe('');
  });
});
