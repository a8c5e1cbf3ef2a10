import { addDays, type LocalDate } from '../kernel/localDate';
import { frenchTypography } from '../kernel/frenchTypography';
import { policyResolver } from '../dunning/engine';
import { formalNoticeRecordOf, penaltiesOf } from '../dunning/overview';
import type { DunningPolicy, DunningTone } from '../dunning/schema';
import type { Client, Invoice, Settings } from '../ledger/schema';
import type { LetterFacts, LetterIdentity, LetterInvoiceFacts, LetterProcedure } from './composeLetter';
import type { LetterTemplates } from './templatesSchema';

const fr = frenchTypography;

/**
 * The facts of a letter, read from the ledger on the letter's date: each invoice's décompte is drawn up by the law
 * (penaltiesOf, the same as the overview's) as of that date, with the client's policy for a mise en demeure
 * recorded in the app, and the dates and channel default to what the policy's level of that tone says.
 */

/** The payment deadline a letter grants when its level says nothing (the mise en demeure's usual 8 days). */
export const DEFAULT_PAYMENT_DEADLINE_DAYS = 8;

export interface LetterRequest {
  readonly clientId: string;
  /** One invoice, or several of the client for a grouped letter. */
  readonly invoiceIds: readonly string[];
  readonly tone: DunningTone;
  readonly letterDate: LocalDate;
  /** Null or absent: defaultPaymentDeadline. */
  readonly paymentDeadline?: LocalDate | null;
  /** Null or absent: registered when the policy's level of this tone goes by registered letter. */
  readonly registeredMail?: boolean | null;
  readonly registeredNumber?: string | null;
  readonly variantId?: string | null;
  readonly procedure?: LetterProcedure;
  readonly clientReference?: string | null;
}

export interface LetterLedger {
  readonly identity: LetterIdentity;
  readonly clients: readonly Client[];
  readonly invoices: readonly Invoice[];
  readonly settings: Pick<Settings, 'defaultPolicy' | 'extraRates'>;
}

/**
 * The date a letter asks payment by, unless the user sets another: the (earliest) due date for a reminder before it,
 * otherwise the letter's date plus the level's payment deadline (8 days by default).
 */
export function defaultPaymentDeadline(tone: DunningTone, letterDate: LocalDate, dueDates: readonly LocalDate[], policy?: DunningPolicy): LocalDate {
  if (tone === 'courtesy') {
    const earliest = [...dueDates].sort()[0];
    return earliest !== undefined && earliest > letterDate ? earliest : letterDate;
  }
  const level = policy?.levels.find((l) => l.tone === tone);
  return addDays(letterDate, level?.paymentDeadlineDays ?? DEFAULT_PAYMENT_DEADLINE_DAYS);
}

export function letterFactsFromLedger(
  ledger: LetterLedger,
  request: LetterRequest,
  templates?: LetterTemplates,
): { ok: true; facts: LetterFacts } | { ok: false; errors: string[] } {
  const client = ledger.clients.find((c) => c.id === request.clientId);
  if (!client) return { ok: false, errors: ['Ce client n’existe plus.'] };
  const byId = new Map(ledger.invoices.map((i) => [i.id, i]));
  const errors: string[] = [];
  const invoices: Invoice[] = [];
  for (const id of request.invoiceIds) {
    const invoice = byId.get(id);
    if (!invoice) errors.push('Une des factures choisies n’existe plus.');
    else if (invoice.cancelled) errors.push(fr(`La facture n° ${invoice.number} est annulée : elle ne peut pas figurer dans une lettre.`));
    else invoices.push(invoice);
  }
  if (errors.length > 0) return { ok: false, errors: [...new Set(errors)] };
  const policy = policyResolver(ledger.clients, ledger.settings.defaultPolicy)(client.id);
  const invoiceFacts: LetterInvoiceFacts[] = invoices.map((invoice) => ({
    invoice,
    decompte: penaltiesOf(invoice, client.kind, request.letterDate, ledger.settings, policy),
    formalNoticeSentOn: formalNoticeRecordOf(invoice, policy)?.sentOn ?? null,
  }));
  const level = policy.levels.find((l) => l.tone === request.tone);
  return {
    ok: true,
    facts: {
      identity: ledger.identity,
      client,
      invoices: invoiceFacts,
      tone: request.tone,
      letterDate: request.letterDate,
      paymentDeadline: request.paymentDeadline ?? defaultPaymentDeadline(request.tone, request.letterDate, invoices.map((i) => i.dueDate), policy),
      registeredMail: request.registeredMail ?? level?.channel === 'registered-letter',
      registeredNumber: request.registeredNumber ?? null,
      variantId: request.variantId ?? null,
      ...(templates ? { templates } : {}),
      ...(request.procedure ? { procedure: request.procedure } : {}),
      clientReference: request.clientReference ?? null,
      extraRates: ledger.settings.extraRates,
    },
  };
}
