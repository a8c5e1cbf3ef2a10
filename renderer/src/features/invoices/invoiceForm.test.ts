import { describe, expect, it } from 'vitest';
import { invoiceSchema } from '../../../../shared/ledger/schema';
import { dueDateFollowing, invoiceToForm, newInvoiceForm, suggestInvoiceNumber, suggestNextNumber, validateInvoiceForm } from './invoiceForm';

const base = { ...newInvoiceForm('2025-03-10', 'F-001', 'c1'), amountTtcCents: '1 234,56' };

describe('validateInvoiceForm', () => {
  it('builds the draft from French text', () => {
    const result = validateInvoiceForm({ ...base, amountHtCents: '1028.80', contractualLateRateBp: '12,5' });
    expect(result).toEqual({
      ok: true,
      draft: {
        number: 'F-001', clientId: 'c1', issueDate: '2025-03-10', dueDate: '2025-04-09', amountTtcCents: 123456,
        amountHtCents: 102880, contractualLateRateBp: 1250, description: '', notes: '',
      },
    });
  });

  it('carries the description (what was supplied), trimmed, and refuses one over 500 characters', () => {
    const result = validateInvoiceForm({ ...base, description: '  Développement du site vitrine  ' });
    expect(result.ok && result.draft.description).toBe('  Développement du site vitrine  ');
    const long = validateInvoiceForm({ ...base, description: 'x'.repeat(501) });
    expect(long.ok).toBe(false);
    if (long.ok) return;
    expect(long.errors.description).toMatch(/^Objet de la facture\s: 500 caractères au plus\.$/);
  });

  it('fills the form from a stored invoice, description included (an edit does not erase it)', () => {
    const stored = invoiceSchema.parse({
      id: 'i1', number: 'F-001', clientId: 'c1', issueDate: '2025-03-10', dueDate: '2025-04-09', amountTtcCents: 123456,
      description: 'Développement du site vitrine', createdAt: '2025-03-10T09:00:00.000Z', updatedAt: '2025-03-10T09:00:00.000Z',
    });
    const result = validateInvoiceForm(invoiceToForm(stored), stored.id);
    expect(result.ok && result.draft.description).toBe('Développement du site vitrine');
  });

  it('reports each field in French', () => {
    const result = validateInvoiceForm({ ...base, number: ' ', clientId: '', amountTtcCents: 'abc', dueDate: '31/02/2025' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.number).toBe('Le numéro de facture est obligatoire.');
    expect(result.errors.clientId).toMatch(/Choisissez un client/);
    expect(result.errors.amountTtcCents).toBe('«\u00a0abc\u00a0» n’est pas un montant (exemple\u00a0: 1 234,56).');
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
  it('the due date follows the invoice date and the payment term, until a date is typed', () => {
    expect(newInvoiceForm('2026-02-10', '').dueDate).toBe('12/03/2026'); // 30 jours by default
    expect(dueDateFollowing('15/01/2025', 'net-30')).toBe('14/02/2025');
    expect(dueDateFollowing('15/01/2026', 'on-receipt')).toBe('15/01/2026');
    expect(dueDateFollowing('15/01/2026', 'eom-45')).toBe('31/03/2026'); // 15/01 + 45 = 01/03, end of March
    expect(dueDateFollowing('15/01/2026', 'net-60')).toBe('16/03/2026');
    expect(dueDateFollowing('15/01/2026', 'date')).toBeNull();
    expect(dueDateFollowing('x', 'net-30')).toBeNull();
  });

  it('suggests the next invoice number', () => {
    expect(suggestNextNumber(['F-2025-009'])).toBe('F-2025-010');
    expect(suggestNextNumber(['FA99'])).toBe('FA100');
    expect(suggestNextNumber([])).toBe('');
    expect(suggestNextNumber(['ABC'])).toBe('');
  });

  it('suggests the next number of the user’s own series, not of the last import', () => {
    const own = (number: string, createdAt: string) => ({ number, createdAt, numberedInApp: true });
    const imported = (number: string, createdAt: string) => ({ number, createdAt, numberedInApp: false });
    // The defect: the last invoice (imported) was a quote, DEV/2026/0205; the user's own series is F-2026-0xx.
    const invoices = [own('F-2026-048', '2026-01-10T09:00:00Z'), own('F-2026-049', '2026-01-20T09:00:00Z'), imported('DEV/2026/0205', '2026-02-01T09:00:00Z')];
    expect(suggestInvoiceNumber(invoices)).toBe('F-2026-050');
    // An import of the same series raised its highest number: no clash.
    expect(suggestInvoiceNumber([...invoices, imported('f-2026-052', '2026-02-02T09:00:00Z')])).toBe('F-2026-053');
    // Nothing created in the app yet: the series most invoices belong to.
    expect(suggestInvoiceNumber([imported('F-2026-001', '2026-01-01T00:00:00Z'), imported('F-2026-002', '2026-01-01T00:00:00Z'), imported('DEV/2026/0205', '2026-01-01T00:00:00Z')])).toBe(
      'F-2026-003',
    );
    expect(suggestInvoiceNumber([])).toBe('');
    expect(suggestInvoiceNumber([own('Sans numéro', '2026-01-01T00:00:00Z')])).toBe('');
    // The padding grows when the series outgrows it; a suffix is kept.
    expect(suggestInvoiceNumber([own('F-999', '2026-01-01T00:00:00Z')])).toBe('F-1000');
    expect(suggestInvoiceNumber([own('2026-07-A', '2026-01-01T00:00:00Z')])).toBe('2026-08-A');
  });
});
