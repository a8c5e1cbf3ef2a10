import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clockFromEnv, movableClock } from '../core/app/clock';
import { createCore } from '../core/app/createCore';
import { resolveDataFile } from '../core/store/dataLocation';
import { startLoopbackServer } from './server';

/**
 * `npm run web`: the app in a browser, for development and tests. Data goes to RELANCE_DATA_DIR,
 * or to .tmp/web-data in the project (never the real data folder of the desktop app).
 */
const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const dataFile = resolveDataFile(process.env, join(root, '.tmp', 'web-data'));
// Movable: a demo can cross days (POST /api/clock with the token; see server.ts).
const clock = movableClock(clockFromEnv(process.env));
const core = await createCore({ dataFile, clock, mode: 'loopback', version: pkg.version, warmLetters: true });
const server = await startLoopbackServer({
  core,
  rendererDir: join(root, 'out', 'renderer'),
  port: process.env.RELANCE_PORT ? Number(process.env.RELANCE_PORT) : 0,
  token: process.env.RELANCE_LOOPBACK_TOKEN,
  clock,
});

core.events.on('reminders.due', ({ message }) => console.log(`Relances\u00a0: ${message}`));
core.scheduler.start();

console.log(`Relance (mode navigateur, développement) : ${server.url}`);
console.log(`Données : ${dataFile}`);

const stop = async (): Promise<void> => {
  await server.close();
  await core.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
