import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../import/parseCsv';
import { aClient, anInvoice } from '../ledger/testkit';
import { settingsSchema } from '../ledger/schema';
import { csvAmount, csvField, invoicesCsv, remindersCsv } from './accountantCsv';

const at = '2026-01-01T00:00:00.000Z';
function ledger() {
  const clients = [aClient({ id: 'c1', name: 'Atelier « Dupré » ; Fils', kind: 'business' }), aClient({ id: 'c2', name: 'Camille Roche', kind: 'private' })];
  const invoices = [
    anInvoice({
      id: 'i1',
      number: 'F-2026-012',
      clientId: 'c1',
      issueDate: '2026-09-15',
      dueDate: '2026-10-15',
      amountTtcCents: 123_456,
      payments: [{ id: 'p1', date: '2026-10-20', amountCents: 23_456, note: '', recordedAt: at }],
      reminders: [
        { id: 'r1', levelId: 'friendly', sentOn: '2026-10-22', channel: 'email', note: '', recordedAt: at },
        { id: 'r2', levelId: 'firm', sentOn: '2026-11-05', channel: 'letter', note: 'envoyée par erreur', recordedAt: at },
      ],
      reminderCancellations: [{ id: 'x1', reminderId: 'r2', recordedAt: '2026-11-06T08:00:00.000Z', note: 'doublon' }],
    }),
    anInvoice({ id: 'i2', number: 'F-2026-013', clientId: 'c2', issueDate: '2026-11-20', dueDate: '2026-12-20', amountTtcCents: 45_000 }),
  ];
  return { clients, invoices, settings: settingsSchema.parse({}) };
}

describe('the exports for the accountant', () => {
  it('amounts with a decimal comma and no thousands separator, to the cent', () => {
    expect([csvAmount(123_456), csvAmount(5), csvAmount(-10_000), csvAmount(0)]).toEqual(['1234,56', '0,05', '-100,00', '0,00']);
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), (cents) => {
        const [units, hundredths] = csvAmount(cents).replace('-', '').split(',');
        expect((cents < 0 ? -1 : 1) * (Number(units) * 100 + Number(hundredths))).toBe(cents);
        expect(csvAmount(cents)).toMatch(/^-?\d+,\d{2}$/);
      }),
    );
  });

  it('quotes what must be quoted, and reads back exactly (any text)', () => {
    expect(csvField('Atelier « Dupré » ; Fils')).toBe('"Atelier « Dupré » ; Fils"');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 5 }), (cells) => {
        fc.pre(cells.some((c) => c.trim() !== ''));
        const line = `${cells.map(csvField).join(';')}\r\n${cells.map(() => 'x').join(';')}\r\n`;
        expect(parseCsv(line, { separator: ';' }).records[0]!.cells).toEqual(cells);
      }),
    );
  });

  it('the invoices: UTF-8 with a BOM, « ; », every figure to the cent, penalties to date, the last reminder that stands', () => {
    const text = invoicesCsv(ledger(), '2026-12-01');
    expect(text.startsWith('\ufeffFacture;Client;')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const { records } = parseCsv(text.slice(1), { separator: ';' });
    expect(records[0]!.cells).toEqual(['Facture', 'Client', 'Type de client', 'Date', 'Échéance', 'Montant TTC', 'Réglé', 'Reste dû', 'Statut', 'Jours de retard', 'Pénalités dues', 'Indemnité forfaitaire', 'Dernière relance', 'Étape']);
    const first = records[1]!.cells;
    expect(first.slice(0, 10)).toEqual(['F-2026-012', 'Atelier « Dupré » ; Fils', 'Professionnel', '15/09/2026', '15/10/2026', '1234,56', '234,56', '1000,00', 'Partiellement payée', '47']);
    expect(first[10]).toMatch(/^\d+,\d{2}$/);
    expect(first.slice(11)).toEqual(['40,00', '22/10/2026', 'Rappel amiable']);
    expect(records[2]!.cells.slice(0, 11)).toEqual(['F-2026-013', 'Camille Roche', 'Particulier', '20/11/2026', '20/12/2026', '450,00', '0,00', '450,00', 'Impayée', '0', '0,00']);
  });

  it('the reminders, in order, the withdrawn one said so with its reason', () => {
    const { records } = parseCsv(remindersCsv(ledger()).slice(1), { separator: ';' });
    expect(records.map((r) => r.cells.slice(0, 5))).toEqual([
      ['Date', 'Facture', 'Client', 'Étape', 'Canal'],
      ['22/10/2026', 'F-2026-012', 'Atelier « Dupré » ; Fils', 'Rappel amiable', 'E-mail'],
      ['05/11/2026', 'F-2026-012', 'Atelier « Dupré » ; Fils', 'Relance ferme', 'Lettre simple'],
    ]);
    expect(records[2]!.cells[7]).toBe('Retirée le 06/11/2026\u00a0: doublon');
  });
});
