import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { expectAccessible } from '../support/accessibility';
import { seedClient } from '../support/seed';
import { emptyDatabase, identitySchema } from '../../shared/ledger/schema';

/**
 * An invoice PDF dropped on the window (issue 9): a Factur-X file fills the invoice form with its fields, each marked
 * as read in the file; a file issued by someone else is flagged first; a credit note is shown as an avoir, not an
 * invoice to chase; a file that is not a PDF gets its French reason. The real files of ../shared/testdata/pdf.
 */

const DATA = resolve('../shared/testdata/pdf');

const shot = async (page: Page, name: string) => {
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    await page.screenshot({ path: resolve('test-results/screens', `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
};

/** Drops a file on the window the way a file manager does: a DataTransfer holding a File built from the bytes. */
async function dropFile(page: Page, file: string, name: string, type = 'application/pdf'): Promise<void> {
  const base64 = (await readFile(resolve(DATA, file))).toString('base64');
  await page.evaluate(
    ({ base64, name, type }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type }));
      const target = document.querySelector('main') ?? document.body;
      for (const kind of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(kind, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { base64, name, type },
  );
}

test.use({
  now: '2026-12-01T09:00:00',
  seed: {
    ...emptyDatabase(),
    identity: identitySchema.parse({ name: 'Au bon moulin' }),
    clients: [seedClient({ id: 'c-boutique', kind: 'business', name: 'Ma jolie boutique', street: '35 rue de la République', postalCode: '69001', city: 'Lyon' })],
  },
});

test('a Factur-X PDF dropped on the window fills the invoice form; a credit note is an avoir; a non-PDF is refused in French', async ({ relance }) => {
  const { page } = relance;
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();

  // The BASIC WL sample, issued by the user (same name), to a known client.
  await dropFile(page, 'facturx/corpus_Facture_FR_BASICWL.pdf', 'Facture_FR_BASICWL.pdf');
  const form = page.getByRole('dialog', { name: 'Nouvelle facture depuis un fichier' });
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Numéro de facture')).toHaveValue('FA-2017-0010');
  await expect(form.getByLabel('Date de facture')).toHaveValue('13/11/2017');
  await expect(form.getByLabel('Échéance')).toHaveValue('13/12/2017');
  await expect(form.getByLabel('Montant TTC')).toHaveValue('671,15');
  await expect(form.getByRole('combobox', { name: 'Client' })).toHaveValue('c-boutique');
  await expect(form.getByText('Lu dans la facture.').first()).toBeVisible();
  await expect(form.getByRole('note')).toContainText('Reste à payer selon la facture\u00a0: 470,15\u00a0€ (201,00\u00a0€ déjà versés)');
  await shot(page, 'einvoice-01-facturx-form');
  await expectAccessible(page, 'the invoice form prefilled from a Factur-X PDF');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Factures', exact: true }).click();
  await expect(page.getByRole('main')).toContainText('FA-2017-0010');

  // An invoice issued by someone else: said, and asked, before the form.
  await dropFile(page, 'facturx/mustang_Facture_F20180027.pdf', 'Facture_F20180027.pdf');
  const seller = page.getByRole('alertdialog', { name: 'Cette facture n’est peut-être pas la vôtre' });
  await expect(seller).toContainText('Cette facture a été émise par «\u00a0LE FOURNISSEUR\u00a0» (SIRET 123 456 789 00014), pas par vous.');
  await shot(page, 'einvoice-02-seller');
  await expectAccessible(page, 'the seller check');
  await seller.getByRole('button', { name: 'Continuer quand même' }).click();
  const other = page.getByRole('dialog', { name: 'Nouvelle facture depuis un fichier' });
  await expect(other.getByLabel('Numéro de facture')).toHaveValue('F20180027');
  await expect(other.getByRole('note')).toContainText('Client de la facture\u00a0: «\u00a0LE CLIENT\u00a0», inconnu de Relance.');
  await other.getByRole('button', { name: 'Créer ce client' }).click();
  const client = page.getByRole('dialog', { name: 'Nouveau client' });
  await expect(client.getByLabel('Nom ou raison sociale', { exact: false }).first()).toHaveValue('LE CLIENT');
  await shot(page, 'einvoice-03-new-client');
  await client.getByRole('button', { name: 'Annuler' }).click();
  await other.getByRole('button', { name: 'Annuler' }).click();
  await expect(other).toBeHidden();

  // The credit note: an avoir, not an invoice to chase.
  await dropFile(page, 'facturx/corpus_Avoir_FR_type381_BASIC.pdf', 'Avoir_FR_type381_BASIC.pdf');
  const avoir = page.getByRole('dialog', { name: 'Avoir AV-2017-0005' });
  await expect(avoir).toContainText('Ce document est un avoir, pas une facture à relancer');
  await expect(avoir).toContainText('233,47\u00a0€');
  await expect(avoir.getByRole('combobox', { name: 'Client de l’avoir' })).toHaveValue('c-boutique');
  await shot(page, 'einvoice-04-credit-note');
  await expectAccessible(page, 'the avoir read from a PDF');
  await avoir.getByRole('button', { name: 'Enregistrer l’avoir' }).click();
  await expect(avoir).toBeHidden();
  await expect(page.getByText('Avoir enregistré')).toBeVisible();

  // Not a PDF at all (5 bytes "oops" named .pdf), and a file of another kind.
  await dropFile(page, 'edge/qpdf_bad1_not-a-pdf.pdf', 'bad1.pdf');
  const refused = page.getByRole('alertdialog', { name: 'Ce fichier ne peut pas être lu' });
  await expect(refused).toContainText('Ce fichier n’est ni un PDF ni une facture électronique XML');
  await shot(page, 'einvoice-05-refused');
  await refused.getByRole('button', { name: 'D’accord' }).click();
  await dropFile(page, 'plain/invoice2data_free_fiber.expected.json', 'notes.json', 'application/json');
  await expect(refused).toContainText('Déposez une facture en PDF, ou son fichier XML (Factur-X, CII, UBL).');
  await refused.getByRole('button', { name: 'D’accord' }).click();
});

test('« Créer une facture depuis un PDF… » opens the file picker and proposes the plain PDF’s fields to check', async ({ relance }) => {
  const { page } = relance;
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Factures', exact: true }).click();
  await page.getByLabel('Créer une facture depuis un PDF…').setInputFiles(resolve(DATA, 'plain/invoice2data_free_fiber.pdf'));
  const form = page.getByRole('dialog', { name: 'Nouvelle facture depuis un fichier' });
  await expect(page.getByRole('alertdialog')).toContainText('Cette facture a été émise par «\u00a0Free\u00a0»');
  await page.getByRole('button', { name: 'Continuer quand même' }).click();
  await expect(form.getByLabel('Numéro de facture')).toHaveValue('562044387');
  await expect(form.getByLabel('Date de facture')).toHaveValue('02/07/2015');
  await expect(form.getByLabel('Échéance')).toHaveValue('05/07/2015');
  await expect(form.getByLabel('Montant TTC')).toHaveValue('29,99');
  await expect(form.getByText('À vérifier\u00a0: déduit du texte de la facture.')).toBeVisible();
  await expect(form.getByRole('note')).toContainText('Non trouvés dans la facture\u00a0: le client.');
});
