import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeWire } from '../../shared/ipc/wire';
import { tempCore } from '../../test/support/tempCore';
import type { Core } from '../core/app/createCore';
import { fixedClock, movableClock, type MovableClock } from '../core/app/clock';
import { CoreEvents } from '../core/app/events';
import { MALFORMED_URL, startLoopbackServer, type LoopbackServer } from './server';

let core: Awaited<ReturnType<typeof tempCore>>;
let server: LoopbackServer;
let rendererDir = '';

async function makeRendererDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'relance-renderer-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Relance</title>');
  await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  send('/api/call', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${'a'.repeat(48)}`, ...headers }, body: encodeWire({ method, input }) });

describe('the loopback server (development and tests only)', () => {
  beforeEach(async () => {
    core = await tempCore();
    rendererDir = await makeRendererDir();
    server = await startLoopbackServer({ core, rendererDir, token: 'a'.repeat(48) });
  });
  afterEach(async () => {
    await server.close();
    await core.dispose();
    await rm(rendererDir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only and serves the renderer with a strict CSP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=a{48}$/);
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe');
    expect((await send('/assets/app.js')).headers['content-type']).toContain('text/javascript');
  });

  it('answers calls with the token, refuses them without it, with a wrong one, or from another origin', async () => {
    const ok = await call('app.status', {});
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, data: { mode: 'loopback' } });
    const none = await send('/api/call', { method: 'POST', body: encodeWire({ method: 'app.status', input: {} }) });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body).error.message).toBe('Accès refusé : jeton de session absent ou invalide.');
    expect((await call('app.status', {}, { authorization: `Bearer ${'b'.repeat(48)}` })).status).toBe(401);
    expect((await call('app.status', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await send('/api/events?token=wrong')).status).toBe(401);
  });

  it('refuses another Host (DNS rebinding) and paths outside the renderer', async () => {
    expect((await send('/', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await send('/../../etc/passwd')).status).toBe(404);
    expect((await send('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('answers a malformed body with a French error and keeps serving', async () => {
    const bad = await send('/api/call', { method: 'POST', headers: { authorization: `Bearer ${'a'.repeat(48)}` }, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toEqual({ code: 'INVALID_INPUT', message: 'Requête illisible.' });
    expect(JSON.parse((await call('nope', {})).body).error.code).toBe('UNKNOWN_METHOD');
    expect(JSON.parse((await call('app.status', {})).body).ok).toBe(true);
  });
});

describe('the loopback server’s clock (journeys that cross days)', () => {
  const token = 'a'.repeat(48);
  let clock: MovableClock;
  beforeEach(async () => {
    clock = movableClock(fixedClock(new Date('2026-11-23T09:00:00')));
    core = await tempCore('2026-11-23T09:00:00', clock);
    rendererDir = await makeRendererDir();
    server = await startLoopbackServer({ core, rendererDir, token, clock });
  });
  afterEach(async () => {
    await server.close();
    await core.dispose();
    await rm(rendererDir, { recursive: true, force: true });
  });
  const move = (to: unknown, authorization = `Bearer ${token}`) => send('/api/clock', { method: 'POST', headers: { authorization }, body: JSON.stringify({ to }) });

  it('moves forward with the token, checks at once and tells every window to redraw for the new day', async () => {
    const seen: string[] = [];
    core.events.subscribe((event) => seen.push(event));
    expect((await move('2026-11-30T09:30:00')).status).toBe(200);
    expect(JSON.parse((await call('app.status', {})).body).data.today).toBe('2026-11-30');
    expect(JSON.parse((await call('scheduler.status', {})).body).data.lastCheck).toMatchObject({ day: '2026-11-30', time: '09:30' });
    expect(seen).toEqual(expect.arrayContaining(['scheduler.checked', 'data.changed']));
  });

  it('refuses without the token, backwards, or with a date it cannot read, in French', async () => {
    expect((await move('2026-12-30T09:00:00', 'Bearer wrong')).status).toBe(401);
    const back = await move('2026-11-22T09:00:00');
    expect([back.status, back.body]).toEqual([400, 'L’horloge ne peut qu’avancer.']);
    const unreadable = await move('demain');
    expect([unreadable.status, unreadable.body]).toEqual([400, 'Date illisible (format attendu\u00a0: 2026-12-01T09:00:00).']);
    expect(JSON.parse((await call('app.status', {})).body).data.today).toBe('2026-11-23');
  });
});

// The static file path never reaches the core: a stub core keeps this test independent of the store.
describe('the loopback server, on an address it cannot decode', () => {
  let dispatched = 0;
  beforeEach(async () => {
    dispatched = 0;
    const stubCore = {
      events: new CoreEvents(),
      dispatch: async () => {
        dispatched++;
        return { ok: true, data: { mode: 'loopback' } };
      },
    } as unknown as Core;
    rendererDir = await makeRendererDir();
    server = await startLoopbackServer({ core: stubCore, rendererDir, token: 'a'.repeat(48) });
  });
  afterEach(async () => {
    await server.close();
    await rm(rendererDir, { recursive: true, force: true });
  });

  it('answers 400 with a French text, not 500, and keeps serving', async () => {
    for (const path of ['/%', '/assets/%', '/%C3', '/%E0%A4%A', '/%ZZ']) {
      const bad = await send(path);
      expect(bad.status, path).toBe(400);
      expect(bad.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(bad.body).toBe(MALFORMED_URL);
      expect(bad.body).toBe('Requête refusée\u00a0: l’adresse demandée est mal formée.');
    }
    expect((await send('/')).status).toBe(200);
    expect((await send('/assets/app.js')).status).toBe(200);
    expect((await send('/assets/%61pp.js')).status).toBe(200); // a well-formed escape is still decoded
    expect(JSON.parse((await call('app.status', {})).body).ok).toBe(true);
    expect(dispatched).toBe(1);
  });
});
