import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { expectTidyLayout, LAYOUT_HEIGHT, layoutShots } from '../support/layout';
import { dunningSeed, SEED_NOW } from '../support/seed';
import { expectFrenchTypography, frenchText } from '../support/typography';

/**
 * The proof of a letter after it left (issue 8): a mise en demeure sent by recommandé with its number, its AR recorded
 * with the scan (a real PDF of the test data; a file that only bears the name of a PDF is refused in French), the
 * invoice's history listing both, and that history saved as a PDF whose text holds the events and the hashes.
 */

function letterSeed() {
  const db = dunningSeed();
  return { ...db, identity: { ...db.identity, siret: '73282932000074', iban: 'FR7630006000011234567890189', bic: 'BNPAFRPPXXX' } };
}
test.use({ now: SEED_NOW, seed: letterSeed() });

const TESTDATA = resolve('../shared/testdata/pdf');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const firstPage = (page: Page) => page.getByRole('region', { name: 'Aperçu de la lettre' }).getByRole('img', { name: /^Page 1 sur \d+$/ });

test('a recommandé, its AR with the scan, the history with both, and the history as a PDF', async ({ relance }) => {
  // A long journey (a letter drawn, sent, its AR, two PDFs): room for a loaded machine.
  test.setTimeout(150_000);
  const { page } = relance;
  await page.getByRole('table', { name: 'À relancer aujourd’hui' }).getByRole('button', { name: 'F-2025-041', exact: true }).click();
  await page.getByRole('button', { name: 'Préparer la lettre' }).click();
  await expect(firstPage(page)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('radio', { name: 'Mise en demeure' }).check();
  await expect(page.getByRole('checkbox', { name: 'Lettre recommandée avec accusé de réception' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Aperçu de la lettre' }).getByRole('img')).toHaveCount(2);
  // The preview drawn again with the number: the letter marked as sent is that one.
  const redrawn = page.waitForResponse((r) => r.url().endsWith('/api/call') && (r.request().postData() ?? '').includes('1A 123 456 7890 1'));
  await page.getByRole('textbox', { name: 'Numéro du recommandé' }).fill('1A 123 456 7890 1');
  await redrawn;
  await expect(page.getByRole('button', { name: 'Marquer comme envoyée…' })).toBeEnabled();
  await page.getByRole('button', { name: 'Marquer comme envoyée…' }).click();
  const send = page.getByRole('alertdialog', { name: 'Marquer la lettre comme envoyée\u202f?' });
  // The four ways a letter leaves, « remise en main propre » among them.
  await expect(send.getByRole('combobox', { name: 'Moyen d’envoi' }).locator('option')).toHaveText(['Lettre simple', 'Lettre recommandée avec AR', 'E-mail', 'Remise en main propre']);
  await expect(send.getByRole('combobox', { name: 'Moyen d’envoi' })).toHaveValue('registered-letter');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await layoutShots(page, `proofs-00-send-${width}`);
  }
  await send.getByRole('button', { name: 'Marquer comme envoyée' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Facture F-2025-041' })).toBeVisible();

  const reminders = page.getByRole('table', { name: 'Historique des relances' });
  await expect(reminders.getByRole('row', { name: /Mise en demeure/ })).toContainText('Réception à saisir');
  await reminders.getByRole('button', { name: 'Suivi du recommandé de la relance « Mise en demeure » du 10/02/2026' }).click();
  const tracking = page.getByRole('dialog', { name: 'Suivi du recommandé' });
  await expect(tracking).toContainText('1A 123 456 7890 1');
  await tracking.getByRole('radio', { name: 'Distribuée : avis de réception signé' }).check();
  await tracking.getByRole('textbox', { name: 'Date de distribution' }).fill('10/02/2026');

  // A file named .pdf that is not one: refused in French before anything is sent.
  const scanInput = tracking.getByLabel('Scan de l’avis de réception');
  await scanInput.setInputFiles(join(TESTDATA, 'edge/qpdf_bad1_not-a-pdf.pdf'));
  await expect(tracking.getByText(frenchText('« qpdf_bad1_not-a-pdf.pdf » porte l’extension .pdf mais n’en a pas le contenu (fichier endommagé ou renommé) : joignez le scan de l’avis de réception ou de la preuve de dépôt en PDF, JPEG ou PNG.'))).toBeVisible();
  await expect(scanInput).toHaveAttribute('aria-invalid', 'true');
  await page.setViewportSize({ width: 900, height: LAYOUT_HEIGHT });
  await layoutShots(page, 'proofs-01-tracking-bad-file-900');

  // The real scan (a PDF of the test data stands for the AR).
  const scanFile = join(TESTDATA, 'plain/invoice2data_free_fiber.pdf');
  await scanInput.setInputFiles(scanFile);
  await expect(tracking.getByText(frenchText('Fichier retenu : invoice2data_free_fiber.pdf'))).toBeVisible();
  await expectAccessible(page, 'postal event dialog');
  await expectFrenchTypography(page, 'postal event dialog');
  await layoutShots(page, 'proofs-02-tracking-900');
  await page.setViewportSize({ width: 1920, height: LAYOUT_HEIGHT });
  await layoutShots(page, 'proofs-02-tracking-1920');
  await tracking.getByRole('button', { name: 'Enregistrer le suivi' }).click();
  await expect(tracking).toHaveCount(0);
  await expect(reminders.getByRole('row', { name: /Mise en demeure/ })).toContainText('Reçue le 10/02/2026');

  // On disk: the scan under blobs/ by its hash, only the hash in relance.json.
  const scanBytes = await readFile(scanFile);
  const scanSha = sha(scanBytes);
  const stored = JSON.parse(await readFile(relance.dataFile, 'utf8')) as {
    invoices: { number: string; formalNoticeDate: string | null; reminders: { document?: { sha256: string } }[]; postalEvents: { kind: string; on: string; scan?: { sha256: string; kind: string } }[] }[];
  };
  const invoice = stored.invoices.find((i) => i.number === 'F-2025-041')!;
  expect(invoice.postalEvents).toMatchObject([{ kind: 'delivered', on: '2026-02-10', scan: { sha256: scanSha, kind: 'pdf' } }]);
  expect(invoice.formalNoticeDate).toBe('2026-02-10');
  expect(sha(await readFile(join(relance.dataDir, 'blobs', scanSha.slice(0, 2), `${scanSha}.pdf`)))).toBe(scanSha);
  const letterSha = invoice.reminders.at(-1)!.document!.sha256;

  // The invoice's history, in order: issued, the reminders, the AR with its scan.
  const history = page.getByRole('table', { name: 'Historique de la facture, du plus ancien au plus récent' });
  const rows = history.getByRole('row');
  await expect(rows.nth(1)).toContainText('Facture émise');
  const noticeRow = history.getByRole('row', { name: /^10\/02\/2026 Mise en demeure Envoi/ });
  await expect(noticeRow).toContainText('Envoi en recommandé avec AR n° 1A 123 456 7890 1');
  await expect(noticeRow).toContainText(`SHA-256 : ${letterSha.slice(0, 16)}`);
  await expect(noticeRow.getByRole('button', { name: 'Voir la lettre « Mise en demeure » du 10/02/2026' })).toBeVisible();
  await expect(history.getByRole('row', { name: /^10\/02\/2026 Distribution \(AR signé\)/ })).toContainText(`SHA-256 : ${scanSha.slice(0, 16)}`);
  await history.getByRole('button', { name: 'Voir le scan « Distribution (AR signé) » du 10/02/2026' }).click();
  const scanDialog = page.getByRole('dialog', { name: 'Distribution (AR signé) du 10/02/2026' });
  await expect(scanDialog.getByText(/Empreinte SHA-256 vérifiée/)).toBeVisible();
  await expect(scanDialog.getByRole('img', { name: /^Page 1 sur \d+$/ })).toBeVisible();
  await scanDialog.getByRole('button', { name: 'Fermer' }).last().click();
  await history.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'invoice history');
  await expectFrenchTypography(page, 'invoice history');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await expectTidyLayout(page, `invoice history at ${width} px`);
    await history.scrollIntoViewIfNeeded();
    await layoutShots(page, `proofs-03-history-${width}`);
  }

  // « Enregistrer l’historique en PDF »: the chronology, with the hashes of the letter and of the scan.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Enregistrer l’historique en PDF' }).click()]);
  expect(download.suggestedFilename()).toBe('2026-02-10 Historique F-2025-041.pdf');
  const pdf = await readFile((await download.path())!);
  await import('node:fs/promises').then((fs) => fs.writeFile(resolve('test-results/screens', 'proofs-history.pdf'), pdf));
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8').replace(/[\u00a0\u202f]/g, ' ');
  for (const expected of ['Historique de la facture n° F-2025-041', 'Atelier Dupré SARL', 'Facture émise', 'Mise en demeure', 'Envoi en recommandé avec AR n° 1A 123 456 7890 1', 'Distribution (AR signé)', letterSha, scanSha]) {
    expect(text).toContain(expected);
  }
  expect(text.indexOf('Facture émise')).toBeLessThan(text.indexOf('Envoi en recommandé'));
  expect(text.indexOf('Envoi en recommandé')).toBeLessThan(text.indexOf('Distribution (AR signé)'));

  // A mistaken AR is withdrawn with its reason; it stays in the history, struck through, and the withdrawal follows.
  await history.getByRole('button', { name: 'Retirer la saisie « Distribution (AR signé) » du 10/02/2026' }).click();
  const withdraw = page.getByRole('alertdialog', { name: 'Retirer cette saisie\u202f?' });
  // The reason is required.
  await withdraw.getByRole('button', { name: 'Retirer la saisie' }).click();
  await expect(withdraw.getByText(frenchText('Indiquez pourquoi vous retirez cette saisie : le motif reste dans l’historique.'))).toBeVisible();
  await expectFrenchTypography(page, 'withdrawal dialog');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await layoutShots(page, `proofs-04-withdraw-dialog-${width}`);
  }
  await withdraw.getByRole('textbox', { name: 'Motif du retrait' }).fill('AR d’une autre lettre');
  await withdraw.getByRole('button', { name: 'Retirer la saisie' }).click();
  await expect(history.getByRole('row', { name: /^10\/02\/2026 Distribution \(AR signé\)/ }).first()).toContainText('Retiré le 10/02/2026');
  await expect(history.getByRole('row', { name: /Saisie retirée/ })).toContainText('Motif : AR d’une autre lettre');
  await expect(reminders.getByRole('row', { name: /Mise en demeure/ })).toContainText('Réception à saisir');
  await page.setViewportSize({ width: 1920, height: LAYOUT_HEIGHT });
  await history.scrollIntoViewIfNeeded();
  await layoutShots(page, 'proofs-04-withdrawn-1920');
});
