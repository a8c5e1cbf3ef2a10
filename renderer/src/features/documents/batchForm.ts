import { parseRegisteredNumber } from '../../../../shared/documents/registeredNumber';

/**
 * The French message of each registered number of a batch that cannot be read (the format of legal-facts.md § 10,
 * the same check as the core's), or that is the same as an earlier letter's: each recommandé has its own number.
 */
export function registeredNumberErrors(numbers: readonly string[]): Record<number, string> {
  const errors: Record<number, string> = {};
  const seen = new Map<string, number>();
  numbers.forEach((raw, i) => {
    const parsed = parseRegisteredNumber(raw);
    if (!parsed.ok) {
      errors[i] = parsed.message;
      return;
    }
    const first = seen.get(parsed.value);
    if (first !== undefined) errors[i] = `Ce numéro est déjà celui de la lettre ${first + 1}.`;
    else seen.set(parsed.value, i);
  });
  return errors;
}
