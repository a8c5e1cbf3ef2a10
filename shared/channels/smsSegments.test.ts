import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smsLength } from './smsSegments';

const gsmBasic = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;!?éèùàÉ@£$()-+/'.split(''));
const gsmExtended = fc.constantFrom(...'€[]{}\\^~|'.split(''));

describe('the length of an SMS, in parts', () => {
  it('160 GSM characters in one SMS, 153 per part beyond', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1, remaining: 0 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, segments: 2, remaining: 145 });
    expect(smsLength('a'.repeat(306)).segments).toBe(2);
    expect(smsLength('a'.repeat(307)).segments).toBe(3);
    expect(smsLength('')).toEqual({ encoding: 'GSM-7', units: 0, segments: 0, remaining: 160 });
  });

  it('the € and the other characters of the extension count twice', () => {
    expect(smsLength('Reste : 1 234,56 €')).toEqual({ encoding: 'GSM-7', units: 19, segments: 1, remaining: 141 });
    // « û » is not in the GSM alphabet: « dû » sends the text as UCS-2.
    expect(smsLength('Reste dû : 1 234,56 €').encoding).toBe('UCS-2');
    expect(smsLength('€'.repeat(80)).segments).toBe(1);
    expect(smsLength('€'.repeat(81)).segments).toBe(2);
  });

  it('a character outside the GSM alphabet (œ, «, ’, a no-break space) sends it all as UCS-2: 70, then 67 per part', () => {
    expect(smsLength('Cœur').encoding).toBe('UCS-2');
    expect(smsLength('aujourd’hui').encoding).toBe('UCS-2');
    expect(smsLength('1\u202f234,56\u00a0€').encoding).toBe('UCS-2');
    expect(smsLength('œ'.repeat(70))).toEqual({ encoding: 'UCS-2', units: 70, segments: 1, remaining: 0 });
    expect(smsLength('œ'.repeat(71))).toEqual({ encoding: 'UCS-2', units: 71, segments: 2, remaining: 63 });
    expect(smsLength('👍').units).toBe(2);
  });

  it('any GSM text: its places are its characters plus one per extension character, and the parts hold them (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(gsmBasic, gsmExtended), { maxLength: 800 }), (chars) => {
        const text = chars.join('');
        const r = smsLength(text);
        const extended = chars.filter((c) => '€[]{}\\^~|'.includes(c)).length;
        expect(r.encoding).toBe('GSM-7');
        expect(r.units).toBe(chars.length + extended);
        const capacity = r.segments <= 1 ? 160 : r.segments * 153;
        expect(r.units).toBeLessThanOrEqual(capacity);
        if (r.segments > 1) expect(r.units).toBeGreaterThan(r.segments === 2 ? 160 : (r.segments - 1) * 153);
        expect(r.remaining).toBe(capacity - r.units);
      }),
    );
  });

  it('any text with one character outside GSM counts UTF-16 units in parts of 67 (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const text = `œ${s}`;
        const r = smsLength(text);
        expect(r.encoding).toBe('UCS-2');
        expect(r.units).toBe(text.length);
        expect(r.segments).toBe(text.length <= 70 ? 1 : Math.ceil(text.length / 67));
      }),
    );
  });
});
