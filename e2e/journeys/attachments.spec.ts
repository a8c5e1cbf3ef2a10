import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { expectTidyLayout, layoutShots } from '../support/layout';
import { expect, test } from '../support/fixtures';
import { dunningSeed, SEED_NOW } from '../support/seed';

/**
 * A PDF dropped on an invoice (issue 9, « Attach » and « The letter pack »): on its row the paperclip appears; on its
 * screen the PDF is shown, replaced after a confirmation, refused in French when it is not one; the letter carries
 * the copy of the invoice after its own pages; removed, the letter is the letter alone. Real files of ../shared/testdata.
 */

const DATA = resolve('../shared/testdata/pdf');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

test.use({
  now: SEED_NOW,
  seed: (() => {
    const db = dunningSeed();
    return { ...db, identity: { ...db.identity, siret: '73282932000074', iban: 'FR7630006000011234567890189', bic: 'BNPAFRPPXXX' } };
  })(),
});

/** Drops a file on an element the way a file manager does: a DataTransfer holding a File built from the bytes. */
async function dropOn(target: Locator, file: string, name: string, type = 'application/pdf'): Promise<void> {
  const base64 = (await readFile(resolve(DATA, file))).toString('base64');
  await target.evaluate(
    (el, { base64, name, type }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type }));
      for (const kind of ['dragenter', 'dragover', 'drop']) el.dispatchEvent(new DragEvent(kind, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { base64, name, type },
  );
}

const shot = async (page: Page, name: string) => {
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectTidyLayout(page, `${name} at ${width} px`);
    await layoutShots(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
};

test('a PDF dropped on a row is attached; on the invoice it is shown, replaced after asking, refused in French when it is not one; the letter carries its copy', async ({ relance }) => {
  const { page } = relance;
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await nav.getByRole('button', { name: 'Factures', exact: true }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'F-2025-041', exact: true }) });
  await expect(row.getByRole('img', { name: 'PDF joint' })).toHaveCount(0);

  // On the row: attached, the paperclip appears, and no « new invoice from this file » is proposed.
  await dropOn(row, 'plain/invoice2data_free_fiber.pdf', 'Facture F-2025-041.pdf');
  await expect(page.getByText('PDF joint à la facture F-2025-041\u202f: «\u00a0Facture F-2025-041.pdf\u00a0»')).toBeVisible();
  await expect(row.getByRole('img', { name: 'PDF joint' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Nouvelle facture depuis un fichier' })).toHaveCount(0);
  const bytes = await readFile(resolve(DATA, 'plain/invoice2data_free_fiber.pdf'));
  expect(existsSync(join(relance.dataDir, 'blobs', sha(bytes).slice(0, 2), `${sha(bytes)}.pdf`))).toBe(true);
  expect(await readFile(join(relance.dataDir, 'relance.json'), 'utf8')).toContain(sha(bytes));

  // On its screen: the panel, the viewer.
  await row.getByRole('button', { name: 'F-2025-041', exact: true }).click();
  const panel = page.getByRole('region', { name: 'PDF de la facture' });
  await expect(panel).toContainText('Facture F-2025-041.pdf');
  await expect(panel).toContainText('2 pages');
  await panel.getByRole('button', { name: 'Voir le PDF' }).click();
  const viewer = page.getByRole('dialog', { name: 'PDF de la facture F-2025-041' });
  await expect(viewer.getByRole('img', { name: 'Page 2 sur 2' })).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, 'the attached PDF in the viewer');
  await shot(page, 'attachments-01-viewer');
  await viewer.getByRole('button', { name: 'Fermer', exact: true }).last().click();
  await shot(page, 'attachments-02-invoice');

  // Refused in French, and nothing changes: not a PDF, then a PDF locked by a password.
  const screen = page.getByRole('region', { name: 'Facture F-2025-041' });
  await dropOn(screen, 'edge/qpdf_bad1_not-a-pdf.pdf', 'bad1.pdf');
  const refused = page.getByRole('alertdialog', { name: 'Ce fichier ne peut pas être joint' });
  await expect(refused.getByRole('alert')).toHaveText('Ce fichier n’est pas un PDF\u00a0: joignez la facture au format PDF.');
  await expectAccessible(page, 'a refused attachment');
  await refused.getByRole('button', { name: 'D’accord' }).click();
  await dropOn(screen, 'edge/pdfjs_issue6010_1_password-abc.pdf', 'protégé.pdf');
  await expect(refused.getByRole('alert')).toHaveText('Ce PDF est protégé par un mot de passe\u00a0: enregistrez-en une copie sans mot de passe, puis joignez-la.');
  await refused.getByRole('button', { name: 'D’accord' }).click();
  await expect(panel).toContainText('Facture F-2025-041.pdf');

  // Another PDF on the same invoice: asked first, then replaced.
  await dropOn(screen, 'facturx/mustang_Facture_F20180027.pdf', 'F-2025-041 corrigée.pdf');
  const replace = page.getByRole('alertdialog', { name: 'Remplacer le PDF de la facture\u202f?' });
  await expect(replace).toContainText('«\u00a0Facture F-2025-041.pdf\u00a0»');
  await replace.getByRole('button', { name: 'Remplacer le PDF' }).click();
  await expect(panel).toContainText('F-2025-041 corrigée.pdf');
  await expect(panel).toContainText('1 page ·');

  // The letter: its own pages, then « Copie de la facture ».
  await nav.getByRole('button', { name: 'Relances', exact: true }).click();
  await page.getByRole('table', { name: 'À relancer aujourd’hui' }).getByRole('button', { name: 'F-2025-041', exact: true }).click();
  await page.getByRole('button', { name: 'Préparer la lettre' }).click();
  const preview = page.getByRole('region', { name: 'Aperçu de la lettre' });
  await expect(preview.getByRole('img', { name: 'Page 2 sur 2' })).toBeVisible({ timeout: 30_000 });
  const copies = page.getByRole('checkbox', { name: 'Joindre à la lettre la copie de la facture (PDF joint)' });
  await expect(copies).toBeChecked();
  await shot(page, 'attachments-03-letter-pack');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Enregistrer en PDF' }).click()]);
  const pack = join(relance.dataDir, 'pack.pdf');
  await download.saveAs(pack);
  const text = execFileSync('pdftotext', ['-layout', pack, '-']).toString('utf8').replace(/[\u00a0\u202f]/g, ' ');
  expect(text).toContain('Pièce jointe : copie de la facture n° F-2025-041');
  expect(text).toContain('Copie de la facture n° F-2025-041');
  expect(text).toContain('F20180027');
  execFileSync('pdftoppm', ['-r', '60', '-png', pack, resolve('test-results/screens', 'attachments-04-pack')]);

  // Without the copy: one page again.
  await copies.uncheck();
  await expect(preview.getByRole('img', { name: 'Page 1 sur 1' })).toBeVisible({ timeout: 30_000 });
  await copies.check();
  await expect(preview.getByRole('img', { name: 'Page 2 sur 2' })).toBeVisible({ timeout: 30_000 });

  // Removed from the invoice: no paperclip, and the letter screen offers to attach one.
  await page.getByRole('button', { name: 'Retour à la facture' }).click();
  await panel.getByRole('button', { name: 'Retirer le PDF' }).click();
  await page.getByRole('alertdialog', { name: 'Retirer le PDF de la facture\u202f?' }).getByRole('button', { name: 'Retirer le PDF' }).click();
  await expect(panel).toContainText('Aucun PDF joint.');
  await expect(page.getByRole('heading', { level: 1, name: 'Facture F-2025-041' }).getByRole('img', { name: 'PDF joint' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Préparer la lettre' }).click();
  await expect(page.getByText('Facture F-2025-041\u202f: aucun PDF joint.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Joindre le PDF de F-2025-041…' })).toBeVisible();
  await expect(preview.getByRole('img', { name: 'Page 1 sur 1' })).toBeVisible({ timeout: 30_000 });
  await writeFile(resolve('test-results/screens', 'attachments-done.txt'), 'ok');
});

test('a Factur-X PDF dropped on the window becomes an invoice with its PDF attached', async ({ relance }) => {
  const { page } = relance;
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  await dropOn(page.locator('main'), 'facturx/corpus_Facture_FR_BASICWL.pdf', 'Facture_FR_BASICWL.pdf');
  // Issued by « Au bon moulin », not by the user of the seed: asked first.
  await page.getByRole('alertdialog', { name: 'Cette facture n’est peut-être pas la vôtre' }).getByRole('button', { name: 'Continuer quand même' }).click();
  const form = page.getByRole('dialog', { name: 'Nouvelle facture depuis un fichier' });
  await expect(form.getByRole('note')).toContainText('Le PDF sera joint à la facture une fois enregistrée.');
  await form.getByRole('combobox', { name: 'Client' }).selectOption('c-dupre');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('PDF joint à la facture FA-2017-0010\u202f: «\u00a0Facture_FR_BASICWL.pdf\u00a0»')).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Factures', exact: true }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'FA-2017-0010', exact: true }) });
  await expect(row.getByRole('img', { name: 'PDF joint' })).toBeVisible();
});

test('a scan dropped on a registered letter’s row opens its follow-up with the scan taken, not the invoice’s PDF', async ({ relance }) => {
  const { page } = relance;
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Factures', exact: true }).click();
  await page.getByRole('button', { name: 'F-2026-002', exact: true }).click();
  const history = page.getByRole('table', { name: 'Historique des relances' });
  const notice = history.getByRole('row').filter({ hasText: 'Lettre recommandée avec AR' }).first();
  await dropOn(notice, 'facturx/corpus_Facture_FR_MINIMUM.pdf', 'AR signé.pdf');
  const dialog = page.getByRole('dialog', { name: 'Suivi du recommandé' });
  await expect(dialog).toContainText('Fichier retenu\u202f: AR signé.pdf');
  await expect(page.getByRole('region', { name: 'PDF de la facture' })).toContainText('Aucun PDF joint.');
  await expectAccessible(page, 'the follow-up of a registered letter with a dropped scan');
});
