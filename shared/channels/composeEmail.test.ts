import { describe, expect, it } from 'vitest';
import { DEFAULT_LETTER_TEMPLATES } from '../documents/defaultTemplates';
import { letterFactsFromLedger } from '../documents/letterFacts';
import { aBusinessClient, aLetterInvoice, anIdentity, letterSettings } from '../documents/testkit';
import type { LetterTemplates } from '../documents/templatesSchema';
import { composeEmail, emailSubject } from './composeEmail';

function factsFor(over: { clientEmail?: string; identityEmail?: string; templates?: LetterTemplates; name?: string } = {}) {
  const client = aBusinessClient({ email: over.clientEmail ?? 'compta@client.fr', ...(over.name ? { name: over.name } : {}) });
  const invoice = aLetterInvoice({ clientId: client.id, amountTtcCents: 123_456, description: 'Refonte du site <vitrine> & logo' });
  const facts = letterFactsFromLedger(
    { identity: anIdentity({ email: over.identityEmail ?? 'camille@durand-studio.fr' }), clients: [client], invoices: [invoice], settings: letterSettings() },
    { clientId: client.id, invoiceIds: [invoice.id], tone: 'friendly', letterDate: '2026-07-01' },
    over.templates,
  );
  if (!facts.ok) throw new Error(facts.errors.join('\n'));
  return { ...facts.facts, clientEmail: client.email };
}

describe('composeEmail', () => {
  it('writes the subject, the text and the HTML from the letter: figures, how to pay, closing, the sender’s block; HTML escaped', () => {
    const r = composeEmail(factsFor());
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const { email } = r;
    expect(email.subject).toBe('Relance\u00a0: facture n°\u00a0F-2026-012 du 15\u00a0mai 2026');
    expect(email.text.startsWith('Madame, Monsieur,\n\n')).toBe(true);
    expect(email.text).toMatch(/1[\u00a0\u202f]234,56\u00a0€/);
    expect(email.text).toContain('IBAN\u00a0: FR76 3000 6000 0112 3456 7890 189');
    expect(email.text).toContain('Référence à indiquer\u00a0: F-2026-012');
    expect(email.text).toContain(email.letter.closing);
    // The signature block follows the usual « -- » line.
    expect(email.text).toContain('\n-- \nCamille Durand EI\n');
    expect(email.html).not.toContain('<vitrine>');
    expect(email.html).toContain('&lt;vitrine&gt; &amp; logo');
    expect(email.to).toEqual({ name: email.to.name, address: 'compta@client.fr' });
  });

  it('names every invoice of a grouped reminder in the subject', () => {
    expect(
      emailSubject([
        { number: 'F-1', issueDate: '2026-05-15' },
        { number: 'F-2', issueDate: '2026-06-01' },
        { number: 'F-3', issueDate: '2026-06-02' },
      ]),
    ).toBe('Relance\u00a0: factures n°\u00a0F-1 du 15\u00a0mai 2026, n°\u00a0F-2 du 1er\u00a0juin 2026 et n°\u00a0F-3 du 2\u00a0juin 2026');
  });

  it('refuses in French, before anything is written: no client address, no sender address, an unknown placeholder', () => {
    const noAddress = composeEmail(factsFor({ clientEmail: '', name: 'Atelier Dupré' }));
    expect(noAddress).toEqual({ ok: false, errors: ['Ajoutez l’adresse e-mail d’Atelier Dupré dans sa fiche.'] });
    const bad = composeEmail(factsFor({ clientEmail: 'compta@@client', identityEmail: '' }));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toHaveLength(2);
    expect(bad.errors[0]).toContain('n’est pas valide');
    expect(bad.errors[1]).toBe('Votre adresse e-mail manque\u00a0: complétez Paramètres › Identité.');

    const base = DEFAULT_LETTER_TEMPLATES.friendly[0]!;
    const templates = { ...DEFAULT_LETTER_TEMPLATES, friendly: [{ ...base, text: `${base.text}\n\nVoir {{numero_factur}}.` }, ...DEFAULT_LETTER_TEMPLATES.friendly.slice(1)] };
    const unknown = composeEmail(factsFor({ templates }));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.errors.join(' ')).toContain('{{numero_factur}}');
  });
});
