import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererFileFor } from './rendererFiles';

const root = resolve('/srv/relance/out/renderer');

describe('rendererFileFor', () => {
  it('maps app://relance paths to files of the renderer folder with their MIME type', () => {
    expect(rendererFileFor('app://relance/index.html', root)).toEqual({ path: join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(rendererFileFor('app://relance/assets/index-BkAWWbUc.js?v=1#x', root)).toEqual({ path: join(root, 'assets', 'index-BkAWWbUc.js'), mimeType: 'text/javascript; charset=utf-8' });
    expect(rendererFileFor('app://relance/assets/index.CSS', root)?.mimeType).toBe('text/css; charset=utf-8');
    expect(rendererFileFor('app://relance/assets/font%20name.woff2', root)?.path).toBe(join(root, 'assets', 'font name.woff2'));
  });

  it('refuses another scheme or host', () => {
    expect(rendererFileFor('app://relance.evil/index.html', root)).toBeNull();
    expect(rendererFileFor('app://other/index.html', root)).toBeNull();
    expect(rendererFileFor('file:///srv/relance/out/renderer/index.html', root)).toBeNull();
  });

  it('never leaves the renderer folder', () => {
    for (const url of [
      'app://relance/../main/index.js',
      'app://relance/%2e%2e/main/index.js',
      'app://relance/assets/..%2F..%2Fmain%2Findex.js',
      'app://relance/..%5C..%5Cmain%5Cindex.js',
      'app://relance/assets%2F..%2F..%2F..%2Fetc%2Fpasswd.json',
      'app://relance/%00.html',
      'app://relance/%E0%A4%A.html',
    ]) {
      const file = rendererFileFor(url, root);
      if (file) expect(file.path.startsWith(root + sep), url).toBe(true);
      else expect(file, url).toBeNull();
    }
    expect(rendererFileFor('app://relance/assets/..%2F..%2Fmain%2Findex.js', root)).toBeNull();
    expect(rendererFileFor('app://relance/%00.html', root)).toBeNull();
  });

  it('refuses the folder itself and file types outside the allow-list', () => {
    expect(rendererFileFor('app://relance/', root)).toBeNull();
    expect(rendererFileFor('app://relance', root)).toBeNull();
    expect(rendererFileFor('app://relance/assets/', root)).toBeNull();
    expect(rendererFileFor('app://relance/data.exe', root)).toBeNull();
    expect(rendererFileFor('app://relance/index.js.map', root)).toBeNull();
    expect(rendererFileFor('app://relance/README', root)).toBeNull();
  });
});
