import { senderName, type LetterFacts } from '../documents/composeLetter';
import type { DunningTone } from '../dunning/schema';
import { frenchTypography as fr } from '../kernel/frenchTypography';
import { formatFrenchDate, type LocalDate } from '../kernel/localDate';
import type { Cents } from '../kernel/money';
import { formatIban } from '../ledger/identifiers';

/**
 * What a short reminder (an SMS, a call) says, read from the same facts as the letter of that tone (the same
 * décompte as of the same day, the same payment deadline): the invoices, what is still due, the penalties and the
 * 40 € between businesses, the deadline and how to pay. The texts are written by composeSms and callSheet.
 */
export interface ReminderDigest {
  readonly tone: DunningTone;
  readonly business: boolean;
  /** « Camille Martin EI ». */
  readonly sender: string;
  readonly clientName: string;
  readonly contactName: string;
  /** By due date, then number. */
  readonly invoices: readonly { readonly number: string; readonly issueDate: LocalDate; readonly dueDate: LocalDate; readonly outstandingCents: Cents }[];
  readonly principalCents: Cents;
  readonly penaltiesCents: Cents;
  readonly indemnityCents: Cents;
  readonly totalCents: Cents;
  readonly date: LocalDate;
  readonly deadline: LocalDate;
  /** The IBAN grouped by four, or null. */
  readonly iban: string | null;
  readonly paymentLink: string | null;
  /** The payment reference to quote: the invoice numbers. */
  readonly reference: string;
}

export type DigestResult = { ok: true; digest: ReminderDigest } | { ok: false; errors: string[] };

/** The digest, or what keeps it from being written (French; `what` names the text: « Le SMS », « La fiche d’appel »). */
export function reminderDigest(facts: LetterFacts, what: string): DigestResult {
  const errors: string[] = [];
  const { identity, client, tone } = facts;
  if (facts.invoices.length === 0) errors.push(fr(`${what} ne concerne aucune facture : choisissez au moins une facture.`));
  if (identity.name.trim() === '') errors.push(fr('Votre nom ou raison sociale manque : complétez Paramètres › Identité.'));
  if (identity.iban.trim() === '' && identity.paymentLink.trim() === '') {
    errors.push(fr(`${what} doit dire comment payer : saisissez votre IBAN ou un lien de paiement dans Paramètres › Identité.`));
  }
  if (facts.paymentDeadline < facts.letterDate) {
    errors.push(fr(`La date limite de paiement (${formatFrenchDate(facts.paymentDeadline)}) ne peut pas précéder le ${formatFrenchDate(facts.letterDate)}.`));
  }
  const sorted = [...facts.invoices].sort(
    (a, b) => a.invoice.dueDate.localeCompare(b.invoice.dueDate) || a.invoice.number.localeCompare(b.invoice.number, 'fr', { numeric: true }),
  );
  let principal = 0;
  let penalties = 0;
  let indemnity = 0;
  for (const { invoice, decompte } of sorted) {
    const label = `La facture n°\u00a0${invoice.number}`;
    if (decompte.outstandingCents <= 0) errors.push(fr(`${label} est entièrement réglée : il n’y a plus rien à réclamer.`));
    if (decompte.penaltiesCents === null) errors.push(fr(`${label} : ${decompte.warnings.find((w) => w.code === 'MISSING_RATES')?.message ?? 'un taux manque.'}`));
    if (tone === 'courtesy' && facts.letterDate > invoice.dueDate) {
      errors.push(fr(`${label} est échue depuis le ${formatFrenchDate(invoice.dueDate)} : le rappel avant échéance ne convient plus, choisissez un rappel amiable.`));
    }
    if (tone !== 'courtesy' && facts.letterDate <= invoice.dueDate) {
      errors.push(fr(`${label} n’est pas encore échue (échéance le ${formatFrenchDate(invoice.dueDate)}) : seul un rappel avant échéance convient.`));
    }
    principal += decompte.outstandingCents;
    penalties += decompte.penaltiesCents ?? 0;
    indemnity += decompte.indemnityCents;
  }
  if (errors.length > 0) return { ok: false, errors: [...new Set(errors)] };
  const business = client.kind === 'business';
  // A private client never owes the 40 € (C. com. L441-10 is between professionals); the décompte already says 0.
  const indemnityCents = business ? indemnity : 0;
  return {
    ok: true,
    digest: {
      tone,
      business,
      sender: senderName(identity),
      clientName: client.name.trim(),
      contactName: client.contactName.trim(),
      invoices: sorted.map(({ invoice, decompte }) => ({ number: invoice.number, issueDate: invoice.issueDate, dueDate: invoice.dueDate, outstandingCents: decompte.outstandingCents })),
      principalCents: principal,
      penaltiesCents: penalties,
      indemnityCents,
      totalCents: principal + penalties + indemnityCents,
      date: facts.letterDate,
      deadline: facts.paymentDeadline,
      iban: identity.iban.trim() ? formatIban(identity.iban) : null,
      paymentLink: identity.paymentLink.trim() || null,
      reference: sorted.map((f) => f.invoice.number).join(', '),
    },
  };
}
