import { describe, expect, it } from 'vitest';
import { getPath, setPath } from './paths';

describe('paths', () => {
  it('reads and writes nested fields without mutating', () => {
    const v = { name: 'A', address: { city: 'Lyon', postalCode: '69001' } };
    const w = setPath(v, 'address.city', 'Paris');
    expect(w).toEqual({ name: 'A', address: { city: 'Paris', postalCode: '69001' } });
    expect(v.address.city).toBe('Lyon');
    expect(getPath(w, 'address.city')).toBe('Paris');
    expect(getPath(w, 'name')).toBe('A');
    expect(getPath(w, 'nope.x')).toBeUndefined();
  });
});
