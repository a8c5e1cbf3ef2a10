import { extname, resolve, sep } from 'node:path';
import { isAppSchemeUrl } from './urls';

/**
 * Which file of the renderer build answers an app://relance/… request. Pure (no 'electron'
 * import) so that the path checks are unit-tested.
 */

/** The only file types the renderer build contains, or may contain (fonts, icons). */
export const RENDERER_MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface RendererFile {
  path: string;
  mimeType: string;
}

/**
 * The file inside `rendererDir` for an app://relance URL, or null (the caller answers 404): another
 * scheme or host, a '..' segment, an encoded separator or NUL, a path leaving the folder, or a file
 * type outside RENDERER_MIME_TYPES. The query and fragment are ignored.
 */
export function rendererFileFor(requestUrl: string, rendererDir: string): RendererFile | null {
  if (!isAppSchemeUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\\') || pathname.includes('\0')) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.length === 0 || segments.some((segment) => segment === '.' || segment === '..')) return null;
  const root = resolve(rendererDir);
  const path = resolve(root, ...segments);
  if (!path.startsWith(root + sep)) return null;
  const mimeType = RENDERER_MIME_TYPES[extname(path).toLowerCase()];
  return mimeType ? { path, mimeType } : null;
}
