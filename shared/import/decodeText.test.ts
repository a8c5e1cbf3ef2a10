import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, detectNonCsv, encodeWindows1252 } from './decodeText';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8 with a BOM and removes the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Échéance;Montant\n1 200,00 €')]);
    expect(decodeText(bytes)).toEqual({ text: 'Échéance;Montant\n1 200,00 €', encoding: 'utf-8', hadBom: true });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8('Société;œuvre'))).toEqual({ text: 'Société;œuvre', encoding: 'utf-8', hadBom: false });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(utf8('a;b')).encoding).toBe('utf-8');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (é, €, œ, ’)', () => {
    // "Réf;1 200 €;œuvre;l’été" in Windows-1252.
    const bytes = new Uint8Array([
      0x52, 0xe9, 0x66, 0x3b, 0x31, 0x20, 0x32, 0x30, 0x30, 0x20, 0x80, 0x3b, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x3b, 0x6c, 0x92, 0xe9, 0x74,
      0xe9,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'Réf;1 200 €;œuvre;l’été', encoding: 'windows-1252', hadBom: false });
  });

  it('maps every Windows-1252 byte, and encoding round-trips', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect(text[0x80]).toBe('€');
    expect(text[0x8c]).toBe('Œ');
    expect(text[0x9f]).toBe('Ÿ');
    expect(text[0xe9]).toBe('é');
    expect(encodeWindows1252(text)).toEqual(all);
    expect(() => encodeWindows1252('→')).toThrow(RangeError);
  });
});

describe('detectNonCsv', () => {
  it('recognises spreadsheets, PDFs, UTF-16 and binary files', () => {
    expect(detectNonCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'export.xlsx')).toBe('xlsx');
    expect(detectNonCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'export.ods')).toBe('ods');
    expect(detectNonCsv(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe('xls');
    expect(detectNonCsv(utf8('%PDF-1.7'))).toBe('pdf');
    expect(detectNonCsv(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBe('utf-16');
    expect(detectNonCsv(new Uint8Array([0x41, 0, 0x42]))).toBe('binary');
    expect(detectNonCsv(utf8('N° facture;Client\n'))).toBeNull();
  });
});
