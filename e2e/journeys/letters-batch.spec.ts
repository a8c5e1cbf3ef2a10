import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { expectTidyLayout, LAYOUT_HEIGHT } from '../support/layout';
import { expect, test } from '../support/fixtures';
import { expectFrenchTypography } from '../support/typography';
import { dunningSeed, largeSeed, SEED_NOW } from '../support/seed';

/** The dunning seed with what every letter needs to say how to pay: seven invoices of six clients are due today. */
function letterSeed() {
  const db = dunningSeed();
  return { ...db, identity: { ...db.identity, siret: '73282932000074', iban: 'FR7630006000011234567890189', bic: 'BNPAFRPPXXX' } };
}

test.use({ now: SEED_NOW, seed: letterSeed() });

const DUE = ['F-2025-041', 'F-2025-040', 'F-2025-044', 'F-2026-005', 'F-2026-001', 'F-2025-047', 'F-2026-003'];
const SHOTS = resolve('test-results/screens');

interface StoredInvoice {
  number: string;
  reminders: { levelId: string; tone?: string; channel: string; sentOn: string; registeredNumber?: string; document?: { sha256: string } }[];
}
const invoicesOf = async (dataFile: string) => (JSON.parse(await readFile(dataFile, 'utf8')) as { invoices: StoredInvoice[] }).invoices;
const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8').replace(/[\u00a0\u202f]/g, ' ');

/** Every value the progress bar takes, as the page shows it (recorded by the page itself: the bar may live under a second). */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      const value = bar && `${bar.getAttribute('aria-valuenow')}/${bar.getAttribute('aria-valuemax')}`;
      if (value && seen.at(-1) !== value) seen.push(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
}
const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);

test('the letters of the day: progress, one PDF of every letter, nothing sent before confirming, then each invoice with its own letter', async ({ relance }) => {
  test.setTimeout(180_000);
  const { page } = relance;
  const before = await invoicesOf(relance.dataFile);
  await mkdir(SHOTS, { recursive: true });
  await page.getByRole('button', { name: 'Préparer les lettres du jour' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lettres du jour' })).toBeVisible();
  // By default the steps planned by letter only; those by e-mail are named, and printed too when asked.
  await expect(page.getByText('4 lettres pour 4 factures à relancer')).toBeVisible();
  await expect(page.getByText('3 autres relances du jour partent par e-mail, SMS ou appel (F-2025-041, F-2026-001, F-2026-003)')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Imprimer aussi les relances prévues par e-mail, SMS ou appel (3)' }).check();
  await expect(page.getByText('7 lettres pour 7 factures à relancer')).toBeVisible();

  // Grouped per client, by registered mail: six letters, the bar goes through them.
  await page.getByRole('checkbox', { name: /^Une lettre par client/ }).check();
  await expect(page.getByText('6 lettres pour 7 factures à relancer')).toBeVisible();
  await page.getByRole('radio', { name: 'Recommandé avec accusé de réception' }).check();
  await recordProgress(page);
  await page.getByRole('button', { name: 'Préparer les 6 lettres' }).click();
  const preview = page.getByRole('region', { name: 'Aperçu des lettres du jour' });
  await expect(preview.getByRole('img', { name: /^Page 1 sur \d+$/ })).toBeVisible({ timeout: 60_000 });
  const seen = await progressSeen(page);
  expect(seen.length, `progress seen: ${seen.join(' ')}`).toBeGreaterThan(1);
  expect(seen.at(-1)).toBe('6/6');
  const summary = page.getByRole('table', { name: '6 lettres dans le PDF' });
  await expect(summary.getByRole('row')).toHaveCount(7);
  await expect(summary.getByRole('row', { name: /Boulangerie Martin/ })).toContainText('F-2025-040, F-2025-044');
  await expect(summary.getByRole('row', { name: /Garage des Lilas/ })).toContainText('Mise en demeure');

  // Nothing is recorded by preparing.
  expect(await invoicesOf(relance.dataFile)).toEqual(before);

  // The combined PDF (« Ouvrir dans le lecteur PDF » downloads it in a browser, as the screen says) has every letter.
  // In the app the same buttons go through the core to the system's print dialog and PDF reader (pdfOutput.test.ts).
  if (!relance.electron) {
    await expect(page.getByText('Dans le navigateur, « Imprimer » ouvre le PDF dans un nouvel onglet et « Ouvrir dans le lecteur PDF » le télécharge.')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ouvrir dans le lecteur PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('2026-02-10 Lettres du jour (6).pdf');
    const combined = await readFile((await download.path())!);
      await download.saveAs(join(SHOTS, 'letters-batch-combined.pdf'));
    const text = pdfText(combined);
    for (const number of DUE) expect(text).toContain(number);
    expect(text.match(/Lettre recommandée avec accusé de réception/g)?.length).toBeGreaterThanOrEqual(6);
    const pages = await preview.getByRole('img').count();
    expect(pages).toBe(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: combined }).toString())![1]));

    // « Imprimer » opens the PDF in the browser's own viewer, in a new tab.
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Imprimer' }).click()]);
    expect(tab.url()).toMatch(/^blob:/);
    await tab.close();
  }

  await expectAccessible(page, 'letters of the day');
  await expectFrenchTypography(page, 'letters of the day');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await expect(preview.getByRole('img', { name: /^Page 1 sur \d+$/ })).toBeVisible();
    await expectTidyLayout(page, `letters of the day at ${width} px`);
    await page.screenshot({ path: join(SHOTS, `letters-batch-${width}.png`) });
  }

  // Confirming: one posting date, a number per recommandé, checked as typed.
  await page.getByRole('button', { name: 'Marquer les 6 lettres comme envoyées…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Marquer les 6 lettres comme envoyées\u202f?' });
  await expect(dialog.getByRole('textbox', { name: 'Date de dépôt à La Poste' })).toHaveValue('10/02/2026');
  const numbers = ['1A 000 000 0001 1', '1A00000000022', 'RR123456785FR', '1a 000 000 0004 4', '2C 000 000 0005 5', '2C00000000066'];
  const field = (i: number) => dialog.getByRole('textbox', { name: new RegExp(`^Lettre ${i + 1} — `) });
  await expect(dialog.getByRole('textbox', { name: /^Lettre \d — / })).toHaveCount(6);
  await field(0).fill('RR123456789FR');
  await field(0).blur();
  await expect(dialog.getByText(/La clé de contrôle de «\u00a0RR123456789FR\u00a0» ne correspond pas/)).toBeVisible();
  for (const [i, n] of numbers.entries()) await field(i).fill(n);
  await field(5).fill(numbers[0]!);
  await dialog.getByRole('button', { name: 'Marquer les 6 lettres comme envoyées' }).click();
  await expect(dialog.getByText('Ce numéro est déjà celui de la lettre 1.')).toBeVisible();
  await expectAccessible(page, 'marking the letters of the day as sent');
  await expectFrenchTypography(page, 'marking the letters of the day as sent');
  expect(await invoicesOf(relance.dataFile)).toEqual(before);
  await page.setViewportSize({ width: 900, height: LAYOUT_HEIGHT });
  await page.screenshot({ path: join(SHOTS, 'letters-batch-confirm-900.png') });
  await field(5).fill(numbers[5]!);
  await dialog.getByRole('button', { name: 'Marquer les 6 lettres comme envoyées' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Relances' })).toBeVisible();

  // Every invoice holds its own letter: its own bytes on disk under their hash, its own number.
  const after = await invoicesOf(relance.dataFile);
  const hashes = new Set<string>();
  for (const number of DUE) {
    const reminder = after.find((i) => i.number === number)!.reminders.at(-1)!;
    expect(reminder).toMatchObject({ channel: 'registered-letter', sentOn: '2026-02-10' });
    const sha = reminder.document!.sha256;
    hashes.add(sha);
    const pdf = await readFile(join(relance.dataDir, 'blobs', sha.slice(0, 2), `${sha}.pdf`));
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(sha);
    expect(pdfText(pdf)).toContain(number);
  }
  // Six letters: the two invoices of the Boulangerie share theirs.
  expect(hashes.size).toBe(6);
  const boulangerie = after.filter((i) => i.number === 'F-2025-040' || i.number === 'F-2025-044').map((i) => i.reminders.at(-1)!);
  expect(boulangerie[0]!.document).toEqual(boulangerie[1]!.document);
  expect(new Set(DUE.map((n) => after.find((i) => i.number === n)!.reminders.at(-1)!.registeredNumber))).toEqual(
    new Set(['1A 000 000 0001 1', '1A 000 000 0002 2', 'RR123456785FR', '1A 000 000 0004 4', '2C 000 000 0005 5', '2C 000 000 0006 6']),
  );

  // And every invoice's history links to its own letter; the Garage des Lilas's mise en demeure opens, checked against its hash.
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  const history = page.getByRole('table', { name: 'Historique des relances' });
  for (const number of [...DUE.filter((n) => n !== 'F-2025-047'), 'F-2025-047']) {
    await nav.getByRole('button', { name: 'Factures', exact: true }).click();
    await page.getByRole('main').getByRole('button', { name: number, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: `Facture ${number}` })).toBeVisible();
    await expect(history.getByRole('button', { name: /^Voir la lettre « .+ » du 10\/02\/2026$/ })).toHaveCount(1);
  }
  await expect(history.getByRole('row', { name: /Mise en demeure/ }).filter({ hasText: '10/02/2026' })).toContainText('2C 000 000 0005 5');
  await history.getByRole('button', { name: /^Voir la lettre « Mise en demeure » du 10\/02\/2026$/ }).click();
  const archived = page.getByRole('dialog', { name: /Mise en demeure du 10\/02\/2026/ });
  await expect(archived.getByText(/Empreinte SHA-256 vérifiée/)).toBeVisible();
  await expect(archived.getByRole('img', { name: /^Page 1 sur \d+$/ })).toBeVisible();
  await expect(archived.getByRole('button', { name: 'Imprimer' })).toBeEnabled();
});

test.describe('a long batch', () => {
  // 300 invoices of 60 clients: 167 letters due today, several seconds of drawing.
  test.use({ seed: { ...largeSeed(300, 60), identity: letterSeed().identity } });

  test('stops when « Annuler » is pressed: the core draws no more letters and nothing is recorded', async ({ relance }) => {
    test.setTimeout(120_000);
    const { page } = relance;
    const before = await readFile(relance.dataFile, 'utf8');
    await page.getByRole('button', { name: 'Préparer les lettres du jour' }).click();
    await page.getByRole('checkbox', { name: /^Imprimer aussi les relances prévues par e-mail, SMS ou appel/ }).check();
    await expect(page.getByText('167 lettres pour 167 factures à relancer')).toBeVisible();
    await recordProgress(page);
    await page.getByRole('button', { name: 'Préparer les 167 lettres' }).click();
    const bar = page.getByRole('progressbar', { name: 'Préparation des lettres du jour' });
    await expect(bar).toBeVisible();
    // Some letters drawn, the core's progress on the bar.
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'letters-batch-progress.png') });
    await page.getByRole('button', { name: 'Annuler' }).click();
    // « Arrêt en cours… » may last less than a frame when the letter in hand is finished: only the outcome is checked.
    await expect(page.getByRole('status').filter({ hasText: 'Préparation annulée\u00a0: aucune lettre n’a été enregistrée.' })).toBeVisible({ timeout: 30_000 });
    await expect(bar).toBeHidden();
    const seen = await progressSeen(page);
    const last = Number(seen.at(-1)!.split('/')[0]);
    expect(last, `progress seen: ${seen.join(' ')}`).toBeLessThan(167);
    await expect(page.getByRole('region', { name: 'Aperçu des lettres du jour' })).toHaveCount(0);
    expect(await readFile(relance.dataFile, 'utf8')).toBe(before);
    // The screen is ready for another try.
    await expect(page.getByRole('button', { name: 'Préparer les 167 lettres' })).toBeEnabled();
  });
});
