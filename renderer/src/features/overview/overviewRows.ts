import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import type { OverviewRow } from '../../../../shared/dunning/overview';
import { lateChargesRowText } from '../../../../shared/law/wording';
import { formatEuros } from '../../../../shared/kernel/money';

/** "32,76 € + 40,00 €", "taux manquant + 40,00 €", "0,00 €". */
export function penaltiesText(row: Pick<OverviewRow, 'penaltiesCents' | 'indemnityCents'>): string {
  const p = row.penaltiesCents === null ? 'taux manquant' : formatEuros(row.penaltiesCents);
  return row.indemnityCents > 0 ? `${p} + ${formatEuros(row.indemnityCents)}` : p;
}

/** What comes next for the row: the level and its date, the pause, the broken pause, or what a late payment still owes. */
export function nextStepText(row: Pick<OverviewRow, 'dunning'> & Partial<Pick<OverviewRow, 'lateCharges'>>): { text: string; tone: 'normal' | 'paused' | 'broken' | 'done' } {
  const d = row.dunning;
  if (row.lateCharges) {
    // Paid late: the claim of its penalties and indemnity is the step (its label would not fit a narrow column).
    const claimedOn = d.status === 'charges-claimed' ? (d.lastReminder?.sentOn ?? null) : null;
    const claimOn = !claimedOn && !d.dueToday && d.nextDate ? d.nextDate : null;
    return { text: lateChargesRowText({ claimedOn, claimOn }, row.lateCharges.clientKind), tone: claimedOn ? 'done' : 'normal' };
  }
  if (d.status === 'paused' && d.pause) return { text: `En pause\u00a0: ${d.pause.reason}`, tone: 'paused' };
  const next = d.nextLevel && d.nextDate ? `${d.nextLevel.label} le ${formatFrenchDate(d.nextDate)}` : 'Toutes les étapes ont été envoyées';
  if (d.pauseBroken) return { text: `${next}. ${d.pauseBroken.reason}`, tone: 'broken' };
  return { text: next, tone: d.nextLevel ? 'normal' : 'done' };
}

/** "Rappel amiable le 27/11/2025", or "Aucune" (the label of the level, the id when it left the policy). */
export function lastReminderText(row: Pick<OverviewRow, 'dunning'>, labelOf: (levelId: string) => string): string {
  const r = row.dunning.lastReminder;
  return r ? `${labelOf(r.levelId)} le ${formatFrenchDate(r.sentOn)}` : 'Aucune';
}

/** The accessible name of the "Marquer comme envoyée" button (visible text first, then what it applies to). */

