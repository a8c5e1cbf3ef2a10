/** French plural: 0 and 1 take the singular. */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${count.toLocaleString('fr-FR')} ${Math.abs(count) >= 2 ? pluralForm : singular}`;
}
