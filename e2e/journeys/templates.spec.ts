import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { expectTidyLayout } from '../support/layout';
import { dunningSeed, SEED_NOW } from '../support/seed';

function letterSeed() {
  const db = dunningSeed();
  return { ...db, identity: { ...db.identity, siret: '73282932000074', iban: 'FR7630006000011234567890189', bic: 'BNPAFRPPXXX' } };
}
test.use({ now: SEED_NOW, seed: letterSeed() });

const shot = (page: Page, name: string) => page.screenshot({ path: resolve('test-results/screens', `${name}.png`), fullPage: false });
const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

async function openTemplates(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Paramètres', exact: true }).click();
  await page.getByRole('button', { name: 'Modifier les modèles de lettres' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modèles de lettres' })).toBeVisible();
}

async function savedLetterText(page: Page, invoiceNumber: string): Promise<string> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Relances', exact: true }).click();
  await page.getByRole('table', { name: 'À relancer aujourd’hui' }).getByRole('button', { name: invoiceNumber, exact: true }).click();
  await page.getByRole('button', { name: 'Préparer la lettre' }).click();
  const preview = page.getByRole('region', { name: 'Aperçu de la lettre' }).getByRole('img', { name: /^Page 1 sur \d+$/ });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Enregistrer en PDF' }).click()]);
  return pdfText(await readFile((await download.path())!));
}

test('rewrite the rappel amiable: a wrong placeholder is refused before anything is printed, the saved template writes the next letters', async ({ relance }) => {
  const { page } = relance;
  await openTemplates(page);
  const editor = page.getByRole('form', { name: /^Amiable — tous les clients$/ });
  await expect(editor).toContainText('Ces modèles sont ceux de Relance.');
  const text = editor.getByRole('textbox', { name: 'Texte', exact: true });
  await expect(text).toHaveValue(/\{\{montant_du\}\}/);

  // A typo in a placeholder: said in French, with the right name, and nothing is saved.
  await text.press('Control+Home');
  await text.pressSequentially('Bonjour {{nom_clien}}, ');
  await editor.getByRole('button', { name: 'Enregistrer les modèles' }).click();
  const problems = editor.getByRole('alert').filter({ hasText: 'À corriger avant d’enregistrer' });
  await expect(problems).toContainText('Champ inconnu\u00a0: «\u00a0{{nom_clien}}\u00a0». Vouliez-vous dire {{nom_client}}\u202f?');
  await expect(text).toHaveAttribute('aria-invalid', 'true');

  // Fixed with the list beside the editor: the placeholder goes where the caret is.
  await text.fill((await text.inputValue()).replace('Bonjour {{nom_clien}}, ', 'Avec nos remerciements pour votre confiance. '));
  await text.press('Control+Home');
  await page.getByRole('complementary', { name: 'Champs disponibles' }).getByRole('button', { name: 'Insérer {{nom_client}}\u00a0: Nom du client' }).click();
  await expect(text).toHaveValue(/^\{\{nom_client\}\}Avec nos remerciements/);
  await text.press('End');
  await text.fill((await text.inputValue()).replace('{{nom_client}}Avec nos remerciements', '{{nom_client}}, avec nos remerciements'));
  await expect(problems).toHaveCount(0);
  await expect(editor.getByText(/^Corrigez les points signalés/)).toHaveCount(0);
  await expectAccessible(page, 'modèles de lettres');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    // The lists lay out again for the new width (they measure it) before the check.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), { timeout: 10_000 }).toBe(true);
    await expectTidyLayout(page, `modèles de lettres à ${width} px`);
    await shot(page, `templates-editor-${width}`);
  }
  await editor.getByRole('button', { name: 'Enregistrer les modèles' }).click();
  await expect(page.getByText('Modèles enregistrés')).toBeVisible();
  await expect(page.getByRole('form', { name: /^Amiable — tous les clients$/ })).toContainText('Vos modèles pour tous les clients.');

  // The next rappel amiable says it; the variant it used is the one edited.
  const letter = await savedLetterText(page, 'F-2025-041');
  expect(letter).toContain('Atelier Dupré SARL, avec nos remerciements pour votre confiance.');
  expect(letter).toContain('1 200,00 €');

  // Back to Relance's own text.
  await openTemplates(page);
  await page.getByRole('button', { name: 'Rétablir les modèles de Relance' }).click();
  await expect(page.getByText('Modèles de Relance rétablis')).toBeVisible();
  expect(await savedLetterText(page, 'F-2025-041')).not.toContain('avec nos remerciements pour votre confiance');
});
