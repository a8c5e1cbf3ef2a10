import { describe, expect, it } from 'vitest';
import { formatCounts, formatDateTime, formatSize } from './text';

describe('formatSize', () => {
  it('writes sizes as a French file manager does', () => {
    expect(formatSize(0)).toBe('0\u00a0o');
    expect(formatSize(512)).toBe('512\u00a0o');
    expect(formatSize(2048)).toBe('2\u00a0ko');
    expect(formatSize(1.2 * 1024 * 1024)).toBe('1,2\u00a0Mo');
    expect(formatSize(340 * 1024 * 1024)).toBe('340\u00a0Mo');
    expect(formatSize(1024 * 1024 * 1024)).toBe('1\u00a0Go');
    expect(formatSize(1024 * 1024 - 1)).toBe('1\u00a0Mo'); // never « 1 024 ko »
  });
});

describe('formatCounts', () => {
  it('says what a backup holds, with French plurals and spaces', () => {
    expect(formatCounts({ clients: 12, invoices: 340, reminders: 25 })).toBe('12\u00a0clients, 340\u00a0factures, 25\u00a0relances');
    expect(formatCounts({ clients: 1, invoices: 0, reminders: 1 })).toBe('1\u00a0client, 0\u00a0facture, 1\u00a0relance');
    expect(formatCounts({ clients: 2000, invoices: 10000, reminders: 0 })).toBe('2\u202f000\u00a0clients, 10\u202f000\u00a0factures, 0\u00a0relance');
    expect(formatCounts(null)).toBe('illisible');
  });
});

describe('formatDateTime', () => {
  it('writes a local instant as 23/11/2026 à 09:30', () => {
    expect(formatDateTime(new Date(2026, 10, 23, 9, 30))).toBe('23/11/2026 à 09:30');
    expect(formatDateTime(new Date(2026, 10, 23, 9, 30).toISOString())).toBe('23/11/2026 à 09:30');
    expect(formatDateTime('pas une date')).toBe('pas une date');
  });
});
