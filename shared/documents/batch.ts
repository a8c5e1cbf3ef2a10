import { dunningStateOf, policyResolver } from '../dunning/engine';
import { DUNNING_TONES, LATE_CHARGES_LEVEL_ID, type DunningChannel, type DunningTone } from '../dunning/schema';
import type { LocalDate } from '../kernel/localDate';
import { invoiceBalance } from '../ledger/invoiceStatus';
import type { Client, Invoice, Settings } from '../ledger/schema';
import { MAX_INVOICES_PER_LETTER } from './contract';

/**
 * « Préparer les lettres du jour »: which letters today's dunning asks for. One pure function of the ledger and the
 * day, like the overview's « À relancer aujourd’hui » (the same engine, the same invoices): every invoice still owed
 * whose next step is due today and goes on paper (letter, registered letter, handed over) gets a letter at the tone
 * of that step, alone or grouped with the other invoices of its client due at the same step.
 */

/** 'invoice': one letter per invoice; 'client': one letter per client and step, with every invoice due at that step. */
export type BatchGrouping = 'invoice' | 'client';

export interface BatchLetterPlan {
  clientId: string;
  clientName: string;
  /** The step recorded on each invoice once the letter is sent. */
  levelId: string;
  tone: DunningTone;
  invoiceIds: string[];
  invoiceNumbers: string[];
}

const byName = new Intl.Collator('fr').compare;
const byNumber = new Intl.Collator('fr', { numeric: true }).compare;

type BatchData = { clients: readonly Client[]; invoices: readonly Invoice[]; settings: Settings };

/** The channels whose step is a letter on paper: the letters of the day. The others are sent from « À relancer aujourd’hui ». */
const PAPER_CHANNELS: ReadonlySet<DunningChannel> = new Set<DunningChannel>(['letter', 'registered-letter', 'hand']);

interface DueStep {
  invoice: Invoice;
  client: Client;
  levelId: string;
  tone: DunningTone;
  channel: DunningChannel;
}

/** Every invoice still owed whose next step is due today (the claim of a paid invoice's late charges is a step of its own). */
function dueSteps(data: BatchData, today: LocalDate): DueStep[] {
  const clients = new Map(data.clients.map((c) => [c.id, c]));
  const policyOf = policyResolver(data.clients, data.settings.defaultPolicy);
  const due: DueStep[] = [];
  for (const invoice of data.invoices) {
    if (invoice.cancelled || invoiceBalance(invoice).remainingCents === 0) continue;
    const client = clients.get(invoice.clientId);
    if (!client) continue;
    const state = dunningStateOf(invoice, policyOf(invoice.clientId), today);
    const level = state.nextLevel;
    if (!state.dueToday || !level || level.id === LATE_CHARGES_LEVEL_ID) continue;
    due.push({ invoice, client, levelId: level.id, tone: level.tone, channel: level.channel });
  }
  return due;
}

/** Today's steps that go by e-mail, SMS or phone: not in the letters of the day (the screen says how many, and where they are). */
export function dueByOtherChannels(data: BatchData, today: LocalDate): { invoiceNumber: string; channel: DunningChannel }[] {
  return dueSteps(data, today)
    .filter((d) => !PAPER_CHANNELS.has(d.channel))
    .map((d) => ({ invoiceNumber: d.invoice.number, channel: d.channel }))
    .sort((a, b) => byNumber(a.invoiceNumber, b.invoiceNumber));
}

/** 'paper': the steps by letter only (the default); 'all': also those planned by e-mail, SMS or phone, when the user prints them too. */
export type BatchSteps = 'paper' | 'all';

export function planDueLetters(data: BatchData, today: LocalDate, grouping: BatchGrouping, steps: BatchSteps = 'paper'): BatchLetterPlan[] {
  const due = dueSteps(data, today).filter((d) => steps === 'all' || PAPER_CHANNELS.has(d.channel));
  // In the order the envelopes are filled: by client, then by step, then by invoice number.
  due.sort(
    (a, b) =>
      byName(a.client.name, b.client.name) ||
      a.client.id.localeCompare(b.client.id) ||
      DUNNING_TONES.indexOf(a.tone) - DUNNING_TONES.indexOf(b.tone) ||
      a.levelId.localeCompare(b.levelId) ||
      byNumber(a.invoice.number, b.invoice.number),
  );
  const letters: BatchLetterPlan[] = [];
  for (const d of due) {
    const last = letters.at(-1);
    if (grouping === 'client' && last && last.clientId === d.client.id && last.levelId === d.levelId && last.invoiceIds.length < MAX_INVOICES_PER_LETTER) {
      last.invoiceIds.push(d.invoice.id);
      last.invoiceNumbers.push(d.invoice.number);
      continue;
    }
    letters.push({ clientId: d.client.id, clientName: d.client.name, levelId: d.levelId, tone: d.tone, invoiceIds: [d.invoice.id], invoiceNumbers: [d.invoice.number] });
  }
  return letters;
}
