import { parseFrenchDate } from '../kernel/localDate';
import type { ColumnMapping } from './importTypes';
import { isValidSiret, normalizeSiret } from '../ledger/identifiers';
import { clientDraftSchema, invoiceDraftSchema, type ClientKind } from '../ledger/schema';
import { formatEuros, MAX_AMOUNT_CENTS } from '../kernel/money';
import { readCsvAmount } from './amount';
import { cell, fieldProblem, leftEmpty, missing, parseClientKind, zodMessages, type RowResult } from './cells';
import { fieldLabel } from './guessMapping';
import { parseDocumentType, parseInvoiceStatus, type InvoiceStatusWord } from './status';

/**
 * One line of an invoices export → what it says, checked field by field. A fault in an optional
 * field (a SIRET whose key is wrong, an unreadable payment date) leaves that field empty with a
 * warning; only a fault in what makes the invoice (number, client, dates, amount) rejects the line.
 */

/** What the file says was paid on the invoice; null when it says nothing (no payment column, no status). */
export interface PaidInFile {
  cents: number;
  /** Which column said it. */
  source: 'paidAmount' | 'remainingAmount' | 'status';
}

/** A checked invoice or credit-note row; the client is still a name (the import finds or creates it). */
export interface InvoiceRowDraft {
  document: 'invoice' | 'credit';
  number: string;
  issueDate: string;
  /** For a credit note without a due date: its issue date. */
  dueDate: string;
  /** Positive cents: for a credit note, the credit's size. */
  amountTtcCents: number;
  amountHtCents: number | null;
  /** What was supplied ("Développement du site vitrine"). */
  description: string;
  notes: string;
  /** The status says « Annulée ». */
  cancelled: boolean;
  paid: PaidInFile | null;
  /** The payment date written in the file, if any (not yet checked against the invoice or today). */
  paidOn: string | null;
  client: {
    name: string;
    /** null when the file does not say (a new client is then a business). */
    kind: ClientKind | null;
    /** '' when unknown or invalid; digits only otherwise. */
    siret: string;
  };
  /** French sentences: what was left out of this line, and why. */
  warnings: string[];
}

const MAX_NOTES = 2000;
const MAX_DESCRIPTION = 500;

/** A text column, cut (with a warning) at what the invoice can hold rather than rejecting the line. */
function readText(cells: readonly string[], mapping: ColumnMapping, field: 'notes' | 'description', max: number, warnings: string[]): string {
  const text = cell(cells, mapping, field);
  if (text.length <= max) return text;
  warnings.push(`${label(field)}\u00a0: ${max} caractères au plus\u202f; la fin du texte n’a pas été reprise.`);
  return text.slice(0, max).trim();
}

const label = (f: string) => fieldLabel('invoices', f);
const euros = (cents: number) => formatEuros(cents);

type Amount = { ok: true; value: number } | { ok: false; reason: string };

function readAmount(cells: readonly string[], mapping: ColumnMapping, field: string): Amount | null {
  const raw = cell(cells, mapping, field);
  if (raw === '') return null;
  const parsed = readCsvAmount(raw);
  if (!parsed.ok) return { ok: false, reason: fieldProblem(label(field), raw, parsed.message) };
  if (Math.abs(parsed.value) > MAX_AMOUNT_CENTS) return { ok: false, reason: fieldProblem(label(field), raw, 'Ce montant est trop élevé (au plus 999 999 999,99\u00a0€).') };
  return { ok: true, value: parsed.value };
}

function statusName(cells: readonly string[], mapping: ColumnMapping): string {
  return `«\u00a0${cell(cells, mapping, 'status')}\u00a0»`;
}

/**
 * How much was paid, from the "Montant réglé" column, else the "Reste à payer" column, else the
 * status; with a warning whenever the columns disagree (the amounts win over the status).
 */
function readPaid(
  cells: readonly string[],
  mapping: ColumnMapping,
  ttc: number,
  status: InvoiceStatusWord | null,
  warnings: string[],
): PaidInFile | null {
  let paid: PaidInFile | null = null;
  const paidAmount = readAmount(cells, mapping, 'paidAmount');
  const remaining = readAmount(cells, mapping, 'remainingAmount');
  if (paidAmount && !paidAmount.ok) warnings.push(`${paidAmount.reason} Champ laissé vide.`);
  if (remaining && !remaining.ok) warnings.push(`${remaining.reason} Champ laissé vide.`);

  if (paidAmount?.ok) {
    if (paidAmount.value < 0) {
      warnings.push(`Montant réglé négatif (${euros(paidAmount.value)})\u00a0: champ laissé vide.`);
    } else {
      paid = { cents: paidAmount.value, source: 'paidAmount' };
      if (remaining?.ok && ttc - paidAmount.value !== remaining.value) {
        warnings.push(
          `Le montant réglé (${euros(paidAmount.value)}) et le reste à payer (${euros(remaining.value)}) ne font pas le montant TTC (${euros(ttc)})\u00a0: le montant réglé est retenu.`,
        );
      }
    }
  }
  if (!paid && remaining?.ok) {
    if (remaining.value > ttc) {
      warnings.push(`Le reste à payer (${euros(remaining.value)}) dépasse le montant TTC (${euros(ttc)})\u00a0: aucun paiement n’est enregistré.`);
      paid = { cents: 0, source: 'remainingAmount' };
    } else {
      paid = { cents: ttc - Math.max(0, remaining.value), source: 'remainingAmount' };
    }
  }
  if (!paid && status !== null) {
    if (status === 'paid') paid = { cents: ttc, source: 'status' };
    else if (status === 'unpaid') paid = { cents: 0, source: 'status' };
    else if (status === 'partial') {
      warnings.push(
        `Statut ${statusName(cells, mapping)} sans montant réglé\u00a0: aucun paiement n’est enregistré\u202f; ajoutez le paiement reçu sur la facture.`,
      );
    }
  }
  if (paid && paid.cents > ttc) {
    warnings.push(`Le montant réglé (${euros(paid.cents)}) dépasse le montant TTC (${euros(ttc)})\u00a0: la facture est enregistrée comme soldée.`);
    paid = { ...paid, cents: ttc };
  }
  if (paid && paid.source !== 'status' && status !== null) {
    const agrees =
      (status === 'paid' && paid.cents === ttc) ||
      (status === 'unpaid' && paid.cents < ttc) ||
      (status === 'partial' && paid.cents > 0 && paid.cents < ttc) ||
      status === 'cancelled';
    if (!agrees) {
      const what = paid.cents === 0 ? 'rien n’est réglé' : paid.cents === ttc ? 'elle est soldée' : `${euros(paid.cents)} sont réglés sur ${euros(ttc)}`;
      warnings.push(`Statut ${statusName(cells, mapping)}, mais d’après les montants ${what}\u00a0: les montants sont retenus.`);
    }
  }
  return paid;
}

function readDates(cells: readonly string[], mapping: ColumnMapping, credit: boolean, reasons: string[]): { issueDate: string; dueDate: string } {
  const dates = { issueDate: '', dueDate: '' };
  for (const f of ['issueDate', 'dueDate'] as const) {
    const raw = cell(cells, mapping, f);
    if (raw === '') {
      // A credit note has no due date: its issue date stands for it.
      if (!(credit && f === 'dueDate')) reasons.push(missing(label(f)));
      continue;
    }
    const parsed = parseFrenchDate(raw);
    if (parsed.ok) dates[f] = parsed.value;
    else if (!(credit && f === 'dueDate')) reasons.push(fieldProblem(label(f), raw, parsed.message));
  }
  if (credit && (dates.dueDate === '' || dates.dueDate < dates.issueDate)) dates.dueDate = dates.issueDate;
  return dates;
}

function readSiret(cells: readonly string[], mapping: ColumnMapping, warnings: string[]): string {
  const raw = cell(cells, mapping, 'clientSiret');
  const siret = normalizeSiret(raw);
  if (siret === '' || isValidSiret(siret)) return siret;
  warnings.push(leftEmpty(label('clientSiret'), siret.length <= 20 ? siret : raw, 'SIRET invalide\u00a0: 14 chiffres dont le dernier est une clé de contrôle.'));
  return '';
}

export function invoiceRowToDraft(cells: readonly string[], mapping: ColumnMapping): RowResult<InvoiceRowDraft> {
  const reasons: string[] = [];
  const warnings: string[] = [];

  const number = cell(cells, mapping, 'number');
  if (number === '') reasons.push(missing(label('number')));
  const clientName = cell(cells, mapping, 'clientName').replace(/\s+/g, ' ');
  if (clientName === '') reasons.push(missing(label('clientName')));

  const type = parseDocumentType(cell(cells, mapping, 'documentType'));
  if (!type.ok) warnings.push(type.message);
  const statusResult = parseInvoiceStatus(cell(cells, mapping, 'status'));
  if (!statusResult.ok) warnings.push(statusResult.message);
  const status = statusResult.ok ? statusResult.value : null;
  if (status === 'draft') {
    reasons.push(`Statut ${statusName(cells, mapping)}\u00a0: une facture qui n’a pas été émise n’est pas importée.`);
  }

  // Read before the dates (a credit note needs no due date), reported after them, in the order of the columns.
  const amountReasons: string[] = [];
  let amountTtcCents = 0;
  let negative = false;
  const ttc = readAmount(cells, mapping, 'amountTtc');
  if (!ttc) amountReasons.push(missing(label('amountTtc')));
  else if (!ttc.ok) amountReasons.push(ttc.reason);
  else if (ttc.value === 0) amountReasons.push(fieldProblem(label('amountTtc'), cell(cells, mapping, 'amountTtc'), 'Le montant doit être supérieur à zéro.'));
  else {
    negative = ttc.value < 0;
    amountTtcCents = Math.abs(ttc.value);
  }
  const credit = negative || (type.ok && type.value === 'credit') || status === 'credit';
  if (negative && type.ok && type.value === 'invoice') {
    warnings.push(`Montant TTC négatif sur une ligne de type «\u00a0${cell(cells, mapping, 'documentType')}\u00a0»\u00a0: elle est lue comme un avoir.`);
  }

  const dates = readDates(cells, mapping, credit, reasons);
  reasons.push(...amountReasons);

  let amountHtCents: number | null = null;
  const ht = readAmount(cells, mapping, 'amountHt');
  if (ht && !ht.ok) warnings.push(`${ht.reason} Champ laissé vide.`);
  if (ht?.ok) {
    const value = credit ? Math.abs(ht.value) : ht.value;
    if (value < 0) warnings.push(`Montant HT négatif (${euros(value)})\u00a0: champ laissé vide.`);
    else if (amountTtcCents > 0 && value > amountTtcCents) {
      warnings.push(`Le montant HT (${euros(value)}) dépasse le montant TTC (${euros(amountTtcCents)})\u00a0: champ laissé vide.`);
    } else amountHtCents = value;
  }

  let kind: ClientKind | null = null;
  const parsedKind = parseClientKind(cell(cells, mapping, 'clientKind'));
  if (parsedKind.ok) kind = parsedKind.value;
  else reasons.push(parsedKind.message);

  const siret = readSiret(cells, mapping, warnings);

  const description = readText(cells, mapping, 'description', MAX_DESCRIPTION, warnings);
  const notes = readText(cells, mapping, 'notes', MAX_NOTES, warnings);

  let paid: PaidInFile | null = null;
  let paidOn: string | null = null;
  if (!credit && amountTtcCents > 0) {
    paid = readPaid(cells, mapping, amountTtcCents, status, warnings);
    const rawDate = cell(cells, mapping, 'paymentDate');
    if (rawDate !== '') {
      const parsed = parseFrenchDate(rawDate);
      if (parsed.ok) paidOn = parsed.value;
      else warnings.push(`${fieldProblem(label('paymentDate'), rawDate, parsed.message)} Champ laissé vide.`);
    }
  }

  if (reasons.length > 0) return { ok: false, reasons, label: number };

  const invoice = invoiceDraftSchema.safeParse({
    number,
    clientId: 'import-row',
    issueDate: dates.issueDate,
    dueDate: dates.dueDate,
    amountTtcCents,
    amountHtCents,
    description,
    notes,
  });
  if (!invoice.success) reasons.push(...zodMessages(invoice.error.issues).map((m) => (credit ? m.replace('Le numéro de facture', 'Le numéro de l’avoir') : m)));
  const client = clientDraftSchema.safeParse({ kind: kind ?? 'business', name: clientName, siret });
  if (!client.success) reasons.push(...zodMessages(client.error.issues));
  if (!invoice.success || !client.success) return { ok: false, reasons, label: number };

  const v = invoice.data;
  return {
    ok: true,
    value: {
      document: credit ? 'credit' : 'invoice',
      number: v.number,
      issueDate: v.issueDate,
      dueDate: v.dueDate,
      amountTtcCents: v.amountTtcCents,
      amountHtCents: v.amountHtCents,
      description: v.description,
      notes: v.notes,
      cancelled: status === 'cancelled',
      paid,
      paidOn,
      client: { name: client.data.name, kind, siret: client.data.siret },
      warnings,
    },
  };
}
