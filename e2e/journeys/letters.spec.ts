import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { expectTidyLayout, LAYOUT_HEIGHT, LAYOUT_WIDTHS, layoutShots } from '../support/layout';
import { expect, test } from '../support/fixtures';
import { dunningSeed, SEED_NOW } from '../support/seed';

/** The dunning seed with what every letter needs to say how to pay. */
function letterSeed() {
  const db = dunningSeed();
  return { ...db, identity: { ...db.identity, siret: '73282932000074', iban: 'FR7630006000011234567890189', bic: 'BNPAFRPPXXX' } };
}

test.use({ now: SEED_NOW, seed: letterSeed() });

const shot = (page: Page, name: string) => page.screenshot({ path: resolve('test-results/screens', `${name}.png`) });
const firstPage = (page: Page) => page.getByRole('region', { name: 'Aperçu de la lettre' }).getByRole('img', { name: /^Page 1 sur \d+$/ });

async function openLetterFor(page: Page, invoiceNumber: string): Promise<void> {
  await page.getByRole('table', { name: 'À relancer aujourd’hui' }).getByRole('button', { name: invoiceNumber, exact: true }).click();
  await page.getByRole('button', { name: 'Préparer la lettre' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Lettre à / })).toBeVisible();
  // The first letter after start waits for the layout worker (a few seconds on a loaded machine).
  await expect(firstPage(page)).toBeVisible({ timeout: 30_000 });
}

test.describe('without an IBAN nor a payment link', () => {
  test.use({ seed: dunningSeed() });
  test('a letter that cannot say how to pay is refused in French before anything is printed', async ({ relance }) => {
    const { page } = relance;
    await page.getByRole('table', { name: 'À relancer aujourd’hui' }).getByRole('button', { name: 'F-2025-041', exact: true }).click();
    await page.getByRole('button', { name: 'Préparer la lettre' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'La lettre doit dire comment payer' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Enregistrer en PDF' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Marquer comme envoyée…' })).toBeDisabled();
  });
});

test('choose a tone, see the letter change, send it by recommandé: the archived PDF is the one previewed', async ({ relance }) => {
  const { page } = relance;
  await openLetterFor(page, 'F-2025-041');
  await expect(page.getByRole('radio', { name: 'Rappel amiable' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Lettre recommandée avec accusé de réception' })).not.toBeChecked();
  const pages = page.getByRole('region', { name: 'Aperçu de la lettre' }).getByRole('img');
  await expect(pages).toHaveCount(1);
  await shot(page, 'letters-01-friendly');

  // A mise en demeure of a business client carries its décompte as an annex page, and goes by recommandé.
  await page.getByRole('radio', { name: 'Mise en demeure' }).check();
  await expect(page.getByRole('checkbox', { name: 'Lettre recommandée avec accusé de réception' })).toBeChecked();
  await expect(pages).toHaveCount(2);
  await expect(page.getByText('Total réclamé')).toBeVisible();

  await page.getByRole('textbox', { name: 'Numéro du recommandé' }).fill('RR123456789FR');
  await expect(page.getByText(/La clé de contrôle de «\u00a0RR123456789FR\u00a0»/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Marquer comme envoyée…' })).toBeDisabled();
  await page.getByRole('textbox', { name: 'Numéro du recommandé' }).fill('1a12345678901');
  await expect(page.getByRole('button', { name: 'Marquer comme envoyée…' })).toBeEnabled();
  await expectAccessible(page, 'letter screen');
  await shot(page, 'letters-02-formal-notice');

  // « Enregistrer en PDF » saves the letter previewed, named by its date, tone and invoice.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Enregistrer en PDF' }).click()]);
  expect(download.suggestedFilename()).toBe('2026-02-10 Mise en demeure F-2025-041.pdf');
  const saved = await readFile((await download.path())!);
  expect(saved.subarray(0, 5).toString()).toBe('%PDF-');

  await page.getByRole('button', { name: 'Marquer comme envoyée…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Marquer la lettre comme envoyée\u202f?' });
  await expect(dialog.getByRole('combobox', { name: 'Moyen d’envoi' })).toHaveValue('registered-letter');
  await dialog.getByRole('button', { name: 'Marquer comme envoyée' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Facture F-2025-041' })).toBeVisible();

  // The proof: the invoice's history holds the letter, its bytes are on disk under their hash.
  const db = JSON.parse(await readFile(relance.dataFile, 'utf8')) as { invoices: { number: string; reminders: { tone?: string; registeredNumber?: string; document?: { sha256: string } }[] }[] };
  const reminder = db.invoices.find((i) => i.number === 'F-2025-041')!.reminders.at(-1)!;
  expect(reminder).toMatchObject({ tone: 'formal', registeredNumber: '1A 123 456 7890 1' });
  const sha = reminder.document!.sha256;
  const pdf = await readFile(join(relance.dataDir, 'blobs', sha.slice(0, 2), `${sha}.pdf`));
  expect(createHash('sha256').update(pdf).digest('hex')).toBe(sha);
  const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');
  expect(text).toContain('Mise en demeure');
  expect(text).toContain('1A 123 456 7890 1');
  expect(text).toContain('F-2025-041');

  // The history shows the letter with its number; opening it checks it against its hash.
  const history = page.getByRole('table', { name: 'Historique des relances' });
  await expect(history.getByRole('row', { name: /Mise en demeure/ })).toContainText('1A 123 456 7890 1');
  await history.getByRole('button', { name: /^Voir la lettre « Mise en demeure » du 10\/02\/2026$/ }).click();
  const archived = page.getByRole('dialog', { name: /Mise en demeure du 10\/02\/2026/ });
  await expect(archived.getByText(/Empreinte SHA-256 vérifiée/)).toBeVisible();
  await expect(archived.getByRole('img', { name: 'Page 1 sur 2' })).toBeVisible();
  await shot(page, 'letters-03-archived');
  await archived.getByRole('button', { name: 'Fermer' }).last().click();

  // A file changed on disk after sending is shown as such, never hidden.
  await writeFile(join(relance.dataDir, 'blobs', sha.slice(0, 2), `${sha}.pdf`), '%PDF-1.7 une autre lettre');
  await history.getByRole('button', { name: /^Voir la lettre/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'a été modifié depuis son envoi' })).toBeVisible();
});

test('the letter screen is tidy from the window’s minimum width to a desktop screen', async ({ relance }) => {
  const { page } = relance;
  await openLetterFor(page, 'F-2025-041');
  await page.getByRole('checkbox', { name: /^F-2026-009/ }).check();
  for (const width of LAYOUT_WIDTHS) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await expect(firstPage(page)).toBeVisible();
    // The page fits the preview's width (no part of the letter cut off on either side), once drawn again.
    const fits = () =>
      page.evaluate(() => {
        const pane = document.querySelector('.pdf-pages')!.getBoundingClientRect();
        const sheet = document.querySelector('.pdf-page')!.getBoundingClientRect();
        return sheet.left >= pane.left - 1 && sheet.right <= pane.right + 1;
      });
    await expect.poll(fits, { message: `the letter fits the preview at ${width} px` }).toBe(true);
    await expectTidyLayout(page, `letter at ${width} px`);
    await layoutShots(page, `letters-layout-${width}`);
  }
});
