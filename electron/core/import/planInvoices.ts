import { namesAgree } from '../../../shared/import/clientNames';
import type { InvoiceRowDraft } from '../../../shared/import/rowToDraft';
import { formatFrenchDate } from '../../../shared/kernel/localDate';
import type { ImportReport, ImportRowProblem, ImportUpdate } from '../../../shared/import/importTypes';
import { invoiceBalance } from '../../../shared/ledger/invoiceStatus';
import { creditNoteSchema, invoiceSchema, type Client, type CreditNote, type Database, type Invoice } from '../../../shared/ledger/schema';
import { formatEuros } from '../../../shared/kernel/money';
import { newId } from '../app/ids';
import { ClientMatcher, sharedSirets, type MatchResult } from './clientMatcher';
import { importedPayment, paymentDate } from './payments';
import { assumedBusinessNotes, clientCheck, paidLateNotes, paymentDateNotes, siretNotes, type PaymentDateSource } from './reportText';
import { invoiceNumberKey } from '../../../shared/kernel/identityKeys';

/**
 * Plan: what an invoices file changes in the ledger. New invoices come in with the payments the
 * file reports; invoices already known get what changed (payments, due date, note) and the report
 * says so; credit notes are recorded against their client. Pure: the same inputs give the same
 * ledger, and it is run again against the state the store hands over at write time.
 */

export interface Row<T> {
  line: number;
  draft: T;
}

export interface PlanContext {
  now: string;
  today: string;
  fileName: string;
  /** The user's own SIRET (identity.siret): never a client's. */
  ownSiret: string;
}

export interface Plan {
  next: Database;
  report: ImportReport;
  changed: boolean;
}


/** What the plan gathers while it walks the rows. */
class Gathered {
  readonly newInvoices: Invoice[] = [];
  readonly newCredits: CreditNote[] = [];
  readonly replaced = new Map<string, Invoice>();
  readonly updated: ImportUpdate[] = [];
  readonly duplicates: ImportRowProblem[] = [];
  readonly warnings: ImportRowProblem[] = [];
  readonly checks: ImportRowProblem[] = [];
  readonly fallbackDates = new Map<PaymentDateSource, string[]>();
  /** Invoices whose payment, dated by the file, came after their due date. */
  readonly paidLate: string[] = [];
  payments = 0;
  ownSiretLines = 0;
  /** Clients created as businesses because the file does not say which kind they are. */
  readonly assumedBusiness: string[] = [];

  warn(line: number, label: string, reasons: readonly string[]): void {
    for (const reason of reasons) this.warnings.push({ line, label, reason });
  }

  datedBy(source: PaymentDateSource, number: string, date: string, dueDate: string): void {
    if (source !== 'file') this.fallbackDates.set(source, [...(this.fallbackDates.get(source) ?? []), number]);
    else if (date > dueDate && !this.paidLate.includes(number)) this.paidLate.push(number);
  }
}

function noteMatch(g: Gathered, line: number, number: string, row: InvoiceRowDraft['client'], m: MatchResult, subject: 'invoice' | 'credit'): void {
  const rowName = row.name;
  if (m.ignoredSiret === 'own') g.ownSiretLines++;
  if (m.created && row.kind === null) g.assumedBusiness.push(m.client.name);
  const check = clientCheck(rowName, m, { name: m.client.name, created: m.created }, { kind: subject, number });
  if (check) g.checks.push({ line, label: number, reason: check });
}

function newInvoice(draft: InvoiceRowDraft, client: Client, ctx: PlanContext, g: Gathered): Invoice {
  const payments = [];
  const paidCents = draft.paid?.cents ?? 0;
  if (paidCents > 0) {
    const dated = paymentDate(draft, draft.paidOn, ctx.today);
    payments.push(importedPayment(dated.date, paidCents, ctx.fileName, ctx.now));
    g.datedBy(dated.source, draft.number, dated.date, draft.dueDate);
    if (dated.warning) draft.warnings.push(dated.warning);
    g.payments++;
  }
  if (draft.cancelled) draft.warnings.push('Facture annulée dans le fichier\u00a0: elle est importée comme annulée et ne sera pas relancée.');
  return invoiceSchema.parse({
    id: newId(),
    number: draft.number,
    clientId: client.id,
    issueDate: draft.issueDate,
    dueDate: draft.dueDate,
    amountTtcCents: draft.amountTtcCents,
    amountHtCents: draft.amountHtCents,
    description: draft.description,
    notes: draft.notes,
    payments,
    cancelled: draft.cancelled,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
}

/** What a line of the file changes on an invoice Relance already has, and what it leaves alone (warnings). */
function updateInvoice(
  existing: Invoice,
  draft: InvoiceRowDraft,
  clientName: string,
  ctx: PlanContext,
  g: Gathered,
): { invoice: Invoice; changes: string[]; warnings: string[] } {
  const changes: string[] = [];
  const warnings: string[] = [];
  let invoice = existing;

  if (draft.dueDate !== existing.dueDate) {
    if (draft.dueDate >= existing.issueDate) {
      changes.push(`Échéance\u00a0: ${formatFrenchDate(existing.dueDate)} → ${formatFrenchDate(draft.dueDate)}.`);
      invoice = { ...invoice, dueDate: draft.dueDate };
    } else {
      warnings.push(`L’échéance du fichier (${formatFrenchDate(draft.dueDate)}) précède la date de la facture dans Relance\u00a0: elle n’a pas été reprise.`);
    }
  }

  if (draft.paid) {
    const { paidCents, remainingCents } = invoiceBalance(existing);
    const filePaid = Math.min(draft.paid.cents, existing.amountTtcCents);
    if (filePaid > paidCents) {
      const dated = paymentDate(invoice, draft.paidOn, ctx.today);
      const amount = filePaid - paidCents;
      invoice = { ...invoice, payments: [...invoice.payments, importedPayment(dated.date, amount, ctx.fileName, ctx.now)] };
      g.datedBy(dated.source, draft.number, dated.date, invoice.dueDate);
      g.payments++;
      const settles = amount === remainingCents;
      changes.push(
        `Paiement de ${formatEuros(amount)} enregistré, daté du ${formatFrenchDate(dated.date)}${
          settles ? '\u00a0: la facture est soldée.' : ` (réglé en tout\u00a0: ${formatEuros(filePaid)} sur ${formatEuros(existing.amountTtcCents)}).`
        }`,
      );
      if (dated.warning) warnings.push(dated.warning);
    } else if (filePaid < paidCents) {
      warnings.push(
        `Le fichier indique ${formatEuros(filePaid)} réglés, Relance en a enregistré ${formatEuros(paidCents)}\u00a0: les paiements n’ont pas été modifiés.`,
      );
    }
  }

  if (draft.description !== '' && existing.description === '') {
    changes.push('Objet de la facture repris du fichier.');
    invoice = { ...invoice, description: draft.description };
  }
  if (draft.notes !== '' && existing.notes === '') {
    changes.push('Note reprise du fichier.');
    invoice = { ...invoice, notes: draft.notes };
  }
  if (draft.cancelled && !existing.cancelled) {
    changes.push('Marquée comme annulée\u00a0: elle ne sera plus relancée.');
    invoice = { ...invoice, cancelled: true };
  }

  if (draft.amountTtcCents !== existing.amountTtcCents) {
    warnings.push(
      `Le fichier indique un montant TTC de ${formatEuros(draft.amountTtcCents)}, Relance ${formatEuros(existing.amountTtcCents)}\u00a0: le montant n’a pas été modifié\u202f; corrigez la facture si besoin.`,
    );
  }
  if (draft.issueDate !== existing.issueDate) {
    warnings.push(
      `Le fichier date la facture du ${formatFrenchDate(draft.issueDate)}, Relance du ${formatFrenchDate(existing.issueDate)}\u00a0: la date n’a pas été modifiée.`,
    );
  }
  if (!namesAgree(clientName, draft.client.name)) {
    warnings.push(`Le fichier range cette facture chez «\u00a0${draft.client.name}\u00a0», Relance chez «\u00a0${clientName}\u00a0»\u00a0: le client n’a pas été changé.`);
  }
  if (changes.length > 0) invoice = { ...invoice, updatedAt: ctx.now };
  return { invoice, changes, warnings };
}

function planCredit(
  line: number,
  draft: InvoiceRowDraft,
  known: Map<string, CreditNote>,
  seen: Map<string, number>,
  matcher: ClientMatcher,
  ctx: PlanContext,
  g: Gathered,
): void {
  const key = invoiceNumberKey(draft.number);
  const earlier = seen.get(key);
  if (earlier !== undefined) {
    g.duplicates.push({ line, label: draft.number, reason: `L’avoir ${draft.number} figure déjà à la ligne ${earlier} du fichier.` });
    return;
  }
  seen.set(key, line);
  const existing = known.get(key);
  if (existing) {
    g.duplicates.push({ line, label: draft.number, reason: `L’avoir ${draft.number} existe déjà.` });
    if (existing.amountTtcCents !== draft.amountTtcCents) {
      g.warn(line, draft.number, [
        `Le fichier indique un avoir de ${formatEuros(draft.amountTtcCents)}, Relance ${formatEuros(existing.amountTtcCents)}\u00a0: l’avoir n’a pas été modifié.`,
      ]);
    }
    return;
  }
  const m = matcher.match(draft.client);
  noteMatch(g, line, draft.number, draft.client, m, 'credit');
  g.newCredits.push(
    creditNoteSchema.parse({
      id: newId(),
      number: draft.number,
      clientId: m.client.id,
      issueDate: draft.issueDate,
      amountTtcCents: draft.amountTtcCents,
      notes: draft.notes,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    }),
  );
  g.warn(line, draft.number, draft.warnings);
}

export function planInvoices(current: Database, rows: readonly Row<InvoiceRowDraft>[], rejected: ImportRowProblem[], ctx: PlanContext): Plan {
  const shared = sharedSirets(rows.map((r) => r.draft.client));
  const matcher = new ClientMatcher(current.clients, ctx.ownSiret, new Set(shared.keys()), ctx.now);
  const clientsById = new Map(current.clients.map((c) => [c.id, c]));
  const knownInvoices = new Map(current.invoices.map((i) => [invoiceNumberKey(i.number), i]));
  const knownCredits = new Map(current.creditNotes.map((n) => [invoiceNumberKey(n.number), n]));
  const seenInvoices = new Map<string, number>();
  const seenCredits = new Map<string, number>();
  const g = new Gathered();

  for (const { line, draft: original } of rows) {
    const draft = { ...original, warnings: [...original.warnings] };
    if (draft.document === 'credit') {
      planCredit(line, draft, knownCredits, seenCredits, matcher, ctx, g);
      continue;
    }
    const key = invoiceNumberKey(draft.number);
    const earlier = seenInvoices.get(key);
    if (earlier !== undefined) {
      g.duplicates.push({ line, label: draft.number, reason: `La facture ${draft.number} figure déjà à la ligne ${earlier} du fichier.` });
      continue;
    }
    seenInvoices.set(key, line);

    const existing = knownInvoices.get(key);
    if (existing) {
      const clientName = clientsById.get(existing.clientId)?.name ?? draft.client.name;
      const { invoice, changes, warnings } = updateInvoice(existing, draft, clientName, ctx, g);
      if (changes.length > 0) {
        g.replaced.set(invoice.id, invoice);
        g.updated.push({ line, label: draft.number, changes });
      } else {
        g.duplicates.push({ line, label: draft.number, reason: `La facture ${draft.number} existe déjà.` });
      }
      g.warn(line, draft.number, warnings);
      continue;
    }

    const m = matcher.match(draft.client);
    noteMatch(g, line, draft.number, draft.client, m, 'invoice');
    g.newInvoices.push(newInvoice(draft, m.client, ctx, g));
    g.warn(line, draft.number, draft.warnings);
  }

  const invoices = current.invoices.map((i) => g.replaced.get(i.id) ?? i);
  const notes = [...siretNotes(ctx.ownSiret, g.ownSiretLines, shared), ...paymentDateNotes(g.fallbackDates, ctx.today), ...paidLateNotes(g.paidLate), ...assumedBusinessNotes(g.assumedBusiness)];
  return {
    next: {
      ...current,
      clients: [...current.clients, ...matcher.created],
      invoices: [...invoices, ...g.newInvoices],
      creditNotes: [...current.creditNotes, ...g.newCredits],
    },
    changed: g.newInvoices.length > 0 || g.newCredits.length > 0 || g.replaced.size > 0,
    report: {
      kind: 'invoices',
      created: g.newInvoices.length,
      clientsCreated: matcher.created.length,
      creditNotesCreated: g.newCredits.length,
      paymentsRecorded: g.payments,
      updated: g.updated,
      duplicates: g.duplicates,
      rejected,
      warnings: g.warnings,
      checks: g.checks,
      notes,
    },
  };
}
