/** French wording of Paramètres › Données, shared by the core (messages, LISEZMOI.txt) and the renderer. */

const KIB = 1024;

/** 512 → '512 o', 1 258 291 → '1,2 Mo', 356 515 840 → '340 Mo', 1 073 741 824 → '1 Go' (units of 1 024, as file managers show). */
export function formatSize(bytes: number): string {
  const units = ['o', 'ko', 'Mo', 'Go', 'To'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= KIB && unit < units.length - 1) {
    value /= KIB;
    unit++;
  }
  // One decimal below 10 (1,2 Mo), none above (340 Mo); never '1 024 ko' after rounding.
  let digits = unit > 0 && value < 10 ? 1 : 0;
  if (Number(value.toFixed(digits)) >= KIB && unit < units.length - 1) {
    value /= KIB;
    unit++;
    digits = 1;
  }
  return `${value.toLocaleString('fr-FR', { maximumFractionDigits: digits })}\u00a0${units[unit]}`;
}

/** French plural: 0 and 1 take the singular. */
function count(n: number, singular: string, pluralForm: string): string {
  return `${n.toLocaleString('fr-FR')}\u00a0${Math.abs(n) >= 2 ? pluralForm : singular}`;
}

export interface LedgerCounts {
  clients: number;
  invoices: number;
  reminders: number;
}

/** '12 clients, 340 factures, 25 relances'; 'illisible' when the backup could not be read. */
export function formatCounts(counts: LedgerCounts | null): string {
  if (!counts) return 'illisible';
  return [count(counts.clients, 'client', 'clients'), count(counts.invoices, 'facture', 'factures'), count(counts.reminders, 'relance', 'relances')].join(', ');
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** An instant in local time: '23/11/2026 à 09:30'. */
export function formatDateTime(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return String(instant);
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()} à ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}
