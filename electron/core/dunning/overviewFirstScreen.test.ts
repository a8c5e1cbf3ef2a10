import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOverview } from '../../../shared/dunning/overview';
import { filterOverviewRows, FIRST_SCREEN_ROWS, NO_FILTER, overviewHeaderOf, type OverviewFilter, type OverviewFirstScreen, type RowsPage } from '../../../shared/dunning/overviewScreen';
import type { LedgerSnapshot } from '../../../shared/ipc/contract';
import { localDateOf } from '../../../shared/kernel/localDate';
import { largeSeed, SEED_NOW, SEED_TODAY } from '../../../e2e/support/seed';
import type { Clock } from '../app/clock';
import { createCore, type Core } from '../app/createCore';

/**
 * `overview.firstScreen` is what the home screen paints before the renderer has the ledger: its rows must be the first
 * rows of the overview the renderer computes afterwards from the snapshot (same rows, same amounts, same order), for
 * every filter, and follow every change and the day.
 */
describe('overview.firstScreen', () => {
  let dir: string;
  let core: Core;
  let now = new Date(SEED_NOW);
  const clock: Clock = { now: () => new Date(now.getTime()), today: () => localDateOf(now) };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'relance-first-screen-'));
    const dataFile = join(dir, 'relance.json');
    await writeFile(dataFile, JSON.stringify(largeSeed(1_500, 40)));
    core = await createCore({ dataFile, clock, mode: 'loopback', version: 'test' });
  });
  afterAll(async () => {
    await core.close();
    await rm(dir, { recursive: true, force: true });
  });

  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    // Through the wire's JSON, as the renderer receives it.
    return JSON.parse(JSON.stringify(r.data)) as T;
  };

  /** What the renderer shows once it has the snapshot, for the same data and day. */
  async function fullScreen(filter: OverviewFilter) {
    const snapshot = await call<LedgerSnapshot>('ledger.snapshot', {});
    const overview = buildOverview(snapshot, clock.today());
    return {
      header: overviewHeaderOf(overview, snapshot),
      toActOn: filterOverviewRows(overview.toActOn, filter),
      overdue: filterOverviewRows(overview.overdue, filter),
    };
  }

  async function expectFirstRowsOfFull(filter: OverviewFilter): Promise<OverviewFirstScreen> {
    const first = await call<OverviewFirstScreen>('overview.firstScreen', { filter });
    const full = await fullScreen(filter);
    expect(first.today).toBe(clock.today());
    expect(first.filter).toEqual(filter);
    expect(first.header).toEqual(full.header);
    expect(first.toActOn.count).toBe(full.toActOn.length);
    expect(first.overdue.count).toBe(full.overdue.length);
    expect(first.toActOn.rows).toEqual(full.toActOn.slice(0, FIRST_SCREEN_ROWS));
    expect(first.overdue.rows).toEqual(full.overdue.slice(0, FIRST_SCREEN_ROWS));
    return first;
  }

  it('answers the first rows of the full overview, the header and the counts, unfiltered', async () => {
    const first = await expectFirstRowsOfFull(NO_FILTER);
    // The data is big enough for the cut to matter, and the rows carry what the list prints.
    expect(first.toActOn.count).toBeGreaterThan(FIRST_SCREEN_ROWS);
    expect(first.toActOn.rows).toHaveLength(FIRST_SCREEN_ROWS);
    expect(first.overdue.count).toBeGreaterThan(0);
    expect(first.header.levels.length).toBeGreaterThan(1);
    expect(first.levelLabels.friendly).toBe('Rappel amiable');
  });

  it('answers the same rows as the renderer would filter, for every filter', async () => {
    const base = await call<OverviewFirstScreen>('overview.firstScreen', {});
    const client = base.header.clients[3]!.id;
    const level = base.header.levels[1]!.id;
    for (const filter of [
      { ...NO_FILTER, clientId: client },
      { ...NO_FILTER, level },
      { ...NO_FILTER, level: 'paused' },
      { ...NO_FILTER, kind: 'private' as const },
      { level, clientId: client, kind: 'business' as const },
    ]) {
      await expectFirstRowsOfFull(filter);
    }
  });

  it('answers the rows further down by pages that put together are the full lists, in order', async () => {
    const filter = { ...NO_FILTER, kind: 'business' as const };
    const full = await fullScreen(filter);
    for (const list of ['toActOn', 'overdue'] as const) {
      const rows = [];
      for (let offset = 0; offset < full[list].length; offset += 250) {
        const page = await call<RowsPage>('overview.rows', { filter, list, offset, limit: 250 });
        expect(page.count).toBe(full[list].length);
        rows.push(...page.rows);
      }
      expect(rows).toEqual(full[list]);
    }
    const beyond = await call<RowsPage>('overview.rows', { list: 'overdue', offset: 1_000_000, limit: 10 });
    expect(beyond.rows).toEqual([]);
  });

  it('follows a change at once (never the overview of the data before it)', async () => {
    const before = await call<OverviewFirstScreen>('overview.firstScreen', {});
    const top = before.toActOn.rows[0]!;
    expect(top.dunning.nextLevel).not.toBeNull();
    await call('invoices.recordReminder', { invoiceId: top.invoice.id, levelId: top.dunning.nextLevel!.id, sentOn: clock.today(), channel: 'email' });
    const after = await expectFirstRowsOfFull(NO_FILTER);
    expect(after.toActOn.count).toBe(before.toActOn.count - 1);
    expect(after.toActOn.rows.map((r) => r.invoice.id)).not.toContain(top.invoice.id);
  });

  it('follows the day: the next day is computed for that day', async () => {
    const today = await call<OverviewFirstScreen>('overview.firstScreen', {});
    expect(today.today).toBe(SEED_TODAY);
    now = new Date('2026-02-11T09:00:00');
    const tomorrow = await expectFirstRowsOfFull(NO_FILTER);
    expect(tomorrow.today).toBe('2026-02-11');
    // An unpaid invoice is one day later than the cached overview of the day before said.
    const unpaid = [...today.toActOn.rows, ...today.overdue.rows].find((r) => r.remainingCents > 0)!;
    const full = await fullScreen(NO_FILTER);
    const sameInvoice = [...full.toActOn, ...full.overdue].find((r) => r.invoice.id === unpaid.invoice.id)!;
    expect(sameInvoice.daysLate).toBe(unpaid.daysLate + 1);
  });

  it('refuses a malformed filter, list, offset or limit', async () => {
    for (const input of [{ filter: { level: 'all', clientId: 'all' } }, { filter: { ...NO_FILTER, kind: 'autre' } }, { limit: 0 }, { limit: 10_000 }, { extra: 1 }]) {
      const r = await core.dispatch('overview.firstScreen', input);
      expect(r.ok).toBe(false);
    }
    for (const input of [{ list: 'autre', offset: 0, limit: 10 }, { list: 'overdue', offset: -1, limit: 10 }, { list: 'overdue', offset: 0, limit: 0 }, { list: 'overdue', offset: 0 }]) {
      const r = await core.dispatch('overview.rows', input);
      expect(r.ok).toBe(false);
    }
  });
});
