import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { databaseSchema, emptyDatabase, identitySchema } from '../../shared/ledger/schema';
import { expectAccessible } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { expectTidyLayout } from '../support/layout';
import { seedClient, seedInvoice } from '../support/seed';

// F-2026-101 (1 200,00 €) fell due on 17 Nov: its rappel amiable is due on 24 Nov.
// F-2026-102 (450,00 €) fell due on 5 Nov, its rappel amiable went on 16 Nov: the relance ferme is due on 26 Nov.
function schedulerSeed() {
  return databaseSchema.parse({
    ...emptyDatabase(),
    identity: identitySchema.parse({ name: 'Sophie Laurent Design', address: { street: '24 rue des Arts', postalCode: '69001', city: 'Lyon' } }),
    clients: [seedClient({ id: 'c-dupre', kind: 'business', name: 'Atelier Dupré SARL', street: '12 rue de la République', postalCode: '69002', city: 'Lyon' })],
    invoices: [
      seedInvoice({ id: 'i-101', number: 'F-2026-101', clientId: 'c-dupre', issueDate: '2026-10-18', dueDate: '2026-11-17', amountTtcCents: 120_000 }),
      seedInvoice({ id: 'i-102', number: 'F-2026-102', clientId: 'c-dupre', issueDate: '2026-10-06', dueDate: '2026-11-05', amountTtcCents: 45_000, reminders: [['friendly', '2026-11-16']] }),
    ],
  });
}

test.use({ now: '2026-11-23T09:00:00', seed: schedulerSeed(), scheduler: true });
// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
test.beforeEach(({}, testInfo) => {
  testInfo.skip(testInfo.project.name === 'electron', 'Le déplacement de l’horloge n’existe qu’en mode navigateur (boucle locale).');
});

const shot = (page: Page, name: string) => page.screenshot({ path: resolve('test-results/screens', `${name}.png`) });
const statusLine = (page: Page) => page.getByRole('complementary').getByRole('status');
const notifications = (page: Page) => page.getByRole('region', { name: 'Notifications' });
const toActOn = (page: Page) => page.getByRole('table', { name: 'À relancer aujourd’hui' });

test('the clock moves past a due date: the notification and the list appear; the next level appears on its date; « Voir la liste » lands on it', async ({ relance }) => {
  const { page } = relance;
  await expect(statusLine(page)).toHaveText('Dernière vérification\u00a0: aujourd’hui à 09:00 — aucune relance à envoyer');
  await expect(notifications(page).getByRole('article')).toHaveCount(0);

  // 24 November, 09:30: the rappel amiable of F-2026-101 is due.
  await relance.moveClock('2026-11-24T09:30:00');
  const first = notifications(page).getByRole('article');
  await expect(first).toHaveCount(1);
  await expect(first).toContainText('1 relance à envoyer aujourd’hui — 1\u202f200,00\u00a0€ en retard');
  await expect(statusLine(page)).toHaveText('Dernière vérification\u00a0: aujourd’hui à 09:30 — 1 relance à envoyer');
  await expect(toActOn(page).getByRole('row', { name: /F-2026-101/ })).toBeVisible();
  await expect(toActOn(page).getByRole('row', { name: /F-2026-102/ })).toHaveCount(0);

  // From another screen, the notification's action lands on the list, the keyboard focus on its heading.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await first.getByRole('button', { name: 'Voir la liste' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Relances' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /À relancer aujourd’hui/ })).toBeFocused();
  await expect(notifications(page).getByRole('article')).toHaveCount(0);

  // 25 November: nothing new (F-2026-101 is still to send, but it was announced): no notification.
  await relance.moveClock('2026-11-25T09:15:00');
  await expect(statusLine(page)).toHaveText('Dernière vérification\u00a0: aujourd’hui à 09:15 — 1 relance à envoyer');
  await expect(notifications(page).getByRole('article')).toHaveCount(0);

  // 26 November: the relance ferme of F-2026-102 falls due; the notification counts the whole list.
  await relance.moveClock('2026-11-26T10:00:00');
  await expect(notifications(page).getByRole('article')).toContainText('2 relances à envoyer aujourd’hui — 1\u202f650,00\u00a0€ en retard');
  await expect(toActOn(page).getByRole('row', { name: /F-2026-102/ })).toContainText('Relance ferme');
  await expectAccessible(page, 'notification du jour');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    // The lists lay out again for the new width (they measure it) before the check.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), { timeout: 10_000 }).toBe(true);
    await expectTidyLayout(page, `notification du jour à ${width} px`);
    await shot(page, `scheduler-notification-${width}`);
  }

  // Quit and start again the same day: what was announced is remembered; the list is the same.
  await relance.restart();
  await expect(statusLine(relance.page)).toHaveText('Dernière vérification\u00a0: aujourd’hui à 10:00 — 2 relances à envoyer');
  await expect(toActOn(relance.page).getByRole('row')).toHaveCount(3); // header + 2
  await expect(notifications(relance.page).getByRole('article')).toHaveCount(0);
});

test('Paramètres › Vérifications automatiques: the morning hour and the notifications, kept; the desktop-only options say so', async ({ relance }) => {
  const { page } = relance;
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Paramètres', exact: true }).click();
  const form = page.getByRole('form', { name: 'Vérifications automatiques' });
  await expect(form.getByLabel('Heure de la vérification du matin')).toHaveValue('09:00');
  await expect(form.getByRole('checkbox', { name: 'Lancer Relance à l’ouverture de la session, dans la zone de notification' })).toBeDisabled();
  await expect(form.getByRole('checkbox', { name: 'Garder Relance dans la zone de notification quand la fenêtre est fermée' })).toBeDisabled();
  await expect(form).toContainText('Dans l’application de bureau seulement.');
  const hour = form.getByLabel('Heure de la vérification du matin');
  await hour.fill('25:00');
  await form.getByRole('button', { name: 'Enregistrer les vérifications' }).click();
  await expect(form.getByText('Heure de la vérification du matin\u00a0: une heure au format 09:00.')).toBeVisible();
  await expect(hour).toBeFocused();
  await expect(hour).toHaveAttribute('aria-invalid', 'true');
  // As a French user writes it.
  await hour.fill('10h30');
  await form.getByRole('checkbox', { name: 'Me prévenir des relances à envoyer (notification)' }).uncheck();
  await form.getByRole('button', { name: 'Enregistrer les vérifications' }).click();
  await expect(page.getByText('Vérifications automatiques enregistrées')).toBeVisible();
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await form.scrollIntoViewIfNeeded();
    await shot(page, `scheduler-settings-${width}`);
  }

  // Notifications off: the day comes, the list and the status line follow, nothing pops up.
  await relance.moveClock('2026-11-24T11:00:00');
  await expect(statusLine(page)).toHaveText('Dernière vérification\u00a0: aujourd’hui à 11:00 — 1 relance à envoyer');
  await expect(notifications(page).getByRole('article')).toHaveCount(0);

  await relance.restart();
  await relance.page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Paramètres', exact: true }).click();
  const again = relance.page.getByRole('form', { name: 'Vérifications automatiques' });
  await expect(again.getByLabel('Heure de la vérification du matin')).toHaveValue('10:30');
  await expect(again.getByRole('checkbox', { name: 'Me prévenir des relances à envoyer (notification)' })).not.toBeChecked();
});
