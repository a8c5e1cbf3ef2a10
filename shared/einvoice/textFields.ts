import { readCsvAmount } from '../import/amount';
import { stripAccents } from '../kernel/identityKeys';
import { isLocalDate } from '../kernel/localDate';
import { normalizeVatNumber } from '../ledger/identifiers';
import { emptyParty, found, guessed, type Field, type InvoiceProposal, type ProposedParty } from './proposal';

/**
 * Fields of an invoice found in its text, for a PDF without embedded XML. Only what a label names is proposed:
 * French, English and German labels ("Facture n°", "Date d'échéance", "Net à payer", "Invoice number", "Amount due",
 * "Rechnungsnummer", …). A value right after its label is 'found'; one read around it (before the label, on the next
 * line) or inferred ('Free SAS au capital …' as the seller) is 'guessed'. Lines are cut short and patterns are
 * anchored on labels, so that a long text costs linear time.
 */

const MAX_TEXT = 400_000;
const MAX_LINE = 400;

type Label = RegExp;

const NUMBER_LABELS: Label[] = [
  /\b(?:facture|avoir)\s*(?:n[°ºo]|num[ée]ro)\s*\.?\s*:?\s*/i,
  /\bn[°ºo]\s*(?:de\s+)?(?:la\s+)?(?:facture|d['’]avoir)\s*:?\s*/i,
  /\binvoice\s*(?:number|no\.?|n[°º]|#)\s*:?\s*/i,
  /\b(?:rechnungsnummer|rechnungs-nr\.?|rechnung\s+nr\.?)\s*:?\s*/i,
];
const ISSUE_LABELS: Label[] = [
  /\bdate\s+(?:de\s+(?:la\s+)?facture|de\s+facturation|d['’][ée]mission)\s*:?\s*/i,
  /\b(?:facture|avoir)\s*n[°ºo]\s*\S+\s+du\s+/i,
  /\binvoice\s+date\s*:?\s*/i,
  /\brechnungsdatum\s*:?\s*/i,
];
const DUE_LABELS: Label[] = [
  /\bdate\s+d['’][ée]ch[ée]ance\s*:?\s*/i,
  /\b[ée]ch[ée]ance\s*:?\s*(?:le\s+)?/i,
  /\bdate\s+limite\s+de\s+(?:paiement|r[èe]glement)\s*:?\s*(?:le\s+)?/i,
  /\b[àa]\s+(?:payer|r[ée]gler)\s+(?:avant\s+le|au\s+plus\s+tard\s+le|le)\s+/i,
  /\b(?:due\s+date|payment\s+due(?:\s+date)?|date\s+due)\s*:?\s*(?:on\s+)?/i,
  /\b(?:f[äa]lligkeitsdatum|f[äa]llig\s+am|zahlbar\s+bis)\s*:?\s*/i,
];
const TOTAL_LABELS: Label[] = [
  /\b(?:total|montant)\s+(?:g[ée]n[ée]ral\s+)?ttc\s*:?\s*/i,
  /\bmontant\s+total\s*:?\s*/i,
  /\b(?:invoice\s+total|total\s+for\s+this\s+invoice|grand\s+total|total\s+amount)\s*:?\s*/i,
  /\b(?:brutto|gesamtbetrag|rechnungsbetrag)\s*:?\s*/i,
];
const DUE_AMOUNT_LABELS: Label[] = [
  /\bnet\s+[àa]\s+payer\s*:?\s*/i,
  /\b(?:somme|montant|reste)\s+(?:restant\s+)?[àa]\s+payer\s*:?\s*/i,
  /\bsolde\s+d[ûu]\s*:?\s*/i,
  /\b(?:total\s+)?amount\s+due(?:\s+on\s+[^$€£\d]{0,20}\d{1,2}[\s,]{1,4}\d{4})?[\s:]{0,4}/i,
  /\b(?:balance|total)\s+due\s*:?\s*/i,
  /\b(?:zahlbetrag|zu\s+zahlen)\s*:?\s*/i,
];

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, december: 12,
  jan: 1, feb: 2, fev: 2, mar: 3, apr: 4, avr: 4, jun: 6, jul: 7, juil: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  januar: 1, februar: 2, marz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
};

function iso(year: number, month: number, day: number): string | null {
  const v = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isLocalDate(v) ? v : null;
}

/** The first date at the start of a text: 02/07/2015, 02.07.2015, 2015-07-02, 02 juillet 2015, August 3, 2014, 3 Aug 2014. */
export function leadingDate(text: string): string | null {
  const s = stripAccents(text.slice(0, 60)).toLowerCase();
  let m = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})/.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})(?:er)?\.?\s+([a-z]{3,9})\.?\s+(\d{4})/.exec(s);
  if (m && MONTHS[m[2]!]) return iso(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]));
  m = /^([a-z]{3,9})\.?\s+(\d{1,2})[\s,]{1,4}(\d{4})/.exec(s);
  if (m && MONTHS[m[1]!]) return iso(Number(m[3]), MONTHS[m[1]!]!, Number(m[2]));
  return null;
}

interface Money {
  cents: number;
  currency: string;
}

const AMOUNT = /(?:(?<pre>[$€£])\s*)?(?<num>-?\d{1,3}(?:[ \u00a0\u202f.,']\d{3})*[.,]\d{2})(?!\d)\s*(?<post>[$£€]|EUR|USD|GBP)?/gi;

function currencyOf(mark: string | undefined): string {
  const m = (mark ?? '').toUpperCase();
  if (m === '€' || m === 'EUR') return 'EUR';
  if (m === '$' || m === 'USD') return 'USD';
  if (m === '£' || m === 'GBP') return 'GBP';
  return '';
}

function amounts(text: string): Money[] {
  const out: Money[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const parsed = readCsvAmount(m.groups!.num!);
    if (parsed.ok) out.push({ cents: parsed.value, currency: currencyOf(m.groups!.pre ?? m.groups!.post) });
  }
  return out;
}

interface Hit {
  after: string;
  before: string;
  next: string;
}

function* labelHits(lines: readonly string[], labels: readonly Label[]): Generator<Hit> {
  for (const label of labels) {
    for (let i = 0; i < lines.length; i++) {
      const m = label.exec(lines[i]!);
      if (m) yield { after: lines[i]!.slice(m.index + m[0].length), before: lines[i]!.slice(0, m.index), next: lines[i + 1] ?? '' };
    }
  }
}

function findNumber(lines: readonly string[]): Field<string> {
  for (const hit of labelHits(lines, NUMBER_LABELS)) {
    const m = /^([A-Z0-9][A-Z0-9/_.-]{0,38}[A-Z0-9]|[A-Z0-9])\b/i.exec(hit.after.trim());
    if (m && /\d/.test(m[1]!)) return found(m[1]!);
  }
  return null;
}

function findDate(lines: readonly string[], labels: readonly Label[]): Field<string> {
  for (const hit of labelHits(lines, labels)) {
    const here = leadingDate(hit.after.trim());
    if (here) return found(here);
    const next = hit.after.trim() === '' ? leadingDate(hit.next.trim()) : null;
    if (next) return guessed(next);
  }
  return null;
}

function findAmount(lines: readonly string[], labels: readonly Label[]): { field: Field<number>; currency: string } | null {
  for (const hit of labelHits(lines, labels)) {
    const after = amounts(hit.after)[0];
    if (after && hit.after.trim().length - hit.after.trimStart().length < 40) return { field: found(Math.abs(after.cents)), currency: after.currency };
    const before = amounts(hit.before).at(-1);
    if (before) return { field: guessed(Math.abs(before.cents)), currency: before.currency };
    const next = hit.after.trim() === '' ? amounts(hit.next)[0] : undefined;
    if (next) return { field: guessed(Math.abs(next.cents)), currency: next.currency };
  }
  return null;
}

const LEGAL_FORM = '(?:SAS|SASU|SARL|EURL|SA|SNC|GmbH|AG|Inc\\.?|Ltd\\.?|LLC)';

function findSeller(text: string): ProposedParty {
  let name: Field<string> = null;
  const capital = new RegExp(`([A-Z][\\w&'’-]{0,30}(?: [A-Z][\\w&'’-]{0,30}){0,4}),? ${LEGAL_FORM} au capital`).exec(text);
  if (capital) name = guessed(capital[1]!);
  if (!name) {
    const any = new RegExp(`([A-Z][\\w&'’-]{0,30}(?: [A-Z][\\w&'’-]{0,30}){0,4}),? ${LEGAL_FORM}(?!\\w)`).exec(text);
    if (any) name = guessed(`${any[1]!}${any[0].slice(any[1]!.length)}`.trim());
  }
  const vat = /\b(?:tva\s+intra(?:[\s-]?communautaire)?|n[°º] ?(?:de\s+)?tva|vat\s+(?:number|no\.?|reg(?:istration)?\.? ?(?:no\.?)?)|ust-?idnr\.?)[\s:]{0,4}((?:FR|DE|BE|LU|ES|IT|NL|GB|IE)[\s\dA-Z]{8,20})/i.exec(text);
  const vatNumber = vat ? (/^(?:FR[0-9A-Z]{2}\d{9}|[A-Z]{2}\d{8,12})/.exec(normalizeVatNumber(vat[1]!))?.[0] ?? '') : '';
  const siretM = /\bSIRET[\s:]{0,4}(\d{3}\s?\d{3}\s?\d{3}\s?\d{5})\b/i.exec(text);
  const sirenM = /\b(?:SIREN[\s:]{0,4}|RCS\s+[A-Z][\w-]+\s+(?:[AB]\s+)?|[AB]\s+)(\d{3}\s?\d{3}\s?\d{3})(?:\s+RCS)?\b/.exec(text);
  const siret = siretM ? siretM[1]!.replace(/\s/g, '') : '';
  let siren = siret !== '' ? siret.slice(0, 9) : sirenM ? sirenM[1]!.replace(/\s/g, '') : '';
  const frVat = /^FR[0-9A-Z]{2}(\d{9})$/.exec(vatNumber);
  if (siren === '' && frVat) siren = frVat[1]!;
  return { ...emptyParty, name, siret: guessed(siret), siren: guessed(siren), vatNumber: guessed(vatNumber) };
}

function findCurrency(text: string, near: string): Field<string> {
  if (near !== '') return found(near);
  if (/€|\bEUR\b|\beuros?\b/i.test(text)) return guessed('EUR');
  if (/\bUSD\b|US Dollars|\$/i.test(text)) return guessed('USD');
  return null;
}

/** The fields of an invoice that its text names, one string per page. */
export function proposeFromText(pages: readonly string[]): InvoiceProposal {
  const text = pages.join('\n').slice(0, MAX_TEXT);
  const lines = text.split(/\r?\n/).map((l) => l.slice(0, MAX_LINE).replace(/[\u00a0\u202f\t]/g, ' ').replace(/ {2,}/g, '  '));
  const total = findAmount(lines, TOTAL_LABELS);
  const due = findAmount(lines, DUE_AMOUNT_LABELS);
  const totalCents = total?.field ?? (due ? guessed(due.field!.value) : null);
  const dueCents = due?.field ?? (total ? guessed(total.field!.value) : null);
  const kind = /\b(?:avoir|credit\s+note|gutschrift)\b/i.test(lines.slice(0, 40).join('\n')) && !/\bfacture\s*n/i.test(text) ? 'creditNote' : 'invoice';
  return {
    source: 'text',
    profile: '',
    kind,
    number: findNumber(lines),
    issueDate: findDate(lines, ISSUE_LABELS),
    dueDate: findDate(lines, DUE_LABELS),
    description: null,
    totalCents,
    dueCents,
    currency: findCurrency(text, total?.currency || due?.currency || ''),
    seller: findSeller(text),
    buyer: emptyParty,
  };
}
