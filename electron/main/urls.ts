/**
 * The URL rules of the Electron shell, kept free of any 'electron' import so they can be unit-tested:
 * which URLs are the app itself, when the development server is trusted, and which links may be
 * opened in the user's browser.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'relance';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Hosts of the official sources the app refers to (shared/law: rate tables and legal bases). The
 * renderer shows no link to any of them today; a link added later to another host must be added
 * here, on purpose. Exact host names: no subdomain, no look-alike, https only.
 */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set([
  'www.legifrance.gouv.fr',
  'www.service-public.fr',
  'entreprendre.service-public.gouv.fr',
  'www.banque-france.fr',
  'www.ecb.europa.eu',
]);

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for app://relance/… exactly. Node gives the origin 'null' for a custom scheme (Chromium does
 * not, once the scheme is registered as standard), so the scheme and host are compared instead.
 */
export function isAppSchemeUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/**
 * The development server (ELECTRON_RENDERER_URL, set by electron-vite dev), or null. It is never
 * honoured in a packaged app, and only on this machine over http(s).
 */
export function devServerUrl(value: string | undefined, isPackaged: boolean): URL | null {
  if (isPackaged || !value) return null;
  const parsed = parse(value);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  if (!LOOPBACK_HOSTS.has(parsed.hostname) || parsed.username !== '' || parsed.password !== '') return null;
  return parsed;
}

/** Only our own renderer may navigate or call the core: the dev server's origin in development, app://relance otherwise. */
export function isAppUrl(url: string, devServer: URL | null): boolean {
  if (devServer) return parse(url)?.origin === devServer.origin;
  return isAppSchemeUrl(url);
}

/**
 * The URL to hand to the system browser, or null to refuse: an https link to one of
 * EXTERNAL_LINK_HOSTS, or exactly the user's own payment link (identity.paymentLink).
 */
export function externalLinkToOpen(url: string, paymentLink: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:') return null;
  const plain = parsed.username === '' && parsed.password === '' && parsed.port === '';
  if (plain && EXTERNAL_LINK_HOSTS.has(parsed.hostname)) return parsed.href;
  const own = paymentLink.trim() === '' ? null : parse(paymentLink.trim());
  if (own && own.protocol === 'https:' && own.href === parsed.href) return parsed.href;
  return null;
}

/** At most this long: an SMS of many parts, percent-encoded, stays far below it. */
const MAX_PHONE_LINK = 8000;

/**
 * The sms: or tel: link to hand to the system (its SMS or phone application), or null to refuse: a number of 3 to 15
 * digits (an optional leading +), and for an SMS nothing but a percent-encoded ?body= (the reminder's text, built by
 * shared/channels/composeSms.smsUri). A mailto:, a USSD code (*, #), parameters or anything else are refused.
 */
export function phoneLinkToOpen(url: string): string | null {
  if (url.length > MAX_PHONE_LINK) return null;
  if (/^tel:\+?\d{3,15}$/.test(url)) return url;
  if (/^sms:\+?\d{3,15}(?:\?body=[A-Za-z0-9%\-_.!~*'()]*)?$/.test(url)) return url;
  return null;
}

/**
 * True for a blob: URL made by our own page (the complete copy of Paramètres › Données is saved
 * through one): blob:app://relance/<uuid>, or blob:<dev server origin>/<uuid> in development.
 */
export function isOwnBlobUrl(url: string, isApp: (url: string) => boolean): boolean {
  return url.startsWith('blob:') && isApp(url.slice('blob:'.length));
}

/** The one permission our own page gets: writing text to the clipboard (« Copier »). Everything else is denied. */
export function isPermissionGranted(permission: string, requestingUrl: string, isApp: (url: string) => boolean): boolean {
  return permission === 'clipboard-sanitized-write' && isApp(requestingUrl);
}
