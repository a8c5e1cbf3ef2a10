import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import { expectAccessible } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { LAYOUT_HEIGHT, layoutShots } from '../support/layout';
import { dunningSeed, SEED_NOW } from '../support/seed';
import { expectFrenchTypography } from '../support/typography';

/**
 * A reminder by e-mail from the user's own mail client (issue 11), in the loopback mode: the letter screen's « E-mail »
 * shows the subject, the text and the attached letter; « Ouvrir dans ma messagerie » downloads the .eml (a draft,
 * X-Unsent: 1) which parses back; « Marquer comme envoyé » records it and the invoice's history says « e-mail préparé ».
 */

function emailSeed() {
  const db = dunningSeed();
  return { ...db, identity: { ...db.identity, siret: '73282932000074', iban: 'FR7630006000011234567890189', bic: 'BNPAFRPPXXX' } };
}
test.use({ now: SEED_NOW, seed: emailSeed() });

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

test('an e-mail reminder: prepared, downloaded as a draft .eml, marked as sent, in the invoice’s history', async ({ relance }) => {
  test.setTimeout(150_000);
  const { page } = relance;
  await page.getByRole('table', { name: 'À relancer aujourd’hui' }).getByRole('button', { name: 'F-2025-041', exact: true }).click();
  await page.getByRole('button', { name: 'Préparer la lettre' }).click();
  await page.getByRole('radio', { name: 'E-mail' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'E-mail à Atelier Dupré SARL' })).toBeVisible();
  const pane = page.getByRole('region', { name: 'Aperçu de l’e-mail' });
  await expect(pane.getByText(/^Relance\u00a0: facture n°\u00a0F-2025-041 du 21\u00a0octobre 2025$/)).toBeVisible({ timeout: 30_000 });
  await expect(pane.getByText('compta@atelier-dupre.fr', { exact: false })).toBeVisible();
  const text = await pane.getByRole('textbox', { name: 'Texte du message' }).inputValue();
  expect(text).toMatch(/1[\u00a0\u202f]200,00\u00a0€/);
  expect(text).toContain('IBAN\u00a0: FR76 3000 6000 0112 3456 7890 189');
  await expect(pane.getByRole('list', { name: 'Pièces jointes' }).getByRole('listitem')).toHaveCount(1);
  await expect(pane.getByText(/ouvrez ce fichier avec votre messagerie/)).toBeVisible();
  await expectAccessible(page, 'e-mail reminder');
  await expectFrenchTypography(page, 'e-mail reminder');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await layoutShots(page, `email-00-preview-${width}`);
  }

  // In the loopback mode the .eml is downloaded: it parses back as a draft with the letter attached.
  const downloading = page.waitForEvent('download');
  await pane.getByRole('button', { name: 'Ouvrir dans ma messagerie' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.eml$/);
  const eml = await readFile((await download.path())!);
  const mail = await simpleParser(eml);
  expect(mail.headers.get('x-unsent')).toBe('1');
  expect(mail.subject).toBe('Relance\u00a0: facture n°\u00a0F-2025-041 du 21\u00a0octobre 2025');
  expect(mail.text).toMatch(/1[\u00a0\u202f]200,00\u00a0€/);
  expect(mail.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);
  await expect(pane.getByRole('status')).toContainText('est téléchargé');
  await expect(pane.getByText(new RegExp(`empreinte SHA-256 ${sha(eml).slice(0, 16)}`))).toBeVisible();

  await pane.getByRole('button', { name: 'Marquer comme envoyé' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Facture F-2025-041' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Historique de la facture, du plus ancien au plus récent' });
  await expect(history).toContainText('E-mail préparé');
  await page.setViewportSize({ width: 900, height: LAYOUT_HEIGHT });
  await layoutShots(page, 'email-01-history-900');
  await page.setViewportSize({ width: 1920, height: LAYOUT_HEIGHT });
  await layoutShots(page, 'email-01-history-1920');

  // « Voir l’e-mail »: the message as archived, read back and checked against its hash.
  await history.getByRole('button', { name: /^Voir l’e-mail/ }).click();
  const viewer = page.getByRole('dialog', { name: /^E-mail\s: Rappel amiable du 10\/02\/2026$/ });
  await expect(viewer.getByText(/^Empreinte SHA-256 vérifiée/)).toBeVisible();
  await expect(viewer).toContainText('Relance\u202f: facture n°\u00a0F-2025-041');
  await expect(viewer.getByRole('list', { name: 'Pièces jointes' })).toContainText('.pdf');
  await expect(viewer.getByLabel('Texte du message')).toContainText('1\u202f200,00\u00a0€');
  await expectAccessible(page, 'an archived e-mail');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await layoutShots(page, `email-02-archived-${width}`);
  }
  await viewer.getByRole('button', { name: 'Fermer', exact: true }).last().click();
});
