import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type Handler = (request: Request) => Promise<Response>;
const electron = vi.hoisted(() => ({ handlers: new Map<string, Handler>(), schemes: [] as unknown[] }));
vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: Handler) => electron.handlers.set(scheme, handler),
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.schemes.push(...schemes),
  },
  app: { on: () => {} },
  session: {},
  shell: {},
}));

const { registerAppScheme, serveRenderer } = await import('./appProtocol');

describe('the app:// protocol', () => {
  let root: string;
  const get = (url: string, init?: RequestInit): Promise<Response> => electron.handlers.get('app')!(new Request(url, init));

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'relance-protocol-'));
    await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
    await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><script type="module" src="./assets/index.js"></script>');
    await writeFile(join(root, 'renderer', 'assets', 'index.js'), 'console.log(1);');
    await writeFile(join(root, 'secret.json'), '{"iban":"FR76"}');
    registerAppScheme();
    serveRenderer(join(root, 'renderer'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('registers a standard, secure scheme, not CORS-enabled', () => {
    expect(electron.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('serves the renderer files with their type and the strict CSP', async () => {
    const index = await get('app://relance/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self';/);
    expect(index.headers.get('content-security-policy')).not.toMatch(/unsafe-(inline|eval)/);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await get('app://relance/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1);');
  });

  it('answers 404 for anything else', async () => {
    for (const url of ['app://relance/../secret.json', 'app://relance/%2e%2e/secret.json', 'app://relance/assets/..%2F..%2Fsecret.json', 'app://relance/missing.html', 'app://relance/', 'app://relance.evil/index.html']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('iban');
    }
    expect((await get('app://relance/index.html', { method: 'POST', body: 'x' })).status).toBe(404);
  });
});
