import { afterEach, beforeEach } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock, type Clock } from '../../electron/core/app/clock';
import { createCore, type Core } from '../../electron/core/app/createCore';

/** A real core (real store on disk) in a temporary folder, with the clock fixed. */
export async function tempCore(
  now = '2026-11-23T09:00:00',
  clock: Clock = fixedClock(new Date(now)),
): Promise<Core & { dir: string; dataFile: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'relance-core-'));
  const dataFile = join(dir, 'relance.json');
  const core = await createCore({ dataFile, clock, mode: 'loopback', version: 'test' });
  return {
    ...core,
    dir,
    dataFile,
    dispose: async () => {
      await core.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const address = { complement: '', street: '12 rue de la Paix', locality: '', postalCode: '75002', city: 'Paris', country: '' };

type Dispatching = Pick<Core, 'dispatch'>;

/** Calls the core as the renderer does; fails the test if the call is refused. */
export async function callOk<T>(core: Dispatching, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.data as T;
}

/** Calls the core and returns the error it answers; fails the test if the call goes through. */
export async function callRefused(core: Dispatching, method: string, input: unknown) {
  const r = await core.dispatch(method, input);
  if (r.ok) throw new Error(`${method} should have been refused`);
  return r.error;
}

type TempCore = Awaited<ReturnType<typeof tempCore>>;

/**
 * A fresh real core for each test of the file (made before it, disposed after it), as one object the tests keep:
 * it forwards to the current test's core, so `core.dir`, `core.store` and `callOk(core, …)` read as usual.
 */
export function coreForEachTest(now: string): TempCore & { call<T>(method: string, input: unknown): Promise<T> } {
  let current: TempCore | null = null;
  beforeEach(async () => {
    current = await tempCore(now);
  });
  afterEach(async () => {
    await current?.dispose();
    current = null;
  });
  const call = <T>(method: string, input: unknown): Promise<T> => callOk<T>(live(), method, input);
  const live = (): TempCore => {
    if (!current) throw new Error('coreForEachTest: no core outside a test');
    return current;
  };
  return new Proxy({} as TempCore & { call: typeof call }, {
    get: (_target, key) => (key === 'call' ? call : Reflect.get(live(), key)),
  });
}
