import { formatFrenchDate, parseFrenchDate } from '../../../../shared/kernel/localDate';
import { DEFAULT_PAYMENT_TERM, dueDateForTerm, type PaymentTerm } from '../../../../shared/law/paymentTerms';
import { invoiceDraftSchema, type Invoice, type InvoiceDraft } from '../../../../shared/ledger/schema';
import { formatAmountForInput, parseEuroAmount } from '../../../../shared/kernel/money';
import { formatRateForInput, parseRatePercent } from '../../ui/rate';
import { issuesToFields } from '../../ui/zodFields';
import type { FieldErrors } from '../../ui/fieldErrors';

/** What the invoice form holds: the text the user typed. Keys match the draft's field paths. */
export interface InvoiceFormValues {
  number: string;
  clientId: string;
  issueDate: string;
  dueDate: string;
  amountTtcCents: string;
  amountHtCents: string;
  contractualLateRateBp: string;
  /** What was supplied: the letters name it beside the number. */
  description: string;
  notes: string;
}
export type InvoiceFormField = keyof InvoiceFormValues;


export function newInvoiceForm(today: string, number: string, clientId = ''): InvoiceFormValues {
  return {
    number,
    clientId,
    issueDate: formatFrenchDate(today),
    dueDate: formatFrenchDate(dueDateForTerm(DEFAULT_PAYMENT_TERM, today)),
    amountTtcCents: '',
    amountHtCents: '',
    contractualLateRateBp: '',
    description: '',
    notes: '',
  };
}

export function invoiceToForm(inv: Invoice): InvoiceFormValues {
  return {
    number: inv.number,
    clientId: inv.clientId,
    issueDate: formatFrenchDate(inv.issueDate),
    dueDate: formatFrenchDate(inv.dueDate),
    amountTtcCents: formatAmountForInput(inv.amountTtcCents),
    amountHtCents: inv.amountHtCents === null ? '' : formatAmountForInput(inv.amountHtCents),
    contractualLateRateBp: inv.contractualLateRateBp === null ? '' : formatRateForInput(inv.contractualLateRateBp),
    description: inv.description,
    notes: inv.notes,
  };
}

/**
 * The due date the payment term gives for the invoice date typed (dd/mm/yyyy), or null when the term is « a date »
 * typed by the user or the invoice date is not a date yet: the due date then stays as it is.
 */
export function dueDateFollowing(issueDateText: string, term: PaymentTerm): string | null {
  if (term === 'date') return null;
  const issue = parseFrenchDate(issueDateText);
  return issue.ok ? formatFrenchDate(dueDateForTerm(term, issue.value)) : null;
}

export type InvoiceFormResult = { ok: true; draft: InvoiceDraft } | { ok: false; errors: FieldErrors };

/** Checks every field as the core would, with messages in French; returns the draft to send. */
export function validateInvoiceForm(values: InvoiceFormValues, id?: string): InvoiceFormResult {
  const errors: FieldErrors = {};
  const number = values.number.trim();
  if (number === '') errors.number = 'Le numéro de facture est obligatoire.';
  if (values.clientId === '') errors.clientId = 'Choisissez un client (ou créez-en un).';
  const issue = parseFrenchDate(values.issueDate);
  if (!issue.ok) errors.issueDate = issue.message;
  const due = parseFrenchDate(values.dueDate);
  if (!due.ok) errors.dueDate = due.message;
  const ttc = parseEuroAmount(values.amountTtcCents);
  if (!ttc.ok) errors.amountTtcCents = ttc.message;
  let ht: number | null = null;
  if (values.amountHtCents.trim() !== '') {
    const parsed = parseEuroAmount(values.amountHtCents, { allowZero: true });
    if (parsed.ok) ht = parsed.value;
    else errors.amountHtCents = parsed.message;
  }
  let rate: number | null = null;
  if (values.contractualLateRateBp.trim() !== '') {
    const parsed = parseRatePercent(values.contractualLateRateBp);
    if (parsed.ok) rate = parsed.value;
    else errors.contractualLateRateBp = parsed.message;
  }
  const draft: InvoiceDraft = {
    ...(id ? { id } : {}),
    number,
    clientId: values.clientId || 'x',
    issueDate: issue.ok ? issue.value : '2000-01-01',
    dueDate: due.ok ? due.value : issue.ok ? issue.value : '2000-01-01',
    amountTtcCents: ttc.ok ? ttc.value : 1,
    amountHtCents: ht,
    contractualLateRateBp: rate,
    description: values.description,
    notes: values.notes,
  };
  // The shared schema adds length limits and cross-field checks (due date, HT ≤ TTC).
  const parsed = invoiceDraftSchema.safeParse(draft);
  if (!parsed.success) {
    for (const [path, message] of Object.entries(issuesToFields(parsed.error.issues))) {
      if (!errors[path] && isFormField(path) && fieldWasUsable(path, errors)) errors[path] = message;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, draft };
}

function isFormField(path: string): path is InvoiceFormField {
  return ['number', 'clientId', 'issueDate', 'dueDate', 'amountTtcCents', 'amountHtCents', 'contractualLateRateBp', 'description', 'notes'].includes(path);
}

/** A cross-field message only makes sense when the fields it compares were both understood. */
function fieldWasUsable(path: InvoiceFormField, errors: FieldErrors): boolean {
  if (path === 'dueDate') return !errors.issueDate;
  if (path === 'amountHtCents') return !errors.amountTtcCents;
  return true;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** "F-2025-009" → { prefix: "F-2025-", digits: "009", suffix: "" }: the last run of digits, by a scan from the end. */
function splitNumber(number: string): { prefix: string; digits: string; suffix: string } | null {
  let end = number.length;
  while (end > 0 && !isDigit(number[end - 1]!)) end--;
  if (end === 0) return null;
  let start = end;
  while (start > 0 && isDigit(number[start - 1]!)) start--;
  return { prefix: number.slice(0, start), digits: number.slice(start, end), suffix: number.slice(end) };
}

/** Proposes the number after the most recent one: "F-2025-009" → "F-2025-010". */
export function suggestNextNumber(numbers: readonly string[]): string {
  const last = numbers[numbers.length - 1];
  const parts = last ? splitNumber(last) : null;
  if (!parts) return '';
  const next = String(BigInt(parts.digits) + 1n).padStart(parts.digits.length, '0');
  const candidate = `${parts.prefix}${next}${parts.suffix}`;
  return numbers.includes(candidate) ? '' : candidate;
}

export interface NumberedInvoice {
  number: string;
  createdAt: string;
  /** Created with the app's form (not imported): its number is in the user's own series. */
  numberedInApp?: boolean;
}

/**
 * The number to suggest for a new invoice: the next one in the user's own series, i.e. the series (same text around
 * the last run of digits, case aside) of the last invoice created in the app, never of an imported quote or of the
 * last line of a CSV. Before any invoice was created in the app: the series most invoices belong to (ties: the most
 * recent). The next number is one above the highest number of that series (imported ones included, so it never
 * clashes), with the same zero padding; empty when there is no series to follow.
 */
export function suggestInvoiceNumber(invoices: readonly NumberedInvoice[]): string {
  const seriesOf = (n: string): string | null => {
    const p = splitNumber(n.trim());
    return p ? `${p.prefix.toLocaleUpperCase('fr-FR')}\u0000${p.suffix.toLocaleUpperCase('fr-FR')}` : null;
  };
  const byCreation = [...invoices].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  let base = byCreation.filter((i) => i.numberedInApp).at(-1);
  if (!base) {
    const series = new Map<string, { count: number; last: NumberedInvoice }>();
    for (const inv of byCreation) {
      const key = seriesOf(inv.number);
      if (key === null) continue;
      const entry = series.get(key);
      series.set(key, { count: (entry?.count ?? 0) + 1, last: inv });
    }
    let best: { count: number; last: NumberedInvoice } | undefined;
    for (const entry of series.values()) if (!best || entry.count > best.count || (entry.count === best.count && entry.last.createdAt >= best.last.createdAt)) best = entry;
    base = best?.last;
  }
  const parts = base ? splitNumber(base.number.trim()) : null;
  if (!base || !parts) return '';
  const key = seriesOf(base.number)!;
  let highest = BigInt(parts.digits);
  let width = parts.digits.length;
  for (const inv of invoices) {
    if (seriesOf(inv.number) !== key) continue;
    const p = splitNumber(inv.number.trim())!;
    const value = BigInt(p.digits);
    if (value > highest) highest = value;
    width = Math.max(width, p.digits.length);
  }
  const taken = new Set(invoices.map((i) => i.number.trim().toLocaleUpperCase('fr-FR')));
  for (let next = highest + 1n, tries = 0; tries < 1000; next++, tries++) {
    const candidate = `${parts.prefix}${String(next).padStart(width, '0')}${parts.suffix}`;
    if (!taken.has(candidate.toLocaleUpperCase('fr-FR'))) return candidate;
  }
  return '';
}
