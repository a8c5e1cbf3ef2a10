import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { dunningSeed, SEED_NOW } from '../support/seed';
import { frenchText } from '../support/typography';

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: resolve('test-results/screens', `${name}.png`), fullPage });
const euros = (text: string) => text.replace(/ /g, '\u202f').replace(/ €/, '\u00a0€');

test.use({ now: SEED_NOW, seed: dunningSeed() });

const toActOn = (page: Page) => page.getByRole('table', { name: 'À relancer aujourd’hui' });
const overdue = (page: Page) => page.getByRole('table', { name: 'Factures en retard' });

test('the overdue screen is the home screen and shows days late, amounts and the next level', async ({ relance }) => {
  const { page } = relance;
  await expect(page.getByRole('heading', { level: 1, name: 'Relances' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button').first()).toHaveText('Relances');

  const row = toActOn(page).getByRole('row', { name: /F-2025-041/ });
  await expect(row).toContainText('Atelier Dupré SARL');
  await expect(row).toContainText('20/11/2025');
  await expect(row).toContainText('82 j de retard');
  await expect(row).toContainText(euros('1 200,00 €'));
  await expect(row).toContainText(`${euros('32,76 €')} + ${euros('40,00 €')}`);
  await expect(row).toContainText('Rappel amiable le 27/11/2025');
  await expect(row).toContainText('Aucune');

  const scheduled = overdue(page).getByRole('row', { name: /F-2026-007/ });
  await expect(scheduled).toContainText('5 j');
  await expect(scheduled).toContainText('Rappel amiable le 12/02/2026');

  const broken = toActOn(page).getByRole('row', { name: /F-2025-040/ });
  await expect(broken).toContainText('Échéance du 31/01/2026 (360,00\u00a0€) du plan de paiement non honorée.');

  const totals = page.getByRole('list', { name: 'Totaux' });
  await expect(totals.getByRole('listitem').filter({ hasText: 'Encours total' })).toContainText(euros('16 135,00 €'));
  await expect(totals.getByRole('listitem').filter({ hasText: /^En retard/ })).toContainText(euros('13 285,00 €'));
  await expect(totals.getByRole('listitem').filter({ hasText: 'Pénalités dues' })).toContainText(euros('200,39 €'));
  await expect(totals.getByRole('listitem').filter({ hasText: 'Indemnités forfaitaires' })).toContainText(euros('360,00 €'));
  await shot(page, 'dunning-01-overview');
  await shot(page, 'dunning-01-overview-full', true);

  // Filters.
  await page.getByRole('combobox', { name: 'Type de client' }).selectOption({ label: 'Particuliers' });
  await expect(toActOn(page).getByRole('row', { name: /F-2025-041/ })).toHaveCount(0);
  await expect(toActOn(page).getByRole('row', { name: /F-2026-005/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Type de client' }).selectOption({ label: 'Tous' });
  await page.getByRole('combobox', { name: 'Client', exact: true }).selectOption({ label: 'Boulangerie Martin' });
  await expect(toActOn(page).getByRole('row')).toHaveCount(3);
  await page.getByRole('combobox', { name: 'Client', exact: true }).selectOption({ label: 'Tous les clients' });
  await page.getByRole('combobox', { name: 'Étape' }).selectOption({ label: 'Mise en demeure' });
  await expect(toActOn(page).getByRole('row', { name: /F-2025-047/ })).toBeVisible();
  await expect(overdue(page).getByRole('row', { name: /F-2025-046/ })).toBeVisible();
  await expect(toActOn(page).getByRole('row')).toHaveCount(2);
  await shot(page, 'dunning-02-filtered');

  // The détail of the worked example: the décompte, line by line.
  await page.getByRole('combobox', { name: 'Étape' }).selectOption({ label: 'Toutes les étapes' });
  await toActOn(page).getByRole('button', { name: 'F-2025-041', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Facture F-2025-041' })).toBeVisible();
  const decompte = page.getByRole('table', { name: 'Décompte des pénalités' });
  const lines = decompte.getByRole('row', { name: /Du/ });
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0)).toContainText('Du 21/11/2025 au 31/12/2025');
  await expect(lines.nth(0)).toContainText('41');
  await expect(lines.nth(0)).toContainText('12,15\u00a0%');
  await expect(lines.nth(0)).toContainText(euros('16,38 €'));
  await expect(lines.nth(1)).toContainText('Du 01/01/2026 au 10/02/2026');
  await expect(lines.nth(1)).toContainText('41');
  await expect(decompte.getByRole('row', { name: /^Pénalités/ })).toContainText(euros('32,76 €'));
  await expect(decompte.getByRole('row', { name: /Indemnité forfaitaire/ })).toContainText(euros('40,00 €'));
  await expect(decompte.getByRole('row', { name: /^Total/ })).toContainText(euros('72,76 €'));
  await expect(page.getByText(frenchText('Prescription : le 21/10/2030'))).toBeVisible();
  await shot(page, 'dunning-03-detail', true);
  await page.getByRole('button', { name: 'Retour aux relances' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Relances' })).toBeVisible();
});

test('pausing an invoice for a dispute takes it out of « À relancer aujourd’hui » and shows the reason', async ({ relance }) => {
  const { page } = relance;
  await toActOn(page).getByRole('button', { name: 'F-2025-041', exact: true }).click();
  await page.getByRole('button', { name: 'Mettre en pause', exact: true }).click();
  const form = page.getByRole('form', { name: 'Mettre en pause les relances' });
  await expect(form.getByRole('radio', { name: 'Litige' })).toBeChecked();
  await form.getByRole('button', { name: 'Mettre en pause', exact: true }).click();
  await expect(form.getByText('Précisez l’objet du litige.').first()).toBeVisible();
  await form.getByLabel('Objet du litige').fill('Livraison incomplète selon le client');
  await expect(form.getByText('Précisez l’objet du litige.')).toHaveCount(0);
  await shot(page, 'dunning-04-pause-form');
  await form.getByRole('button', { name: 'Mettre en pause', exact: true }).click();
  await expect(page.getByText(frenchText('En pause : litige « Livraison incomplète selon le client »'))).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reprendre les relances' })).toBeVisible();

  await page.getByRole('button', { name: 'Retour aux relances' }).click();
  await expect(toActOn(page).getByRole('row', { name: /F-2025-041/ })).toHaveCount(0);
  await expect(overdue(page).getByRole('row', { name: /F-2025-041/ })).toContainText(frenchText('En pause : litige « Livraison incomplète selon le client »'));

  // Lifting the pause puts it back.
  await overdue(page).getByRole('button', { name: 'F-2025-041', exact: true }).click();
  await page.getByRole('button', { name: 'Reprendre les relances' }).click();
  await page.getByRole('button', { name: 'Retour aux relances' }).click();
  await expect(toActOn(page).getByRole('row', { name: /F-2025-041/ })).toBeVisible();
});

test('a payment in full after the due date settles the principal; the penalties and the 40 € stay in view and in the totals', async ({ relance }) => {
  const { page } = relance;
  const totals = page.getByRole('list', { name: 'Totaux' });
  await toActOn(page).getByRole('button', { name: 'F-2026-003', exact: true }).click();
  await expect(page.getByLabel('Montant du paiement')).toHaveValue('2\u202f400,00');
  await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(page.getByText('Cette facture est entièrement payée.')).toBeVisible();
  // Due 31/01/2026, paid 10/02/2026: 01/02 → 10/02 = 10 days at 12,15 %: 240 000 × 1215 × 10 / 3 650 000 = 798,90 → 7,99 € + 40,00 €.
  await expect(page.getByRole('status').filter({ hasText: 'Pénalités et indemnité restant dues' })).toContainText(euros('soit 47,99 €'));
  await page.getByRole('button', { name: 'Retour aux relances' }).click();
  await expect(overdue(page).getByRole('row', { name: /F-2026-003/ })).toContainText(frenchText('Pénalités et indemnité restant dues : à réclamer le 11/02/2026'));
  await expect(totals.getByRole('listitem').filter({ hasText: 'Encours total' })).toContainText(euros('13 735,00 €'));
  await expect(totals.getByRole('listitem').filter({ hasText: /^En retard/ })).toContainText(euros('10 885,00 €'));
  await expect(totals.getByRole('listitem').filter({ hasText: 'Indemnités forfaitaires' })).toContainText(euros('360,00 €'));
});

test('marking a reminder as sent moves the invoice to its next level at the right date', async ({ relance }) => {
  const { page } = relance;
  await toActOn(page).getByRole('button', { name: 'Marquer comme envoyée la relance « Rappel amiable » de F-2026-003' }).click();
  await page.getByRole('alertdialog', { name: 'Enregistrer cette relance ?' }).getByRole('button', { name: 'Enregistrer la relance' }).click();
  await expect(toActOn(page).getByRole('row', { name: /F-2026-003/ })).toHaveCount(0);
  const row = overdue(page).getByRole('row', { name: /F-2026-003/ });
  await expect(row).toContainText('Rappel amiable le 10/02/2026');
  await expect(row).toContainText('Relance ferme le 20/02/2026'); // firm = sent + 10 days

  await row.getByRole('button', { name: 'F-2026-003', exact: true }).click();
  const history = page.getByRole('table', { name: 'Historique des relances' });
  await expect(history.getByRole('row', { name: /Rappel amiable/ })).toContainText('10/02/2026');
  await expect(history.getByRole('row', { name: /Rappel amiable/ })).toContainText('E-mail');
  await expect(page.getByText(/Prochaine étape\s: Relance ferme le 20\/02\/2026/)).toBeVisible();
  await shot(page, 'dunning-05-detail-after-reminder', true);

  // Withdrawing it (confirmed, with its reason) brings the friendly reminder back; the proof stays in the history, struck through.
  await page.getByRole('button', { name: 'Retirer la relance « Rappel amiable » du 10/02/2026' }).click();
  const withdraw = page.getByRole('alertdialog', { name: 'Retirer cette relance ?' });
  await withdraw.getByRole('textbox', { name: 'Motif du retrait' }).fill('Envoyée au mauvais contact');
  await withdraw.getByRole('button', { name: 'Retirer la relance' }).click();
  await expect(history.getByRole('row', { name: /Rappel amiable/ })).toContainText('Retirée le 10/02/2026');
  await expect(page.getByText(/Prochaine étape\s: Rappel amiable le 07\/02\/2026/)).toBeVisible();
});

test('a private client before the mise en demeure owes no interest and no 40 €', async ({ relance }) => {
  const { page } = relance;
  const row = toActOn(page).getByRole('row', { name: /F-2026-005/ });
  await expect(row).toContainText('Camille Roche');
  await expect(row).toContainText('21 j de retard');
  await expect(row).toContainText(euros('0,00 €'));
  await expect(row).not.toContainText('40,00');
  await row.getByRole('button', { name: 'F-2026-005', exact: true }).click();
  // A private client owes interest, not penalties, and never the indemnity: the décompte has no line for it.
  const decompte = page.getByRole('table', { name: 'Décompte des intérêts' });
  await expect(decompte.getByRole('row', { name: /^Intérêts au taux légal/ })).toContainText(euros('0,00 €'));
  await expect(decompte.getByRole('row', { name: /Indemnité/ })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Avertissements' })).toContainText('mise en demeure');

  // Once the mise en demeure is recorded, legal interest runs from the next day — still no 40 €.
  await page.getByLabel('Date de la mise en demeure').fill('31/01/2026');
  await page.getByRole('button', { name: 'Enregistrer les dates' }).click();
  await expect(decompte.getByRole('row', { name: /Du/ })).toHaveCount(1);
  await expect(decompte.getByRole('row', { name: /Du/ })).toContainText('Du 01/02/2026 au 10/02/2026');
  await expect(decompte.getByRole('row', { name: /Indemnité/ })).toHaveCount(0);

  await page.getByLabel('Date de la mise en demeure').fill('31/02/2026');
  await page.getByRole('button', { name: 'Enregistrer les dates' }).click();
  await expect(page.getByText(frenchText('« 31/02/2026 » : ce jour n’existe pas dans ce mois.'))).toBeVisible();
});

test('the policy and the missing rates are edited in Paramètres, a client gets its own policy', async ({ relance }) => {
  const { page } = relance;
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await nav.getByRole('button', { name: 'Paramètres' }).click();
  const policy = page.getByRole('form', { name: 'Politique de relance' });
  const firm = policy.getByRole('group', { name: 'Étape 3 : Ferme' });
  await firm.getByLabel('Délai (jours)').fill('');
  await policy.getByRole('button', { name: 'Enregistrer la politique' }).click();
  await expect(firm.getByText(frenchText('Délai : nombre de jours invalide.'))).toBeVisible();
  await firm.getByLabel('Délai (jours)').fill('5');
  await policy.getByRole('button', { name: 'Enregistrer la politique' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Politique de relance enregistrée' })).toBeVisible();

  // Boulangerie Martin's firm reminder is now due 5 days after the friendly one (22/12/2025 + 5).
  await nav.getByRole('button', { name: 'Relances' }).click();
  await expect(toActOn(page).getByRole('row', { name: /F-2025-044/ })).toContainText('Relance ferme le 27/12/2025');

  await nav.getByRole('button', { name: 'Paramètres' }).click();
  const rates = page.getByRole('form', { name: 'Ajouter les taux d’un semestre' });
  await rates.getByLabel('Semestre').fill('2027-S9');
  await rates.getByRole('button', { name: 'Ajouter ces taux' }).click();
  await expect(rates.getByText(frenchText('Semestre invalide (format attendu : 2027-S1).'))).toBeVisible();
  await rates.getByLabel('Semestre').fill('2027-S1');
  await rates.getByLabel('Taux BCE (%)').fill('2,4');
  await rates.getByLabel('Taux légal (autres cas, %)').fill('3,1');
  await rates.getByRole('button', { name: 'Ajouter ces taux' }).click();
  await expect(page.getByRole('row', { name: /2027-S1/ })).toContainText('2,40\u00a0%');
  await shot(page, 'dunning-06-settings', true);

  await nav.getByRole('button', { name: 'Clients' }).click();
  await page.getByRole('button', { name: 'Politique de relance d’Atelier Dupré SARL' }).click();
  const dialog = page.getByRole('dialog', { name: 'Politique de relance d’Atelier Dupré SARL' });
  await dialog.getByRole('checkbox', { name: 'Politique spécifique' }).check();
  await dialog.getByRole('group', { name: 'Étape 2 : Amiable' }).getByLabel('Délai (jours)').fill('2');
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog).toBeHidden();
  await nav.getByRole('button', { name: 'Relances' }).click();
  await expect(toActOn(page).getByRole('row', { name: /F-2025-041/ })).toContainText('Rappel amiable le 22/11/2025');
});
