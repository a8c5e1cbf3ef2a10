import { describe, expect, it } from 'vitest';
import type { OverviewRow } from '../../../../shared/dunning/overview';
import { DEFAULT_POLICY, LATE_CHARGES_LEVEL } from '../../../../shared/dunning/schema';
import { markSentLabel } from '../dunning';
import { filterOverviewRows, levelOptions, NO_FILTER } from '../../../../shared/dunning/overviewScreen';
import { nextStepText, penaltiesText } from './overviewRows';

const friendly = DEFAULT_POLICY.levels[1]!;
const firm = DEFAULT_POLICY.levels[2]!;

function row(id: string, clientId: string, kind: 'business' | 'private', level: typeof friendly | null, paused = false): OverviewRow {
  return {
    invoice: { id, clientId, number: id } as OverviewRow['invoice'],
    clientName: clientId,
    clientKind: kind,
    daysLate: 10,
    remainingCents: 1000,
    penaltiesCents: 0,
    indemnityCents: 0,
    missingRates: [],
    lateCharges: null,
    dunning: {
      invoiceId: id,
      status: paused ? 'paused' : 'due',
      nextLevel: paused ? null : level,
      nextDate: paused ? null : '2026-02-07',
      dueToday: !paused,
      overdueSince: null,
      lastReminder: null,
      pause: paused ? { kind: 'dispute', reason: 'litige «\u00a0contesté\u00a0»' } : null,
      pauseBroken: null,
      skipped: [],
    },
  };
}

const rows = [row('A', 'c1', 'business', friendly), row('B', 'c2', 'private', firm), row('C', 'c1', 'business', null, true)];

describe('overview rows', () => {
  it('filters by level, client and kind', () => {
    expect(filterOverviewRows(rows, NO_FILTER)).toHaveLength(3);
    expect(filterOverviewRows(rows, { ...NO_FILTER, level: 'firm' }).map((r) => r.invoice.id)).toEqual(['B']);
    expect(filterOverviewRows(rows, { ...NO_FILTER, level: 'paused' }).map((r) => r.invoice.id)).toEqual(['C']);
    expect(filterOverviewRows(rows, { ...NO_FILTER, clientId: 'c1' }).map((r) => r.invoice.id)).toEqual(['A', 'C']);
    expect(filterOverviewRows(rows, { ...NO_FILTER, kind: 'private' }).map((r) => r.invoice.id)).toEqual(['B']);
  });
  it('lists the proposed levels once each', () => {
    expect(levelOptions([...rows, ...rows])).toEqual([
      { id: 'friendly', label: 'Rappel amiable' },
      { id: 'firm', label: 'Relance ferme' },
    ]);
    // In the order of the procedure, not in the order the rows come in.
    const formal = DEFAULT_POLICY.levels[3]!;
    const courtesy = DEFAULT_POLICY.levels[0]!;
    const custom = { ...firm, id: 'relance-telephone', label: 'Appel au gérant' };
    const mixed = [row('D', 'c1', 'business', formal), row('E', 'c1', 'business', custom), row('F', 'c1', 'business', firm), row('G', 'c2', 'business', courtesy), row('H', 'c2', 'business', friendly)];
    expect(levelOptions(mixed, DEFAULT_POLICY.levels.map((l) => l.id)).map((l) => l.id)).toEqual(['courtesy', 'friendly', 'firm', 'relance-telephone', 'formal-notice']);
  });
  it('says what comes next, the pause, and the penalties in French', () => {
    expect(nextStepText(rows[0]!).text).toBe('Rappel amiable le 07/02/2026');
    expect(nextStepText(rows[2]!)).toEqual({ text: 'En pause\u00a0: litige «\u00a0contesté\u00a0»', tone: 'paused' });
    expect(penaltiesText({ penaltiesCents: 3276, indemnityCents: 4000 })).toBe('32,76\u00a0€ + 40,00\u00a0€');
    expect(penaltiesText({ penaltiesCents: null, indemnityCents: 0 })).toBe('taux manquant');
    expect(markSentLabel('Rappel amiable', 'F-001')).toBe('Marquer comme envoyée la relance «\u00a0Rappel amiable\u00a0» de F-001');
  });

  it('keeps an invoice paid late in view for what it still owes', () => {
    const charges = { status: 'owed', clientKind: 'business', paidOn: '2026-01-14', daysLate: 30, penaltiesCents: 2396, indemnityCents: 4000, totalCents: 6396, waiver: null, settlement: null } as const;
    const due = { ...row('D', 'c1', 'business', LATE_CHARGES_LEVEL), remainingCents: 0, lateCharges: charges };
    due.dunning = { ...due.dunning, nextDate: '2026-01-15' };
    expect(nextStepText(due)).toEqual({ text: 'Pénalités et indemnité restant dues\u00a0: à réclamer', tone: 'normal' });
    const tomorrow = { ...due, dunning: { ...due.dunning, status: 'scheduled' as const, dueToday: false, nextDate: '2026-02-11' } };
    expect(nextStepText(tomorrow).text).toBe('Pénalités et indemnité restant dues\u00a0: à réclamer le 11/02/2026');
    const claimed = { ...due, dunning: { ...due.dunning, status: 'charges-claimed' as const, nextLevel: null, nextDate: null, lastReminder: { sentOn: '2026-02-10' } as OverviewRow['dunning']['lastReminder'] } };
    expect(nextStepText(claimed)).toEqual({ text: 'Pénalités et indemnité restant dues, réclamées le 10/02/2026', tone: 'done' });
  });
});
