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

  it('round-trips any JSON value, with or without bytes inside, and the fast path gives the same text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.option(fc.uint8Array({ maxLength: 20 })), (json, bytes) => {
        const value = bytes ? { json, nested: [{ bytes }] } : { json };
        const text = encodeWire(value);
        const slow = JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? { $bytes: bytesToBase64(v) } : v));
        expect(text).toBe(slow);
        const back = decodeWire(text) as { json: unknown; nested?: [{ bytes: Uint8Array }] };
        expect(back.json).toEqual(JSON.parse(JSON.stringify(json)));
        if (bytes) expect([...back.nested![0].bytes]).toEqual([...bytes]);
      }),
    );
  });

  it('carries a Node Buffer as bytes too (its toJSON must not win)', () => {
    const back = decodeWire(encodeWire({ pdf: Buffer.from('%PDF-1.7') })) as { pdf: Uint8Array };
    expect(back.pdf).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(back.pdf)).toBe('%PDF-1.7');
  });

  it('a user text that spells the bytes marker stays a text', () => {
    const value = { note: '{"$bytes":"AAAA"}' };
    expect(decodeWire(encodeWire(value))).toEqual(value);
  });
});
