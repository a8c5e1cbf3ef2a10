import { expectAccessible } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { LAYOUT_HEIGHT, layoutShots } from '../support/layout';
import { dunningSeed, SEED_NOW } from '../support/seed';
import { expectFrenchTypography } from '../support/typography';

/**
 * Reminders by phone and by SMS (issue 11), in the loopback mode. The default policy's rappel amiable goes by phone
 * and its relance ferme by SMS: the overview's action of such a step opens the letter screen on that channel. A call
 * logged with a promise pauses the invoice until the promised day; an SMS prepared (its text edited, its length
 * counted as typed) and marked as sent is in the invoice's history with its text.
 */

function channelsSeed() {
  const db = dunningSeed();
  const levels = db.settings.defaultPolicy.levels.map((l) => (l.id === 'friendly' ? { ...l, channel: 'phone' as const } : l.id === 'firm' ? { ...l, channel: 'sms' as const } : l));
  return {
    ...db,
    identity: { ...db.identity, iban: 'FR7630006000011234567890189' },
    clients: db.clients.map((c) => (c.id === 'c-dupre' || c.id === 'c-roche' ? { ...c, phone: c.id === 'c-dupre' ? '04 78 12 34 56' : '06 12 34 56 78' } : c)),
    settings: { ...db.settings, defaultPolicy: { levels } },
  };
}
test.use({ now: SEED_NOW, seed: channelsSeed() });

const todo = (page: import('@playwright/test').Page) => page.getByRole('table', { name: 'À relancer aujourd’hui' });

test('a call logged with a promise: the call sheet, the call log, the pause in the invoice and the call in its history', async ({ relance }) => {
  test.setTimeout(120_000);
  const { page } = relance;
  await todo(page).getByRole('button', { name: 'Préparer l’appel «\u00a0Rappel amiable\u00a0» de F-2025-041' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Appel à Atelier Dupré SARL' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Appel', exact: true })).toBeChecked();
  const pane = page.getByRole('region', { name: 'Appel téléphonique' });
  await expect(pane.getByRole('heading', { name: 'Fiche d’appel\u00a0: rappel amiable' })).toBeVisible({ timeout: 30_000 });
  await expect(pane.getByText('Bonjour, pourrais-je parler à Mme Hélène Dupré\u202f?')).toBeVisible();
  await expect(pane.getByText(/il reste 1[\u202f\u00a0]200,00\u00a0€ à régler\.$/)).toBeVisible();
  const figures = pane.getByRole('definition');
  await expect(figures.first()).toHaveText('1\u202f200,00\u00a0€');
  await expect(pane.getByRole('link', { name: 'Appeler le 04 78 12 34 56' })).toHaveAttribute('href', 'tel:+33478123456');
  // A business client: no warning about the hours.
  await expect(pane.getByRole('note')).toHaveCount(0);
  await expectAccessible(page, 'call sheet');
  await expectFrenchTypography(page, 'call sheet');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await layoutShots(page, `sms-phone-00-call-sheet-${width}`);
  }

  const log = pane.getByRole('form', { name: 'Compte rendu de l’appel' });
  await log.getByRole('textbox', { name: 'Heure' }).fill('14:30');
  await log.getByRole('textbox', { name: 'Personne jointe' }).fill('Mme Hélène Dupré');
  await expect(log.getByRole('radio', { name: 'Promesse de paiement' })).toBeChecked();
  await log.getByRole('button', { name: 'Enregistrer l’appel' }).click();
  await expect(log.getByText('Indiquez la date de paiement promise.')).toBeVisible();
  await log.getByRole('textbox', { name: 'Paiement promis le' }).fill('20/02/2026');
  await log.getByRole('textbox', { name: 'Note' }).fill('Virement signé par la gérante vendredi.');
  await log.getByRole('button', { name: 'Enregistrer l’appel' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Facture F-2025-041' })).toBeVisible();
  await expect(page.getByText('En pause\u00a0: Promesse de paiement jusqu’au 20/02/2026.')).toBeVisible();
  const history = page.getByRole('table', { name: 'Historique de la facture, du plus ancien au plus récent' });
  await expect(history).toContainText('Appel du 10/02/2026 à 14\u00a0h\u00a030 avec Mme Hélène Dupré\u00a0: promesse de paiement pour le 20/02/2026');
  await expect(history).toContainText('Relances mises en pause');
  await expectFrenchTypography(page, 'invoice after a call');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await layoutShots(page, `sms-phone-01-invoice-paused-${width}`);
  }
});

test('an SMS to a private client in the evening: the warning, the text edited with its length live, the sms: link, then the history', async ({ relance }) => {
  test.setTimeout(120_000);
  const { page } = relance;
  // 20:30 on the app's clock (UTC here) is 21:30 in Paris, a Tuesday: outside the usual hours.
  await relance.moveClock('2026-02-10T20:30:00');
  await todo(page).getByRole('button', { name: 'Préparer le SMS «\u00a0Relance ferme\u00a0» de F-2026-005' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SMS à Camille Roche' })).toBeVisible();
  const pane = page.getByRole('region', { name: 'SMS de relance' });
  const text = pane.getByRole('textbox', { name: 'Texte du SMS' });
  await expect(text).toHaveValue(/^Bonjour, malgré mon rappel, la facture n°\u00a0F-2026-005 reste impayée\u00a0: 650,00\u00a0€\. À régler d’ici le 18\/02\/2026/, { timeout: 30_000 });
  await expect(text).toHaveValue(/IBAN FR76 3000 6000 0112 3456 7890 189, réf\. F-2026-005\. Sophie Laurent Design EI$/);
  await expect(pane.getByRole('note')).toContainText('Il est 21\u00a0h\u00a030, mardi 10\u00a0février\u00a0: ce client est un particulier.');
  await expect(pane.getByRole('note')).toContainText('Prochain créneau\u00a0: demain à 10\u00a0h.');
  const length = pane.getByRole('status').filter({ hasText: 'caractères' });
  const proposed = await text.inputValue();
  await expect(length).toHaveText(`${[...proposed].length}\u00a0caractères — 4\u00a0SMS (caractères spéciaux (UCS-2)\u00a0: 70 par SMS, 67 par partie)`);
  await expect(pane.getByRole('link', { name: 'Ouvrir dans l’application SMS' })).toHaveAttribute('href', `sms:+33612345678?body=${encodeURIComponent(proposed)}`);
  await expectAccessible(page, 'sms');
  await expectFrenchTypography(page, 'sms');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await layoutShots(page, `sms-phone-02-sms-${width}`);
  }

  // Shortened to plain GSM characters: one SMS, counted as it is typed.
  await text.fill('Bonjour, la facture F-2026-005 reste impayee. Merci de la regler avant le 18/02. Sophie');
  await expect(length).toHaveText('87\u00a0caractères — 1\u00a0SMS (alphabet GSM\u00a0: 160 par SMS, 153 par partie)');
  await text.fill(`${proposed} Merci de votre compréhension, bonne soirée.`);
  await expect(length).toContainText('5\u00a0SMS');
  await pane.getByRole('button', { name: 'Marquer comme envoyé' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Facture F-2026-005' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Historique de la facture, du plus ancien au plus récent' });
  await expect(history).toContainText('Relance ferme');
  await expect(history).toContainText('SMS envoyé au 06 12 34 56 78');
  await expect(history).toContainText(`Texte\u00a0: «\u00a0${proposed} Merci de votre compréhension, bonne soirée.\u00a0»`);
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await layoutShots(page, `sms-phone-03-history-${width}`);
  }
});

test('a call without answer: the step stays due, the attempt is in the history, and a mistaken one is withdrawn with its reason', async ({ relance }) => {
  test.setTimeout(120_000);
  const { page } = relance;
  await todo(page).getByRole('button', { name: 'F-2026-003', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Facture F-2026-003' })).toBeVisible();
  await page.getByRole('button', { name: 'Préparer l’appel' }).click();
  const log = page.getByRole('form', { name: 'Compte rendu de l’appel' });
  await log.getByRole('radio', { name: 'Pas de réponse' }).check();
  // Nobody answered: nobody to name.
  await expect(log.getByRole('textbox', { name: 'Personne jointe' })).toHaveCount(0);
  await log.getByRole('textbox', { name: 'Heure' }).fill('11h05');
  await log.getByRole('button', { name: 'Enregistrer l’appel' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Facture F-2026-003' })).toBeVisible();
  // Not a reminder: the rappel amiable is still to be made.
  await expect(page.getByRole('button', { name: 'Préparer l’appel' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Historique de la facture, du plus ancien au plus récent' });
  await expect(history.getByRole('rowheader', { name: 'Appel sans réponse' })).toBeVisible();
  await expect(history).toContainText('Appel du 10/02/2026 à 11\u00a0h\u00a005\u00a0: pas de réponse');
  await history.getByRole('button', { name: 'Retirer l’appel du 10/02/2026' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Retirer cet appel\u202f?' });
  await dialog.getByRole('textbox', { name: 'Motif du retrait' }).fill('Appel noté sur la mauvaise facture.');
  await dialog.getByRole('button', { name: 'Retirer l’appel' }).click();
  await expect(history).toContainText('Appel du 10/02/2026 retiré');
  await expect(history).toContainText('Motif\u00a0: Appel noté sur la mauvaise facture.');
  await expect(history.getByRole('button', { name: 'Retirer l’appel du 10/02/2026' })).toHaveCount(0);
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await history.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/sms-phone-04-call-withdrawn-${width}.png` });
  }
});
