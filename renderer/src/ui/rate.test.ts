import { describe, expect, it } from 'vitest';
import { formatRate, formatRateForInput, parseRatePercent } from './rate';

describe('parseRatePercent', () => {
  it('reads French and English decimals into basis points', () => {
    expect(parseRatePercent('12,5')).toEqual({ ok: true, value: 1250 });
    expect(parseRatePercent('12.15')).toEqual({ ok: true, value: 1215 });
    expect(parseRatePercent('10 %')).toEqual({ ok: true, value: 1000 });
    expect(parseRatePercent('0')).toEqual({ ok: true, value: 0 });
    expect(parseRatePercent('100')).toEqual({ ok: true, value: 10000 });
  });
  it('refuses what is not a rate', () => {
    expect(parseRatePercent('abc').ok).toBe(false);
    expect(parseRatePercent('1,234').ok).toBe(false);
    expect(parseRatePercent('-3').ok).toBe(false);
    expect(parseRatePercent('101')).toEqual({ ok: false, message: 'Le taux ne peut pas dépasser 100\u00a0%.' });
  });
});

describe('formatRate', () => {
  it('round-trips', () => {
    expect(formatRateForInput(1250)).toBe('12,5');
    expect(formatRateForInput(1215)).toBe('12,15');
    expect(formatRateForInput(1000)).toBe('10');
    expect(formatRate(305)).toBe('3,05\u00a0%');
  });
});
