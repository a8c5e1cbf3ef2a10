import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { creditNoteSchema, type Database } from '../../shared/ledger/schema';
import { expectAccessible } from '../support/accessibility';
import { expectTidyLayout, LAYOUT_HEIGHT } from '../support/layout';
import { expect, test } from '../support/fixtures';
import { expectFrenchTypography } from '../support/typography';
import { dunningSeed, largeSeed, SEED_NOW, seedClient, seedInvoice } from '../support/seed';

/**
 * The dunning seed (10/02/2026) with a credit note of 200,00 € for the Atelier Dupré, 100,00 € received from Pixel &
 * Co after the month's end, a client in credit and one who paid everything: on 31/01/2026 nine clients owe something.
 */
function statementSeed(): Database {
  const db = dunningSeed();
  const note = (id: string, number: string, clientId: string, issueDate: string, amountTtcCents: number) =>
    creditNoteSchema.parse({ id, number, clientId, issueDate, amountTtcCents, notes: '', createdAt: `${issueDate}T09:00:00.000Z`, updatedAt: `${issueDate}T09:00:00.000Z` });
  return {
    ...db,
    identity: { ...db.identity, siret: '73282932000074', iban: 'FR7630006000011234567890189', bic: 'BNPAFRPPXXX' },
    clients: [
      ...db.clients,
      seedClient({ id: 'c-nord', kind: 'business', name: 'Nord Éditions', street: '4 rue Esquermoise', postalCode: '59000', city: 'Lille' }),
      seedClient({ id: 'c-vidal', kind: 'business', name: 'Vidal Paysage', street: '30 route de Narbonne', postalCode: '31400', city: 'Toulouse' }),
    ],
    invoices: [
      ...db.invoices.map((i) => (i.id === 'i-046' ? { ...i, payments: [...i.payments, { id: 'i-046-p9', date: '2026-02-05', amountCents: 10_000, note: '', recordedAt: '2026-02-05T10:00:00.000Z' }] } : i)),
      seedInvoice({ id: 'i-060', number: 'F-2026-060', clientId: 'c-vidal', issueDate: '2025-12-01', dueDate: '2025-12-31', amountTtcCents: 75_000, payments: [{ date: '2026-01-05', amountCents: 75_000 }] }),
    ],
    creditNotes: [note('av-1', 'AV-2026-001', 'c-dupre', '2026-01-15', 20_000), note('av-2', 'AV-2026-002', 'c-nord', '2026-01-20', 15_000)],
  };
}

test.use({ now: SEED_NOW, seed: statementSeed() });

const SHOTS = resolve('test-results/screens');
/** Each client on 31/01/2026: what is overdue, and the balance. */
const EXPECTED = [
  ['Atelier Dupré SARL', '1 200,00 €', '3 000,00 €'],
  ['Boulangerie Martin', '840,00 €', '840,00 €'],
  ['Cabinet Morel & Associés', '0,00 €', '1 800,00 €'],
  ['Camille Roche', '650,00 €', '830,00 €'],
  ['Élodie Garnier', '0,00 €', '275,00 €'],
  ['Garage des Lilas', '3 660,00 €', '3 660,00 €'],
  ['Jean Lefèvre', '320,00 €', '320,00 €'],
  ['Pixel & Co', '960,00 €', '960,00 €'],
  ['Studio Lumen SAS', '1 000,00 €', '3 400,00 €'],
] as const;

interface StoredClient {
  id: string;
  name: string;
  statements: { asOf: string; sentOn: string; channel: string; balanceCents: number; overdueCents: number; document: { sha256: string } }[];
}
const clientsOf = async (dataFile: string) => (JSON.parse(await readFile(dataFile, 'utf8')) as { clients: StoredClient[] }).clients;
const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8').replace(/[\u00a0\u202f]/g, ' ');
const flat = (s: string) => s.replace(/\s+/g, ' ');

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

test('« Relevés de fin de mois »: every client who owes something on 31/01, one PDF, nothing recorded before confirming, then each statement archived on its client', async ({ relance }) => {
  test.setTimeout(180_000);
  const { page } = relance;
  const before = await readFile(relance.dataFile, 'utf8');
  await mkdir(SHOTS, { recursive: true });
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  // Keyboard first: the button is reached and pressed from the keyboard.
  const entry = page.getByRole('button', { name: 'Relevés de fin de mois' });
  await entry.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Relevés de fin de mois' })).toBeVisible();

  // The month just closed, by default; the list follows the date typed.
  const date = page.getByRole('textbox', { name: 'Relevés au' });
  await expect(date).toHaveValue('31/01/2026');
  await expect(page.getByText('Au 31 janvier 2026 · 9 clients avec un solde à régler · 15 085,00 € en tout')).toBeVisible();
  const planned = page.getByRole('table', { name: '9 relevés à préparer' });
  await expect(planned.getByRole('row')).toHaveCount(10);
  for (const [i, [name, overdue, balance]] of EXPECTED.entries()) {
    const row = planned.getByRole('row').nth(i + 1);
    await expect(row.getByRole('cell').nth(0)).toContainText(name);
    await expect(row.getByRole('cell').nth(1)).toHaveText(overdue);
    await expect(row.getByRole('cell').nth(2)).toContainText(balance);
  }
  await expect(planned.getByRole('row', { name: /Atelier Dupré SARL/ })).toContainText('dont 2 000,00 € non échus');
  await expect(planned.getByRole('row', { name: /Atelier Dupré SARL/ })).toContainText('avoirs déduits : 200,00 €');
  await expect(planned.getByRole('row', { name: /Pixel & Co/ })).toContainText('Reçu après le 31/01/2026 : 100,00 €');
  const skipped = page.getByRole('group').filter({ has: page.getByText('2 clients écartés') });
  await expect(skipped.getByRole('listitem')).toHaveCount(2);
  await expect(skipped.getByRole('listitem').nth(0)).toContainText('Nord Éditions');
  await expect(skipped.getByRole('listitem').nth(0)).toContainText('Solde créditeur au 31/01/2026 : 150,00 € en sa faveur (avoirs).');
  await expect(skipped.getByRole('listitem').nth(1)).toContainText('Vidal Paysage');
  await expect(skipped.getByRole('listitem').nth(1)).toContainText('Aucune facture ouverte au 31/01/2026.');
  await page.setViewportSize({ width: 900, height: LAYOUT_HEIGHT });
  await expectTidyLayout(page, 'month-end statements, the plan, at 900 px');
  await page.screenshot({ path: join(SHOTS, 'statements-batch-plan-900.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: LAYOUT_HEIGHT });
  await date.fill('31/12/2025');
  await expect(page.getByText(/^Au 31 décembre 2025 · \d+ clients avec un solde à régler/)).toBeVisible();
  // Élodie Garnier's invoice is of January: not on a statement of 31/12/2025.
  await expect(page.getByRole('table', { name: /relevés à préparer$/ })).not.toContainText('Élodie Garnier');
  await date.fill('28/02/2026');
  await expect(date).toHaveAccessibleDescription(/La date des relevés ne peut pas être après aujourd’hui\./);
  await expect(page.getByRole('button', { name: /^Préparer/ })).toBeDisabled();
  await date.fill('31/01/2026');

  // Prepared: the bar goes through the nine, one PDF of them.
  await recordProgress(page);
  const prepare = page.getByRole('button', { name: 'Préparer les 9 relevés' });
  await prepare.focus();
  await page.keyboard.press('Enter');
  const preview = page.getByRole('region', { name: 'Aperçu des relevés de fin de mois' });
  await expect(preview.getByRole('img', { name: /^Page 1 sur \d+$/ })).toBeVisible({ timeout: 90_000 });
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen.length, `progress seen: ${seen.join(' ')}`).toBeGreaterThan(1);
  expect(seen.at(-1)).toBe('9/9');
  // The focus goes to what comes next.
  await expect(page.getByRole('button', { name: 'Marquer les 9 relevés comme envoyés…' })).toBeFocused();
  const summary = page.getByRole('table', { name: '9 relevés dans le PDF' });
  await expect(summary.getByRole('row')).toHaveCount(10);
  await expect(summary.getByRole('row').nth(1).getByRole('cell').first()).toHaveText(/^Atelier Dupré SARL.*p\.\s1$/);
  await expect(summary.getByRole('row').nth(9).getByRole('cell').first()).toHaveText(/^Studio Lumen SAS.*p\.\s9$/);
  expect(await clientsOf(relance.dataFile)).toEqual(JSON.parse(before).clients);

  // The combined PDF, as « Ouvrir dans le lecteur PDF » downloads it in a browser: every statement, in order.
  if (!relance.electron) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ouvrir dans le lecteur PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('2026-01-31 Relevés de fin de mois (9).pdf');
    const combined = await readFile((await download.path())!);
    await download.saveAs(join(SHOTS, 'statements-batch-combined.pdf'));
    const text = flat(pdfText(combined));
    expect(text.match(/Objet : relevé de compte au 31 janvier 2026/g)).toHaveLength(9);
    let at = -1;
    for (const [name] of EXPECTED) {
      const next = text.indexOf(name, at + 1);
      expect(next, `${name} after the previous client`).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain('Solde de votre compte au 31 janvier 2026 : 3 000,00 €, dont 1 200,00 € échus et 2 000,00 € non encore échus, avoirs de 200,00 € déduits.');
    expect(text).toContain('Solde de votre compte au 31 janvier 2026 : 3 400,00 €, dont 1 000,00 € échus et 2 400,00 € non encore échus.');
    expect(text).not.toContain('Nord Éditions');
    expect(text).not.toContain('Vidal Paysage');
    // Invoices issued after the date are not on it.
    expect(text).not.toContain('F-2026-010');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: combined }).toString())![1]);
    expect(await preview.getByRole('img').count()).toBe(pages);
  }

  await expectAccessible(page, 'month-end statements');
  await expectFrenchTypography(page, 'month-end statements');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await expect(preview.getByRole('img', { name: /^Page 1 sur \d+$/ })).toBeVisible();
    await expectTidyLayout(page, `month-end statements at ${width} px`);
    await page.screenshot({ path: join(SHOTS, `statements-batch-${width}.png`) });
  }

  // Confirming: one way and one date for all.
  await page.getByRole('button', { name: 'Marquer les 9 relevés comme envoyés…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Marquer les 9 relevés comme envoyés\u202f?' });
  await expect(dialog).toContainText('Les 9 relevés sont enregistrés ensemble : si l’un ne peut pas l’être, aucun ne l’est.');
  await expect(dialog.getByRole('textbox', { name: 'Date d’envoi' })).toHaveValue('10/02/2026');
  await dialog.getByRole('radio', { name: 'Par e-mail' }).check();
  await dialog.getByRole('textbox', { name: 'Date d’envoi' }).fill('30/01/2026');
  await dialog.getByRole('button', { name: 'Marquer les 9 relevés comme envoyés' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Date d’envoi' })).toHaveAccessibleDescription(/Un relevé ne peut pas être envoyé avant sa date\./);
  await expect(dialog.getByRole('alert')).toHaveText('Vérifiez la date d’envoi.');
  expect(await clientsOf(relance.dataFile)).toEqual(JSON.parse(before).clients);
  await expectAccessible(page, 'marking the month-end statements as sent');
  await expectFrenchTypography(page, 'marking the month-end statements as sent');
  await page.setViewportSize({ width: 900, height: LAYOUT_HEIGHT });
  await expectTidyLayout(page, 'marking the month-end statements as sent at 900 px');
  await page.screenshot({ path: join(SHOTS, 'statements-batch-confirm-900.png') });
  await dialog.getByRole('textbox', { name: 'Date d’envoi' }).fill('10/02/2026');
  await dialog.getByRole('button', { name: 'Marquer les 9 relevés comme envoyés' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();

  // Each client holds its own statement: its own bytes on disk under their hash, what it stated.
  const after = await clientsOf(relance.dataFile);
  const hashes = new Set<string>();
  for (const [name, overdue, balance] of EXPECTED) {
    const client = after.find((c) => c.name === name)!;
    expect(client.statements).toHaveLength(1);
    const record = client.statements[0]!;
    expect(record).toMatchObject({ asOf: '2026-01-31', sentOn: '2026-02-10', channel: 'email' });
    const cents = (s: string) => Number(s.replace(/\D/g, ''));
    expect([record.overdueCents, record.balanceCents]).toEqual([cents(overdue), cents(balance)]);
    const sha = record.document.sha256;
    hashes.add(sha);
    const pdf = await readFile(join(relance.dataDir, 'blobs', sha.slice(0, 2), `${sha}.pdf`));
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(sha);
    expect(flat(pdfText(pdf))).toContain(name);
  }
  expect(hashes.size).toBe(9);
  for (const name of ['Nord Éditions', 'Vidal Paysage']) expect(after.find((c) => c.name === name)!.statements).toEqual([]);
  // The client's page lists it, with what it stated.
  await page.getByRole('button', { name: 'Atelier Dupré SARL', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier Dupré SARL' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Relevés de compte envoyés' }).getByRole('listitem')).toHaveText(['Relevé au 31/01/2026, envoyé le 10/02/2026 — solde 3 000,00 €, dont 1 200,00 € échus Voir le relevé']);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Clients', exact: true }).click();

  // The batch of the same date again: every client is left out, the statement already recorded.
  await page.getByRole('button', { name: 'Relevés de fin de mois' }).click();
  await expect(page.getByText('Aucun client n’a de solde à régler au 31/01/2026.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Préparer le relevé' })).toBeDisabled();
  // Eleven clients left out: their list is folded under its summary, opened from the keyboard.
  const left = page.getByRole('group').filter({ has: page.getByText('11 clients écartés') });
  await expect(left.getByRole('listitem')).toHaveCount(0);
  await left.getByText('11 clients écartés').focus();
  await page.keyboard.press('Enter');
  await expect(left.getByRole('listitem').filter({ hasText: 'Relevé au 31/01/2026 déjà enregistré comme envoyé le 10/02/2026.' })).toHaveCount(9);
  await expect(left.getByRole('listitem')).toHaveCount(11);
});

test.describe('a long batch', () => {
  // 300 invoices of 60 clients: most owe something on 31/01, several seconds of drawing.
  test.use({ seed: { ...largeSeed(300, 60), identity: statementSeed().identity } });

  test('stops when « Annuler » is pressed: the core draws no more statements and nothing is recorded', async ({ relance }) => {
    test.setTimeout(120_000);
    const { page } = relance;
    const before = await readFile(relance.dataFile, 'utf8');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Clients', exact: true }).click();
    await page.getByRole('button', { name: 'Relevés de fin de mois' }).click();
    const prepare = page.getByRole('button', { name: /^Préparer les \d+ relevés$/ });
    const total = Number(/\d+/.exec((await prepare.textContent())!)![0]);
    expect(total).toBeGreaterThan(20);
    await recordProgress(page);
    await prepare.click();
    const bar = page.getByRole('progressbar', { name: 'Préparation des relevés de fin de mois' });
    await expect(bar).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Relevés au' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'statements-batch-progress.png') });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Préparation annulée : aucun relevé n’a été enregistré.' })).toBeVisible({ timeout: 30_000 });
    await expect(bar).toBeHidden();
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(Number(seen.at(-1)!.split('/')[0]), `progress seen: ${seen.join(' ')}`).toBeLessThan(total);
    await expect(page.getByRole('region', { name: 'Aperçu des relevés de fin de mois' })).toHaveCount(0);
    expect(await readFile(relance.dataFile, 'utf8')).toBe(before);
    await expect(page.getByRole('button', { name: `Préparer les ${total} relevés` })).toBeEnabled();
    await expect(page.getByRole('button', { name: `Préparer les ${total} relevés` })).toBeFocused();
  });
});
