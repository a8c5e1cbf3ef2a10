import { describe, expect, it } from 'vitest';
import { sent } from '../dunning/testkit';
import { dueByOtherChannels, planDueLetters } from './batch';
import { MAX_INVOICES_PER_LETTER } from './contract';
import { aBusinessClient, aLetterInvoice, aPrivateClient, letterSettings } from './testkit';

const TODAY = '2026-12-01';
const pro = aBusinessClient({ id: 'c-pro', name: 'Zinc et Fils' });
const part = aPrivateClient({ id: 'c-part', name: 'Émilie Aubert' });
/** Due on 2026-11-20: its rappel amiable (7 days after) is due today. */
const due = (id: string, number: string, clientId = 'c-pro', over: Parameters<typeof aLetterInvoice>[0] = {}) =>
  aLetterInvoice({ id, number, clientId, issueDate: '2026-10-20', dueDate: '2026-11-20', ...over });

describe('planDueLetters', () => {
  it('writes a letter for every invoice still owed whose next step is due today, at that step’s tone, in the order of the envelopes', () => {
    const invoices = [
      due('i1', 'F-2026-010'),
      due('i2', 'F-2026-002', 'c-part'),
      // A relance ferme is due for this one (10 days after its rappel amiable).
      due('i3', 'F-2026-009', 'c-pro', { dueDate: '2026-11-01', reminders: [sent('friendly', '2026-11-15')] }),
      // Not due today: the due date is in the future; paid; cancelled; paused.
      due('i4', 'F-2026-020', 'c-pro', { dueDate: '2026-12-20' }),
      due('i5', 'F-2026-021', 'c-pro', { payments: [{ id: 'p1', date: '2026-11-21', amountCents: 150_000, note: '', recordedAt: '2026-11-21T10:00:00.000Z' }] }),
      due('i6', 'F-2026-022', 'c-pro', { cancelled: true }),
      due('i7', 'F-2026-023', 'c-pro', { pause: { kind: 'dispute', note: 'Conteste la prestation', since: '2026-11-25' } }),
    ];
    const plan = planDueLetters({ clients: [pro, part], invoices, settings: letterSettings() }, TODAY, 'invoice', 'all');
    expect(plan.map((l) => [l.clientName, l.invoiceNumbers, l.tone, l.levelId])).toEqual([
      ['Émilie Aubert', ['F-2026-002'], 'friendly', 'friendly'],
      ['Zinc et Fils', ['F-2026-010'], 'friendly', 'friendly'],
      ['Zinc et Fils', ['F-2026-009'], 'firm', 'firm'],
    ]);
  });

  it('groups a client’s invoices due at the same step into one letter when asked, never two steps together, never more than a letter holds', () => {
    const many = Array.from({ length: MAX_INVOICES_PER_LETTER + 2 }, (_, i) => due(`m${i}`, `F-2026-${String(100 + i)}`));
    const firm = due('f1', 'F-2026-009', 'c-pro', { dueDate: '2026-11-01', reminders: [sent('friendly', '2026-11-15')] });
    const plan = planDueLetters({ clients: [pro], invoices: [...many, firm], settings: letterSettings() }, TODAY, 'client', 'all');
    expect(plan.map((l) => [l.tone, l.invoiceIds.length])).toEqual([
      ['friendly', MAX_INVOICES_PER_LETTER],
      ['friendly', 2],
      ['firm', 1],
    ]);
    // Numbers in their natural order (F-2026-100 … F-2026-131).
    expect(plan[0]!.invoiceNumbers.slice(0, 2)).toEqual(['F-2026-100', 'F-2026-101']);
  });

  it('keeps to the steps planned by letter unless asked: those by e-mail, SMS or phone are named, not printed', () => {
    const invoices = [
      // The default policy sends its rappel amiable by e-mail, its relance ferme by letter.
      due('i1', 'F-2026-010'),
      due('i3', 'F-2026-009', 'c-pro', { dueDate: '2026-11-01', reminders: [sent('friendly', '2026-11-15')] }),
    ];
    const data = { clients: [pro, part], invoices, settings: letterSettings() };
    expect(letterSettings().defaultPolicy.levels.find((l) => l.id === 'friendly')?.channel).toBe('email');
    expect(planDueLetters(data, TODAY, 'invoice').map((l) => l.invoiceNumbers)).toEqual([['F-2026-009']]);
    expect(dueByOtherChannels(data, TODAY)).toEqual([{ invoiceNumber: 'F-2026-010', channel: 'email' }]);
    expect(planDueLetters(data, TODAY, 'invoice', 'all').map((l) => l.invoiceNumbers)).toEqual([['F-2026-010'], ['F-2026-009']]);
  });
});
