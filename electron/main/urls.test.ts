import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, devServerUrl, externalLinkToOpen, isAppSchemeUrl, isAppUrl, isOwnBlobUrl, isPermissionGranted, phoneLinkToOpen } from './urls';

describe('isAppUrl (packaged and unpackaged, no dev server)', () => {
  it('accepts app://relance pages only', () => {
    expect(isAppUrl(APP_INDEX_URL, null)).toBe(true);
    expect(isAppUrl('app://relance/index.html?x=1#top', null)).toBe(true);
    expect(isAppUrl('app://relance/assets/index.js', null)).toBe(true);
  });

  it('refuses look-alikes and other schemes', () => {
    for (const url of [
      'app://relance.evil/index.html',
      'app://relance:8080/index.html',
      'app://user@relance/index.html',
      'app://evil/relance/index.html',
      'apps://relance/index.html',
      'file:///work/out/renderer/index.html',
      'http://relance/index.html',
      'https://relance/index.html',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url, null), url).toBe(false);
      expect(isAppSchemeUrl(url), url).toBe(false);
    }
  });
});

describe('devServerUrl', () => {
  it('is ignored in a packaged app', () => {
    expect(devServerUrl('http://localhost:5173', true)).toBeNull();
  });

  it('is ignored when absent, unparsable, remote or not http(s)', () => {
    expect(devServerUrl(undefined, false)).toBeNull();
    expect(devServerUrl('', false)).toBeNull();
    expect(devServerUrl('localhost:5173', false)).toBeNull();
    expect(devServerUrl('http://evil.example:5173', false)).toBeNull();
    expect(devServerUrl('file:///tmp/index.html', false)).toBeNull();
    expect(devServerUrl('http://user:pw@localhost:5173', false)).toBeNull();
  });

  it('is the dev server on this machine when unpackaged', () => {
    expect(devServerUrl('http://localhost:5173', false)?.origin).toBe('http://localhost:5173');
    expect(devServerUrl('http://127.0.0.1:5173/', false)?.origin).toBe('http://127.0.0.1:5173');
  });

  it('is matched by exact origin, not by prefix', () => {
    const dev = devServerUrl('http://localhost:5173', false);
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx?t=1', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173.evil/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:51730/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173@evil.example/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl(APP_INDEX_URL, dev)).toBe(false);
  });
});

describe('externalLinkToOpen', () => {
  it('opens the official sources over https', () => {
    expect(externalLinkToOpen('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045793549', '')).toBe(
      'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045793549',
    );
    expect(externalLinkToOpen('https://entreprendre.service-public.gouv.fr/actualites/A15398', '')).not.toBeNull();
    expect(externalLinkToOpen('https://WWW.Banque-France.fr/en/policy-rates', '')).toBe('https://www.banque-france.fr/en/policy-rates');
  });

  it('refuses look-alike hosts, subdomains, ports and credentials', () => {
    for (const url of [
      'https://legifrance.gouv.fr.evil.com/x',
      'https://www.legifrance.gouv.fr.evil.com/x',
      'https://evil.www.legifrance.gouv.fr/x',
      'https://www.legifrance.gouv.fr.:443/x',
      'https://www.legifrance.gouv.fr:8443/x',
      'https://user@www.legifrance.gouv.fr/x',
      'https://evil.com/?https://www.legifrance.gouv.fr',
    ]) {
      expect(externalLinkToOpen(url, ''), url).toBeNull();
    }
  });

  it('refuses every other scheme', () => {
    for (const url of ['http://www.legifrance.gouv.fr/x', 'javascript:alert(1)', 'file:///etc/passwd', 'app://relance/index.html', 'mailto:a@b.fr', 'smb://host/share', '']) {
      expect(externalLinkToOpen(url, ''), url).toBeNull();
    }
  });

  it("opens exactly the user's own payment link, and nothing else on its host", () => {
    const own = 'https://pay.example.com/u/relance-42';
    expect(externalLinkToOpen(own, own)).toBe(own);
    expect(externalLinkToOpen(own, `  ${own}  `)).toBe(own);
    expect(externalLinkToOpen('https://pay.example.com/u/other', own)).toBeNull();
    expect(externalLinkToOpen('https://pay.example.com/', own)).toBeNull();
    expect(externalLinkToOpen('http://pay.example.com/u/relance-42', 'http://pay.example.com/u/relance-42')).toBeNull();
    expect(externalLinkToOpen('https://anything.example/', '')).toBeNull();
  });
});

describe('isOwnBlobUrl (downloads) and isPermissionGranted', () => {
  const dev = new URL('http://localhost:5173/');
  const packaged = (url: string) => isAppUrl(url, null);
  const development = (url: string) => isAppUrl(url, dev);
  it('lets through only a blob: URL of our own page', () => {
    expect(isOwnBlobUrl('blob:app://relance/0b6a7c1e-3d7f-4d0e-9c43-0a5b8f1e2d3c', packaged)).toBe(true);
    expect(isOwnBlobUrl('blob:http://localhost:5173/0b6a7c1e', development)).toBe(true);
    for (const url of ['app://relance/relance.zip', 'blob:https://evil.example/0b6a', 'blob:app://relance.evil/0b6a', 'https://example.com/x.zip', 'blob:', '']) {
      expect(isOwnBlobUrl(url, packaged), url).toBe(false);
    }
    expect(isOwnBlobUrl('blob:app://relance/0b6a', development)).toBe(false);
  });

  it('grants writing to the clipboard to our own page, and nothing else', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://relance/index.html', packaged)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://relance', packaged)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/', packaged)).toBe(false);
    for (const p of ['clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal']) expect(isPermissionGranted(p, 'app://relance/index.html', packaged), p).toBe(false);
  });
});

describe('phoneLinkToOpen', () => {
  it('opens an sms: link with its encoded text and a tel: link, as the channels build them', () => {
    const sms = `sms:+33612345678?body=${encodeURIComponent('Bonjour, la facture n°\u00a0F-1 (10,00\u00a0€) reste impayée : réf. F-1.')}`;
    expect(phoneLinkToOpen(sms)).toBe(sms);
    expect(phoneLinkToOpen('sms:+33612345678')).toBe('sms:+33612345678');
    expect(phoneLinkToOpen('tel:+33478123456')).toBe('tel:+33478123456');
  });

  it('refuses anything else: other schemes, USSD codes, other parameters, raw text, an endless link', () => {
    for (const url of ['mailto:a@b.fr', 'tel:*123#', 'tel:+33 6 12', 'sms:+33612345678?body=a b', 'sms:+33612345678?to=1&body=x', 'sms:12', 'https://example.com', 'tel:', `sms:+33612345678?body=${'a'.repeat(9000)}`]) {
      expect(phoneLinkToOpen(url), url).toBeNull();
    }
  });
});
