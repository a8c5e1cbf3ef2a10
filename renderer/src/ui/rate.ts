import type { ParseResult } from '../../../shared/kernel/money';

/**
 * Parses an annual rate typed in percent ("12,5", "12.5 %", "10") into basis points (1250).
 * At most two decimals; between 0 and 100 %.
 */
export function parseRatePercent(text: string): ParseResult<number> {
  const s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  const m = /^(\d{1,3})(?:[.,](\d{0,2}))?$/.exec(s);
  if (!m) return { ok: false, message: `«\u00a0${text.trim()}\u00a0» n’est pas un taux (exemple\u00a0: 12,5).` };
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (bp > 10_000) return { ok: false, message: 'Le taux ne peut pas dépasser 100\u00a0%.' };
  return { ok: true, value: bp };
}

/** 1250 → "12,5" (for an input field). */
export function formatRateForInput(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const cents = bp % 100;
  const decimals = cents === 0 ? '' : cents % 10 === 0 ? String(cents / 10) : String(cents).padStart(2, '0');
  return decimals ? `${whole},${decimals}` : String(whole);
}

/** 1250 → "12,5 %". */
export function formatRate(bp: number): string {
  return `${formatRateForInput(bp)}\u00a0%`;
}
