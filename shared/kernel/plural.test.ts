import { describe, expect, it } from 'vitest';
import { countDays, frenchPlural } from './plural';

describe('French plural', () => {
  it('takes the singular for 0 and 1, the plural from 2', () => {
    expect([0, 1, 2, 15].map(countDays)).toEqual(['0 jour', '1 jour', '2 jours', '15 jours']);
    expect(countDays(1.5)).toBe('1,5 jour');
    expect(frenchPlural(-1, 'jour', 'jours')).toBe('jour');
    expect(frenchPlural(-3, 'jour', 'jours')).toBe('jours');
  });
});
