import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { fixedClock } from '../../electron/core/app/clock';
import { createCore } from '../../electron/core/app/createCore';
import { makeClient, makeInvoice } from '../../electron/core/store/fixtures';
import { startLoopbackServer } from '../../electron/loopback/server';
import { emptyDatabase } from '../../shared/ledger/schema';
import { expect, test } from '../support/fixtures';

const shot = async (page: Page, name: string) => {
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: resolve('test-results/screens', `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
};

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name, exact: true }).click();

test('a second Relance on the same data folder opens read-only, says why, and changes nothing', async ({ relance }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the second instance is a loopback server beside the app under test');
  const first = relance.page;
  await nav(first, 'Clients');
  await first.getByRole('main').getByRole('button', { name: 'Nouveau client' }).first().click();
  const dialog = first.getByRole('dialog', { name: 'Nouveau client' });
  await dialog.getByLabel('Nom ou raison sociale').fill('Atelier Mercier');
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog).toBeHidden();

  const core = await createCore({ dataFile: relance.dataFile, clock: fixedClock(new Date('2026-11-23T09:00:00')), mode: 'loopback', version: 'e2e' });
  const server = await startLoopbackServer({ core, rendererDir: resolve('out/renderer') });
  try {
    const second = await first.context().newPage();
    await second.goto(server.url);
    await expect(second.getByRole('alert').filter({ hasText: 'déjà ouvert par une autre fenêtre de Relance' })).toBeVisible();
    await expect(second.getByText('Mode lecture seule.')).toBeVisible();
    await nav(second, 'Clients');
    await expect(second.getByRole('main').getByText('Atelier Mercier')).toBeVisible();
    await shot(second, 'data-safety-01-second-window-read-only');

    // A change tried in the second window is refused with the reason, in French.
    await second.getByRole('main').getByRole('button', { name: 'Nouveau client' }).first().click();
    const refused = second.getByRole('dialog', { name: 'Nouveau client' });
    await refused.getByLabel('Nom ou raison sociale').fill('Ne doit pas être enregistré');
    await refused.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(refused.getByText(/Une autre fenêtre de Relance a ce dossier de données ouvert/)).toBeVisible();
    await second.close();
  } finally {
    await server.close();
    await core.close();
  }

  // The first window still saves.
  await first.getByRole('main').getByRole('button', { name: 'Nouveau client' }).first().click();
  const again = first.getByRole('dialog', { name: 'Nouveau client' });
  await again.getByLabel('Nom ou raison sociale').fill('Boulangerie Lefèvre');
  await again.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(again).toBeHidden();
  const page = await relance.restart();
  await nav(page, 'Clients');
  await expect(page.getByRole('main').getByText('Boulangerie Lefèvre')).toBeVisible();
  await expect(page.getByRole('main').getByText('Ne doit pas être enregistré')).toHaveCount(0);
});

const client = makeClient(1);
const good = makeInvoice(1, 2);
const alsoGood = makeInvoice(3, 2);
const bad = { ...makeInvoice(5, 2), dueDate: '2026-02-30' };
test.use({ seed: { ...emptyDatabase(), clients: [makeClient(0), client], invoices: [good, bad, alsoGood] } });

test('one bad invoice in the file: the others load, it is set aside with its reason', async ({ relance }) => {
  const page = relance.page;
  const alert = page.getByRole('alert').filter({ hasText: 'mis de côté' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(`Facture ${bad.number}`);
  await expect(alert).toContainText('Paramètres › Données');
  await nav(page, 'Factures');
  await expect(page.getByRole('main').getByText(good.number)).toBeVisible();
  await expect(page.getByRole('main').getByText(alsoGood.number)).toBeVisible();
  await shot(page, 'data-safety-02-record-set-aside');
});
