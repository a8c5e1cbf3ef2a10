import { app, session, shell, type WebContents } from 'electron';
import { basename, join } from 'node:path';
import { externalLinkToOpen, isOwnBlobUrl, isPermissionGranted, phoneLinkToOpen } from './urls';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'";

export interface SecurityRules {
  /** True for our own renderer (see urls.ts › isAppUrl). */
  isAppUrl(url: string): boolean;
  /** The user's own payment link (identity.paymentLink), read when a link is clicked. */
  paymentLink(): string;
}

/**
 * Applies the rules every window obeys: no navigation away from the app, no new windows, no
 * permissions, no spellchecker (it downloads dictionaries), a strict CSP on every response.
 */
export function hardenSessions(rules: SecurityRules): void {
  const ses = session.defaultSession;
  ses.setSpellCheckerEnabled(false);
  // Every permission is denied, except writing text to the clipboard for our own page (« Copier » in Paramètres › Données).
  ses.setPermissionRequestHandler((_wc, permission, callback, details) => callback(isPermissionGranted(permission, details.requestingUrl, rules.isAppUrl)));
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin, rules.isAppUrl));
  // Only a file our own page built (a blob: URL: the complete copy) may be downloaded, and always through a save dialog.
  ses.on('will-download', (event, item) => {
    if (!isOwnBlobUrl(item.getURL(), rules.isAppUrl)) {
      event.preventDefault();
      return;
    }
    const name = basename(item.getFilename()) || 'relance-copie.zip';
    item.setSaveDialogOptions({ title: 'Enregistrer la copie complète', buttonLabel: 'Enregistrer', defaultPath: join(app.getPath('downloads'), name) });
  });
  // The app:// handler sets this header itself; this also covers the development server.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (rules.isAppUrl(url)) return;
      event.preventDefault();
      // « Ouvrir dans l’application SMS » and « Appeler le … »: the system's SMS or phone application.
      const phoneLink = phoneLinkToOpen(url);
      // electronegativity: the URL passed the exact pattern of urls.ts › phoneLinkToOpen (sms: or tel:, digits, an encoded body).
      if (phoneLink) void shell.openExternal(phoneLink);
    });
    contents.on('will-redirect', (event, url) => {
      if (!rules.isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // A link to an official source or to the user's own payment link opens in the user's browser; anything else is dropped.
      const external = externalLinkToOpen(url, rules.paymentLink());
      // electronegativity: the URL passed the exact allow-list of urls.ts › externalLinkToOpen (https, listed host or the user's own payment link).
      if (external) void shell.openExternal(external);
      return { action: 'deny' };
    });
  });
}
