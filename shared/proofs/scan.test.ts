import { describe, expect, it } from 'vitest';
import { checkScan, MAX_SCAN_BYTES } from './scan';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('checkScan: the file is what its first bytes say (the test data’s real files: electron/core/proofs/scanFiles.test.ts)', () => {
  it('takes PNG and JPEG by their signatures, whatever the name says', () => {
    expect(checkScan(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'ar.jpg')).toEqual({ ok: true, kind: 'png' });
    expect(checkScan(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'scan')).toEqual({ ok: true, kind: 'jpg' });
  });

  it('refuses in French an empty file, a file too big, a truncated PDF, a HEIC photo, a renamed file and anything else', () => {
    expect(checkScan(new Uint8Array(0), 'ar.pdf')).toEqual({ ok: false, message: '«\u00a0ar.pdf\u00a0» est vide\u00a0: joignez le scan de l’avis de réception ou de la preuve de dépôt.' });
    const big = new Uint8Array(MAX_SCAN_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(checkScan(big, 'ar.jpg')).toMatchObject({ ok: false, message: expect.stringContaining('pèse 10\u00a0Mo\u00a0: 10\u00a0Mo au plus') as string });
    expect(checkScan(text('%PDF-1.7\n1 0 obj << >> endobj\n'), 'ar.pdf')).toMatchObject({ ok: false, message: expect.stringContaining('PDF incomplet') as string });
    expect(checkScan(bytes(0, 0, 0, 0x18, ...text('ftypheic')), 'IMG_0001.HEIC')).toMatchObject({ ok: false, message: expect.stringContaining('photo HEIC') as string });
    expect(checkScan(text('PK\u0003\u0004 a zip'), 'ar.pdf')).toEqual({
      ok: false,
      message: '«\u00a0ar.pdf\u00a0» porte l’extension .pdf mais n’en a pas le contenu (fichier endommagé ou renommé)\u00a0: joignez le scan de l’avis de réception ou de la preuve de dépôt en PDF, JPEG ou PNG.',
    });
    expect(checkScan(text('Bonjour'), 'note.txt')).toEqual({
      ok: false,
      message: '«\u00a0note.txt\u00a0» n’est ni un PDF, ni une image JPEG ou PNG\u00a0: joignez le scan de l’avis de réception ou de la preuve de dépôt dans l’un de ces formats.',
    });
  });
});
