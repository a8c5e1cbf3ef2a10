import { databaseSchema, emptyDatabase } from '../../shared/ledger/schema';
import { expect, test } from '../support/fixtures';
import { seedClient, seedInvoice } from '../support/seed';

// The desktop glue of the scheduler (electron/main/scheduler.ts): title or badge, closing into the tray. Its decisions
// are unit-tested in electron/core/scheduler; here the real Electron applies them.
test.use({
  now: '2026-11-24T09:30:00',
  seed: databaseSchema.parse({
    ...emptyDatabase(),
    clients: [seedClient({ id: 'c-dupre', kind: 'business', name: 'Atelier Dupré SARL', street: '12 rue de la République', postalCode: '69002', city: 'Lyon' })],
    invoices: [seedInvoice({ id: 'i-101', number: 'F-2026-101', clientId: 'c-dupre', issueDate: '2026-10-18', dueDate: '2026-11-17', amountTtcCents: 120_000 })],
  }),
});
// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
test.beforeEach(({}, testInfo) => {
  testInfo.skip(testInfo.project.name !== 'electron', 'La fenêtre, son titre et la zone de notification n’existent que dans l’application Electron.');
});

test('the day’s count shows in the title (or the dock’s badge), and closing the window keeps Relance running in the tray', async ({ relance }) => {
  const app = relance.electron!;
  await expect(relance.page.getByRole('heading', { level: 1, name: 'Relances' })).toBeVisible();
  await expect
    .poll(() => app.evaluate(({ app: electronApp, BrowserWindow }) => (process.platform === 'darwin' ? String(electronApp.getBadgeCount()) : BrowserWindow.getAllWindows()[0]!.getTitle())))
    .toBe(process.platform === 'darwin' ? '1' : 'Relance — 1 relance à envoyer');

  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible()))).toEqual([false]);
});
