import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { decodeWire, encodeWire } from '../../shared/ipc/wire';
import type { MovableClock } from '../core/app/clock';
import type { Core } from '../core/app/createCore';

/**
 * Development and test only: serves the renderer build and the core over HTTP on 127.0.0.1,
 * guarded by a random token. It lives outside electron/main and is never part of the packaged app.
 */

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

const MAX_BODY_BYTES = 40 * 1024 * 1024;

/** The body of a 400 answer to an address that cannot be decoded. */
export const MALFORMED_URL = 'Requête refusée\u00a0: l’adresse demandée est mal formée.';

export interface LoopbackServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export async function startLoopbackServer(options: {
  core: Core;
  rendererDir: string;
  port?: number;
  token?: string;
  /** The core's clock, if the journeys may move it forward (POST /api/clock, with the token). */
  clock?: MovableClock;
}): Promise<LoopbackServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const rendererDir = resolve(options.rendererDir);
  const sseClients = new Set<ServerResponse>();
  let port = options.port ?? 0;

  const unsubscribe = options.core.events.subscribe((event, payload) => {
    const frame = `data: ${encodeWire({ event, payload })}\n\n`;
    for (const res of sseClients) res.write(frame);
  });

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[relance loopback]', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Erreur interne');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: only answer requests addressed to the loopback host itself.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'text/plain; charset=utf-8', 'Hôte refusé');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${host}`);
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', MALFORMED_URL);
    }

    if (url.pathname === '/api/call') {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Méthode refusée');
      const origin = req.headers.origin;
      if (origin && origin !== `http://${host}`) return send(res, 403, 'text/plain; charset=utf-8', 'Origine refusée');
      if (!tokenMatches(bearer(req.headers.authorization), token)) {
        return sendJson(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Accès refusé : jeton de session absent ou invalide.' } });
      }
      let body: { method?: unknown; input?: unknown };
      try {
        body = decodeWire(await readBody(req)) as typeof body;
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'Requête illisible.' } });
      }
      const result = await options.core.dispatch(body?.method, body?.input);
      return sendJson(res, 200, result);
    }

    if (url.pathname === '/api/clock') {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Méthode refusée');
      if (!tokenMatches(bearer(req.headers.authorization), token)) return send(res, 401, 'text/plain; charset=utf-8', 'Accès refusé');
      if (!options.clock) return send(res, 404, 'text/plain; charset=utf-8', 'Introuvable');
      let to: Date;
      try {
        to = new Date(String((JSON.parse(await readBody(req)) as { to?: unknown }).to));
      } catch {
        to = new Date(Number.NaN);
      }
      if (Number.isNaN(to.getTime())) return send(res, 400, 'text/plain; charset=utf-8', 'Date illisible (format attendu\u00a0: 2026-12-01T09:00:00).');
      if (to.getTime() < options.clock.now().getTime()) return send(res, 400, 'text/plain; charset=utf-8', 'L’horloge ne peut qu’avancer.');
      options.clock.moveTo(to);
      // What a change of day or hour means for the app: a check now, and every screen redrawn for the new day.
      options.core.scheduler.check();
      options.core.events.emit('data.changed', {});
      return sendJson(res, 200, { ok: true, now: to.toISOString() });
    }

    if (url.pathname === '/api/events') {
      if (!tokenMatches(url.searchParams.get('token'), token)) return send(res, 401, 'text/plain; charset=utf-8', 'Accès refusé');
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connecté\n\n');
      sseClients.add(res);
      req.on('close', () => sseClients.delete(res));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Méthode refusée');
    let relative: string;
    try {
      relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    } catch {
      // decodeURIComponent throws URIError on a lone '%' or a broken UTF-8 sequence ("GET /%", "/%C3").
      return send(res, 400, 'text/plain; charset=utf-8', MALFORMED_URL);
    }
    const file = normalize(join(rendererDir, relative));
    if (!file.startsWith(rendererDir + sep)) return send(res, 404, 'text/plain; charset=utf-8', 'Introuvable');
    try {
      const content = await readFile(file);
      send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', content);
    } catch {
      send(res, 404, 'text/plain; charset=utf-8', 'Introuvable');
    }
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: async () => {
      unsubscribe();
      for (const res of sseClients) res.end();
      const closed = new Promise<void>((r) => server.close(() => r()));
      // Browsers keep connections alive; without this, close() waits for them to time out.
      server.closeAllConnections();
      await closed;
    },
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', encodeWire(value));
}

function bearer(header: string | undefined): string | null {
  const m = /^Bearer (.+)$/.exec(header ?? '');
  return m ? m[1]! : null;
}

function tokenMatches(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
