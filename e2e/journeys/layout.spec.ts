import type { Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { expectTidyLayout, LAYOUT_HEIGHT, LAYOUT_WIDTHS, layoutShots } from '../support/layout';
import { expectFrenchTypography } from '../support/typography';
import { firstStartSeed, LONG_CLIENT_NAME, layoutSeed, SEED_NOW } from '../support/seed';

/**
 * Every screen and dialog at the window's minimum width (900), a laptop (1280) and a desktop screen (1920),
 * with a client name of 100 characters, six address lines and long notes: nothing is cut off or sticks out,
 * axe-core finds no serious or critical accessibility violation and no text has a plain space where French wants a
 * no-break one (both checked once, at 1280).
 */

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name, exact: true }).click();

/** Checks the screen (or the open dialog) as it is, takes its screenshots, and audits it at one width. */
async function check(page: Page, screen: string, width: number, known: Parameters<typeof expectAccessible>[2] = []): Promise<void> {
  // Let the virtualised lists measure themselves and the fonts settle.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await layoutShots(page, `layout-${screen}-${width}`);
  await expectTidyLayout(page, `${screen} at ${width} px`);
  if (width === 1280) {
    await expectAccessible(page, screen, known);
    await expectFrenchTypography(page, screen);
  }
}

const LONG_INVOICE = 'F-2025-COOPERATIVE-RHONE-000418-BIS';

test.describe('with long names, six-line addresses and long notes', () => {
  test.use({ now: SEED_NOW, seed: layoutSeed() });

  for (const width of LAYOUT_WIDTHS) {
    test(`every screen is tidy and accessible at ${width} px`, async ({ relance }) => {
      test.setTimeout(180_000);
      const { page } = relance;
      await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
      const main = page.getByRole('main');

      await expect(page.getByRole('heading', { level: 1, name: 'Relances' })).toBeVisible();
      await expect(main.getByRole('table', { name: 'À relancer aujourd’hui' }).getByRole('row', { name: new RegExp(LONG_INVOICE) })).toBeVisible();
      await check(page, 'relances', width);

      await nav(page, 'Factures');
      await expect(page.getByRole('heading', { level: 1, name: 'Factures' })).toBeVisible();
      await check(page, 'factures', width);

      await main.getByRole('button', { name: LONG_INVOICE, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: `Facture ${LONG_INVOICE}` })).toBeVisible();
      // Every folded form of the détail open: they are part of the screen too.
      await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await check(page, 'facture', width);

      await page.getByRole('button', { name: 'Modifier', exact: true }).click();
      await expect(page.getByRole('dialog', { name: /Modifier la facture/ })).toBeVisible();
      await check(page, 'dialogue-facture', width);
      await page.getByRole('dialog').getByRole('button', { name: 'Annuler', exact: true }).click();

      await main.getByRole('button', { name: 'Annuler la facture' }).click();
      await expect(page.getByRole('alertdialog', { name: 'Annuler la facture ?' })).toBeVisible();
      await check(page, 'dialogue-annulation', width);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('alertdialog')).toBeHidden();

      await nav(page, 'Clients');
      await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
      await check(page, 'clients', width);

      await main.getByRole('button', { name: `Modifier ${LONG_CLIENT_NAME}` }).click();
      await expect(page.getByRole('dialog', { name: /Modifier le client/ })).toBeVisible();
      await check(page, 'dialogue-client', width);
      await page.getByRole('dialog').getByRole('button', { name: 'Annuler', exact: true }).click();

      await main.getByRole('button', { name: `Politique de relance de ${LONG_CLIENT_NAME}` }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await check(page, 'dialogue-politique', width);
      await page.getByRole('dialog').getByRole('button', { name: 'Annuler', exact: true }).click();

      await nav(page, 'Importer');
      await expect(page.getByRole('heading', { level: 1, name: 'Importer' })).toBeVisible();
      await check(page, 'importer', width);

      await nav(page, 'Paramètres');
      await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
      await check(page, 'parametres', width);
    });
  }
});

test.describe('on first start', () => {
  test.use({ now: SEED_NOW, seed: firstStartSeed() });

  for (const width of LAYOUT_WIDTHS) {
    test(`the empty state is tidy and accessible at ${width} px`, async ({ relance }) => {
      const { page } = relance;
      await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await check(page, 'premier-demarrage', width);
      await nav(page, 'Clients');
      await check(page, 'clients-vide', width);
    });
  }
});
