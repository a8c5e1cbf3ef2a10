import { z } from 'zod';
import type { LocalDate } from '../kernel/localDate';
import { isHalfYearId, type HalfYearId } from '../law/halfYear';
import { clientKindSchema, invoiceSchema, type Client, type ClientKind, type Identity, type Invoice, type Settings } from '../ledger/schema';
import { localDateSchema } from '../ledger/primitives';
import { AGING_BUCKET_KEYS, type AgingReport } from './aging';
import type { Overview, OverviewRow } from './overview';
import { DEFAULT_POLICY, DUNNING_TONES, dunningLevelSchema, lateChargesSettlementSchema, lateChargesWaiverSchema, LATE_CHARGES_LEVEL, reminderRecordSchema, type DunningTone } from './schema';

/**
 * What the home screen shows, derived from the overview: its header (totals, aged balance, the filters' choices), its
 * filters, and its first screenful of rows, which the core answers before the renderer has the whole ledger
 * (`overview.firstScreen`), so the first rows paint without parsing every invoice.
 */

// ---------------------------------------------------------------------------------------------
// Filters

/** 'all', a level id, or 'paused' (the invoices whose reminders are suspended). */
type LevelFilter = string;
export type KindFilter = 'all' | ClientKind;

export interface OverviewFilter {
  level: LevelFilter;
  clientId: string;
  kind: KindFilter;
}

export const NO_FILTER: OverviewFilter = { level: 'all', clientId: 'all', kind: 'all' };

export const overviewFilterSchema = z
  .object({
    level: z.string().min(1).max(64),
    clientId: z.string().min(1).max(64),
    kind: z.enum(['all', 'business', 'private']),
  })
  .strict();

export function isNoFilter(f: OverviewFilter): boolean {
  return f.level === 'all' && f.clientId === 'all' && f.kind === 'all';
}

export function filterOverviewRows(rows: readonly OverviewRow[], f: OverviewFilter): OverviewRow[] {
  if (isNoFilter(f)) return rows as OverviewRow[];
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

/** The clients that have rows, once each, by name, for the "Client" filter. */
export function clientOptions(rows: readonly OverviewRow[]): { id: string; name: string }[] {
  const m = new Map<string, string>();
  for (const r of rows) m.set(r.invoice.clientId, r.clientName);
  return [...m].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** levelId → label, from the default policy, the clients' own policies and the built-in levels (first one wins). */
export function levelLabels(data: { settings: Pick<Settings, 'defaultPolicy'>; clients: readonly Pick<Client, 'dunningPolicy'>[] }): Record<string, string> {
  const labels = new Map<string, string>();
  const add = (levels: readonly { id: string; label: string }[]) => levels.forEach((l) => labels.has(l.id) || labels.set(l.id, l.label));
  add(data.settings.defaultPolicy.levels);
  data.clients.forEach((c) => c.dunningPolicy && add(c.dunningPolicy.levels));
  add(DEFAULT_POLICY.levels);
  add([LATE_CHARGES_LEVEL]);
  return Object.fromEntries(labels);
}

// ---------------------------------------------------------------------------------------------
// The screen

/** Everything above the lists, whatever the filter. */
export interface OverviewHeader {
  invoiceCount: number;
  clientCount: number;
  /** The sender's name is not filled in yet (the home screen says where to do it). */
  identityMissing: boolean;
  /** Rows to act on today, before any filter (the subtitle counts them). */
  toActOnCount: number;
  totals: Overview['totals'];
  aging: AgingReport;
  missingRates: HalfYearId[];
  levels: { id: string; label: string }[];
  clients: { id: string; name: string }[];
}

interface LedgerForScreen {
  identity: Pick<Identity, 'name'>;
  settings: Pick<Settings, 'defaultPolicy'>;
  clients: readonly Pick<Client, 'dunningPolicy'>[];
  invoices: readonly unknown[];
}

export function overviewHeaderOf(overview: Overview, data: LedgerForScreen): OverviewHeader {
  const all = [...overview.toActOn, ...overview.overdue];
  return {
    invoiceCount: data.invoices.length,
    clientCount: data.clients.length,
    identityMissing: data.identity.name.trim() === '',
    toActOnCount: overview.toActOn.length,
    totals: overview.totals,
    aging: overview.aging,
    missingRates: overview.missingRates,
    levels: levelOptions(all, data.settings.defaultPolicy.levels.map((l) => l.id)),
    clients: clientOptions(all),
  };
}

/** The two lists of the home screen. */
export type OverviewListName = 'toActOn' | 'overdue';

/** One list as far as it was sent: its first rows (or the rows from an offset), and how many rows it has in all. */
export interface RowsPage {
  rows: OverviewRow[];
  count: number;
}

export interface OverviewFirstScreen {
  today: LocalDate;
  header: OverviewHeader;
  /** The labels of every level a row can name (its last reminder may be of a level since removed). */
  levelLabels: Record<string, string>;
  /** The lists under `filter`, each cut to its first `limit` rows. */
  filter: OverviewFilter;
  toActOn: RowsPage;
  overdue: RowsPage;
}

/** The rows the virtualised lists draw at first: 8 visible, 8 more below them. */
export const FIRST_SCREEN_ROWS = 16;

/** What the first screen shows whatever the filter (the core keeps it with its overview). */
export function unfilteredPartsOf(overview: Overview, data: LedgerForScreen): Pick<OverviewFirstScreen, 'header' | 'levelLabels'> {
  return { header: overviewHeaderOf(overview, data), levelLabels: levelLabels(data) };
}

export function firstScreenOf(
  overview: Overview,
  data: LedgerForScreen,
  today: LocalDate,
  filter: OverviewFilter,
  limit: number = FIRST_SCREEN_ROWS,
  unfiltered: Pick<OverviewFirstScreen, 'header' | 'levelLabels'> = unfilteredPartsOf(overview, data),
): OverviewFirstScreen {
  const page = (rows: readonly OverviewRow[]): RowsPage => {
    const filtered = filterOverviewRows(rows, filter);
    return { rows: filtered.slice(0, limit), count: filtered.length };
  };
  return {
    today,
    ...unfiltered,
    filter,
    toActOn: page(overview.toActOn),
    overdue: page(overview.overdue),
  };
}

/** The rows of one list under `filter` from `offset` (the home screen asks for them as the user scrolls). */
export function rowsPageOf(overview: Overview, filter: OverviewFilter, list: OverviewListName, offset: number, limit: number): RowsPage {
  const filtered = filterOverviewRows(overview[list], filter);
  return { rows: filtered.slice(offset, offset + limit), count: filtered.length };
}

// ---------------------------------------------------------------------------------------------
// Its schemas (the output of `overview.firstScreen`)

const halfYearSchema = z.custom<HalfYearId>((v) => isHalfYearId(v), { message: 'Semestre invalide.' });
const cents = z.number().int();

const dunningStateSchema = z.object({
  invoiceId: z.string(),
  status: z.enum(['paid', 'cancelled', 'paused', 'not-due', 'scheduled', 'due', 'complete', 'charges-claimed']),
  nextLevel: dunningLevelSchema.nullable(),
  nextDate: localDateSchema.nullable(),
  dueToday: z.boolean(),
  overdueSince: localDateSchema.nullable(),
  lastReminder: reminderRecordSchema.nullable(),
  pause: z.object({ kind: z.enum(['dispute', 'promise', 'plan']), reason: z.string(), until: localDateSchema.optional() }).nullable(),
  pauseBroken: z.object({ on: localDateSchema, reason: z.string() }).nullable(),
  skipped: z.array(z.object({ levelId: z.string(), reason: z.string(), cause: z.literal('formal-notice').optional() })),
});

const lateChargesSchema = z.object({
  status: z.enum(['owed', 'waived', 'settled']),
  clientKind: clientKindSchema,
  paidOn: localDateSchema,
  daysLate: z.number().int(),
  penaltiesCents: cents.nullable(),
  indemnityCents: cents,
  totalCents: cents.nullable(),
  waiver: lateChargesWaiverSchema.nullable(),
  settlement: lateChargesSettlementSchema.nullable(),
});

/** Typed against OverviewRow: a field added to the row and not here is a compile error. */
export const overviewRowSchema: z.ZodType<OverviewRow> = z.object({
  invoice: invoiceSchema as z.ZodType<Invoice>,
  clientName: z.string(),
  clientKind: clientKindSchema,
  daysLate: z.number().int(),
  remainingCents: cents,
  penaltiesCents: cents.nullable(),
  indemnityCents: cents,
  missingRates: z.array(halfYearSchema),
  dunning: dunningStateSchema,
  lateCharges: lateChargesSchema.nullable(),
});

export const rowsPageSchema = z.object({ rows: z.array(overviewRowSchema), count: z.number().int().nonnegative() });

export const overviewFirstScreenSchema: z.ZodType<OverviewFirstScreen> = z.object({
  today: localDateSchema,
  header: z.object({
    invoiceCount: z.number().int().nonnegative(),
    clientCount: z.number().int().nonnegative(),
    identityMissing: z.boolean(),
    toActOnCount: z.number().int().nonnegative(),
    totals: z.object({
      outstandingCents: cents,
      overdueCents: cents,
      penaltiesCents: cents,
      indemnitiesCents: cents,
      penaltiesUnknownCount: z.number().int().nonnegative(),
    }),
    aging: z.object({
      buckets: z.array(z.object({ key: z.enum(AGING_BUCKET_KEYS), label: z.string(), count: z.number().int().nonnegative(), remainingCents: cents })),
      totals: z.object({ outstandingCents: cents, outstandingCount: z.number().int(), overdueCents: cents, overdueCount: z.number().int() }),
    }),
    missingRates: z.array(halfYearSchema),
    levels: z.array(z.object({ id: z.string(), label: z.string() })),
    clients: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
  levelLabels: z.record(z.string(), z.string()),
  filter: overviewFilterSchema,
  toActOn: rowsPageSchema,
  overdue: rowsPageSchema,
});
