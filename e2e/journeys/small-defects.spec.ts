import type { Page } from '@playwright/test';
import { databaseSchema, emptyDatabase, identitySchema } from '../../shared/ledger/schema';
import { expect, test } from '../support/fixtures';
import { SEED_NOW, seedClient, seedInvoice } from '../support/seed';

/**
 * « A new user's first week », the last small defects of item 11: elision before a client's name, the wording of a
 * level's timing. Today is 10/02/2026.
 */

function seed() {
  return databaseSchema.parse({
    ...emptyDatabase(),
    identity: identitySchema.parse({ name: 'Sophie Laurent Design', address: { street: '24 rue des Arts', postalCode: '69001', city: 'Lyon' } }),
    clients: [
      seedClient({ id: 'c-lumiere', kind: 'business', name: 'Éditions Lumière', street: '5 rue du Port', postalCode: '13002', city: 'Marseille' }),
      seedClient({ id: 'c-hachette', kind: 'business', name: 'Hachette Bureau', street: '8 rue Monge', postalCode: '75005', city: 'Paris' }),
      seedClient({ id: 'c-martin', kind: 'business', name: 'Boulangerie Martin', street: '3 place du Marché', postalCode: '44000', city: 'Nantes' }),
    ],
    invoices: [seedInvoice({ id: 'i-012', number: 'F-2026-012', clientId: 'c-lumiere', issueDate: '2026-01-05', dueDate: '2026-02-04', amountTtcCents: 180_000 })],
  });
}

test.use({ now: SEED_NOW, seed: seed() });

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name, exact: true }).click();

test('« d’Éditions Lumière », « de Hachette Bureau », « de Boulangerie Martin »', async ({ relance }) => {
  const { page } = relance;
  await nav(page, 'Clients');
  await expect(page.getByRole('button', { name: 'Politique de relance de Hachette Bureau' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Politique de relance de Boulangerie Martin' })).toBeVisible();
  await page.getByRole('button', { name: 'Politique de relance d’Éditions Lumière' }).click();
  const dialog = page.getByRole('dialog', { name: 'Politique de relance d’Éditions Lumière' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Politique spécifique' }).check();
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Politique spécifique d’Éditions Lumière enregistrée')).toBeVisible();
  await expect(page.getByText(/ de Éditions/)).toHaveCount(0);
});

test('a level’s timing reads « 5 jours avant l’échéance », « 1 jour après l’échéance », « Le jour de l’échéance »', async ({ relance }) => {
  const { page } = relance;
  await nav(page, 'Paramètres');
  const level = page.getByRole('group', { name: /^Étape 2/ });
  const delay = level.getByLabel('Délai (jours)');
  await expect(level).toContainText('7 jours après l’échéance');
  await delay.fill('-5');
  await expect(level).toContainText('5 jours avant l’échéance');
  await expect(level).not.toContainText('-5 jour');
  await delay.fill('1');
  await expect(level).toContainText('1 jour après l’échéance');
  await delay.fill('0');
  await expect(level).toContainText('Le jour de l’échéance');
  const preventive = page.getByRole('group', { name: /^Étape 1/ });
  await preventive.getByLabel('Délai (jours)').fill('1');
  await expect(preventive).toContainText('1 jour avant l’échéance');
  const third = page.getByRole('group', { name: /^Étape 3/ });
  await third.getByLabel('Délai (jours)').fill('1');
  await expect(third).toContainText('1 jour après la relance précédente');
});
