/** French plural: 0 and 1 (and -1) take the singular, from 2 on the plural ("0 jour", "1 jour", "2 jours"). */
export function frenchPlural(n: number, singular: string, plural: string): string {
  return Math.abs(n) < 2 ? singular : plural;
}

/** "0 jour", "1 jour", "1,5 jour", "15 jours". */
export function countDays(n: number): string {
  return `${n.toLocaleString('fr-FR')} ${frenchPlural(n, 'jour', 'jours')}`;
}
