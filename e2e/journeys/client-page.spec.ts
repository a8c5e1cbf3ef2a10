import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { expectTidyLayout } from '../support/layout';
import { dunningSeed, SEED_NOW, seedInvoice } from '../support/seed';

// Atelier Dupré SARL: F-2025-041 (1 200,00 €, overdue), F-2026-013 (650,00 €, 150,00 € paid, overdue), F-2026-009
// (2 000,00 €, due on 25 February: not yet due on 10 February 2026).
function seed() {
  const db = dunningSeed();
  return {
    ...db,
    identity: { ...db.identity, siret: '73282932000074', iban: 'FR7630006000011234567890189', bic: 'BNPAFRPPXXX' },
    invoices: [
      ...db.invoices,
      seedInvoice({ id: 'i-013', number: 'F-2026-013', clientId: 'c-dupre', issueDate: '2025-12-21', dueDate: '2026-01-20', amountTtcCents: 65_000, payments: [{ date: '2026-02-02', amountCents: 15_000 }] }),
    ],
  };
}
test.use({ now: SEED_NOW, seed: seed() });

const shot = (page: Page, name: string) => page.screenshot({ path: resolve('test-results/screens', `${name}.png`) });
const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8').replace(/[\u00a0\u202f]/g, ' ');

test('open a client’s page, make its statement of account (three open invoices, one not yet due), record it as sent', async ({ relance }) => {
  const { page } = relance;
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Clients', exact: true }).click();
  await page.getByRole('button', { name: 'Atelier Dupré SARL', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier Dupré SARL' })).toBeVisible();
  const totals = page.getByRole('list', { name: 'Totaux du client' });
  await expect(totals.getByRole('listitem').filter({ hasText: 'Encours' })).toContainText('3\u202f700,00\u00a0€');
  await expect(totals.getByRole('listitem').filter({ hasText: 'En retard' })).toContainText('1\u202f700,00\u00a0€');
  const invoices = page.getByRole('table', { name: 'Factures' });
  await expect(invoices.getByRole('row', { name: /F-2026-009/ })).toContainText('Non échue');
  await expect(invoices.getByRole('row', { name: /F-2026-013/ })).toContainText('500,00\u00a0€');
  await expect(page.getByRole('button', { name: 'Lettre pour les 2 factures en retard' })).toBeEnabled();
  await expectAccessible(page, 'fiche client');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    // The lists lay out again for the new width (they measure it) before the check.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), { timeout: 10_000 }).toBe(true);
    await expectTidyLayout(page, `fiche client à ${width} px`);
    await shot(page, `client-page-${width}`);
  }

  await page.getByRole('button', { name: 'Relevé de compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Relevé de compte de Atelier Dupré SARL' })).toBeVisible();
  const figures = page.getByRole('definition');
  await expect(page.getByLabel('Solde du relevé')).toContainText('3\u202f700,00\u00a0€', { timeout: 30_000 });
  await expect(figures.first()).toHaveText('1\u202f700,00\u00a0€');
  await expect(page.getByRole('region', { name: 'Aperçu du relevé' }).getByRole('img', { name: /^Page 1 sur \d+$/ })).toBeVisible({ timeout: 30_000 });
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    // The preview fits its page to the pane's new width.
    await expect(async () => {
      const [pane, pageBox] = await Promise.all([
        page.getByRole('region', { name: 'Aperçu du relevé' }).boundingBox(),
        page.getByRole('region', { name: 'Aperçu du relevé' }).getByRole('img', { name: /^Page 1 sur \d+$/ }).boundingBox(),
      ]);
      expect(pageBox!.x + pageBox!.width).toBeLessThanOrEqual(pane!.x + pane!.width + 1);
    }).toPass({ timeout: 10_000 });
    // The lists lay out again for the new width (they measure it) before the check.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), { timeout: 10_000 }).toBe(true);
    await expectTidyLayout(page, `relevé de compte à ${width} px`);
    await shot(page, `statement-${width}`);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Enregistrer en PDF' }).click()]);
  expect(download.suggestedFilename()).toBe('2026-02-10 Relevé de compte Atelier Dupré SARL.pdf');
  const text = pdfText(await readFile((await download.path())!));
  expect(text).toContain('Objet : relevé de compte au 10 février 2026');
  expect(text).toMatch(/Facture F-2025-041\s+21\/10\/2025\s+20\/11\/2025 \(échue\)\s+1 200,00 €\s+0,00 €\s+1 200,00 €/);
  expect(text).toMatch(/Facture F-2026-013\s+21\/12\/2025\s+20\/01\/2026 \(échue\)\s+650,00 €\s+150,00 €\s+500,00 €/);
  expect(text).toMatch(/Facture F-2026-009\s+26\/01\/2026\s+25\/02\/2026\s+2 000,00 €\s+0,00 €\s+2 000,00 €/);
  expect(text.replace(/\s+/g, ' ')).toContain('dont 1 700,00 € échus et 2 000,00 € non encore échus');

  // A wrong date is said in French; nothing is drawn for it.
  await page.getByLabel('Relevé au').fill('31/02/2026');
  await expect(page.getByText(/Date invalide|n’existe pas/).first()).toBeVisible();
  await page.getByLabel('Relevé au').fill('10/02/2026');
  await expect(page.getByRole('button', { name: 'Marquer comme envoyé…' })).toBeEnabled({ timeout: 30_000 });

  await page.getByRole('button', { name: 'Marquer comme envoyé…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Marquer le relevé comme envoyé' });
  await dialog.getByRole('radio', { name: 'Par e-mail' }).check();
  await dialog.getByRole('button', { name: 'Enregistrer l’envoi' }).click();
  await expect(page.getByText('Relevé enregistré comme envoyé')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier Dupré SARL' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Relevés de compte envoyés' })).toContainText('Relevé au 10/02/2026, envoyé le 10/02/2026 — solde 3\u202f700,00\u00a0€, dont 1\u202f700,00\u00a0€ échus');
  // The statement as sent, read from the archive and checked against its hash.
  await page.getByRole('button', { name: 'Voir le relevé au 10/02/2026' }).click();
  const archived = page.getByRole('dialog', { name: 'Relevé de compte au 10/02/2026' });
  await expect(archived.getByText(/^Empreinte SHA-256 vérifiée/)).toBeVisible();
  await expect(archived.getByRole('region', { name: 'Relevé archivé' }).getByRole('img', { name: /^Page 1 sur \d+$/ })).toBeVisible({ timeout: 20_000 });
  await archived.getByRole('button', { name: 'Fermer', exact: true }).last().click();
});

test('export for the accountant: the invoices CSV opens as French spreadsheets want it, and reads back to the cent', async ({ relance }) => {
  const { page } = relance;
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Paramètres', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter les factures (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('2026-02-10 Factures pour le comptable.csv');
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Facture;Client;Type de client;Date;Échéance;Montant TTC;Réglé;Reste dû;Statut;Jours de retard;Pénalités dues;Indemnité forfaitaire;Dernière relance;Étape');
  expect(lines.find((l) => l.startsWith('F-2026-013;'))).toMatch(/^F-2026-013;Atelier Dupré SARL;Professionnel;21\/12\/2025;20\/01\/2026;650,00;150,00;500,00;Partiellement payée;21;\d+,\d{2};40,00;;$/);
  await expect(page.getByText('Export prêt\u00a0: 2026-02-10 Factures pour le comptable.csv')).toBeVisible();

  const [history] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter l’historique des relances (CSV)' }).click()]);
  const reminders = (await readFile((await history.path())!)).toString('utf8').slice(1).split('\r\n');
  expect(reminders[0]).toBe('Date;Facture;Client;Étape;Canal;N° de recommandé;Empreinte SHA-256 de la lettre;Retrait;Note');
  expect(reminders.some((l) => l.startsWith('22/12/2025;F-2025-044;Boulangerie Martin;Rappel amiable;'))).toBe(true);
});
