import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { databaseSchema, emptyDatabase, type Database } from '../../shared/ledger/schema';
import { expect, test } from '../support/fixtures';
import { seedClient, seedInvoice } from '../support/seed';

const NB = '\u00a0';
const NNB = '\u202f';

const shot = (page: Page, name: string) => page.screenshot({ path: resolve('test-results/screens', `${name}.png`) });

const dupre = seedClient({ id: 'c1', kind: 'business', name: 'Atelier Dupré SARL', street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' });
const martin = seedClient({ id: 'c2', kind: 'business', name: 'Boulangerie Martin', street: '3 place du Marché', postalCode: '44000', city: 'Nantes' });
const lumen = seedClient({ id: 'c3', kind: 'business', name: 'Studio Lumen SAS', street: '48 boulevard Voltaire', postalCode: '75011', city: 'Paris' });
const invoice1 = seedInvoice({ id: 'i1', number: 'F-2026-101', clientId: 'c1', issueDate: '2026-10-01', dueDate: '2026-10-31', amountTtcCents: 120_000 });
const invoice2 = seedInvoice({ id: 'i2', number: 'F-2026-102', clientId: 'c3', issueDate: '2026-10-10', dueDate: '2026-11-09', amountTtcCents: 48_000, reminders: [['friendly', '2026-11-16']] });

const db = (part: Partial<Database>): Database => databaseSchema.parse({ ...emptyDatabase(), ...part });
/** Today: 3 clients, 2 invoices, 1 reminder. */
const CURRENT = db({ clients: [dupre, martin, lumen], invoices: [invoice1, invoice2] });
/** Two days ago (a backup named by an older Relance): 2 clients, 1 invoice. */
const TWO_DAYS_AGO = db({ clients: [dupre, martin], invoices: [invoice1] });
const THREE_DAYS_AGO = db({ clients: [dupre] });

async function openDataSettings(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Paramètres', exact: true }).click();
  const region = page.getByRole('region', { name: 'Données', exact: true });
  await region.scrollIntoViewIfNeeded();
  return region;
}

/** Nothing in the section sticks out of it, and the page does not scroll sideways. */
async function expectNothingOverflows(page: Page, region: Locator): Promise<void> {
  const report = await region.evaluate((section) => {
    const box = section.getBoundingClientRect();
    const out: string[] = [];
    for (const el of Array.from(section.querySelectorAll<HTMLElement>('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('.visually-hidden')) continue;
      if (r.right > box.right + 1 || r.left < box.left - 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)} (section ${Math.round(box.left)}–${Math.round(box.right)})`);
      // Text cut off inside its own box (a button label, a cell).
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'hidden') out.push(`${el.tagName.toLowerCase()}.${el.className} clips its content`);
    }
    const main = document.querySelector('main');
    if (main && main.scrollWidth > main.clientWidth + 1) {
      const mainBox = main.getBoundingClientRect();
      const wide = Array.from(main.querySelectorAll<HTMLElement>('*')).filter((el) => el.getBoundingClientRect().right > mainBox.right + 1 && !el.closest('.visually-hidden'));
      out.push(`main scrolls sideways (${main.scrollWidth} > ${main.clientWidth}): ${wide.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}`).join(', ')}`);
    }
    return out;
  });
  expect(report).toEqual([]);
}

/** Our own accessibility check: every button has a name, in French. */
async function expectButtonsNamedInFrench(page: Page, region: Locator): Promise<void> {
  const buttons = (snapshot: string) => snapshot.split('\n').filter((l) => /^\s*- button\b/.test(l));
  const nameOf = (line: string) => /^\s*- button "([^"]+)"/.exec(line)?.[1] ?? '';
  const all = buttons(await page.locator('body').ariaSnapshot());
  expect(all.length).toBeGreaterThan(5);
  for (const line of all) {
    const name = nameOf(line);
    expect(name, `a button without a name: ${line}`).not.toBe('');
    expect(name, 'a button named in English').not.toMatch(/\b(?:close|open|save|cancel|delete|restore|export|copy|show|submit|button)\b/i);
  }
  for (const line of buttons(await region.ariaSnapshot())) {
    expect(nameOf(line)).toMatch(/^(?:Restaurer|Exporter|Copier|Ouvrir|Voir|Fermer|Annuler|Préparation)\b/);
  }
}

test.describe('Paramètres › Données: backups, restore and complete copy', () => {
  test.use({ seed: CURRENT });

  test('lists the backups, restores one after a keyboard confirmation, and exports a zip', async ({ relance }) => {
    const { page, dataDir, dataFile } = relance;
    // Older backups, named as an older Relance did (they list after the numbered one taken at this start).
    const backups = join(dataDir, 'backups');
    await mkdir(backups, { recursive: true });
    await writeFile(join(backups, 'relance-2026-11-21T08-15-00-000Z.json'), JSON.stringify(TWO_DAYS_AGO, null, 2));
    await writeFile(join(backups, 'relance-2026-11-20T16-30-00-000Z.json'), JSON.stringify(THREE_DAYS_AGO, null, 2));
    await writeFile(join(backups, 'relance-2026-11-19T07-00-00-000Z.json'), '{ "schemaVersion": 3, "clients": [ tronqué');

    const region = await openDataSettings(page);
    await expect(region.getByText(dataFile, { exact: true })).toBeVisible();
    await expect(region.getByText(backups, { exact: true })).toBeVisible();
    await expect(region.getByRole('button', { name: 'Ouvrir le dossier' })).toHaveCount(0); // Electron only

    const table = region.getByRole('table', { name: 'Sauvegardes' });
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(5); // header + 4
    await expect(rows.nth(1)).toContainText(`3${NB}clients, 2${NB}factures, 1${NB}relance`);
    await expect(rows.nth(1)).toContainText('La plus récente');
    await expect(rows.nth(2)).toContainText('21/11/2026 à 09:15');
    await expect(rows.nth(2)).toContainText(`2${NB}clients, 1${NB}facture, 0${NB}relance`);
    await expect(rows.nth(2)).toContainText(new RegExp(`\\d{1,4}(,\\d)?${NB}ko`));
    await expect(rows.nth(3)).toContainText('20/11/2026 à 17:30');
    await expect(rows.nth(4)).toContainText('19/11/2026 à 08:00');
    await expect(rows.nth(4)).toContainText('illisible');
    await expect(rows.nth(4).getByRole('button')).toHaveCount(0);
    await expectButtonsNamedInFrench(page, region);

    for (const width of [1920, 900]) {
      await page.setViewportSize({ width, height: 1000 });
      await table.scrollIntoViewIfNeeded();
      await expectNothingOverflows(page, region);
      await shot(page, `data-01-backups-${width}`);
    }

    // Restore the backup of two days ago, from the keyboard.
    const restore = table.getByRole('button', { name: 'Restaurer la sauvegarde du 21/11/2026 à 09:15' });
    await restore.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: `Restaurer la sauvegarde du 21/11/2026 à 09:15${NNB}?` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(
      `Vos données actuelles${NB}: 3${NB}clients, 2${NB}factures, 1${NB}relance. Après la restauration${NB}: 2${NB}clients, 1${NB}facture, 0${NB}relance. ` +
        `La version actuelle est d’abord sauvegardée${NB}: vous pourrez revenir en arrière en la restaurant.`,
    );
    await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await expectButtonsNamedInFrench(page, dialog);
    await shot(page, 'data-02-confirm-900');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Restaurer cette sauvegarde' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Sauvegarde du 21/11/2026 à 09:15 restaurée' })).toBeVisible();
    await expect(restore).toBeFocused(); // focus back where it was

    // The data changed, on screen and on disk.
    await expect(region).toContainText('La sauvegarde du 21/11/2026 à 09:15 a été restaurée.');
    await expect(table.getByRole('row').filter({ hasText: 'Avant la restauration' })).toContainText(`3${NB}clients, 2${NB}factures, 1${NB}relance`);
    expect(JSON.parse(await readFile(dataFile, 'utf8')).clients.map((c: { name: string }) => c.name)).toEqual(['Atelier Dupré SARL', 'Boulangerie Martin']);
    await expectNothingOverflows(page, region);
    await shot(page, 'data-03-restored-900');
    await page.setViewportSize({ width: 1920, height: 1000 });
    await expectNothingOverflows(page, region);
    await shot(page, 'data-03-restored-1920');

    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Clients', exact: true }).click();
    await expect(page.getByRole('main')).toContainText('Boulangerie Martin');
    await expect(page.getByRole('main')).not.toContainText('Studio Lumen SAS');

    // A complete copy: a zip holding the data file as it is on disk, the backups and the instructions.
    const again = await openDataSettings(page);
    const downloading = page.waitForEvent('download');
    await again.getByRole('button', { name: 'Exporter une copie complète' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('relance-copie-2026-11-23.zip');
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    expect(Buffer.from(files['relance.json']!).equals(await readFile(dataFile))).toBe(true);
    expect(Object.keys(files).filter((n) => n.startsWith('backups/'))).toHaveLength(4);
    expect(files['backups/relance-2026-11-21T08-15-00-000Z.json']).toBeDefined();
    expect(new TextDecoder().decode(files['LISEZMOI.txt'])).toContain('Pour restaurer cette copie à la main');
    await expect(page.getByRole('status').filter({ hasText: 'Copie complète prête' })).toContainText('relance-copie-2026-11-23.zip');

    // Undo: restore the version kept before the restore.
    await again.getByRole('row').filter({ hasText: 'Avant la restauration' }).getByRole('button', { name: /^Restaurer la sauvegarde du / }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Restaurer cette sauvegarde' }).click();
    await expect(page.getByRole('alertdialog')).toBeHidden();
    await expect.poll(async () => JSON.parse(await readFile(dataFile, 'utf8')).clients.length).toBe(3);
  });
});

test.describe('Paramètres › Données: records set aside', () => {
  // One invoice with a text amount: it is set aside at opening, the rest loads.
  test.use({ seed: { ...CURRENT, invoices: [invoice1, { ...invoice2, amountTtcCents: 'quatre cent quatre-vingts' }] } });

  test('shows the record set aside, its raw JSON, and copies it', async ({ relance, context }) => {
    const { page } = relance;
    const region = await openDataSettings(page);
    const aside = region.getByRole('region', { name: 'Enregistrements mis de côté' });
    await expect(aside).toBeVisible();
    await expect(aside).toContainText('il n’est pas encore possible de les supprimer');
    const item = aside.getByRole('listitem');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('F-2026-102');
    await expect(item).toContainText(/Mis de côté le \d{2}\/\d{2}\/2026 à \d{2}:\d{2}/);

    await item.getByText('Voir le contenu brut').click();
    const raw = item.getByRole('region', { name: /^Contenu brut de / });
    await expect(raw).toBeVisible();
    await expect(raw).toContainText('"amountTtcCents": "quatre cent quatre-vingts"');

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await item.getByRole('button', { name: /^Copier le contenu brut de « .*F-2026-102.* »$/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Contenu copié dans le presse-papiers' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(copied)).toMatchObject({ id: 'i2', number: 'F-2026-102', amountTtcCents: 'quatre cent quatre-vingts' });
    await expectButtonsNamedInFrench(page, region);

    for (const width of [900, 1920]) {
      await page.setViewportSize({ width, height: 1000 });
      await aside.scrollIntoViewIfNeeded();
      await expectNothingOverflows(page, region);
      await shot(page, `data-04-quarantine-${width}`);
    }
  });
});
