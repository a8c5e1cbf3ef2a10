import { resolve } from 'node:path';
import { databaseSchema, emptyDatabase } from '../../shared/ledger/schema';
import { expect, test } from '../support/fixtures';
import { seedClient, seedInvoice } from '../support/seed';

// On 1 February 2027 the built-in tables have no ECB rate for 2027-S1 (no decision was known when they were compiled).
test.use({
  now: '2027-02-01T09:00:00',
  seed: databaseSchema.parse({
    ...emptyDatabase(),
    clients: [seedClient({ id: 'c1', kind: 'business', name: 'Atelier Dupré SARL', street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' })],
    invoices: [seedInvoice({ id: 'i1', number: 'F-2026-120', clientId: 'c1', issueDate: '2026-10-21', dueDate: '2026-11-20', amountTtcCents: 120000 })],
  }),
});

test('a missing published rate is never guessed: the user is asked for it, then the penalties appear', async ({ relance }) => {
  const { page } = relance;
  const banner = page.getByRole('status').filter({ hasText: 'Taux manquant' });
  await expect(banner).toContainText('2027-S1');
  const row = page.getByRole('table', { name: 'À relancer aujourd’hui' }).getByRole('row', { name: /F-2026-120/ });
  await expect(row).toContainText('73 j de retard');
  await expect(row).not.toContainText('29,76');
  await page.screenshot({ path: resolve('test-results/screens', 'missing-rates-01.png') });

  await banner.getByRole('button', { name: 'Saisir les taux dans Paramètres' }).click();
  await page.getByLabel('Semestre', { exact: true }).fill('2027-S1');
  await page.getByLabel('Taux BCE (%)').fill('2,40');
  await page.getByRole('button', { name: 'Ajouter ces taux' }).click();

  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Relances', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Taux manquant' })).toHaveCount(0);
  // 21/11/2026 → 31/12/2026: 41 days at 12,40 % = 16,71 €; 01/01/2027 → 01/02/2027: 32 days at 2,40 % + 10 = 13,05 €.
  await expect(page.getByRole('table', { name: 'À relancer aujourd’hui' }).getByRole('row', { name: /F-2026-120/ })).toContainText('29,76\u00a0€');
});
