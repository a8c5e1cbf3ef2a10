import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

/**
 * A new user's first week: the export of their invoicing tool, with paid, partly paid and late
 * invoices, a credit note, a SIRET that belongs to another client, and the same export a few days later.
 */

/**
 * Screenshots at 900 and 1920 px wide. The app scrolls inside its own panes, so the window is made as
 * tall as the content for the picture, then set back.
 */
const shot = async (page: Page, name: string) => {
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    const height = await page.evaluate(() =>
      Math.max(...Array.from(document.querySelectorAll('main, main *, .app, body')).map((el) => el.scrollHeight), window.innerHeight),
    );
    await page.setViewportSize({ width, height: Math.min(height + 40, 8000) });
    await page.screenshot({ path: resolve('test-results/screens', `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
};
/** "1 234,56 €" as fr-FR writes it (narrow no-break space between thousands, no-break space before €). */
const euros = (text: string) => text.replace(/(\d) (\d)/g, '$1\u202f$2').replace(/ €/, '\u00a0€');

test.use({ now: '2026-03-20T09:00:00' });

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name, exact: true }).click();

async function chooseFile(page: Page, fixture: string): Promise<Locator> {
  await nav(page, 'Importer');
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: 'Factures' }).check();
  await main.getByLabel('Fichier CSV').setInputFiles(resolve('test/fixtures/csv', fixture));
  await expect(main.getByRole('heading', { name: 'Correspondance des colonnes' })).toBeVisible();
  return main;
}

test('an export with paid and partly paid invoices ends with the right balances, and nothing paid is proposed for a reminder', async ({ relance }) => {
  const { page } = relance;
  const main = await chooseFile(page, 'factures-paiements.csv');

  // The mapping takes the payment columns, and lists what it leaves out.
  await expect(main.getByRole('combobox', { name: 'Montant réglé' })).toHaveValue('7');
  await expect(main.getByRole('combobox', { name: 'Reste à payer' })).toHaveValue('8');
  await expect(main.getByRole('combobox', { name: 'Date de paiement' })).toHaveValue('9');
  await expect(main.getByRole('combobox', { name: 'Statut' })).toHaveValue('10');
  await expect(main.getByRole('combobox', { name: 'Type de document' })).toHaveValue('1');
  await expect(main.getByRole('combobox', { name: 'Commentaire ou note' })).toHaveValue('11');
  const ignored = main.getByRole('region', { name: 'Colonnes ignorées (1)' });
  await expect(ignored).toContainText('«\u00a0TVA\u00a0» — ex.\u00a0: 200,00');
  await main.getByRole('combobox', { name: 'Commentaire ou note' }).selectOption({ label: '— Ignorer —' });
  await expect(main.getByRole('region', { name: 'Colonnes ignorées (2)' })).toContainText('«\u00a0Commentaire\u00a0»');
  await main.getByRole('combobox', { name: 'Commentaire ou note' }).selectOption({ label: 'Commentaire' });
  await shot(page, 'import-01-mapping');

  await main.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(main.getByRole('status').filter({ hasText: 'factures importées' })).toHaveText(
    '7 factures importées, 1 avoir enregistré, 4 paiements enregistrés, 5 clients créés',
  );
  // Which date the undated payments got.
  const notes = main.getByRole('list', { name: 'Remarques sur le fichier' });
  await expect(notes).toContainText('la facture F-2026-106\u00a0: son paiement est daté de son échéance, donc sans retard.');
  await expect(notes).toContainText('son paiement est daté du jour de l’import, le 20/03/2026.');
  // The 3 600 € invoice came in, its bad SIRET left out and said on its line.
  const warnings = main.getByRole('table', { name: 'Lignes importées avec une remarque' });
  await expect(warnings.getByRole('row', { name: /F-2026-105/ })).toContainText(
    'SIRET du client «\u00a081234567800014\u00a0» invalide\u00a0: 14 chiffres dont le dernier est une clé de contrôle. Champ laissé vide.',
  );
  // A rejected line names its invoice.
  const rejected = main.getByRole('table', { name: 'Lignes refusées' });
  await expect(rejected.getByRole('row', { name: /F-2026-108/ })).toContainText('Date de facture «\u00a031/02/2026\u00a0»\u00a0: ce jour n’existe pas dans ce mois.');
  await shot(page, 'import-02-report');

  // « À relancer aujourd’hui » holds the unpaid invoices only.
  await nav(page, 'Relances');
  const toActOn = page.getByRole('table', { name: 'À relancer aujourd’hui' });
  await expect(toActOn.getByRole('row', { name: /F-2026-1/ })).toHaveCount(4);
  for (const number of ['F-2026-102', 'F-2026-103', 'F-2026-104', 'F-2026-105']) await expect(toActOn).toContainText(number);
  for (const number of ['F-2026-101', 'F-2026-106', 'F-2026-107']) await expect(page.getByRole('main')).not.toContainText(number);
  await expect(toActOn.getByRole('row', { name: /F-2026-102/ })).toContainText(euros('1 600,00 €'));
  await shot(page, 'import-03-overview');

  // Balances per client, the credit note against Studio Nord's.
  await nav(page, 'Clients');
  const clients = page.getByRole('table', { name: 'Liste des clients' });
  const studio = clients.getByRole('row', { name: /Studio Nord/ });
  await expect(studio).toContainText(euros('1 450,00 €'));
  await expect(studio).toContainText(`Avoir déduit\u00a0: ${euros('150,00 €')}`);
  await expect(clients.getByRole('row', { name: /Boulangerie Léa & Fils/ })).toContainText(euros('0,00 €'));
  await expect(clients.getByRole('row', { name: /Atelier Marchand/ })).toContainText(euros('3 600,00 €'));
  await shot(page, 'import-04-clients');

  const onDisk = JSON.parse(await readFile(relance.dataFile, 'utf8'));
  const byNumber = (n: string) => onDisk.invoices.find((i: { number: string }) => i.number === n);
  expect(byNumber('F-2026-101').payments.map((p: { date: string; amountCents: number }) => [p.date, p.amountCents])).toEqual([['2026-02-03', 120000]]);
  expect(byNumber('F-2026-102').payments.map((p: { date: string; amountCents: number }) => [p.date, p.amountCents])).toEqual([['2026-02-15', 80000]]);
  expect(byNumber('F-2026-102').notes).toBe('Acompte reçu par virement');
  expect(onDisk.creditNotes).toMatchObject([{ number: 'AV-2026-001', amountTtcCents: 15000, issueDate: '2026-02-15' }]);
});

test('a SIRET that belongs to a client of another name is asked about, and files nothing under that client', async ({ relance }) => {
  const { page } = relance;
  const main = await chooseFile(page, 'factures-paiements.csv');
  await main.getByRole('button', { name: 'Importer', exact: true }).click();

  const checks = main.getByRole('table', { name: 'À vérifier' });
  await expect(main.getByRole('heading', { name: 'À vérifier (1)' })).toBeVisible();
  const row = checks.getByRole('row', { name: /F-2026-104/ });
  await expect(row).toContainText('Le SIRET 812 345 678 00013 de cette ligne est celui de «\u00a0Boulangerie Léa & Fils\u00a0»');
  await expect(row).toContainText('la facture F-2026-104 est rangée chez un nouveau client «\u00a0Boulangerie Lefèvre & Fils\u00a0», créé sans SIRET');
  await expect(row).toContainText('S’il s’agit du même client, modifiez la facture pour choisir «\u00a0Boulangerie Léa & Fils\u00a0».');
  await shot(page, 'import-05-siret-check');

  await nav(page, 'Factures');
  await expect(page.getByRole('row', { name: /F-2026-104/ })).toContainText('Boulangerie Lefèvre & Fils');
  const onDisk = JSON.parse(await readFile(relance.dataFile, 'utf8'));
  const lea = onDisk.clients.find((c: { name: string }) => c.name === 'Boulangerie Léa & Fils');
  const lefevre = onDisk.clients.find((c: { name: string }) => c.name === 'Boulangerie Lefèvre & Fils');
  expect([lea.siret, lefevre.siret]).toEqual(['81234567800013', '']);
  expect(onDisk.invoices.filter((i: { clientId: string }) => i.clientId === lea.id).map((i: { number: string }) => i.number)).toEqual(['F-2026-101', 'F-2026-107']);
});

test('re-importing the updated export updates the payments and the due date, and says what it changed', async ({ relance }) => {
  const { page } = relance;
  let main = await chooseFile(page, 'factures-paiements.csv');
  await main.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(main.getByRole('status').filter({ hasText: 'factures importées' })).toContainText('7 factures importées');

  main = await chooseFile(page, 'factures-paiements-maj.csv');
  await main.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(main.getByRole('status').filter({ hasText: 'importée' })).toHaveText(
    '1 facture importée, 3 factures mises à jour, 2 paiements enregistrés, 0 client créé',
  );
  const updated = main.getByRole('table', { name: 'Factures mises à jour' });
  await expect(updated.getByRole('row', { name: /F-2026-102/ })).toContainText(
    `Paiement de ${euros('1 600,00 €')} enregistré, daté du 18/03/2026\u00a0: la facture est soldée.`,
  );
  await expect(updated.getByRole('row', { name: /F-2026-103/ })).toContainText('Échéance\u00a0: 19/02/2026 → 28/02/2026.');
  await expect(updated.getByRole('row', { name: /F-2026-105/ })).toContainText(
    `Paiement de ${euros('1 000,00 €')} enregistré, daté du 19/03/2026 (réglé en tout\u00a0: ${euros('1 000,00 €')} sur ${euros('3 600,00 €')}).`,
  );
  await expect(main.getByRole('heading', { name: /Déjà présentes, sans changement \(5\)/ })).toBeVisible();
  await shot(page, 'import-06-reimport');

  await expect(main.getByRole('list', { name: 'Remarques sur le fichier' })).toContainText(
    'les factures F-2026-102 et F-2026-105 ont reçu un paiement après leur échéance\u00a0: des pénalités de retard peuvent être dues.',
  );

  await nav(page, 'Factures');
  await expect(page.getByRole('row', { name: /F-2026-102/ })).toContainText('Payée');
  await expect(page.getByRole('row', { name: /F-2026-105/ })).toContainText(`${euros('3 600,00 €')}${euros('2 600,00 €')}`);
  await nav(page, 'Relances');
  const toActOn = page.getByRole('table', { name: 'À relancer aujourd’hui' });
  await expect(toActOn.getByRole('row', { name: /F-2026-105/ })).toContainText(euros('2 600,00 €'));
  await expect(toActOn.getByRole('row', { name: /F-2026-103/ })).toContainText('28/02/2026');
});

test('a client with a bad e-mail comes in without it, and the report says so on its line', async ({ relance }) => {
  const { page } = relance;
  await nav(page, 'Importer');
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: 'Clients' }).check();
  await main.getByLabel('Fichier CSV').setInputFiles(resolve('test/fixtures/csv/clients.csv'));
  await expect(main.getByRole('region', { name: 'Toutes les colonnes sont importées' })).toBeVisible();
  await main.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(main.getByRole('status').filter({ hasText: 'clients importés' })).toHaveText('5 clients importés');
  const warnings = main.getByRole('table', { name: 'Lignes importées avec une remarque' });
  await expect(warnings.getByRole('row', { name: /Mauvais Mail/ })).toContainText(
    'Adresse e-mail «\u00a0pas-un-mail\u00a0» invalide (exemple\u00a0: nom@domaine.fr). Champ laissé vide.',
  );
  await expect(main.getByRole('table', { name: 'Lignes refusées' }).getByRole('row', { name: /Mystère & Co/ })).toContainText('Type de client');
  await shot(page, 'import-07-clients-report');
  await nav(page, 'Clients');
  await expect(page.getByRole('table', { name: 'Liste des clients' }).getByRole('row', { name: /Mauvais Mail/ })).toBeVisible();
});
