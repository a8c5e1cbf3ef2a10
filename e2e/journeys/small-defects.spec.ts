import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { databaseSchema, emptyDatabase, identitySchema, type Database } from '../../shared/ledger/schema';
import { expect, test } from '../support/fixtures';
import { expectTidyLayout, layoutShots } from '../support/layout';
import { SEED_NOW, seedClient, seedInvoice } from '../support/seed';

/**
 * « A new user's first week », the last small defects of item 11 (elision before a client's name, the wording of a
 * level's timing…), and the fields the letters need (legal form, RCS, signatory, what an invoice is for). Today is 10/02/2026.
 */

function seed() {
  return databaseSchema.parse({
    ...emptyDatabase(),
    identity: identitySchema.parse({ name: 'Sophie Laurent Design', address: { street: '24 rue des Arts', postalCode: '69001', city: 'Lyon' } }),
    // Typed before an update of Relance brought the official rate of that half-year (2,40 %).
    settings: { ...emptyDatabase().settings, extraRates: { '2026-S2': { ecbBp: 300 } } },
    clients: [
      seedClient({ id: 'c-lumiere', kind: 'business', name: 'Éditions Lumière', street: '5 rue du Port', postalCode: '13002', city: 'Marseille' }),
      seedClient({ id: 'c-hachette', kind: 'business', name: 'Hachette Bureau', street: '8 rue Monge', postalCode: '75005', city: 'Paris' }),
      seedClient({ id: 'c-martin', kind: 'business', name: 'Boulangerie Martin', street: '3 place du Marché', postalCode: '44000', city: 'Nantes' }),
      seedClient({ id: 'c-roche', kind: 'private', name: 'Camille Roche', street: '7 impasse des Tilleuls', postalCode: '33000', city: 'Bordeaux' }),
    ],
    invoices: [
      seedInvoice({ id: 'i-012', number: 'F-2026-012', clientId: 'c-lumiere', issueDate: '2026-01-05', dueDate: '2026-02-04', amountTtcCents: 180_000 }),
      // Private client, mise en demeure received on 27/01/2026: interest at the legal rate « autres cas » (2,62 %) from
      // 28/01 to 10/02/2026, 14 days: 65 000 × 262 × 14 / 3 650 000 = 65,32 → 0,65 €.
      seedInvoice({ id: 'i-021', number: 'F-2026-021', clientId: 'c-roche', issueDate: '2025-12-11', dueDate: '2026-01-10', amountTtcCents: 65_000, formalNoticeDate: '2026-01-27' }),
    ],
  });
}

test.use({ now: SEED_NOW, seed: seed() });

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name, exact: true }).click();

test('« d’Éditions Lumière », « de Hachette Bureau », « de Boulangerie Martin »', async ({ relance }) => {
  const { page } = relance;
  await nav(page, 'Clients');
  await expect(page.getByRole('button', { name: 'Politique de relance de Hachette Bureau' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Politique de relance de Boulangerie Martin' })).toBeVisible();
  await page.getByRole('button', { name: 'Politique de relance d’Éditions Lumière' }).click();
  const dialog = page.getByRole('dialog', { name: 'Politique de relance d’Éditions Lumière' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Politique spécifique' }).check();
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Politique spécifique d’Éditions Lumière enregistrée')).toBeVisible();
  await expect(page.getByText(/ de Éditions/)).toHaveCount(0);
});

test('a level’s timing reads « 5 jours avant l’échéance », « 1 jour après l’échéance », « Le jour de l’échéance »', async ({ relance }) => {
  const { page } = relance;
  await nav(page, 'Paramètres');
  const level = page.getByRole('group', { name: /^Étape 2/ });
  const delay = level.getByLabel('Délai (jours)');
  await expect(level).toContainText('7 jours après l’échéance');
  await delay.fill('-5');
  await expect(level).toContainText('5 jours avant l’échéance');
  await expect(level).not.toContainText('-5 jour');
  await delay.fill('1');
  await expect(level).toContainText('1 jour après l’échéance');
  await delay.fill('0');
  await expect(level).toContainText('Le jour de l’échéance');
  const preventive = page.getByRole('group', { name: /^Étape 1/ });
  await preventive.getByLabel('Délai (jours)').fill('1');
  await expect(preventive).toContainText('1 jour avant l’échéance');
  const third = page.getByRole('group', { name: /^Étape 3/ });
  await third.getByLabel('Délai (jours)').fill('1');
  await expect(third).toContainText('1 jour après la relance précédente');
});

const onDisk = async (file: string): Promise<Database> => JSON.parse(await readFile(file, 'utf8')) as Database;

test('the letters’ fields: legal form, RCS city and signatory in Paramètres, what was supplied on the invoice and its detail', async ({ relance }) => {
  const { page } = relance;
  await nav(page, 'Paramètres');
  const identity = page.getByRole('form', { name: 'Votre identité sur les courriers' });
  const legalForm = identity.getByRole('combobox', { name: 'Forme juridique' });
  await expect(legalForm).toHaveValue('ei');
  await expect(legalForm.locator('option')).toHaveText(['Entrepreneur individuel (EI)', 'Société']);
  await expect(identity).toContainText('Vos lettres porteront la mention «\u00a0EI\u00a0» à côté de votre nom');
  await page.setViewportSize({ width: 900, height: 800 });
  await expectTidyLayout(page, 'Paramètres at 900 px');
  await layoutShots(page, 'small-defects-01-identity-900');
  await page.setViewportSize({ width: 1280, height: 800 });

  await legalForm.selectOption({ label: 'Société' });
  await identity.getByLabel('Ville d’immatriculation au RCS').fill('  Lyon ');
  await identity.getByLabel('Signataire des lettres').fill('Sophie Laurent, gérante');
  await identity.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText('Paramètres enregistrés')).toBeVisible();
  expect((await onDisk(relance.dataFile)).identity).toMatchObject({ legalForm: 'societe', rcsCity: 'Lyon', signatory: 'Sophie Laurent, gérante' });
  // Still there after a restart.
  const again = await relance.restart();
  await nav(again, 'Paramètres');
  await expect(again.getByRole('combobox', { name: 'Forme juridique' })).toHaveValue('societe');
  await expect(again.getByLabel('Ville d’immatriculation au RCS')).toHaveValue('Lyon');

  // The invoice form: what was supplied, kept by an edit, shown in the detail's Informations.
  await nav(again, 'Factures');
  await again.getByRole('main').getByRole('button', { name: 'Nouvelle facture' }).first().click();
  const dialog = again.getByRole('dialog', { name: 'Nouvelle facture' });
  await dialog.getByLabel('Numéro de facture').fill('F-2026-013');
  await dialog.getByRole('combobox', { name: 'Client' }).selectOption({ label: 'Boulangerie Martin' });
  await dialog.getByLabel('Date de facture').fill('02/02/2026');
  await dialog.getByLabel('Montant TTC').fill('960');
  const description = dialog.getByRole('textbox', { name: 'Objet de la facture (ce qui a été fourni)' });
  await description.fill('Développement du site vitrine');
  await again.setViewportSize({ width: 900, height: 800 });
  await expectTidyLayout(again, 'the invoice form at 900 px');
  await layoutShots(again, 'small-defects-02-invoice-form-900');
  await again.setViewportSize({ width: 1280, height: 800 });
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog).toBeHidden();
  await again.getByRole('button', { name: 'F-2026-013', exact: true }).click();
  const info = again.getByRole('region', { name: 'Informations' });
  await expect(info.getByRole('definition').filter({ hasText: 'Développement du site vitrine' })).toBeVisible();
  await expect(info).toContainText('ObjetDéveloppement du site vitrine');
  await again.getByRole('button', { name: 'Modifier', exact: true }).click();
  const edit = again.getByRole('dialog', { name: 'Modifier la facture F-2026-013' });
  await expect(edit.getByRole('textbox', { name: 'Objet de la facture (ce qui a été fourni)' })).toHaveValue('Développement du site vitrine');
  await edit.getByLabel('Montant TTC').fill('980');
  await edit.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(edit).toBeHidden();
  expect((await onDisk(relance.dataFile)).invoices.find((i) => i.number === 'F-2026-013')).toMatchObject({ description: 'Développement du site vitrine', amountTtcCents: 98_000 });
  await again.setViewportSize({ width: 900, height: 800 });
  await expectTidyLayout(again, 'the invoice detail at 900 px');
  await layoutShots(again, 'small-defects-03-invoice-detail-900');
});

test('a « Désignation » column of a CSV export becomes what each invoice is for', async ({ relance }) => {
  const { page } = relance;
  await nav(page, 'Importer');
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: 'Factures' }).check();
  const csv = 'N° facture;Client;Date;Échéance;Montant TTC;Désignation\nF-2026-020;Boulangerie Martin;05/01/2026;04/02/2026;1 800,00;Refonte de la carte et des menus\n';
  await main.getByLabel('Fichier CSV').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(main.getByRole('heading', { name: 'Correspondance des colonnes' })).toBeVisible();
  await expect(main.getByRole('combobox', { name: 'Objet de la facture' })).toHaveValue('5');
  await page.setViewportSize({ width: 900, height: 800 });
  await expectTidyLayout(page, 'the import mapping at 900 px');
  await layoutShots(page, 'small-defects-04-import-mapping-900');
  await page.setViewportSize({ width: 1280, height: 800 });
  await main.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(main.getByRole('status').filter({ hasText: 'facture importée' })).toBeVisible();
  expect((await onDisk(relance.dataFile)).invoices.find((i) => i.number === 'F-2026-020')?.description).toBe('Refonte de la carte et des menus');
});

test('a private client’s décompte charges « Intérêts au taux légal » and has no indemnity line; a business one keeps both', async ({ relance }) => {
  const { page } = relance;
  await nav(page, 'Factures');
  await page.getByRole('button', { name: 'F-2026-021', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Intérêts de retard dus' })).toBeVisible();
  const decompte = page.getByRole('table', { name: 'Décompte des intérêts' });
  await expect(decompte.getByRole('row', { name: /^Du 28\/01\/2026 au 10\/02\/2026/ })).toContainText('0,65\u00a0€');
  await expect(decompte.getByRole('row', { name: /^Intérêts au taux légal/ })).toContainText('0,65\u00a0€');
  await expect(decompte.getByRole('row', { name: /Indemnité/ })).toHaveCount(0);
  await expect(decompte.getByRole('row', { name: /^Pénalités/ })).toHaveCount(0);
  await expect(decompte.getByRole('row', { name: /^Total/ })).toContainText('0,65\u00a0€');
  await page.setViewportSize({ width: 900, height: 800 });
  await expectTidyLayout(page, 'a private client’s décompte at 900 px');
  await layoutShots(page, 'small-defects-05-private-decompte-900');
  await page.setViewportSize({ width: 1280, height: 800 });

  await nav(page, 'Factures');
  await page.getByRole('button', { name: 'F-2026-012', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Pénalités et indemnité dues' })).toBeVisible();
  const business = page.getByRole('table', { name: 'Décompte des pénalités' });
  await expect(business.getByRole('row', { name: /^Indemnité forfaitaire/ })).toContainText('40,00\u00a0€');
  await expect(business.getByRole('row', { name: /^Pénalités/ })).toBeVisible();
});

test('a client with invoices is not offered for deletion: the dialog says why and has nothing to confirm', async ({ relance }) => {
  const { page } = relance;
  await nav(page, 'Clients');
  await page.getByRole('button', { name: 'Supprimer Éditions Lumière' }).click();
  const refusal = page.getByRole('dialog', { name: 'Ce client ne peut pas être supprimé' });
  await expect(refusal).toContainText('Ce client a 1 facture\u00a0: supprimez ou réattribuez cette facture d’abord.');
  // Its only buttons close it (the × and « Fermer »).
  await expect(refusal.getByRole('button')).toHaveCount(2);
  await expect(refusal.getByRole('button', { name: 'Fermer', exact: true })).toHaveCount(2);
  await page.setViewportSize({ width: 900, height: 800 });
  await expectTidyLayout(page, 'the refusal to delete a client at 900 px');
  await layoutShots(page, 'small-defects-06-client-delete-refused-900');
  await page.setViewportSize({ width: 1280, height: 800 });
  await refusal.getByRole('button', { name: 'Fermer', exact: true }).last().click();
  await expect(refusal).toBeHidden();
  await expect(page.getByRole('row', { name: /Éditions Lumière/ })).toBeVisible();
  expect((await onDisk(relance.dataFile)).clients.map((c) => c.name)).toContain('Éditions Lumière');

  // A client without invoices is deleted after a confirmation.
  await page.getByRole('button', { name: 'Supprimer Hachette Bureau' }).click();
  const confirm = page.getByRole('alertdialog', { name: /Supprimer le client/ });
  await expect(confirm).toContainText('Le client Hachette Bureau sera supprimé définitivement.');
  await confirm.getByRole('button', { name: 'Supprimer le client' }).click();
  await expect(page.getByRole('row', { name: /Hachette Bureau/ })).toHaveCount(0);
  expect((await onDisk(relance.dataFile)).clients.map((c) => c.name)).not.toContain('Hachette Bureau');
});

test('a French postcode has 5 digits and a French phone 10 (or +33 and 9); a foreign address keeps a looser check', async ({ relance }) => {
  const { page } = relance;
  await nav(page, 'Paramètres');
  const identity = page.getByRole('form', { name: 'Votre identité sur les courriers' });
  await identity.getByLabel('Code postal').fill('6900');
  await identity.getByLabel('Code postal').blur();
  await expect(identity.getByText('Code postal\u00a0: 5 chiffres pour la France (exemple\u00a0: 69001).')).toBeVisible();
  await identity.getByLabel('Téléphone').fill('06 12 34 56 7');
  await identity.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(identity.getByText('Téléphone\u00a0: 10 chiffres pour la France (exemple\u00a0: 06 12 34 56 78), ou +33 suivi de 9 chiffres.')).toBeVisible();
  expect((await onDisk(relance.dataFile)).identity.address.postalCode).toBe('69001');
  await page.setViewportSize({ width: 900, height: 800 });
  await expectTidyLayout(page, 'the identity form refused at 900 px');
  await layoutShots(page, 'small-defects-07-identity-refused-900');
  await page.setViewportSize({ width: 1280, height: 800 });
  await identity.getByLabel('Code postal').fill('69001');
  await identity.getByLabel('Téléphone').fill('+33 6 12 34 56 78');
  await identity.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText('Paramètres enregistrés')).toBeVisible();
  expect((await onDisk(relance.dataFile)).identity).toMatchObject({ phone: '+33 6 12 34 56 78', address: { postalCode: '69001' } });

  // A client: the same checks in France, a looser one abroad.
  await nav(page, 'Clients');
  await page.getByRole('main').getByRole('button', { name: 'Nouveau client' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau client' });
  await dialog.getByLabel('Nom ou raison sociale').fill('Studio Bruxelles');
  await dialog.getByLabel('Numéro et voie').fill('12 rue Neuve');
  await dialog.getByLabel('Code postal').fill('1000');
  await dialog.getByLabel('Ville').fill('Bruxelles');
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog.getByText('Code postal\u00a0: 5 chiffres pour la France (exemple\u00a0: 69001).')).toBeVisible();
  await dialog.getByLabel('Pays').fill('Belgique');
  await dialog.getByLabel('Téléphone').fill('02 123 45 67');
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog).toBeHidden();
  expect((await onDisk(relance.dataFile)).clients.find((c) => c.name === 'Studio Bruxelles')).toMatchObject({ address: { postalCode: '1000', country: 'Belgique' }, phone: '02 123 45 67' });
});

test('the IBAN and the BIC are stored without spaces, in capitals, and the IBAN is shown in groups of four', async ({ relance }) => {
  const { page } = relance;
  await nav(page, 'Paramètres');
  const identity = page.getByRole('form', { name: 'Votre identité sur les courriers' });
  await identity.getByLabel('IBAN').fill(' fr7630006000 0112 3456 7890189');
  await identity.getByLabel('BIC').fill('bnpa fr pp xxx');
  await identity.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText('Paramètres enregistrés')).toBeVisible();
  expect((await onDisk(relance.dataFile)).identity).toMatchObject({ iban: 'FR7630006000011234567890189', bic: 'BNPAFRPPXXX' });
  await expect(identity.getByLabel('IBAN')).toHaveValue('FR76 3000 6000 0112 3456 7890 189');
  await expect(identity.getByLabel('BIC')).toHaveValue('BNPAFRPPXXX');
  const again = await relance.restart();
  await nav(again, 'Paramètres');
  await expect(again.getByLabel('IBAN')).toHaveValue('FR76 3000 6000 0112 3456 7890 189');
});

test('a rate typed for a half-year the official tables already have is refused with the reason, not silently ignored', async ({ relance }) => {
  const { page } = relance;
  await nav(page, 'Paramètres');
  const rates = page.getByRole('region', { name: 'Taux publiés manquants' });
  await expect(rates.getByRole('row', { name: /2026-S2/ })).toContainText(
    'Le taux du 2e semestre 2026 figure déjà dans les tables officielles (2,40\u00a0%)\u00a0: celui-ci n’est pas utilisé.',
  );
  await rates.getByRole('textbox', { name: 'Semestre' }).fill('2026-S1');
  await rates.getByLabel('Taux BCE (%)').fill('2,40');
  await rates.getByRole('button', { name: 'Ajouter ces taux' }).click();
  await expect(rates.getByText('Le taux du 1er semestre 2026 figure déjà dans les tables officielles (2,15\u00a0%)\u00a0: celui-ci n’est pas utilisé.')).toBeVisible();
  await expect(rates.getByRole('row', { name: /2026-S1/ })).toHaveCount(0);
  expect(Object.keys((await onDisk(relance.dataFile)).settings.extraRates)).toEqual(['2026-S2']);
  await page.setViewportSize({ width: 900, height: 800 });
  await rates.scrollIntoViewIfNeeded();
  await expectTidyLayout(page, 'the missing rates at 900 px');
  await layoutShots(page, 'small-defects-08-rates-900');
  await page.setViewportSize({ width: 1280, height: 800 });

  // A half-year the tables do not have yet is saved as before.
  await rates.getByRole('textbox', { name: 'Semestre' }).fill('2027-S1');
  await rates.getByRole('button', { name: 'Ajouter ces taux' }).click();
  await expect(rates.getByRole('row', { name: /2027-S1/ })).toContainText('2,40\u00a0%');
  await expect(rates.getByRole('row', { name: /2027-S1/ })).not.toContainText('tables officielles');
  expect((await onDisk(relance.dataFile)).settings.extraRates).toMatchObject({ '2027-S1': { ecbBp: 240 } });
});
