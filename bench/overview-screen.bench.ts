/**
 * The "Relances" home screen over 10 000 invoices / 300 clients, in Debian's Chromium against the loopback server.
 * Prints: navigation → first rows visible, client filter and level filter (until the list updates), median of 3
 * runs each; and buildOverview's time in Node over the same data.
 * Run: node node_modules/electron-vite/bin/electron-vite.js build && node --import tsx bench/overview-screen.bench.ts
 *
 * The core and its loopback server run in a child process (as with `npm run web`, and as the core runs in Electron's
 * main process): what the core computes or encodes after the first rows (the whole ledger, 7 MB) must not hold up
 * this process's clock and Playwright's answers, or the timings would count the core's work as the page's.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { fixedClock } from '../electron/core/app/clock';
import { createCore } from '../electron/core/app/createCore';
import { startLoopbackServer } from '../electron/loopback/server';
import { buildOverview } from '../shared/dunning/overview';
import { largeSeed, SEED_NOW, SEED_TODAY } from '../e2e/support/seed';

const INVOICES = 10_000;
const CLIENTS = 300;
const RUNS = 3;
const TO_ACT_ON = 'À relancer aujourd’hui';
const OVERDUE = 'Factures en retard';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => `${x.toFixed(1)} ms`;

/** Sets a filter in the page and measures until either list's row count changes and a frame has painted. */
async function applyFilter(page: Page, selectId: string, value: string): Promise<number> {
  // A string, not a function: tsx's keepNames would inject a __name helper the page does not have.
  const args = JSON.stringify({ selectId, value, labels: [TO_ACT_ON, OVERDUE] });
  return page.evaluate(`(async ({ selectId, value, labels }) => {
    const select = document.getElementById(selectId);
    const tables = labels.map((l) => document.querySelector('[role="table"][aria-label="' + l + '"]'));
    const counts = () => tables.map((t) => t.getAttribute('aria-rowcount')).join('|');
    const before = counts();
    const t0 = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((done) => {
      const tick = () => (counts() !== before ? done() : requestAnimationFrame(tick));
      tick();
    });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  })(${args})`);
}

/** The child: a core on the data file with the seed's clock, started as the app starts it, served on the loopback; prints its address. */
async function serve(dataFile: string): Promise<void> {
  const core = await createCore({ dataFile, clock: fixedClock(new Date(SEED_NOW)), mode: 'loopback', version: 'bench' });
  const server = await startLoopbackServer({ core, rendererDir: resolve('out/renderer') });
  // As the app and `npm run web` do: the scheduler's check at start computes the day's overview.
  core.scheduler.start();
  console.log(server.url);
  process.on('SIGTERM', () => void server.close().then(() => core.close()).then(() => process.exit(0)));
}

async function main(): Promise<void> {
  const db = largeSeed(INVOICES, CLIENTS);
  const dir = await mkdtemp(join(tmpdir(), 'relance-bench-'));
  const dataFile = join(dir, 'relance.json');
  await writeFile(dataFile, JSON.stringify(db));

  // buildOverview in Node, same data.
  buildOverview(db, SEED_TODAY);
  const nodeTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    buildOverview(db, SEED_TODAY);
    nodeTimes.push(performance.now() - t0);
  }
  const overview = buildOverview(db, SEED_TODAY);

  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--serve', dataFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('http://'));
      if (line) done(line.trim());
    });
    child.once('exit', (code) => fail(new Error(`the loopback server stopped (${code})`)));
  });
  const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const firstRow = page.locator(`[role="table"][aria-label="${TO_ACT_ON}"] [role="row"][aria-rowindex="2"]`);
    const nav: number[] = [];
    const byClient: number[] = [];
    const byLevel: number[] = [];
    let domRows = 0;
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      await page.goto(url);
      await firstRow.waitFor({ state: 'visible' });
      nav.push(performance.now() - t0);
      domRows = await page.locator('[role="row"]').count();

      const clientValue = await page.locator('#overview-client option').nth(1 + run).getAttribute('value');
      byClient.push(await applyFilter(page, 'overview-client', clientValue!));
      await applyFilter(page, 'overview-client', 'all');
      byLevel.push(await applyFilter(page, 'overview-level', 'firm'));
      await applyFilter(page, 'overview-level', 'all');
    }
    console.log(`Relances screen — ${INVOICES.toLocaleString('fr-FR')} invoices, ${CLIENTS} clients, today ${SEED_TODAY}`);
    console.log(`  rows: ${overview.toActOn.length} à relancer aujourd’hui, ${overview.overdue.length} en retard; ${domRows} rows in the DOM (virtualised)`);
    console.log(`  buildOverview in Node (median of 5): ${ms(median(nodeTimes))}  [${nodeTimes.map(ms).join(', ')}]`);
    console.log(`  navigation → first rows visible (median of ${RUNS}): ${ms(median(nav))}  [${nav.map(ms).join(', ')}]`);
    console.log(`  client filter → list updated (median of ${RUNS}): ${ms(median(byClient))}  [${byClient.map(ms).join(', ')}]`);
    console.log(`  level filter → list updated (median of ${RUNS}): ${ms(median(byLevel))}  [${byLevel.map(ms).join(', ')}]`);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await once(child, 'exit');
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--serve') await serve(process.argv[3]!);
else await main();
