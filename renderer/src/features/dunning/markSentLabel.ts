/** The accessible name of a row's « Marquer comme envoyée » button: which reminder of which invoice. */
export function markSentLabel(levelLabel: string, invoiceNumber: string): string {
  return `Marquer comme envoyée la relance «\u00a0${levelLabel}\u00a0» de ${invoiceNumber}`;
}
