import { test as base, _electron, type ElectronApplication, type Page } from '@playwright/test';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixedClock, movableClock } from '../../electron/core/app/clock';
import { createCore } from '../../electron/core/app/createCore';
import { startLoopbackServer } from '../../electron/loopback/server';
import { NAVIGATION_ENTRIES } from '../../electron/main/menuEntries';
import { IPC_EVENT_CHANNEL } from '../../shared/ipc/channels';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { ELECTRON_SKIP_REASON, electronBinaryPath } from './electronBinary';

export interface RelanceApp {
  page: Page;
  dataDir: string;
  dataFile: string;
  /** Quits and starts the app again on the same data folder (what a user does when closing the window). */
  restart(): Promise<Page>;
  /**
   * Pushes a core event to the page, the way main does (the menu and the notification send 'navigate'):
   * through the loopback server's event stream, or through Electron's IPC.
   */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>;
  /** Clicks a menu entry that opens a screen: the real menu in Electron, its 'navigate' event in the loopback mode. */
  clickMenu(label: string): Promise<void>;
  /** Moves the app's clock forward (loopback mode only: POST /api/clock with the session's token). */
  moveClock(to: string): Promise<void>;
  /** The Electron application (the electron project only; null in the loopback mode). */
  readonly electron: ElectronApplication | null;
}

interface Options {
  /** The instant the app believes it is (its clock is fixed, so days late do not drift). */
  now: string;
  /** A database document written to the data file before the app starts. */
  seed: unknown;
  /** Start the scheduled checks, as the app does (off by default: most journeys want no notification popping up). */
  scheduler: boolean;
}

export const test = base.extend<Options & { relance: RelanceApp; electronGuard: void }>({
  // Runs before any browser is started, so a skipped Electron test costs nothing.
  electronGuard: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use, testInfo) => {
      if (testInfo.project.name === 'electron' && !electronBinaryPath()) testInfo.skip(true, ELECTRON_SKIP_REASON);
      await use();
    },
    { auto: true },
  ],
  now: ['2026-11-23T09:00:00', { option: true }],
  seed: [null, { option: true }],
  scheduler: [false, { option: true }],
  relance: async ({ page, now, seed, scheduler }, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'relance-e2e-'));
    const dataFile = join(dataDir, 'relance.json');
    if (seed) {
      await mkdir(dataDir, { recursive: true });
      await writeFile(dataFile, JSON.stringify(seed, null, 2));
    }
    const electron = testInfo.project.name === 'electron';
    let stop: () => Promise<void>;
    let current: Page;
    let emit: RelanceApp['emit'];
    let electronApp: ElectronApplication | null = null;
    let moveClock: RelanceApp['moveClock'] = async () => {
      throw new Error('The clock moves in the loopback mode only.');
    };
    // One clock for the whole test: a restart keeps the day the journey moved to.
    const clock = movableClock(fixedClock(new Date(now)));

    const startLoopback = async (): Promise<Page> => {
      const core = await createCore({ dataFile, clock, mode: 'loopback', version: 'e2e', warmLetters: true });
      const server = await startLoopbackServer({ core, rendererDir: resolve('out/renderer'), clock });
      if (scheduler) core.scheduler.start();
      moveClock = async (to) => {
        const res = await fetch(new URL('/api/clock', server.url), { method: 'POST', headers: { authorization: `Bearer ${server.token}` }, body: JSON.stringify({ to }) });
        if (!res.ok) throw new Error(`moveClock: ${res.status} ${await res.text()}`);
      };
      stop = async () => {
        await server.close();
        await core.close();
      };
      emit = async (event, payload) => core.events.emit(event, payload);
      await page.goto(server.url);
      return page;
    };
    const startElectron = async (): Promise<Page> => {
      const app = await _electron.launch({
        executablePath: electronBinaryPath()!,
        args: ['.'],
        env: { ...process.env, RELANCE_DATA_DIR: dataDir, RELANCE_FIXED_NOW: now } as Record<string, string>,
      });
      stop = () => app.close();
      electronApp = app;
      emit = async (event, payload) => {
        await app.evaluate(({ BrowserWindow }, [channel, name, data]) => BrowserWindow.getAllWindows()[0]?.webContents.send(channel, name, data), [IPC_EVENT_CHANNEL, event, payload] as const);
      };
      return app.firstWindow();
    };

    current = electron ? await startElectron() : await startLoopback();
    await use({
      get page() {
        return current;
      },
      dataDir,
      dataFile,
      restart: async () => {
        await stop();
        current = electron ? await startElectron() : await startLoopback();
        return current;
      },
      emit: (event, payload) => emit(event, payload),
      moveClock: (to) => moveClock(to),
      get electron() {
        return electronApp;
      },
      clickMenu: async (label) => {
        const entry = NAVIGATION_ENTRIES.find((e) => e.label === label);
        if (!entry) throw new Error(`No menu entry « ${label} » opens a screen.`);
        if (!electronApp) return emit('navigate', { to: entry.to });
        await electronApp.evaluate(({ Menu }, [menu, item]) => {
          const found = Menu.getApplicationMenu()?.items.find((i) => i.label === menu)?.submenu?.items.find((i) => i.label === item);
          if (!found) throw new Error(`menu ${menu} › ${item} not found`);
          found.click();
        }, [entry.menu, entry.label] as const);
      },
    });
    await stop!();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
