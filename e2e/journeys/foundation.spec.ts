import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { frenchText } from '../support/typography';

const shot = (page: Page, name: string) => page.screenshot({ path: resolve('test-results/screens', `${name}.png`), fullPage: false });

async function createClient(page: Page, name: string) {
  const main = page.getByRole('main');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Clients', exact: true }).click();
  await main.getByRole('button', { name: 'Nouveau client' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau client' });
  await dialog.getByLabel('Nom ou raison sociale').fill(name);
  await dialog.getByLabel('Numéro et voie').fill('12 rue de la République');
  await dialog.getByLabel('Code postal').fill('69002');
  await dialog.getByLabel('Ville').fill('Lyon');
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog).toBeHidden();
}

async function createInvoice(page: Page, fields: { number: string; client: string; issue: string; due: string; amount: string }) {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Factures', exact: true }).click();
  await page.getByRole('main').getByRole('button', { name: /^(Nouvelle facture|Créer une facture)$/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle facture' });
  await dialog.getByLabel('Numéro de facture').fill(fields.number);
  await dialog.getByRole('combobox', { name: 'Client' }).selectOption({ label: fields.client });
  await dialog.getByLabel('Date de facture').fill(fields.issue);
  await dialog.getByLabel('Échéance').fill(fields.due);
  await dialog.getByLabel('Montant TTC').fill(fields.amount);
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('first start shows the empty state in French', async ({ relance }) => {
  const { page } = relance;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Créer une facture', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importer un fichier CSV' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Créer un client' })).toBeVisible();
  await shot(page, 'foundation-01-empty');
});

test('a client and an invoice are created, and are still there after a reload and a restart', async ({ relance }) => {
  let page = relance.page;
  await createClient(page, 'Atelier Dupré SARL');
  await createInvoice(page, { number: 'F-2026-001', client: 'Atelier Dupré SARL', issue: '15/10/2026', due: '14/11/2026', amount: '1 234,56' });
  const row = page.getByRole('row', { name: /F-2026-001/ });
  await expect(row).toContainText('Atelier Dupré SARL');
  await expect(row).toContainText('1\u202f234,56\u00a0€');
  await expect(row).toContainText('14/11/2026');
  await expect(row).toContainText('En retard (9 j)'); // the app's clock is fixed at 23/11/2026
  await shot(page, 'foundation-02-list');

  await page.reload();
  await expect(page.getByRole('row', { name: /F-2026-001/ })).toContainText('1\u202f234,56\u00a0€');

  page = await relance.restart();
  await expect(page.getByRole('row', { name: /F-2026-001/ })).toContainText('Atelier Dupré SARL');
  const onDisk = JSON.parse(await readFile(relance.dataFile, 'utf8'));
  expect(onDisk.invoices[0]).toMatchObject({ number: 'F-2026-001', amountTtcCents: 123456, issueDate: '2026-10-15', dueDate: '2026-11-14' });
});

test('a bad amount and a bad date get a French message and nothing is saved', async ({ relance }) => {
  const { page } = relance;
  await createClient(page, 'Beta SAS');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Factures', exact: true }).click();
  await page.getByRole('main').getByRole('button', { name: /^(Nouvelle facture|Créer une facture)$/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle facture' });
  await dialog.getByLabel('Numéro de facture').fill('F-9');
  await dialog.getByLabel('Date de facture').fill('31/02/2026');
  await dialog.getByLabel('Montant TTC').fill('12,345');
  await dialog.getByLabel('Échéance').fill('abc');
  await dialog.getByLabel('Montant TTC').press('Tab');
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog.getByText(frenchText('« 31/02/2026 » : ce jour n’existe pas dans ce mois.'))).toBeVisible();
  await expect(dialog.getByText('Un montant a au plus deux chiffres après la virgule.')).toBeVisible();
  await expect(dialog.getByText(frenchText('« abc » n’est pas une date au format jj/mm/aaaa.'))).toBeVisible();
  await expect(dialog.getByLabel('Montant TTC')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'foundation-03-errors');
  await dialog.getByLabel('Montant TTC').fill('1234.56');
  await expect(dialog.getByText('Un montant a au plus deux chiffres après la virgule.')).toBeHidden();
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  const onDisk = JSON.parse(await readFile(relance.dataFile, 'utf8'));
  expect(onDisk.invoices).toEqual([]);
});

test('a partial then full payment updates the remaining amount and the status', async ({ relance }) => {
  const { page } = relance;
  await createClient(page, 'Gamma Conseil');
  await createInvoice(page, { number: 'F-100', client: 'Gamma Conseil', issue: '01/10/2026', due: '31/10/2026', amount: '1000' });
  await page.getByRole('button', { name: 'F-100', exact: true }).click();
  await page.getByLabel('Date du paiement').fill('20/11/2026');
  await page.getByLabel('Montant du paiement').fill('400');
  await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(page.getByRole('main')).toContainText('600,00\u00a0€');
  await expect(page.getByLabel('Montant du paiement')).toHaveValue('600,00');
  await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(page.getByRole('main')).toContainText('Payée');
  await page.getByRole('button', { name: 'Retour aux factures' }).click();
  await expect(page.getByRole('row', { name: /F-100/ })).toContainText('Payée');
});

test('a CSV with good and bad rows imports the good ones and lists the bad', async ({ relance }) => {
  const { page } = relance;
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Importer', exact: true }).click();
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: 'Factures' }).check();
  await main.getByLabel('Fichier CSV').setInputFiles(resolve('test/fixtures/csv/factures-mixtes.csv'));
  await expect(main.getByRole('combobox', { name: 'Montant TTC' })).toBeVisible();
  await main.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(main).toContainText('2 factures importées');
  const rejected = main.getByRole('table', { name: 'Lignes refusées' });
  await expect(rejected.getByRole('row')).toHaveCount(6); // header + 5 rejected rows
  await expect(rejected).toContainText(frenchText('Montant TTC « 12,345 » : un montant a au plus deux chiffres après la virgule.'));
  await expect(rejected).toContainText(frenchText('Date de facture « 31/02/2026 » : ce jour n’existe pas dans ce mois.'));
  await expect(rejected).toContainText('L’échéance ne peut pas précéder la date de la facture.');
  await expect(main).toContainText('La facture f-001 figure déjà à la ligne 2 du fichier.');
  await shot(page, 'foundation-04-import-report');

  // The same file again creates nothing.
  await main.getByLabel('Fichier CSV').setInputFiles(resolve('test/fixtures/csv/factures-mixtes.csv'));
  await main.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(main).toContainText('0 facture importée');
  const onDisk = JSON.parse(await readFile(relance.dataFile, 'utf8'));
  expect(onDisk.invoices.map((i: { number: string }) => i.number).sort()).toEqual(['F-001', 'F-006']);
  expect(onDisk.invoices.find((i: { number: string }) => i.number === 'F-006').amountTtcCents).toBe(25050);
});

test.describe('a damaged data file', () => {
  test('is kept aside and the user is told where, in French', async ({ relance }) => {
    let page = relance.page;
    await createClient(page, 'Delta Studio');
    await writeFile(relance.dataFile, '{"schemaVersion": 1, "clients": [ garbage');
    page = await relance.restart();
    const alert = page.getByRole('alert').filter({ hasText: 'mis de côté' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(relance.dataDir);
    await expect(alert).toContainText('n’a pas pu être ouvert');
    const damaged = (await alert.textContent())!.split(/\s/).find((word) => word.includes('.damaged-'))!.replace(/\.$/, '');
    expect(await readFile(damaged, 'utf8')).toBe('{"schemaVersion": 1, "clients": [ garbage');
    await shot(page, 'foundation-05-recovery');
  });
});
