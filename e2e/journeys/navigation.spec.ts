import type { Page } from '@playwright/test';
import { NAVIGATION_ENTRIES, NOTIFICATION_TARGET, type NavigationTarget } from '../../electron/main/menuEntries';
import { events } from '../../shared/ipc/contract';
import { expect, test } from '../support/fixtures';
import { dunningSeed, SEED_NOW } from '../support/seed';

test.use({ now: SEED_NOW, seed: dunningSeed() });

/** Where each target lands: the screen's title, the tab highlighted in the sidebar, the dialog it opens. */
const LANDS_ON: Record<NavigationTarget, { title: string; tab: string; dialog?: string }> = {
  overview: { title: 'Relances', tab: 'Relances' },
  today: { title: 'Relances', tab: 'Relances' },
  invoices: { title: 'Factures', tab: 'Factures' },
  clients: { title: 'Clients', tab: 'Clients' },
  settings: { title: 'Paramètres', tab: 'Paramètres' },
  import: { title: 'Importer', tab: 'Importer' },
  'new-invoice': { title: 'Factures', tab: 'Factures', dialog: 'Nouvelle facture' },
  'new-client': { title: 'Clients', tab: 'Clients', dialog: 'Nouveau client' },
};

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

/** Starts from a screen other than the target's, so that arriving there is seen. */
async function startAwayFrom(page: Page, to: NavigationTarget): Promise<void> {
  const away = LANDS_ON[to].tab === 'Paramètres' ? 'Clients' : 'Paramètres';
  await sidebar(page).getByRole('button', { name: away, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: away })).toBeVisible();
}

async function expectLandedOn(page: Page, to: NavigationTarget): Promise<void> {
  const { title, tab, dialog } = LANDS_ON[to];
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible({ timeout: 2_000 });
  await expect(sidebar(page).getByRole('button', { name: tab, exact: true })).toHaveAttribute('aria-current', 'page');
  if (dialog) await expect(page.getByRole('dialog', { name: dialog })).toBeVisible({ timeout: 2_000 });
}

test('every target of the navigate event has a menu entry or is the notification’s', () => {
  const reached = new Set<string>([...NAVIGATION_ENTRIES.map((e) => e.to), NOTIFICATION_TARGET]);
  expect([...reached].sort()).toEqual([...events.navigate.shape.to.options].sort());
  expect(Object.keys(LANDS_ON).sort()).toEqual([...events.navigate.shape.to.options].sort());
});

for (const entry of NAVIGATION_ENTRIES) {
  test(`${entry.menu} › ${entry.label} (${entry.accelerator}) opens its screen`, async ({ relance }) => {
    const { page } = relance;
    await expect(page.getByRole('heading', { level: 1, name: 'Relances' })).toBeVisible();
    await startAwayFrom(page, entry.to);
    // The page subscribes to the core's events once it has loaded: send again until the subscription is there.
    await expect(async () => {
      await relance.clickMenu(entry.label);
      await expectLandedOn(page, entry.to);
    }).toPass({ timeout: 15_000 });
  });
}

test('a click on the daily notification opens Relances, from any screen, even over a dialog', async ({ relance }) => {
  const { page } = relance;
  await expect(page.getByRole('heading', { level: 1, name: 'Relances' })).toBeVisible();
  await startAwayFrom(page, NOTIFICATION_TARGET);
  await expect(async () => {
    await relance.emit('navigate', { to: NOTIFICATION_TARGET });
    await expectLandedOn(page, NOTIFICATION_TARGET);
  }).toPass({ timeout: 15_000 });

  // Relances again with the "Nouvelle facture" form open (Ctrl+N, then the notification): the screen changes
  // behind the form, which stays open with what was typed.
  await relance.clickMenu('Nouvelle facture');
  const form = page.getByRole('dialog', { name: 'Nouvelle facture' });
  await expect(form).toBeVisible();
  await form.getByLabel('Numéro de facture').fill('F-2026-050');
  await relance.emit('navigate', { to: NOTIFICATION_TARGET });
  await expect(page.getByRole('heading', { level: 1, name: 'Relances' })).toBeAttached();
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Numéro de facture')).toHaveValue('F-2026-050');
});
