import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import type { OverviewRow } from '../../../../shared/dunning/overview';
import { DUNNING_TONES, type DunningTone } from '../../../../shared/dunning/schema';
import { lateChargesRowText } from '../../../../shared/law/wording';
import type { ClientKind } from '../../../../shared/ledger/schema';
import { formatEuros } from '../../../../shared/kernel/money';

/** 'all', a level id, or 'paused' (the invoices whose reminders are suspended). */
export type LevelFilter = string;
export type KindFilter = 'all' | ClientKind;

export interface OverviewFilter {
  level: LevelFilter;
  clientId: string;
  kind: KindFilter;
}

export const NO_FILTER: OverviewFilter = { level: 'all', clientId: 'all', kind: 'all' };

export function filterOverviewRows(rows: readonly OverviewRow[], f: OverviewFilter): OverviewRow[] {
  if (f.level === 'all' && f.clientId === 'all' && f.kind === 'all') return rows as OverviewRow[];
  return rows.filter(
    (r) =>
      (f.kind === 'all' || r.clientKind === f.kind) &&
      (f.clientId === 'all' || r.invoice.clientId === f.clientId) &&
      (f.level === 'all' ||
        (f.level === 'paused' ? r.dunning.status === 'paused' : r.dunning.nextLevel?.id === f.level && r.dunning.status !== 'paused')),
  );
}

/**
 * The levels proposed in the rows, once each, for the "Étape" filter, in the order of the procedure: by tone
 * (courtois, amiable, ferme, mise en demeure, contentieux), then as in `order` (the default policy's level ids:
 * a client's own steps fall in beside them), then by name.
 */
export function levelOptions(rows: readonly OverviewRow[], order: readonly string[] = []): { id: string; label: string }[] {
  const seen = new Map<string, { id: string; label: string; tone: DunningTone }>();
  for (const r of rows) {
    const l = r.dunning.nextLevel;
    if (l && r.dunning.status !== 'paused' && !seen.has(l.id)) seen.set(l.id, { id: l.id, label: l.label, tone: l.tone });
  }
  const position = (id: string): number => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  return [...seen.values()]
    .sort((a, b) => DUNNING_TONES.indexOf(a.tone) - DUNNING_TONES.indexOf(b.tone) || position(a.id) - position(b.id) || a.label.localeCompare(b.label, 'fr'))
    .map(({ id, label }) => ({ id, label }));
}

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

