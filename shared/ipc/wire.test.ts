import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeWire, encodeWire } from './wire';

describe('loopback wire encoding', () => {
  it('carries bytes inside JSON', () => {
    const value = { method: 'import.preview', input: { bytes: new Uint8Array([0, 255, 10, 0xe9]), fileName: 'a.csv' } };
    const back = decodeWire(encodeWire(value)) as typeof value;
    expect(back.input.bytes).toBeInstanceOf(Uint8Array);
    expect([...back.input.bytes]).toEqual([0, 255, 10, 0xe9]);
    expect(bytesToBase64(new TextEncoder().encode('Relance'))).toBe(Buffer.from('Relance').toString('base64'));
  });

  it('base64 round-trips any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => Buffer.compare(Buffer.from(base64ToBytes(bytesToBase64(b))), Buffer.from(b)) === 0));
  });
});
