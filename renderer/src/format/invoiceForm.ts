import { addDays, formatFrenchDate, parseFrenchDate } from '../../../shared/dates/localDate';
import { invoiceDraftSchema, type Invoice, type InvoiceDraft } from '../../../shared/ledger/schema';
import { formatAmountForInput, parseEuroAmount } from '../../../shared/money/money';
import { formatRateForInput, parseRatePercent } from './rate';
import { issuesToFields } from './zodFields';

/** What the invoice form holds: the text the user typed. Keys match the draft's field paths. */
export interface InvoiceFormValues {
  number: string;
  clientId: string;
  issueDate: string;
  dueDate: string;
  amountTtcCents: string;
  amountHtCents: string;
  contractualLateRateBp: string;
  notes: string;
}
export type InvoiceFormField = keyof InvoiceFormValues;
export type FieldErrors = Partial<Record<string, string>>;

export const DEFAULT_PAYMENT_TERM_DAYS = 30;

export function newInvoiceForm(today: string, number: string, clientId = ''): InvoiceFormValues {
  return {
    number,
    clientId,
    issueDate: formatFrenchDate(today),
    dueDate: formatFrenchDate(addDays(today, DEFAULT_PAYMENT_TERM_DAYS)),
    amountTtcCents: '',
    amountHtCents: '',
    contractualLateRateBp: '',
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
    notes: inv.notes,
  };
}

/** The due date to propose when the issue date is valid and the due date still empty. */
export function proposedDueDate(values: InvoiceFormValues): string | null {
  if (values.dueDate.trim() !== '') return null;
  const issue = parseFrenchDate(values.issueDate);
  return issue.ok ? formatFrenchDate(addDays(issue.value, DEFAULT_PAYMENT_TERM_DAYS)) : null;
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
  return ['number', 'clientId', 'issueDate', 'dueDate', 'amountTtcCents', 'amountHtCents', 'contractualLateRateBp', 'notes'].includes(path);
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

/** Proposes the number after the most recent one: "F-2025-009" → "F-2025-010". */
export function suggestNextNumber(numbers: readonly string[]): string {
  const last = numbers[numbers.length - 1];
  if (!last) return '';
  // The last run of digits, found by scanning from the end (no backtracking pattern).
  let end = last.length;
  while (end > 0 && !isDigit(last[end - 1]!)) end--;
  if (end === 0) return '';
  let start = end;
  while (start > 0 && isDigit(last[start - 1]!)) start--;
  const prefix = last.slice(0, start);
  const digits = last.slice(start, end);
  const suffix = last.slice(end);
  const next = String(Number(digits) + 1).padStart(digits.length, '0');
  const candidate = `${prefix}${next}${suffix}`;
  return numbers.includes(candidate) ? '' : candidate;
}
