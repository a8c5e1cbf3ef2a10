import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { databaseSchema, emptyDatabase, identitySchema, type Invoice } from '../../shared/ledger/schema';
import { expect, test } from '../support/fixtures';
import { SEED_NOW, seedClient, seedInvoice } from '../support/seed';
import { frenchText } from '../support/typography';

/**
 * « A new user's first week », items 4, 5, 7 and 8: an invoice paid late still owes its penalties and the 40 €; the
 * mise en demeure counts from its receipt and ends the earlier steps; recording a reminder is confirmed first and
 * withdrawn by a cancelling entry; the invoice number suggestion is replaced by typing and follows the user's own
 * series, and the due date follows the invoice date and the payment term. Today is 10/02/2026.
 */

const own = (invoice: Invoice): Invoice => ({ ...invoice, numberedInApp: true });

function firstWeekSeed() {
  return databaseSchema.parse({
    ...emptyDatabase(),
    identity: identitySchema.parse({ name: 'Sophie Laurent Design', address: { street: '24 rue des Arts', postalCode: '69001', city: 'Lyon' }, email: 'sophie@laurent-design.fr' }),
    clients: [
      seedClient({ id: 'c-dupre', kind: 'business', name: 'Atelier Dupré SARL', street: '12 rue de la République', postalCode: '69002', city: 'Lyon' }),
      seedClient({ id: 'c-lumen', kind: 'business', name: 'Studio Lumen SAS', street: '48 boulevard Voltaire', postalCode: '75011', city: 'Paris' }),
      seedClient({ id: 'c-roche', kind: 'private', name: 'Camille Roche', street: '7 impasse des Tilleuls', postalCode: '33000', city: 'Bordeaux' }),
    ],
    invoices: [
      // Paid in full on 14/01/2026, 30 days after its due date: 16/12 → 31/12/2025 = 16 days and 01/01 → 14/01/2026 = 14 days,
      // both at 12,15 % (ECB 2,15 % + 10): 240 000 × 1215 × 16 / 3 650 000 = 1 278,25 → 12,78 €; × 14 → 1 118,47 → 11,18 €.
      // Penalties 23,96 € + indemnity 40,00 € = 63,96 €.
      own(seedInvoice({ id: 'i-048', number: 'F-2026-048', clientId: 'c-lumen', issueDate: '2025-11-15', dueDate: '2025-12-15', amountTtcCents: 240_000, payments: [{ date: '2026-01-14', amountCents: 240_000 }] })),
      // Private client, two reminders sent; the mise en demeure is recorded in the journey.
      own(seedInvoice({ id: 'i-049', number: 'F-2026-049', clientId: 'c-roche', issueDate: '2026-01-02', dueDate: '2026-01-20', amountTtcCents: 65_000, reminders: [['friendly', '2026-01-27'], ['firm', '2026-01-30']] })),
      // Business client, nothing sent yet: 21/01 → 10/02/2026 = 21 days at 12,15 %: 150 000 × 1215 × 21 / 3 650 000 = 1 048,56 → 10,49 €.
      own(seedInvoice({ id: 'i-047', number: 'F-2026-047', clientId: 'c-dupre', issueDate: '2025-12-21', dueDate: '2026-01-20', amountTtcCents: 150_000 })),
      // The last one in the file was imported: a quote number, not the user's series.
      { ...seedInvoice({ id: 'i-dev', number: 'DEV/2026/0205', clientId: 'c-lumen', issueDate: '2026-02-05', dueDate: '2026-03-07', amountTtcCents: 90_000 }), createdAt: '2026-02-06T10:00:00.000Z' },
    ],
  });
}

test.use({ now: SEED_NOW, seed: firstWeekSeed() });

const toActOn = (page: Page) => page.getByRole('table', { name: 'À relancer aujourd’hui' });
const overdue = (page: Page) => page.getByRole('table', { name: 'Factures en retard' });
const total = (page: Page, label: string) => page.getByRole('list', { name: 'Totaux' }).getByRole('listitem').filter({ hasText: label });
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name, exact: true }).click();

/**
 * Screenshots of the whole screen at the window's minimum width and on a wide screen (the app scrolls inside its main
 * area, so the window is made as tall as the content); the page never scrolls sideways.
 */
async function shots(page: Page, name: string): Promise<void> {
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    const sideways = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('main, .screen, body')].some((el) => el.scrollWidth > el.clientWidth + 1));
    expect(sideways, `${name} at ${width} px scrolls sideways`).toBe(false);
    const tall = await page.evaluate(() => Math.max(...[...document.querySelectorAll<HTMLElement>('main, .main, dialog[open] .modal-body, dialog[open]')].map((el) => el.scrollHeight + 120), 900));
    await page.setViewportSize({ width, height: Math.min(tall, 4000) });
    await page.waitForTimeout(150);
    await page.screenshot({ path: resolve('test-results/screens', `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('4. paid late, still owed: it stays in view with what it owes, and can be waived and un-waived in one click', async ({ relance }) => {
  const { page } = relance;
  const row = toActOn(page).getByRole('row', { name: /F-2026-048/ });
  await expect(row).toContainText('Studio Lumen SAS');
  await expect(row).toContainText('0,00\u00a0€');
  await expect(row).toContainText('23,96\u00a0€');
  await expect(row).toContainText('+ 40,00\u00a0€');
  await expect(row).toContainText(frenchText('Pénalités et indemnité restant dues : à réclamer'));
  // Totals: principal 1 500,00 € + 650,00 € + 900,00 €; penalties 10,49 € (F-2026-047) + 23,96 € (F-2026-048); 2 × 40 €.
  await expect(total(page, 'Encours total')).toContainText('3 050,00 €');
  await expect(total(page, 'Pénalités dues')).toContainText('34,45 €');
  await expect(total(page, 'Indemnités forfaitaires')).toContainText('80,00 €');
  await shots(page, 'first-week-04a-overview-paid-late');

  await row.getByRole('button', { name: 'F-2026-048', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Facture F-2026-048' })).toBeVisible();
  const state = page.getByRole('status').filter({ hasText: 'Pénalités et indemnité restant dues' });
  await expect(state).toContainText(
    frenchText(
      'Facture payée le 14/01/2026, 30 jours après l’échéance : le paiement du principal ne solde pas le retard. Restent dus 23,96 € de pénalités de retard et 40,00 € d’indemnité forfaitaire, soit 63,96 €',
    ),
  );
  await expect(page.getByText('Facture payée : plus aucune relance.')).toHaveCount(0);
  const decompte = page.getByRole('table', { name: 'Décompte des pénalités' });
  await expect(page.getByRole('heading', { level: 2, name: 'Pénalités et indemnité restant dues' })).toBeVisible();
  const lines = decompte.getByRole('row', { name: /Du/ });
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0)).toContainText('Du 16/12/2025 au 31/12/2025');
  await expect(lines.nth(0)).toContainText('12,78\u00a0€');
  await expect(lines.nth(1)).toContainText('Du 01/01/2026 au 14/01/2026');
  await expect(lines.nth(1)).toContainText('11,18\u00a0€');
  await expect(decompte.getByRole('row', { name: /^Total/ })).toContainText('63,96\u00a0€');
  await shots(page, 'first-week-04b-detail-owed');

  // One click: waived, dated, shown as such; out of the overview and of the totals.
  await page.getByRole('button', { name: 'Renoncer aux pénalités' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Vous avez renoncé' })).toContainText('Pénalités et indemnité abandonnées');
  await expect(page.getByRole('status').filter({ hasText: 'Vous avez renoncé' })).toContainText(
    'Vous avez renoncé le 10/02/2026 à réclamer 23,96 € de pénalités de retard et 40,00 € d’indemnité forfaitaire, soit 63,96 €.',
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Pénalités et indemnité abandonnées' })).toBeVisible();
  const onDisk = JSON.parse(await readFile(relance.dataFile, 'utf8'));
  expect(onDisk.invoices.find((i: Invoice) => i.id === 'i-048').lateChargesWaiver).toEqual({ waivedOn: '2026-02-10', note: '' });
  await shots(page, 'first-week-04c-detail-waived');
  await page.getByRole('button', { name: 'Retour aux relances' }).click();
  await expect(page.getByRole('row', { name: /F-2026-048/ })).toHaveCount(0);
  await expect(total(page, 'Pénalités dues')).toContainText('10,49 €');
  await expect(total(page, 'Indemnités forfaitaires')).toContainText('40,00 €');

  // Reversible: back in view and in the totals.
  await nav(page, 'Factures');
  await page.getByRole('button', { name: 'F-2026-048', exact: true }).click();
  await page.getByRole('button', { name: 'Annuler la renonciation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pénalités et indemnité restant dues' })).toBeVisible();
  await nav(page, 'Relances');
  await expect(toActOn(page).getByRole('row', { name: /F-2026-048/ })).toBeVisible();
  await expect(total(page, 'Pénalités dues')).toContainText('34,45 €');

  // Or claimed, as a step of its own (confirmed like any reminder): then it waits in « Factures en retard », still counted.
  await toActOn(page).getByRole('button', { name: 'Marquer comme envoyée la relance « Réclamation des pénalités et de l’indemnité » de F-2026-048' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Enregistrer cette relance ?' });
  await expect(dialog).toContainText('63,96');
  await dialog.getByRole('button', { name: 'Enregistrer la relance' }).click();
  await expect(overdue(page).getByRole('row', { name: /F-2026-048/ })).toContainText('réclamées le 10/02/2026');
  await expect(total(page, 'Pénalités dues')).toContainText('34,45 €');
});

test('5. the mise en demeure counts from its receipt, and a typed mise en demeure ends the earlier steps', async ({ relance }) => {
  const { page } = relance;
  await overdue(page).getByRole('button', { name: 'F-2026-049', exact: true }).click();
  await expect(page.getByText(/Prochaine étape\s: Mise en demeure le 14\/02\/2026/)).toBeVisible();

  // The mise en demeure was posted on 02/02/2026 by registered letter.
  await page.getByText('Enregistrer une relance envoyée à une autre date ou par un autre moyen').click();
  const form = page.getByRole('form', { name: 'Enregistrer une relance envoyée' });
  await form.getByRole('combobox', { name: 'Étape envoyée' }).selectOption({ label: 'Mise en demeure' });
  await form.getByLabel('Date d’envoi').fill('02/02/2026');
  await expect(form.getByRole('combobox', { name: 'Moyen d’envoi' })).toHaveValue('registered-letter');
  await form.getByRole('button', { name: 'Enregistrer la relance…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Enregistrer cette relance ?' });
  await expect(dialog).toContainText('Mise en demeure');
  await expect(dialog).toContainText('02/02/2026');
  await expect(dialog).toContainText('Lettre recommandée avec AR');
  await dialog.getByRole('button', { name: 'Enregistrer la relance' }).click();

  // Sent, not yet received: the date of the mise en demeure is NOT the sending day; no interest yet, and the app says why.
  const dates = page.getByRole('form', { name: 'Dates utiles au calcul' });
  await expect(dates.getByRole('group', { name: 'Réception de la mise en demeure' })).toContainText(
    frenchText('Mise en demeure envoyée le 02/02/2026 en recommandé avec avis de réception : date de réception à saisir'),
  );
  await expect(dates).toContainText('Les intérêts au taux légal courront à partir du lendemain de la réception.');
  await expect(dates.getByLabel('Date de la mise en demeure')).toHaveCount(0);
  const decompte = page.getByRole('table', { name: 'Décompte des intérêts' });
  await expect(decompte.getByRole('row', { name: /Du/ })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Avertissements' })).toContainText('les intérêts au taux légal courront à partir du lendemain de sa réception');
  const history = page.getByRole('table', { name: 'Historique des relances' });
  await expect(history.getByRole('row', { name: /Mise en demeure/ })).toContainText('Réception à saisir');
  await shots(page, 'first-week-05a-notice-sent');

  // The AR: first presented 04/02, delivered 05/02. Interest runs from 06/02: 5 days at 2,62 %: 65 000 × 262 × 5 / 3 650 000 = 23,33 → 0,23 €.
  // Recorded as postal events from the history (« Suivi du recommandé »), never typed over the record.
  const track = async (kind: string, date: string) => {
    await history.getByRole('button', { name: 'Suivi du recommandé de la relance « Mise en demeure » du 02/02/2026' }).click();
    const tracking = page.getByRole('dialog', { name: 'Suivi du recommandé' });
    await tracking.getByRole('radio', { name: kind }).check();
    await tracking.getByRole('textbox').first().fill(date);
    await tracking.getByRole('button', { name: 'Enregistrer le suivi' }).click();
    await expect(tracking).toHaveCount(0);
  };
  await track('Présentée : avis de passage laissé', '04/02/2026');
  await track('Distribuée : avis de réception signé', '05/02/2026');
  await expect(dates).toContainText('reçue par le client le 05/02/2026. Les intérêts au taux légal courent à partir du 06/02/2026.');
  await expect(decompte.getByRole('row', { name: /Du/ })).toHaveCount(1);
  await expect(decompte.getByRole('row', { name: /Du/ })).toContainText('Du 06/02/2026 au 10/02/2026');
  await expect(decompte.getByRole('row', { name: /Du/ })).toContainText('2,62\u00a0%');
  await expect(decompte.getByRole('row', { name: /^Total/ })).toContainText('0,23\u00a0€');
  await expect(decompte.getByRole('row', { name: /^Intérêts au taux légal/ })).toContainText('0,23\u00a0€');
  await expect(decompte.getByRole('row', { name: /Indemnité/ })).toHaveCount(0);
  await expect(history.getByRole('row', { name: /Mise en demeure/ })).toContainText('Reçue le 05/02/2026');
  // The next step's deadline runs from the receipt: 05/02 + 8 days to pay + 15 days = 28/02/2026.
  await expect(page.getByText(/Prochaine étape\s: Contentieux le 28\/02\/2026/)).toBeVisible();
  const onDisk = JSON.parse(await readFile(relance.dataFile, 'utf8'));
  const stored = onDisk.invoices.find((i: Invoice) => i.id === 'i-049');
  expect(stored.formalNoticeDate).toBe('2026-02-05');
  expect(stored.reminders.at(-1)).toMatchObject({ levelId: 'formal-notice', sentOn: '2026-02-02', firstPresentedOn: '2026-02-04', receivedOn: '2026-02-05' });
  await shots(page, 'first-week-05b-notice-received');

  // Business client, nothing sent: a mise en demeure made outside the app, typed, means no more « Rappel amiable ».
  await page.getByRole('button', { name: 'Retour aux relances' }).click();
  const row = toActOn(page).getByRole('row', { name: /F-2026-047/ });
  await expect(row).toContainText('Rappel amiable le 27/01/2026');
  await row.getByRole('button', { name: 'F-2026-047', exact: true }).click();
  await page.getByLabel('Date de la mise en demeure').fill('06/02/2026');
  await page.getByRole('button', { name: 'Enregistrer les dates' }).click();
  // 06/02 + 8 days to pay + 15 days = 01/03/2026.
  await expect(page.getByText(/Prochaine étape\s: Contentieux le 01\/03\/2026/)).toBeVisible();
  await expect(page.getByText(frenchText('Mise en demeure du 06/02/2026 : les étapes qui la précèdent sont terminées.'))).toBeVisible();
  await expect(page.getByText(/Rappel amiable le/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Retour aux relances' }).click();
  await expect(overdue(page).getByRole('row', { name: /F-2026-047/ })).toContainText('Contentieux le 01/03/2026');
});

test('7. a reminder is recorded only after a confirmation that says what; a stray Enter records nothing; withdrawing keeps the proof', async ({ relance }) => {
  const { page } = relance;
  await toActOn(page).getByRole('button', { name: 'F-2026-047', exact: true }).click();
  const history = page.getByRole('table', { name: 'Historique des relances' });
  await expect(page.getByText('Aucune relance envoyée.')).toBeVisible();

  // The button opens the confirmation, focused on « Annuler »: a stray Enter closes it, nothing is recorded.
  await page.getByRole('button', { name: 'Marquer comme envoyée la relance « Rappel amiable » de F-2026-047' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Enregistrer cette relance ?' });
  await expect(dialog).toContainText('F-2026-047');
  await expect(dialog).toContainText('Atelier Dupré SARL');
  await expect(dialog).toContainText('Rappel amiable');
  await expect(dialog).toContainText('aujourd’hui, 10/02/2026');
  await expect(dialog).toContainText('E-mail');
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await shots(page, 'first-week-07a-confirm');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Aucune relance envoyée.')).toBeVisible();

  // Enter in the other form's note field: the confirmation opens, Escape, still nothing.
  await page.getByText('Enregistrer une relance envoyée à une autre date ou par un autre moyen').click();
  const form = page.getByRole('form', { name: 'Enregistrer une relance envoyée' });
  await form.getByLabel('Note de la relance').fill('envoyée à la compta');
  await form.getByLabel('Note de la relance').press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('envoyée à la compta');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Aucune relance envoyée.')).toBeVisible();
  let onDisk = JSON.parse(await readFile(relance.dataFile, 'utf8'));
  expect(onDisk.invoices.find((i: Invoice) => i.id === 'i-047').reminders).toEqual([]);

  // Confirmed: recorded.
  await page.getByRole('button', { name: 'Marquer comme envoyée la relance « Rappel amiable » de F-2026-047' }).click();
  await dialog.getByRole('button', { name: 'Enregistrer la relance' }).click();
  await expect(history.getByRole('row', { name: /Rappel amiable/ })).toContainText('10/02/2026');
  await expect(page.getByText(/Prochaine étape\s: Relance ferme le 20\/02\/2026/)).toBeVisible();

  // Withdrawn (confirmed): a cancelling entry; the reminder stays, struck through, and the step is proposed again.
  await page.getByRole('button', { name: 'Retirer la relance « Rappel amiable » du 10/02/2026' }).click();
  const withdraw = page.getByRole('alertdialog', { name: 'Retirer cette relance ?' });
  await expect(withdraw).toContainText('Elle reste dans l’historique, barrée');
  // The reason is required: without it nothing is withdrawn.
  await withdraw.getByRole('button', { name: 'Retirer la relance' }).click();
  await expect(withdraw.getByText(frenchText('Indiquez pourquoi vous retirez cette saisie : le motif reste dans l’historique.'))).toBeVisible();
  await withdraw.getByRole('textbox', { name: 'Motif du retrait' }).fill('Enregistrée par erreur');
  await withdraw.getByRole('button', { name: 'Retirer la relance' }).click();
  await expect(history.getByRole('row', { name: /Rappel amiable/ })).toContainText('Retirée le 10/02/2026');
  await expect(page.getByRole('button', { name: 'Retirer la relance « Rappel amiable » du 10/02/2026' })).toHaveCount(0);
  await expect(page.getByText(/Prochaine étape\s: Rappel amiable le 27\/01\/2026/)).toBeVisible();
  onDisk = JSON.parse(await readFile(relance.dataFile, 'utf8'));
  const stored = onDisk.invoices.find((i: Invoice) => i.id === 'i-047');
  expect(stored.reminders).toHaveLength(1);
  expect(stored.reminderCancellations).toMatchObject([{ reminderId: stored.reminders[0].id }]);
  await shots(page, 'first-week-07b-withdrawn');
});

test('8. the number suggestion is replaced by typing and follows the user’s series; the due date follows the invoice date and the term', async ({ relance }) => {
  const { page } = relance;
  await nav(page, 'Factures');
  await page.getByRole('main').getByRole('button', { name: 'Nouvelle facture' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle facture' });
  const number = dialog.getByLabel('Numéro de facture');
  // The user's own series (F-2026-049 was the last created in the app), not the imported quote DEV/2026/0205.
  await expect(number).toHaveValue('F-2026-050');
  await expect(number).toBeFocused();
  await expect(dialog).toContainText(frenchText('Numéro suivant de votre série : tapez pour le remplacer.'));
  await shots(page, 'first-week-08a-number-suggestion');
  await number.focus();
  await page.keyboard.type('F-2026-100');
  await expect(number).toHaveValue('F-2026-100');
  // Back to the suggestion, then a click into the field and typing: replaced too.
  await number.fill('F-2026-050');
  await dialog.getByLabel('Montant TTC').click();
  await number.click();
  await page.keyboard.type('F-2026-051');
  await expect(number).toHaveValue('F-2026-051');

  const issue = dialog.getByLabel('Date de facture');
  const due = dialog.getByLabel('Échéance');
  const term = dialog.getByRole('combobox', { name: 'Conditions de paiement' });
  await expect(term).toHaveValue('net-30');
  await expect(due).toHaveValue('12/03/2026'); // 10/02/2026 + 30 days
  await issue.fill('15/01/2026');
  await expect(due).toHaveValue('14/02/2026');
  await term.selectOption({ label: '45 jours fin de mois' });
  await expect(due).toHaveValue('31/03/2026'); // 15/01 + 45 days = 01/03, end of that month
  await term.selectOption({ label: '60 jours' });
  await expect(due).toHaveValue('16/03/2026');
  await term.selectOption({ label: 'À réception' });
  await expect(due).toHaveValue('15/01/2026');
  await term.selectOption({ label: '30 jours' });
  await issue.fill('31/01/2026');
  await expect(due).toHaveValue('02/03/2026');
  await shots(page, 'first-week-08b-due-date-follows');

  // A due date typed by the user stays, whatever the invoice date does next.
  await due.fill('20/03/2026');
  await expect(term).toHaveValue('date');
  await issue.fill('02/02/2026');
  await expect(due).toHaveValue('20/03/2026');
  await dialog.getByRole('combobox', { name: 'Client' }).selectOption({ label: 'Atelier Dupré SARL' });
  await dialog.getByLabel('Montant TTC').fill('1 200');
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog).toBeHidden();
  const onDisk = JSON.parse(await readFile(relance.dataFile, 'utf8'));
  expect(onDisk.invoices.find((i: Invoice) => i.number === 'F-2026-051')).toMatchObject({ issueDate: '2026-02-02', dueDate: '2026-03-20', numberedInApp: true });

  // The next suggestion follows it.
  await page.getByRole('main').getByRole('button', { name: 'Nouvelle facture' }).first().click();
  await expect(dialog.getByLabel('Numéro de facture')).toHaveValue('F-2026-052');
});
