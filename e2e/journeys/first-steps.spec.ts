import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { dunningSeed, firstStartSeed, SEED_NOW } from '../support/seed';

/** What a new user met in their first week (the title under the tab, a hint, a form closed by mistake, a search). */

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });
const nav = (page: Page, name: string) => sidebar(page).getByRole('button', { name, exact: true }).click();

test.describe('on first start', () => {
  test.use({ now: SEED_NOW, seed: firstStartSeed() });

  test('the home screen is titled as its tab, says to fill in Paramètres, and « créer un client » is a button', async ({ relance }) => {
    const { page } = relance;
    await expect(page.getByRole('heading', { level: 1, name: 'Relances' })).toBeVisible();
    await expect(sidebar(page).getByRole('button', { name: 'Relances' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText('Votre identité n’est pas encore renseignée.')).toBeVisible();

    await page.getByRole('button', { name: 'créer un client', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau client' });
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeAttached();
    await dialog.getByRole('button', { name: 'Annuler', exact: true }).click();

    await nav(page, 'Factures');
    await expect(page.getByRole('heading', { level: 1, name: 'Factures' })).toBeVisible();
    await page.getByRole('button', { name: 'Renseigner mon identité' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
    await page.getByLabel('Nom ou raison sociale').fill('Sophie Laurent Design');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Paramètres enregistrés' })).toBeVisible();
    await nav(page, 'Relances');
    await expect(page.getByRole('heading', { level: 1, name: 'Relances' })).toBeVisible();
    await expect(page.getByText('Votre identité n’est pas encore renseignée.')).toBeHidden();
  });

  test('Escape on a filled form asks before throwing away what was typed; on an empty form it closes', async ({ relance }) => {
    const { page } = relance;
    await nav(page, 'Clients');
    await page.getByRole('main').getByRole('button', { name: 'Nouveau client' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau client' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByRole('main').getByRole('button', { name: 'Nouveau client' }).first().click();
    await dialog.getByLabel('Nom ou raison sociale').fill('Atelier Mercier');
    await page.keyboard.press('Escape');
    const ask = page.getByRole('alertdialog', { name: 'Abandonner la saisie\u202f?' });
    await expect(ask).toBeVisible();
    await expect(ask).toContainText('Ce que vous avez saisi dans «\u00a0Nouveau client\u00a0» ne sera pas enregistré.');
    await expect(ask.getByRole('button', { name: 'Continuer la saisie' })).toBeFocused();
    // Escape on the question goes back to the form, as it was.
    await page.keyboard.press('Escape');
    await expect(ask).toBeHidden();
    await expect(dialog.getByLabel('Nom ou raison sociale')).toHaveValue('Atelier Mercier');
    // The × asks too; "Abandonner" closes the form.
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await ask.getByRole('button', { name: 'Abandonner', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('main')).toContainText('Aucun client pour l’instant');
  });
});

test.describe('with invoices', () => {
  test.use({ now: SEED_NOW, seed: dunningSeed() });

  test('the invoice search finds amounts however typed and the client’s city', async ({ relance }) => {
    const { page } = relance;
    await nav(page, 'Factures');
    const search = page.getByRole('searchbox', { name: 'Rechercher une facture' });
    const list = page.getByRole('table', { name: 'Liste des factures' });
    for (const amount of ['1 200', '1200,00', '1 200,00 €', '1200']) {
      await search.fill(amount);
      await expect(list.getByRole('row', { name: /F-2025-041/ }), amount).toBeVisible();
      await expect(list.getByRole('row'), amount).toHaveCount(2);
    }
    await search.fill('nantes');
    await expect(list.getByRole('row', { name: /F-2025-044/ })).toBeVisible();
    await expect(list.getByRole('row', { name: /F-2025-040/ })).toBeVisible();
    await expect(list.getByRole('row')).toHaveCount(3);
  });

  test('the step filter lists the steps in the order of the procedure', async ({ relance }) => {
    const { page } = relance;
    const options = await page.getByRole('combobox', { name: 'Étape' }).locator('option').allTextContents();
    expect(options).toEqual(['Toutes les étapes', 'Rappel amiable', 'Relance ferme', 'Mise en demeure', 'Contentieux', 'En pause']);
  });

  test('the cancel dialog is dismissed with « Ne pas annuler », and a refused number is said once', async ({ relance }) => {
    const { page } = relance;
    await nav(page, 'Factures');
    await page.getByRole('button', { name: 'F-2026-003', exact: true }).click();
    await page.getByRole('main').getByRole('button', { name: 'Annuler la facture' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Annuler la facture ?' });
    await expect(confirm.getByRole('button')).toHaveText(['×', 'Ne pas annuler', 'Annuler la facture']);
    await confirm.getByRole('button', { name: 'Ne pas annuler' }).click();
    await expect(confirm).toBeHidden();

    // The core refuses a number already used: the message is under the field, the banner points there.
    await page.getByRole('main').getByRole('button', { name: 'Modifier', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Modifier la facture F-2026-003' });
    await form.getByLabel('Numéro de facture').fill('F-2025-041');
    await form.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(form.getByText('Une facture porte déjà le numéro F-2025-041.')).toHaveCount(1);
    await expect(form.getByRole('alert')).toHaveText('Corrigez les champs signalés avant d’enregistrer.');
  });
});
