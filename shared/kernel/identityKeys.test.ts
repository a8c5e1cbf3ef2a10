import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientNameKey, foldText, invoiceNumberKey, stripAccents } from './identityKeys';

describe('identity keys', () => {
  it('calls two invoice numbers the same whatever their case and spacing', () => {
    expect(invoiceNumberKey('F  1')).toBe(invoiceNumberKey('f 1'));
    expect(invoiceNumberKey(' F-2026-012\u00a0')).toBe('F-2026-012');
    expect(invoiceNumberKey('F 1')).not.toBe(invoiceNumberKey('F1'));
  });

  it('folds accents and ligatures the same way everywhere', () => {
    expect(foldText('Œuvres  de Lætitia\u202fÉlise')).toBe('oeuvres de laetitia elise');
    expect(stripAccents('CŒUVRES-ET-VALSERY')).toBe('COEUVRES-ET-VALSERY');
    expect(clientNameKey('L’Atelier  Dupré')).toBe(clientNameKey("l'atelier dupre"));
  });

  it('keys are stable: a key of a key is the same key', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(invoiceNumberKey(invoiceNumberKey(s))).toBe(invoiceNumberKey(s));
        expect(foldText(foldText(s))).toBe(foldText(s));
        expect(clientNameKey(clientNameKey(s))).toBe(clientNameKey(s));
      }),
    );
  });
});
