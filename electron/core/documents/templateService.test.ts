import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { LetterPreview } from '../../../shared/documents/contract';
import { DEFAULT_LETTER_TEMPLATES } from '../../../shared/documents/defaultTemplates';
import type { LetterTemplateSettings } from '../../../shared/documents/storedTemplates';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import { callRefused, coreForEachTest } from '../../../test/support/tempCore';

const core = coreForEachTest('2026-12-01T10:00:00');
const call = core.call;
const text = (pdf: Uint8Array) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

async function seed() {
  await call('identity.save', { name: 'Camille Martin', legalForm: 'ei', address: { street: '8 rue Mercière', postalCode: '69002', city: 'Lyon' }, iban: 'FR7630006000011234567890189' });
  const address = { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' };
  const dupre = await call<Client>('clients.save', { kind: 'business', name: 'Atelier Dupré SARL', address });
  const lumen = await call<Client>('clients.save', { kind: 'business', name: 'Studio Lumen SAS', address });
  const a = await call<Invoice>('invoices.save', { number: 'F-2026-012', clientId: dupre.id, issueDate: '2026-09-15', dueDate: '2026-10-15', amountTtcCents: 123456 });
  const b = await call<Invoice>('invoices.save', { number: 'F-2026-020', clientId: lumen.id, issueDate: '2026-09-15', dueDate: '2026-10-15', amountTtcCents: 50000 });
  return { dupre, lumen, a, b };
}

/** Relance's own rappel amiable for a business client, with one sentence of the user's. */
function friendlyWith(sentence: string) {
  const base = DEFAULT_LETTER_TEMPLATES.friendly.find((v) => v.audience !== 'private')!;
  return [{ ...base, id: 'mon-amiable', label: 'Mon rappel amiable', text: `${sentence}\n\n${base.text}` }, ...DEFAULT_LETTER_TEMPLATES.friendly.filter((v) => v.audience === 'private')];
}

const letter = (clientId: string, invoiceId: string) => call<LetterPreview>('letters.preview', { clientId, invoiceIds: [invoiceId], tone: 'friendly', letterDate: '2026-12-01' });

describe('letter templates the user rewrites', () => {
  it('a template for every client is used by every letter of its tone; one for a client, by that client’s only; both kept in the data file', async () => {
    const { dupre, lumen, a, b } = await seed();
    await call('templates.save', { clientId: null, tone: 'friendly', variants: friendlyWith('Nous espérons que vous allez bien.') });
    await call('templates.save', { clientId: lumen.id, tone: 'friendly', variants: friendlyWith('Merci pour notre belle collaboration sur le studio.') });

    const toDupre = await letter(dupre.id, a.id);
    expect(text(toDupre.pdf)).toContain('Nous espérons que vous allez bien.');
    expect(toDupre.variantId).toBe('mon-amiable');
    const toLumen = text((await letter(lumen.id, b.id)).pdf);
    expect(toLumen).toContain('Merci pour notre belle collaboration sur le studio.');
    expect(toLumen).not.toContain('Nous espérons que vous allez bien.');

    const saved = JSON.parse(await readFile(core.dataFile, 'utf8')) as { settings: { letterTemplates: LetterTemplateSettings } };
    expect(Object.keys(saved.settings.letterTemplates.all)).toEqual(['friendly']);
    expect(Object.keys(saved.settings.letterTemplates.perClient)).toEqual([lumen.id]);

    // Back to what applied before: the client's own goes, the one for every client applies again.
    const after = await call<LetterTemplateSettings>('templates.save', { clientId: lumen.id, tone: 'friendly', variants: null });
    expect(after.perClient).toEqual({});
    expect(text((await letter(lumen.id, b.id)).pdf)).toContain('Nous espérons que vous allez bien.');
    await call('templates.save', { clientId: null, tone: 'friendly', variants: null });
    expect(text((await letter(dupre.id, a.id)).pdf)).not.toContain('Nous espérons que vous allez bien.');
  });

  it('refuses, in French and before anything is printed, an unknown placeholder, a missing mandatory mention, and a private client’s variant that threatens', async () => {
    const { dupre } = await seed();
    const unknown = await callRefused(core, 'templates.save', { clientId: null, tone: 'friendly', variants: friendlyWith('Votre facture {{numero_factur}} reste due.') });
    expect(unknown.code).toBe('INVALID_INPUT');
    expect(Object.values(unknown.fields ?? {}).join(' ')).toContain('Champ inconnu\u00a0: «\u00a0{{numero_factur}}\u00a0». Vouliez-vous dire {{numero_facture}}\u202f?');

    const base = DEFAULT_LETTER_TEMPLATES.friendly.find((v) => v.audience !== 'private')!;
    const withoutAmount = [{ ...base, text: 'Merci de régler avant le {{date_limite}}.' }, ...DEFAULT_LETTER_TEMPLATES.friendly.filter((v) => v.audience === 'private')];
    const missing = await callRefused(core, 'templates.save', { clientId: null, tone: 'friendly', variants: withoutAmount });
    expect(Object.values(missing.fields ?? {}).join(' ')).toContain('Mention obligatoire manquante');
    expect(Object.values(missing.fields ?? {}).join(' ')).toContain('{{montant_du}}');

    const privateBase = DEFAULT_LETTER_TEMPLATES.formal.find((v) => v.audience === 'private')!;
    const threatening = [...DEFAULT_LETTER_TEMPLATES.formal.filter((v) => v.audience !== 'private'), { ...privateBase, text: `${privateBase.text}\n\nDes frais de recouvrement de 40 € vous seront facturés.` }];
    const refused = await callRefused(core, 'templates.save', { clientId: null, tone: 'formal', variants: threatening });
    expect(refused.code).toBe('INVALID_INPUT');

    const onlyPrivate = await callRefused(core, 'templates.save', { clientId: null, tone: 'friendly', variants: DEFAULT_LETTER_TEMPLATES.friendly.filter((v) => v.audience === 'private') });
    expect(onlyPrivate.message).toContain('aucun modèle pour les clients professionnels');

    const gone = await callRefused(core, 'templates.save', { clientId: 'nobody', tone: 'friendly', variants: null });
    expect([gone.code, gone.message]).toEqual(['NOT_FOUND', 'Ce client n’existe plus.']);
    // Nothing was stored; the letters are Relance's own.
    expect(core.store.data.settings.letterTemplates).toEqual({ all: {}, perClient: {} });
    expect(text((await letter(dupre.id, core.store.data.invoices[0]!.id)).pdf)).toContain('F-2026-012');
  });
});
