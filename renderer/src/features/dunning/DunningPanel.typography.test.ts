import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { invoiceStanding } from '../../../../shared/dunning/overview';
import { DEFAULT_POLICY } from '../../../../shared/dunning/schema';
import { frenchTypography, NBSP, NNBSP } from '../../../../shared/kernel/frenchTypography';
import { anInvoice } from '../../../../shared/ledger/testkit';
import type { Invoice } from '../../../../shared/ledger/schema';
import { DunningPanel } from './DunningPanel';

/** The panel's status area as the user reads it: the text of each paragraph, tags dropped. */
function statusParagraphs(invoice: Invoice, today: string): string[] {
  const standing = invoiceStanding(invoice, 'business', DEFAULT_POLICY, today, { extraRates: {} });
  const html = renderToStaticMarkup(createElement(DunningPanel, { invoice, policy: DEFAULT_POLICY, standing }));
  const status = /<div class="dunning-state" role="status">(.*?)<\/div>/s.exec(html)?.[1] ?? '';
  return [...status.matchAll(/<p[^>]*>(.*?)<\/p>/gs)].map((m) =>
    m[1]!
      .replace(/<[^<>]*>/g, '')
      .replace(/&#x27;/g, '’')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

describe('the dunning panel, in French typography', () => {
  it('says the next step with a no-break space before the colon', () => {
    const lines = statusParagraphs(anInvoice({ dueDate: '2026-03-01' }), '2026-03-20');
    expect(lines).toEqual([`Prochaine étape${NBSP}: Rappel amiable le 08/03/2026 (E-mail) — à envoyer depuis le 08/03/2026`]);
  });

  it('writes a pause for a dispute as « En pause : litige « … » »', () => {
    const invoice = anInvoice({ dueDate: '2026-03-01', pause: { kind: 'dispute', since: '2026-03-05', note: 'Prestation contestée ?' } });
    const [line] = statusParagraphs(invoice, '2026-03-20');
    expect(line).toBe(`En pause${NBSP}: litige «${NBSP}Prestation contestée${NNBSP}?${NBSP}»`);
  });

  it('says a paid invoice needs no more reminders', () => {
    const invoice = anInvoice({ dueDate: '2026-03-01', payments: [{ id: 'p1', date: '2026-02-20', amountCents: 100_000, note: '', recordedAt: '2026-02-20T10:00:00.000Z' }] });
    expect(statusParagraphs(invoice, '2026-03-20')).toEqual([`Facture payée${NBSP}: plus aucune relance.`]);
  });

  it('leaves no plain space where French wants a no-break one, whatever the state', () => {
    const states: Invoice[] = [
      anInvoice({ dueDate: '2026-03-01' }),
      anInvoice({ dueDate: '2026-03-01', cancelled: true }),
      anInvoice({ dueDate: '2026-03-01', pause: { kind: 'promise', since: '2026-03-05', until: '2026-04-15', note: '' } }),
      anInvoice({ dueDate: '2026-03-01', formalNoticeDate: '2026-03-10' }),
      anInvoice({ dueDate: '2026-03-01', payments: [{ id: 'p1', date: '2026-03-15', amountCents: 100_000, note: '', recordedAt: '2026-03-15T10:00:00.000Z' }] }),
    ];
    for (const invoice of states) {
      const lines = statusParagraphs(invoice, '2026-03-20');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toBe(frenchTypography(line));
    }
  });
});
