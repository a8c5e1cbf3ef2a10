import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { startLocalSmtp, type LocalSmtp } from '../../test/support/smtpServer';
import { expectAccessible } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { expectTidyLayout, LAYOUT_HEIGHT, layoutShots } from '../support/layout';
import { dunningSeed, SEED_NOW } from '../support/seed';
import { expectFrenchTypography } from '../support/typography';

/**
 * Sending a reminder by SMTP (issue 11), in the loopback mode, against a real SMTP server started in the test process
 * (smtp-server on 127.0.0.1): Paramètres › Envoi des e-mails configured (a wrong password first: the test e-mail is
 * refused in French), « Envoyer un e-mail de test » received, then « Envoyer maintenant » on the e-mail screen: the
 * server receives the reminder with its letter, the history says « E-mail envoyé à compta@… », and the archived
 * .eml is what the server received.
 */

function emailSeed() {
  const db = dunningSeed();
  return { ...db, identity: { ...db.identity, siret: '73282932000074', iban: 'FR7630006000011234567890189', bic: 'BNPAFRPPXXX' } };
}
test.use({ now: SEED_NOW, seed: emailSeed() });

const PASSWORD = 'mot de passe très secret';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const addressOf = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a[0] : a)?.value[0];

let smtp: LocalSmtp;
let started: LocalSmtp | null = null;
test.beforeEach(async () => {
  smtp = started = await startLocalSmtp({ user: 'sophie', password: PASSWORD });
});
test.afterEach(async () => {
  // Where a project skips the test (the Electron one without its binary), its beforeEach never ran.
  await started?.close();
  started = null;
});

test('SMTP configured in Paramètres, a test e-mail, then a reminder sent from the e-mail screen and « E-mail envoyé à … » in the history', async ({ relance }) => {
  test.setTimeout(150_000);
  const { page } = relance;
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Paramètres', exact: true }).click();
  const panel = page.getByRole('form', { name: 'Envoi des e-mails' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText(/Mode de développement \(navigateur\)\u00a0: le mot de passe est gardé en mémoire pour cette session seulement/)).toBeVisible();

  // Without encryption, a server elsewhere is refused as typed.
  await panel.getByRole('textbox', { name: 'Serveur d’envoi (SMTP)' }).fill('smtp.orange.fr');
  await panel.getByRole('combobox', { name: 'Sécurité de la connexion' }).selectOption('none');
  await panel.getByRole('button', { name: 'Enregistrer l’envoi des e-mails' }).click();
  await expect(panel.getByText('Sans chiffrement, seul un serveur sur cet ordinateur (127.0.0.1 ou localhost) est accepté\u00a0: choisissez SSL/TLS ou STARTTLS.')).toBeVisible();

  await panel.getByRole('textbox', { name: 'Serveur d’envoi (SMTP)' }).fill('127.0.0.1');
  await panel.getByRole('textbox', { name: 'Port' }).fill(String(smtp.port));
  await panel.getByRole('textbox', { name: 'Identifiant' }).fill('sophie');
  await panel.getByLabel('Mot de passe', { exact: true }).fill('pas le bon');
  await panel.getByRole('button', { name: 'Envoyer un e-mail de test' }).click();
  const refusal = panel.getByRole('alert');
  await expect(refusal).toContainText('Le serveur 127.0.0.1 a refusé l’identification (identifiant ou mot de passe, code 535)');
  await expect(refusal).toContainText('Rien n’a été envoyé ni enregistré.');
  expect(smtp.received).toEqual([]);

  await panel.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await panel.getByRole('button', { name: 'Envoyer un e-mail de test' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'E-mail de test envoyé' })).toHaveText(
    'E-mail de test envoyé à sophie@laurent-design.fr par 127.0.0.1\u00a0: vérifiez qu’il est arrivé dans votre boîte de réception.',
  );
  await expect(panel.getByText(/^L’envoi direct est prêt, depuis sophie@laurent-design\.fr/)).toBeVisible();
  expect(smtp.received.map((m) => [m.user, m.from, m.to])).toEqual([['sophie', 'sophie@laurent-design.fr', ['sophie@laurent-design.fr']]]);
  expect((await simpleParser(smtp.received[0]!.raw)).subject).toBe('Relance\u00a0: e-mail de test');
  // Never written: the password is not in the data file.
  expect((await readFile(relance.dataFile)).includes(Buffer.from(PASSWORD))).toBe(false);

  await expectAccessible(page, 'SMTP settings');
  await expectFrenchTypography(page, 'SMTP settings');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await panel.scrollIntoViewIfNeeded();
    await expectTidyLayout(page, `SMTP settings at ${width}`);
    await panel.screenshot({ path: resolve('test-results/screens', `smtp-00-settings-${width}.png`) });
  }

  // The e-mail screen offers « Envoyer maintenant » beside « Ouvrir dans ma messagerie ».
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Relances', exact: true }).click();
  await page.getByRole('table', { name: 'À relancer aujourd’hui' }).getByRole('button', { name: 'F-2025-041', exact: true }).click();
  await page.getByRole('button', { name: 'Préparer la lettre' }).click();
  await page.getByRole('radio', { name: 'E-mail' }).check();
  const pane = page.getByRole('region', { name: 'Aperçu de l’e-mail' });
  await expect(pane.getByText(/^Relance\u00a0: facture n°\u00a0F-2025-041 du 21\u00a0octobre 2025$/)).toBeVisible({ timeout: 30_000 });
  const actions = pane.getByRole('group', { name: 'Actions de l’e-mail' });
  await expect(actions.getByRole('button')).toHaveText(['Envoyer maintenant', 'Ouvrir dans ma messagerie', 'Copier le texte', 'Marquer comme envoyé']);
  await expect(pane.getByText('«\u00a0Envoyer maintenant\u00a0» l’envoie de sophie@laurent-design.fr par 127.0.0.1 et l’enregistre comme envoyé.')).toBeVisible();
  const attachment = (await pane.getByRole('list', { name: 'Pièces jointes' }).getByRole('listitem').allTextContents()).join('');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await expectTidyLayout(page, `e-mail pane with SMTP at ${width}`);
    await layoutShots(page, `smtp-01-email-pane-${width}`);
    await actions.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve('test-results/screens', `smtp-01-email-actions-${width}.png`) });
  }

  await actions.getByRole('button', { name: 'Envoyer maintenant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Envoyer l’e-mail maintenant\u202f?' });
  await expect(dialog).toContainText('part à Atelier Dupré SARL <compta@atelier-dupre.fr> par 127.0.0.1, avec une pièce jointe');
  await expectAccessible(page, 'send confirmation');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await layoutShots(page, `smtp-02-confirm-${width}`);
  }
  await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Facture F-2025-041' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Historique de la facture, du plus ancien au plus récent' });
  await expect(history).toContainText('E-mail envoyé à compta@atelier-dupre.fr');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
    await layoutShots(page, `smtp-03-history-${width}`);
    await history.scrollIntoViewIfNeeded();
    await history.screenshot({ path: resolve('test-results/screens', `smtp-03-history-table-${width}.png`) });
  }

  // What the server received: the reminder with its letter; archived byte for byte.
  expect(smtp.received).toHaveLength(2);
  const got = smtp.received[1]!;
  expect([got.user, got.from, got.to]).toEqual(['sophie', 'sophie@laurent-design.fr', ['compta@atelier-dupre.fr']]);
  const mail = await simpleParser(got.raw);
  expect(addressOf(mail.to)?.address).toBe('compta@atelier-dupre.fr');
  expect(mail.subject).toBe('Relance\u00a0: facture n°\u00a0F-2025-041 du 21\u00a0octobre 2025');
  expect(mail.headers.has('x-unsent')).toBe(false);
  expect(mail.text).toMatch(/1[\u00a0\u202f]200,00\u00a0€/);
  expect(mail.attachments).toHaveLength(1);
  expect(attachment).toContain(mail.attachments[0]!.filename!);
  const hash = sha(got.raw);
  const archived = await readFile(join(relance.dataDir, 'blobs', hash.slice(0, 2), `${hash}.eml`));
  expect(archived.equals(got.raw)).toBe(true);

  // « Voir l’e-mail » shows the message as sent.
  await history.getByRole('button', { name: /^Voir l’e-mail/ }).click();
  const viewer = page.getByRole('dialog', { name: /^E-mail\s: Rappel amiable du 10\/02\/2026$/ });
  await expect(viewer.getByText(/^Empreinte SHA-256 vérifiée/)).toBeVisible();
  await expect(viewer).toContainText(hash.slice(0, 16));
  await viewer.getByRole('button', { name: 'Fermer', exact: true }).last().click();

  // After a restart the password kept for the session is gone: no « Envoyer maintenant », and the pane says why.
  const again = await relance.restart();
  await again.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Factures', exact: true }).click();
  await again.getByRole('button', { name: 'F-2025-041', exact: true }).click();
  await again.getByRole('button', { name: 'Préparer la lettre' }).click();
  await again.getByRole('radio', { name: 'E-mail' }).check();
  const later = again.getByRole('region', { name: 'Aperçu de l’e-mail' });
  await expect(later.getByText('Envoi direct indisponible\u00a0: Saisissez le mot de passe du compte (il n’est gardé que pour la session).')).toBeVisible();
  await expect(later.getByRole('group', { name: 'Actions de l’e-mail' }).getByRole('button', { name: 'Envoyer maintenant' })).toHaveCount(0);
});
