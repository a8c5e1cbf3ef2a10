import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { rendererFileFor } from './rendererFiles';
import { CONTENT_SECURITY_POLICY } from './security';
import { APP_SCHEME } from './urls';

/**
 * The renderer is served from app://relance/ rather than file://, where 'self' would cover every
 * local file. Must run before the app is ready. Not corsEnabled: only same-origin requests are made.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Answers app://relance/… with the files of `rendererDir` only, under the strict CSP; anything else is a 404. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = request.method === 'GET' ? rendererFileFor(request.url, rendererDir) : null;
    if (!file) return notFound();
    try {
      return new Response(new Uint8Array(await readFile(file.path)), { status: 200, headers: headers(file.mimeType) });
    } catch {
      return notFound();
    }
  });
}

function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

function notFound(): Response {
  return new Response('Introuvable', { status: 404, headers: headers('text/plain; charset=utf-8') });
}
