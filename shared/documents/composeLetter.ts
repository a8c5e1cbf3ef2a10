import { deName } from '../kernel/elision';
import { frenchTypography } from '../kernel/frenchTypography';
import { formatLongFrenchDate, placeAndLongDate } from '../kernel/frenchDate';
import { addDays, daysBetween, formatFrenchDate, isLocalDate, type LocalDate } from '../kernel/localDate';
import { formatEuros, type Cents } from '../kernel/money';
import type { DunningTone } from '../dunning/schema';
import { TONE_LABELS } from '../dunning/levels';
import { halfYearOf } from '../law/halfYear';
import { RECOVERY_INDEMNITY_CENTS, type Decompte } from '../law/penalties';
import { b2bDefaultRateForHalfYear, formatRateBp, legalRateForHalfYear, type ExtraRates } from '../law/rates';
import { formatIban, normalizeSiret } from '../ledger/identifiers';
import { postalLines } from '../ledger/postalLines';
import type { Client, Identity, Invoice } from '../ledger/schema';
import { DEFAULT_LETTER_TEMPLATES } from './defaultTemplates';
import type { LetterAnnex, LetterFigures, LetterModel, LetterTable } from './letterModel';
import type { PlaceholderName } from './placeholders';
import { privateWordingProblems } from './privateWording';
import { parseRegisteredNumber } from './registeredNumber';
import { fillTemplate, type TemplateValues } from './template';
import { TEMPLATE_PART_LABELS, variantProblems, type LetterTemplates, type LetterTemplateVariant, type TemplatePart } from './templatesSchema';

const fr = frenchTypography;

/**
 * The letter of one reminder, from the ledger's facts to the LetterModel the PDF renderer draws: every text in final
 * French (typography applied, amounts « 1 234,56 € », dates « 1er décembre 2026 »), and beside it the figures the
 * letter states (for the proof record and the tests, never parsed back from the text).
 *
 * Pure: the décompte of each invoice comes with the facts (computed by the law as of the letter date, see
 * letterFacts.ts); nothing here computes a penalty. Nothing is ever left blank: a missing fact (no address, no way
 * to pay, a rate not yet published, a placeholder without a value) is a French error and no letter is made.
 */

/** The sender as the letter reads it: legalForm 'ei' puts « EI » beside the name (C. com. R526-27); an empty rcsCity is not registered; an empty signatory is the name. */
export type LetterIdentity = Pick<Identity, 'name' | 'address' | 'siret' | 'email' | 'phone' | 'iban' | 'bic' | 'paymentLink' | 'legalForm' | 'rcsCity' | 'signatory'>;

export type LetterClient = Pick<Client, 'id' | 'kind' | 'name' | 'contactName' | 'address'>;

/** An empty description: the letter says « notre facture n° … » without it. */
export type LetterInvoice = Pick<Invoice, 'id' | 'clientId' | 'number' | 'issueDate' | 'dueDate' | 'amountTtcCents' | 'contractualLateRateBp' | 'description'>;

export interface LetterInvoiceFacts {
  readonly invoice: LetterInvoice;
  /** The invoice's décompte as of the letter date (computeLatePenalties). */
  readonly decompte: Decompte;
  /** The day a mise en demeure of this invoice was sent, when one is recorded (for {{date_mise_en_demeure}}). */
  readonly formalNoticeSentOn?: LocalDate | null;
}

/** What the user intends if the letter stays unpaid ({{procedure}}). */
export type LetterProcedure = { readonly kind: 'injonction-de-payer' } | { readonly kind: 'petites-creances' } | { readonly kind: 'autre'; readonly text: string };

export interface LetterFacts {
  readonly identity: LetterIdentity;
  readonly client: LetterClient;
  /** One invoice, or several of the same client (a grouped letter with a table). */
  readonly invoices: readonly LetterInvoiceFacts[];
  readonly tone: DunningTone;
  readonly letterDate: LocalDate;
  /** The date the letter asks payment by. */
  readonly paymentDeadline: LocalDate;
  /** Sent by registered letter with avis de réception: the letter says so. */
  readonly registeredMail: boolean;
  /** Its number once known (reprints), printed beside the mention; null before posting. */
  readonly registeredNumber: string | null;
  /** The variant of the tone to use; null: the first one written for this kind of client. */
  readonly variantId: string | null;
  /** The templates (the settings' own); the defaults when absent. */
  readonly templates?: LetterTemplates;
  /** Default: a requête en injonction de payer. */
  readonly procedure?: LetterProcedure;
  /** The client's own reference (purchase order), when known. */
  readonly clientReference?: string | null;
  /** The rates typed in Paramètres (for the rate a letter quotes before any line of décompte). */
  readonly extraRates?: ExtraRates;
  /** The copy of the invoice (its attached PDF) follows the letter: {{#copie_jointe}}. */
  readonly invoiceCopyEnclosed?: boolean;
}

/**
 * The model, with the body's paragraphs that follow the table in `paragraphsAfterTable` (the optional field the
 * renderer draws after the table; written here so that this module does not depend on when it reaches the model).
 */
export type ComposedLetterModel = LetterModel & { paragraphsAfterTable?: readonly string[] };

export type ComposeLetterResult =
  | { ok: true; model: ComposedLetterModel; figures: LetterFigures; variantId: string }
  | { ok: false; errors: string[] };

/** The small-claims procedure is for claims of at most 5 000 €, principal and interest (CPCE L125-1, R125-1). */
export const SMALL_CLAIMS_MAX_CENTS: Cents = 500_000;

/** What {{tableau}} gives: a mark the composer replaces by the table (never printed). */
const TABLE_MARK = '\ue000';

const PROCEDURE_TEXT: Record<Exclude<LetterProcedure['kind'], 'autre'>, string> = {
  'injonction-de-payer': 'une procédure d’injonction de payer (articles 1405 et suivants du Code de procédure civile)',
  'petites-creances': 'la procédure simplifiée de recouvrement des petites créances (article L125-1 du Code des procédures civiles d’exécution)',
};

// ---------------------------------------------------------------------------------------------
// Small French helpers

const long = formatLongFrenchDate;

/** « a », « a et b », « a, b et c ». */
function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

function days(n: number): string {
  return `${n}\u00a0jour${n > 1 ? 's' : ''}`;
}

/** « 40 € »: the law's flat amount written as the law writes it (whole euros). */
function wholeEuros(cents: Cents): string {
  return cents % 100 === 0 ? `${cents / 100}\u00a0€` : formatEuros(cents);
}

/** « n° F-12 »: the number never leaves its « n° » at the end of a line. */
function numero(number: string): string {
  return `n°\u00a0${number}`;
}

/**
 * The last touch on every text of the letter: runs of plain spaces left by a dropped section become one space, no
 * space before a comma or a full stop, « n° » holds to what follows, then French typography.
 */
function finishText(text: string): string {
  const lines = text.split('\n').map((line) => {
    let out = '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === ' ' || c === '\t') {
        const next = line[i + 1];
        if (next === ' ' || next === '\t' || next === ',' || next === '.' || out === '' || i === line.length - 1) continue;
        if (out.endsWith('n°') || out.endsWith('N°')) {
          out += '\u00a0';
          continue;
        }
        out += ' ';
      } else {
        out += c;
      }
    }
    return out.trimEnd();
  });
  return fr(lines.join('\n'));
}

/** A one-line part (object, closing): its lines joined by a space. */
function oneLine(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
}

/** Paragraphs of a filled body: separated by one or more blank lines; a single line break stays inside its paragraph. */
function paragraphsOf(text: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) out.push(current.join('\n'));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) out.push(current.join('\n'));
  return out.map(finishText).filter((p) => p !== '');
}

function formatSiret(siret: string): string {
  const s = normalizeSiret(siret);
  return s.length === 14 ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 9)} ${s.slice(9)}` : s;
}

function formatSiren(siret: string): string {
  const s = normalizeSiret(siret).slice(0, 9);
  return s.length === 9 ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}` : s;
}

/** A BIC grouped by four, as the IBAN: « BNPA FRPP XXX ». */
function formatBic(bic: string): string {
  return bic
    .replace(/\s/g, '')
    .toUpperCase()
    .replace(/(.{4})/g, '$1 ')
    .trim();
}

function mentionsIndividualEntrepreneur(name: string): boolean {
  const words = name.split(/[\s,()]+/);
  return words.includes('EI') || name.toLowerCase().includes('entrepreneur individuel');
}

/** The name as a letter heads it: « Camille Durand EI » for an entrepreneur individuel (C. com. R526-27). */
export function senderName(identity: Pick<LetterIdentity, 'name' | 'legalForm'>): string {
  const name = identity.name.trim();
  return identity.legalForm === 'ei' && !mentionsIndividualEntrepreneur(name) ? `${name} EI` : name;
}

/** « RCS Lyon 123 456 789 » (C. com. R123-237), or null when not registered. */
function rcsMention(identity: Pick<LetterIdentity, 'rcsCity' | 'siret'>): string | null {
  const city = identity.rcsCity.trim();
  if (city === '') return null;
  return identity.siret.trim() !== '' ? `RCS ${city} ${formatSiren(identity.siret)}` : `RCS ${city}`;
}

export function isAddressComplete(address: LetterIdentity['address']): boolean {
  return address.street.trim() !== '' && address.postalCode.trim() !== '' && address.city.trim() !== '';
}

function addressLines(address: LetterIdentity['address']): string[] {
  return [address.complement, address.street, address.locality, `${address.postalCode} ${address.city}`, address.country].map((l) => l.trim()).filter((l) => l !== '');
}

// ---------------------------------------------------------------------------------------------
// Checks before anything is written

function checkFacts(facts: LetterFacts, sorted: readonly LetterInvoiceFacts[]): string[] {
  const errors: string[] = [];
  const { identity, client, tone, letterDate, paymentDeadline } = facts;
  if (!isLocalDate(letterDate)) errors.push('La date de la lettre est invalide.');
  if (!isLocalDate(paymentDeadline)) errors.push('La date limite de paiement est invalide.');
  if (isLocalDate(letterDate) && isLocalDate(paymentDeadline) && paymentDeadline < letterDate) {
    errors.push(fr(`La date limite de paiement (${formatFrenchDate(paymentDeadline)}) ne peut pas précéder la date de la lettre (${formatFrenchDate(letterDate)}).`));
  }

  if (identity.name.trim() === '') errors.push(fr('Votre nom ou raison sociale manque : complétez Paramètres › Identité.'));
  if (!isAddressComplete(identity.address)) errors.push(fr('Votre adresse est incomplète (numéro et voie, code postal, ville) : complétez Paramètres › Identité.'));
  if (identity.iban.trim() === '' && identity.paymentLink.trim() === '') {
    errors.push(fr('La lettre doit dire comment payer : saisissez votre IBAN ou un lien de paiement dans Paramètres › Identité.'));
  }
  if (client.name.trim() === '') errors.push('Le nom du client manque.');
  if (!isAddressComplete(client.address)) {
    errors.push(fr(`L’adresse postale ${client.name.trim() ? deName(client.name) : 'de ce client'} est incomplète (numéro et voie, code postal, ville) : complétez la fiche du client.`));
  }
  if (facts.registeredNumber !== null) {
    const n = parseRegisteredNumber(facts.registeredNumber);
    if (!n.ok) errors.push(n.message);
  }

  const seen = new Set<string>();
  for (const { invoice, decompte } of sorted) {
    const label = `La facture ${numero(invoice.number)}`;
    if (seen.has(invoice.id)) errors.push(fr(`${label} figure deux fois dans la lettre.`));
    seen.add(invoice.id);
    if (invoice.clientId !== client.id) errors.push(fr(`${label} n’est pas une facture ${deName(client.name)} : une lettre groupée ne concerne qu’un client.`));
    if (decompte.clientKind !== client.kind) errors.push(fr(`${label} : son décompte n’a pas été fait pour ce type de client.`));
    if (decompte.outstandingCents <= 0) errors.push(fr(`${label} est entièrement réglée : il n’y a plus rien à réclamer en principal.`));
    if (decompte.penaltiesCents === null) {
      const why = decompte.warnings.find((w) => w.code === 'MISSING_RATES')?.message ?? 'un taux manque.';
      errors.push(fr(`${label} : ${why}`));
    }
    if (isLocalDate(letterDate)) {
      if (tone === 'courtesy' && letterDate > invoice.dueDate) {
        errors.push(fr(`${label} est échue depuis le ${formatFrenchDate(invoice.dueDate)} : le rappel avant échéance ne convient plus, choisissez un rappel amiable.`));
      }
      if (tone !== 'courtesy' && letterDate <= invoice.dueDate) {
        errors.push(fr(`${label} n’est pas encore échue (échéance le ${formatFrenchDate(invoice.dueDate)}) : seul un rappel avant échéance convient.`));
      }
    }
  }
  return errors;
}

function pickVariant(facts: LetterFacts): { variant: LetterTemplateVariant } | { errors: string[] } {
  const templates = facts.templates ?? DEFAULT_LETTER_TEMPLATES;
  const variants = templates[facts.tone] ?? [];
  const kind = facts.client.kind;
  const fits = (v: LetterTemplateVariant): boolean => v.audience === 'all' || v.audience === kind;
  const audience = kind === 'business' ? 'un client professionnel' : 'un client particulier';
  if (facts.variantId === null) {
    const variant = variants.find(fits);
    return variant ? { variant } : { errors: [fr(`Aucun modèle « ${TONE_LABELS[facts.tone]} » n’est écrit pour ${audience} : ajoutez-en un dans les modèles de lettres.`)] };
  }
  const variant = variants.find((v) => v.id === facts.variantId);
  if (!variant) return { errors: [fr(`Le modèle « ${facts.variantId} » n’existe pas pour le ton « ${TONE_LABELS[facts.tone]} ».`)] };
  if (!fits(variant)) return { errors: [fr(`Le modèle « ${variant.label} » est écrit pour ${variant.audience === 'business' ? 'un client professionnel' : 'un client particulier'} : choisissez un modèle pour ${audience}.`)] };
  return { variant };
}

// ---------------------------------------------------------------------------------------------
// Figures and placeholder values

interface Totals {
  ttc: Cents;
  paid: Cents;
  principal: Cents;
  penalties: Cents;
  indemnity: Cents;
  total: Cents;
}

function totalsOf(invoices: readonly LetterInvoiceFacts[]): Totals {
  let ttc = 0;
  let principal = 0;
  let penalties = 0;
  let indemnity = 0;
  for (const { invoice, decompte } of invoices) {
    ttc += invoice.amountTtcCents;
    principal += decompte.outstandingCents;
    penalties += decompte.penaltiesCents ?? 0;
    indemnity += decompte.indemnityCents;
  }
  return { ttc, paid: ttc - principal, principal, penalties, indemnity, total: principal + penalties + indemnity };
}

/** The rates of an invoice's décompte in order, or the rate that applies from the letter on when nothing accrued yet. */
function rateSequence(f: LetterInvoiceFacts, facts: LetterFacts): number[] | null {
  const seq: number[] = [];
  for (const line of f.decompte.lines) if (seq[seq.length - 1] !== line.rateBp) seq.push(line.rateBp);
  if (seq.length > 0) return seq;
  if (facts.client.kind === 'business') {
    if (f.invoice.contractualLateRateBp !== null) return [f.invoice.contractualLateRateBp];
    const firstLateDay = addDays(f.invoice.dueDate, 1);
    const rate = b2bDefaultRateForHalfYear(halfYearOf(firstLateDay > facts.letterDate ? firstLateDay : facts.letterDate), facts.extraRates);
    return rate ? [rate.bp] : null;
  }
  const rate = legalRateForHalfYear(halfYearOf(facts.letterDate), 'other', facts.extraRates);
  return rate ? [rate.bp] : null;
}

/**
 * « 12,40 % », « 12,15 % puis 12,40 % » when the half-years of the delay have different legal rates, or « 10,00 % et
 * 12,40 % selon la facture » when the invoices of a grouped letter carry different contractual rates.
 */
function rateText(invoices: readonly LetterInvoiceFacts[], facts: LetterFacts): string | null {
  const seqs = invoices.map((f) => rateSequence(f, facts));
  if (seqs.some((s) => s === null)) return null;
  const all = seqs as number[][];
  const distinct = (list: readonly number[]): number[] => [...new Set(list)];
  const followsHalfYears = facts.client.kind === 'private' || invoices.every((f) => f.invoice.contractualLateRateBp === null);
  if (followsHalfYears) {
    // One rate per half-year whatever the invoice: the rates in the order of the periods.
    const lines = invoices.flatMap((f, i) => (f.decompte.lines.length > 0 ? f.decompte.lines.map((l) => ({ from: l.from, bp: l.rateBp })) : [{ from: facts.letterDate, bp: all[i]![0]! }]));
    lines.sort((a, b) => a.from.localeCompare(b.from));
    return distinct(lines.map((l) => l.bp)).map(formatRateBp).join(' puis ');
  }
  const first = all[0]!;
  if (all.every((s) => s.length === first.length && s.every((bp, i) => bp === first[i]))) return first.map(formatRateBp).join(' puis ');
  return `${joinFrench(distinct(all.flat()).map(formatRateBp))} selon la facture`;
}

function procedureText(procedure: LetterProcedure): string {
  return procedure.kind === 'autre' ? procedure.text.trim() : PROCEDURE_TEXT[procedure.kind];
}

function designation(invoice: LetterInvoice): string {
  const description = invoice.description.trim();
  return `${numero(invoice.number)} du ${long(invoice.issueDate)}${description ? ` (${description})` : ''}`;
}

interface Values {
  values: TemplateValues;
  reasons: Partial<Record<PlaceholderName, string>>;
}

function placeholderValues(facts: LetterFacts, invoices: readonly LetterInvoiceFacts[], totals: Totals): Values {
  const single = invoices.length === 1 ? invoices[0]!.invoice : null;
  const business = facts.client.kind === 'business';
  const numbers = invoices.map((f) => f.invoice.number);
  const reasons: Partial<Record<PlaceholderName, string>> = {};
  const grouped = `la lettre regroupe ${invoices.length} factures (leurs dates et montants sont dans le tableau)`;
  const notOwedByPrivate = 'un particulier ne doit pas d’indemnité forfaitaire (art. L441-10 du Code de commerce, entre professionnels)';

  const rate = rateText(invoices, facts);
  if (rate === null) reasons.taux_penalites = fr('le taux de la période n’est pas encore connu de Relance ; saisissez le taux publié dans Paramètres');

  let indemnity: string | null = null;
  if (!business) reasons.indemnite = notOwedByPrivate;
  else if (totals.indemnity === 0) reasons.indemnite = fr('aucune facture n’est en retard, l’indemnité n’est pas encore due ; employez {{indemnite_par_facture}}');
  else indemnity = formatEuros(totals.indemnity);

  let interest: string | null = null;
  if (business) reasons.interets_echus = fr('client professionnel : employez {{penalites}}');
  else if (totals.penalties === 0) reasons.interets_echus = 'aucun intérêt n’est encore dû (ils courent à compter du lendemain de la réception d’une mise en demeure)';
  else interest = formatEuros(totals.penalties);

  const notices = invoices.map((f) => f.formalNoticeSentOn ?? null);
  const notice = notices.every((d) => d !== null && d === notices[0]) ? notices[0]! : null;
  if (notice === null) reasons.date_mise_en_demeure = 'aucune mise en demeure commune à ces factures n’est enregistrée';

  if (single === null) {
    reasons.date_facture = grouped;
    reasons.objet_facture = grouped;
    reasons.date_echeance = grouped;
  } else if (single.description.trim() === '') {
    reasons.objet_facture = fr(`la facture ${numero(single.number)} n’a pas de description (ce qui a été fourni) ; saisissez-la sur la facture`);
  }
  const clientReference = facts.clientReference?.trim() ?? '';
  if (clientReference === '') reasons.reference_client = 'aucune référence du client n’est saisie';
  if (!business) reasons.indemnite_par_facture = notOwedByPrivate;

  const values: TemplateValues = {
    nom_client: facts.client.name.trim(),
    nom_expediteur: senderName(facts.identity),
    date_lettre: long(facts.letterDate),
    date_limite: long(facts.paymentDeadline),
    delai_paiement: days(daysBetween(facts.letterDate, facts.paymentDeadline)),
    factures: single ? `facture ${numero(single.number)}` : `factures ${numero(joinFrench(numbers))}`,
    nos_factures: single ? `notre facture ${designation(single)}` : `nos factures ${joinFrench(invoices.map((f) => designation(f.invoice)))}`,
    numero_facture: joinFrench(numbers),
    date_facture: single ? long(single.issueDate) : null,
    objet_facture: single ? single.description.trim() : null,
    date_echeance: single ? long(single.dueDate) : null,
    montant_ttc: formatEuros(totals.ttc),
    montant_regle: formatEuros(totals.paid),
    montant_du: formatEuros(totals.principal),
    penalites: formatEuros(totals.penalties),
    interets_echus: interest,
    taux_penalites: rate,
    indemnite: indemnity,
    indemnite_par_facture: business ? wholeEuros(RECOVERY_INDEMNITY_CENTS) : null,
    total_reclame: formatEuros(totals.total),
    reference_paiement: numbers.join(', '),
    reference_client: clientReference,
    procedure: procedureText(facts.procedure ?? { kind: 'injonction-de-payer' }),
    date_mise_en_demeure: notice ? long(notice) : null,
    tableau: TABLE_MARK,
    une_facture: single !== null,
    plusieurs_factures: single === null,
    copie_jointe: facts.invoiceCopyEnclosed === true,
  };
  return { values, reasons };
}

// ---------------------------------------------------------------------------------------------
// Blocks of the model

export function senderBlock(identity: LetterIdentity): string[] {
  const rcs = rcsMention(identity);
  return [
    senderName(identity),
    ...addressLines(identity.address),
    identity.siret.trim() ? fr(`SIRET : ${formatSiret(identity.siret)}`) : '',
    rcs ?? '',
    identity.email.trim(),
    identity.phone.trim() ? fr(`Tél. : ${identity.phone.trim()}`) : '',
  ]
    .filter((l) => l !== '')
    .map(fr);
}

export function footerLine(identity: LetterIdentity): string {
  return fr([senderName(identity), identity.siret.trim() ? `SIRET ${formatSiret(identity.siret)}` : '', rcsMention(identity) ?? ''].filter((p) => p !== '').join(' — '));
}

function referencesBlock(invoices: readonly LetterInvoiceFacts[], clientReference: string): string[] {
  const list = invoices.map((f) => `${numero(f.invoice.number)} du ${long(f.invoice.issueDate)}`);
  const own = fr(invoices.length === 1 ? `Réf. : facture ${list[0]}` : `Réf. : factures ${joinFrench(list)}`);
  return [fr(clientReference ? `${own} ; votre référence : ${clientReference}` : own)];
}

/** How to pay: the IBAN and BIC grouped by four, the payment link. */
export function paymentMeans(identity: LetterIdentity): string[] {
  const lines: string[] = [];
  if (identity.iban.trim()) lines.push(fr(`IBAN : ${formatIban(identity.iban)}`));
  if (identity.bic.trim()) lines.push(fr(`BIC : ${formatBic(identity.bic)}`));
  if (identity.paymentLink.trim()) lines.push(fr(`Lien de paiement : ${identity.paymentLink.trim()}`));
  return lines;
}

function paymentBlock(identity: LetterIdentity, invoices: readonly LetterInvoiceFacts[]): string[] {
  const lines = paymentMeans(identity);
  const numbers = invoices.map((f) => f.invoice.number);
  lines.push(fr(numbers.length === 1 ? `Référence à indiquer : ${numbers[0]}` : `Références à indiquer : ${numbers.join(', ')}`));
  return lines.map(fr);
}

const left = (label: string) => ({ label, align: 'left' as const });
const right = (label: string) => ({ label, align: 'right' as const });

function invoicesTable(invoices: readonly LetterInvoiceFacts[], business: boolean, tone: DunningTone, totals: Totals): LetterTable {
  // Before the due date nothing has accrued: a column of zeros would say nothing.
  const withCharges = totals.penalties > 0 || (business && tone !== 'courtesy');
  const columns = [left('Facture'), left('Date'), left('Échéance'), right('Montant TTC'), right('Réglé'), right('Reste dû')];
  if (withCharges) columns.push(right(business ? 'Pénalités' : 'Intérêts'));
  const rows = invoices.map(({ invoice, decompte }) => {
    const row = [
      invoice.number,
      formatFrenchDate(invoice.issueDate),
      formatFrenchDate(invoice.dueDate),
      formatEuros(invoice.amountTtcCents),
      formatEuros(invoice.amountTtcCents - decompte.outstandingCents),
      formatEuros(decompte.outstandingCents),
    ];
    if (withCharges) row.push(formatEuros(decompte.penaltiesCents ?? 0));
    return row;
  });
  const totalsRow = ['Total', '', '', formatEuros(totals.ttc), formatEuros(totals.paid), formatEuros(totals.principal)];
  if (withCharges) totalsRow.push(formatEuros(totals.penalties));
  return { columns, rows, totals: totalsRow };
}

function claimTable(invoice: LetterInvoice, business: boolean, totals: Totals, letterDate: LocalDate, withAnnex: boolean): LetterTable {
  const rows: string[][] = [[fr(`Principal restant dû, facture ${numero(invoice.number)}`), formatEuros(totals.principal)]];
  if (business) {
    rows.push([fr(`Pénalités de retard au ${long(letterDate)}${withAnnex ? ' (décompte en annexe)' : ''}`), formatEuros(totals.penalties)]);
    rows.push([fr('Indemnité forfaitaire pour frais de recouvrement (art. D441-5 du Code de commerce)'), formatEuros(totals.indemnity)]);
  } else if (totals.penalties > 0) {
    rows.push([fr(`Intérêts au taux légal au ${long(letterDate)}${withAnnex ? ' (décompte en annexe)' : ''}`), formatEuros(totals.penalties)]);
  }
  return { columns: [left('Désignation'), right('Montant')], rows, totals: ['Total réclamé', formatEuros(totals.total)] };
}

function annexOf(f: LetterInvoiceFacts, business: boolean, letterDate: LocalDate, index: number, count: number): LetterAnnex {
  const { invoice, decompte } = f;
  const what = business ? 'pénalités de retard' : 'intérêts au taux légal';
  const paragraphs = [
    fr(`Facture ${numero(invoice.number)} du ${long(invoice.issueDate)} : montant TTC ${formatEuros(invoice.amountTtcCents)}, échéance le ${long(invoice.dueDate)}, restant dû au ${long(letterDate)} : ${formatEuros(decompte.outstandingCents)}.`),
    // The private rule sentence names the 40 € and recovery costs to say they are not owed: a private client's letter never names them.
    business
      ? decompte.rule
      : fr('Intérêts moratoires au taux de l’intérêt légal, catégorie « autres cas » (créancier professionnel), à compter du lendemain de la réception de la mise en demeure (art. 1231-6 et 1344-1 du Code civil ; art. L313-2 du Code monétaire et financier). Calcul jour par jour : montant restant dû × taux annuel × nombre de jours / 365, chaque ligne arrondie au centime.'),
  ];
  paragraphs.push(fr(`Décompte arrêté au ${long(letterDate)}, date de la lettre ; les ${what} continuent de courir jusqu’au complet paiement.`));
  const rows = decompte.lines.map((l) => [`du ${formatFrenchDate(l.from)} au ${formatFrenchDate(l.to)}`, String(l.days), formatEuros(l.baseCents), fr(l.rateLabel), formatEuros(l.amountCents)]);
  const totalDays = decompte.lines.reduce((s, l) => s + l.days, 0);
  return {
    title: fr(`Annexe${count > 1 ? ` ${index + 1}` : ''} : décompte des ${what}, facture ${numero(invoice.number)}`),
    paragraphs,
    table: {
      columns: [left('Période'), right('Jours'), right('Montant dû'), left('Taux annuel'), right(business ? 'Pénalités' : 'Intérêts')],
      rows,
      totals: ['Total', String(totalDays), '', '', formatEuros(decompte.penaltiesCents ?? 0)],
    },
  };
}

// ---------------------------------------------------------------------------------------------

function fillPart(variant: LetterTemplateVariant, part: TemplatePart, v: Values): { text: string } | { errors: string[] } {
  const r = fillTemplate(variant[part], v.values, { missingReasons: v.reasons });
  return r.ok ? { text: r.text } : { errors: r.errors.map((e) => fr(`${TEMPLATE_PART_LABELS[part]} du modèle « ${variant.label} » : ${e}`)) };
}

/** Composes the letter, or says in French everything that keeps it from being written. */
export function composeLetter(facts: LetterFacts): ComposeLetterResult {
  if (facts.invoices.length === 0) return { ok: false, errors: [fr('La lettre ne concerne aucune facture : choisissez au moins une facture.')] };
  const invoices = [...facts.invoices].sort(
    (a, b) => a.invoice.dueDate.localeCompare(b.invoice.dueDate) || a.invoice.number.localeCompare(b.invoice.number, 'fr', { numeric: true }),
  );
  const errors = checkFacts(facts, invoices);
  const picked = pickVariant(facts);
  if ('errors' in picked) errors.push(...picked.errors);
  else for (const p of variantProblems(facts.tone, picked.variant)) errors.push(fr(`${TEMPLATE_PART_LABELS[p.part]} du modèle « ${picked.variant.label} » : ${p.message}`));
  if (errors.length > 0 || 'errors' in picked) return { ok: false, errors: [...new Set(errors)] };
  const variant = picked.variant;

  const business = facts.client.kind === 'business';
  const totals = totalsOf(invoices);
  const procedure = facts.procedure ?? { kind: 'injonction-de-payer' };
  if (procedure.kind === 'petites-creances' && totals.principal + totals.penalties > SMALL_CLAIMS_MAX_CENTS) {
    errors.push(
      fr(
        `La procédure simplifiée de recouvrement des petites créances ne vaut que pour 5 000 € au plus, principal et intérêts ; cette lettre réclame ${formatEuros(totals.principal + totals.penalties)}. Choisissez l’injonction de payer.`,
      ),
    );
  }
  if (procedure.kind === 'autre' && procedure.text.trim().length < 3) errors.push('Décrivez la procédure que vous engagerez à défaut de paiement.');

  const values = placeholderValues(facts, invoices, totals);
  const subject = fillPart(variant, 'subject', values);
  const text = fillPart(variant, 'text', values);
  const closing = fillPart(variant, 'closing', values);
  for (const part of [subject, text, closing]) if ('errors' in part) errors.push(...part.errors);
  if (errors.length > 0 || 'errors' in subject || 'errors' in text || 'errors' in closing) return { ok: false, errors: [...new Set(errors)] };

  const body = paragraphsOf(text.text);
  const marks = body.filter((p) => p.includes(TABLE_MARK));
  if (marks.some((p) => p !== TABLE_MARK)) errors.push(fr(`Texte du modèle « ${variant.label} » : {{tableau}} doit être seul dans son paragraphe (une ligne vide avant et après).`));
  if (marks.length > 1) errors.push(fr(`Texte du modèle « ${variant.label} » : {{tableau}} ne peut figurer qu’une fois.`));
  if (errors.length > 0) return { ok: false, errors: [...new Set(errors)] };
  const markAt = body.indexOf(TABLE_MARK);
  const beforeTable = markAt < 0 ? body : body.slice(0, markAt);
  const afterTable = markAt < 0 ? [] : body.slice(markAt + 1);

  const single = invoices.length === 1;
  const formalOrLater = facts.tone === 'formal' || facts.tone === 'litigation';
  const annexed = formalOrLater ? invoices.filter((f) => f.decompte.lines.length > 0) : [];
  const annexes = annexed.map((f, i) => annexOf(f, business, facts.letterDate, i, annexed.length));
  // The sum claimed split in a table when it has parts: always between professionals, for a private client once interest runs.
  const claimHasParts = business || totals.penalties > 0;
  const table = !single
    ? invoicesTable(invoices, business, facts.tone, totals)
    : formalOrLater && claimHasParts
      ? claimTable(invoices[0]!.invoice, business, totals, facts.letterDate, annexes.length > 0)
      : null;

  const registered = parseRegisteredNumber(facts.registeredNumber ?? '');
  const model: ComposedLetterModel = {
    tone: facts.tone,
    sender: senderBlock(facts.identity),
    recipient: postalLines(facts.client.name, facts.client.contactName, facts.client.address),
    placeAndDate: placeAndLongDate(facts.identity.address.city, facts.letterDate),
    registeredMention:
      facts.registeredMail || facts.registeredNumber !== null
        ? `Lettre recommandée avec accusé de réception${registered.ok ? ` ${numero(registered.value)}` : ''}`
        : null,
    subject: finishText(fr(`Objet : ${oneLine(subject.text)}`)),
    references: referencesBlock(invoices, facts.clientReference?.trim() ?? ''),
    salutation: 'Madame, Monsieur,',
    paragraphs: table === null ? [...beforeTable, ...afterTable] : beforeTable,
    table,
    ...(table !== null && afterTable.length > 0 ? { paragraphsAfterTable: afterTable } : {}),
    payment: paymentBlock(facts.identity, invoices),
    closing: finishText(oneLine(closing.text)),
    signature: [fr(facts.identity.signatory.trim() || senderName(facts.identity))],
    annexes,
    footer: footerLine(facts.identity),
  };

  if (!business) {
    // The letter's own figures are what the client owes, whatever they are (an invoice of exactly 40,00 €).
    const figures = invoices.flatMap(({ invoice, decompte }) => [invoice.amountTtcCents, decompte.outstandingCents, invoice.amountTtcCents - decompte.outstandingCents, decompte.penaltiesCents ?? 0]);
    const amounts = [...new Set([...figures, totals.ttc, totals.paid, totals.principal, totals.penalties, totals.total])].map(formatEuros);
    const problems = privateWordingProblems(
      {
        heading: [model.subject],
        body: [...model.paragraphs, ...(model.paragraphsAfterTable ?? []), model.closing, ...model.annexes.flatMap((a) => [a.title, ...a.paragraphs]), ...(model.table?.rows.flat() ?? [])],
      },
      amounts,
    );
    if (problems.length > 0) return { ok: false, errors: problems };
  }

  return {
    ok: true,
    model,
    figures: { principalCents: totals.principal, penaltiesCents: totals.penalties, indemnityCents: totals.indemnity, totalCents: totals.total },
    variantId: variant.id,
  };
}
