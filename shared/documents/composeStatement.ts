import { deName } from '../kernel/elision';
import { frenchTypography } from '../kernel/frenchTypography';
import { formatLongFrenchDate, placeAndLongDate } from '../kernel/frenchDate';
import { formatFrenchDate, type LocalDate } from '../kernel/localDate';
import { formatEuros, type Cents } from '../kernel/money';
import type { CreditNote, Invoice } from '../ledger/schema';
import { postalLines } from '../ledger/postalLines';
import { footerLine, isAddressComplete, paymentMeans, senderBlock, senderName, type LetterClient, type LetterIdentity } from './composeLetter';
import type { LetterModel, LetterTable } from './letterModel';

const fr = frenchTypography;

/**
 * The statement of account (relevé de compte): not a reminder, it lists every invoice of the client still open on a
 * date, due or not, and its credit notes, with the balance split into what is overdue and what is not yet due. Drawn
 * by the letters' renderer (the same page, envelope window and fonts).
 */
export interface StatementFacts {
  identity: LetterIdentity;
  client: LetterClient;
  invoices: readonly Pick<Invoice, 'id' | 'clientId' | 'number' | 'issueDate' | 'dueDate' | 'amountTtcCents' | 'payments' | 'cancelled'>[];
  creditNotes: readonly Pick<CreditNote, 'id' | 'clientId' | 'number' | 'issueDate' | 'amountTtcCents'>[];
  asOf: LocalDate;
}

export interface StatementFigures {
  overdueCents: Cents;
  notDueCents: Cents;
  creditCents: Cents;
  /** What the client owes on the date: overdue + not due − credit notes (negative: Relance owes the client). */
  balanceCents: Cents;
  invoiceCount: number;
}

export type ComposeStatementResult = { ok: true; model: LetterModel; figures: StatementFigures } | { ok: false; errors: string[] };

interface Line {
  invoice: StatementFacts['invoices'][number];
  paid: Cents;
  due: Cents;
}

/** Up to this many payments are listed in the text; more, on an annex page. */
const PAYMENTS_IN_TEXT = 6;

/**
 * What a statement of the client on a date lists and its figures: the invoices issued by then and still open with
 * the payments received by then, the credit notes issued by then. Also what the batch « Relevés de fin de mois » uses
 * to choose its clients, so that its list and the statements it draws agree to the cent.
 */
export function statementItems(facts: Pick<StatementFacts, 'invoices' | 'creditNotes' | 'asOf'> & { clientId: string }): {
  lines: Line[];
  credits: StatementFacts['creditNotes'][number][];
  figures: StatementFigures;
} {
  const { clientId, asOf } = facts;
  const lines: Line[] = facts.invoices
    .filter((i) => i.clientId === clientId && !i.cancelled && i.issueDate <= asOf)
    .map((invoice) => {
      const paid = invoice.payments.filter((p) => p.date <= asOf).reduce((n, p) => n + p.amountCents, 0);
      return { invoice, paid: Math.min(paid, invoice.amountTtcCents), due: Math.max(0, invoice.amountTtcCents - paid) };
    })
    .filter((l) => l.due > 0)
    .sort((a, b) => (a.invoice.dueDate < b.invoice.dueDate ? -1 : a.invoice.dueDate > b.invoice.dueDate ? 1 : a.invoice.number.localeCompare(b.invoice.number, 'fr')));
  const credits = facts.creditNotes.filter((n) => n.clientId === clientId && n.issueDate <= asOf).sort((a, b) => (a.issueDate < b.issueDate ? -1 : 1));
  const overdueCents = lines.filter((l) => l.invoice.dueDate < asOf).reduce((n, l) => n + l.due, 0);
  const notDueCents = lines.filter((l) => l.invoice.dueDate >= asOf).reduce((n, l) => n + l.due, 0);
  const creditCents = credits.reduce((n, c) => n + c.amountTtcCents, 0);
  return { lines, credits, figures: { overdueCents, notDueCents, creditCents, balanceCents: overdueCents + notDueCents - creditCents, invoiceCount: lines.length } };
}

export function composeStatement(facts: StatementFacts): ComposeStatementResult {
  const { identity, client, asOf } = facts;
  const errors: string[] = [];
  if (identity.name.trim() === '') errors.push(fr('Votre nom ou raison sociale manque : complétez Paramètres › Identité.'));
  if (!isAddressComplete(identity.address)) errors.push(fr('Votre adresse est incomplète (numéro et voie, code postal, ville) : complétez Paramètres › Identité.'));
  if (!isAddressComplete(client.address)) errors.push(fr(`L’adresse postale ${deName(client.name)} est incomplète (numéro et voie, code postal, ville) : complétez la fiche du client.`));

  const { lines, credits, figures } = statementItems({ clientId: client.id, invoices: facts.invoices, creditNotes: facts.creditNotes, asOf });
  if (lines.length === 0 && credits.length === 0) errors.push(fr(`${client.name} n’a aucune facture ouverte au ${formatFrenchDate(asOf)} : il n’y a pas de relevé à faire.`));
  if (errors.length > 0) return { ok: false, errors };
  const { overdueCents, notDueCents, creditCents, balanceCents } = figures;

  const ttc = lines.reduce((n, l) => n + l.invoice.amountTtcCents, 0);
  const paid = lines.reduce((n, l) => n + l.paid, 0);
  const table: LetterTable = {
    columns: [
      { label: 'Pièce', align: 'left' },
      { label: 'Date', align: 'left' },
      { label: 'Échéance', align: 'left' },
      { label: 'Montant TTC', align: 'right' },
      { label: 'Réglé', align: 'right' },
      { label: 'Reste dû', align: 'right' },
    ],
    rows: [
      ...lines.map((l) => [
        fr(`Facture ${l.invoice.number}`),
        formatFrenchDate(l.invoice.issueDate),
        l.invoice.dueDate < asOf ? `${formatFrenchDate(l.invoice.dueDate)} (échue)` : formatFrenchDate(l.invoice.dueDate),
        formatEuros(l.invoice.amountTtcCents),
        formatEuros(l.paid),
        formatEuros(l.due),
      ]),
      ...credits.map((c) => [fr(`Avoir ${c.number}`), formatFrenchDate(c.issueDate), '—', formatEuros(-c.amountTtcCents), '', formatEuros(-c.amountTtcCents)]),
    ],
    totals: ['Solde', '', '', formatEuros(ttc - creditCents), formatEuros(paid), formatEuros(balanceCents)],
  };

  const payments = lines.flatMap((l) => l.invoice.payments.filter((p) => p.date <= asOf).map((p) => ({ ...p, number: l.invoice.number }))).sort((a, b) => (a.date < b.date ? -1 : 1));
  const when = formatLongFrenchDate(asOf);
  const after: string[] = [];
  // A few payments are said in a sentence; more go on a page of their own.
  const inAnnex = payments.length > PAYMENTS_IN_TEXT;
  if (payments.length > 0 && !inAnnex) {
    const list = payments.map((p) => `${formatEuros(p.amountCents)} le ${formatFrenchDate(p.date)} (facture ${p.number})`);
    after.push(fr(`${payments.length === 1 ? 'Règlement reçu' : 'Règlements reçus'} : ${list.join(' ; ')}.`));
  }
  after.push(
    fr(
      balanceCents >= 0
        ? `Solde de votre compte au ${when} : ${formatEuros(balanceCents)}, dont ${formatEuros(overdueCents)} échus et ${formatEuros(notDueCents)} non encore échus${creditCents > 0 ? `, avoirs de ${formatEuros(creditCents)} déduits` : ''}.`
        : `Solde de votre compte au ${when} : ${formatEuros(-balanceCents)} en votre faveur (avoirs de ${formatEuros(creditCents)}, factures ouvertes de ${formatEuros(overdueCents + notDueCents)}).`,
    ),
  );
  if (overdueCents > 0) after.push(fr(`Nous vous remercions de bien vouloir régler les factures échues, soit ${formatEuros(overdueCents)}, et les suivantes à leur échéance.`));
  else if (balanceCents > 0) after.push(fr('Aucune de ces factures n’est échue : ce relevé vous est adressé pour information, chacune est à régler à son échéance.'));
  after.push(fr('Si vous constatez une différence avec votre comptabilité, merci de nous le signaler : nous la rapprocherons avec vous.'));

  const references = [fr(`Réf. : relevé de compte ${deName(client.name)} au ${formatFrenchDate(asOf)}`)];
  const model: LetterModel = {
    tone: 'statement',
    sender: senderBlock(identity),
    recipient: postalLines(client.name, client.contactName, client.address),
    placeAndDate: placeAndLongDate(identity.address.city, asOf),
    registeredMention: null,
    subject: fr(`Objet : relevé de compte au ${when}`),
    references,
    salutation: 'Madame, Monsieur,',
    paragraphs: [
      fr(
        `Veuillez trouver ci-dessous le relevé de votre compte au ${when} : ${lines.length === 0 ? 'aucune facture n’est ouverte' : lines.length === 1 ? 'la facture encore ouverte' : `les ${lines.length} factures encore ouvertes`}${credits.length > 0 ? `, ${credits.length === 1 ? 'l’avoir' : 'les avoirs'} à déduire` : ''} et les règlements reçus.`,
      ),
    ],
    table,
    paragraphsAfterTable: after,
    payment: [...paymentMeans(identity), ...(lines.length > 0 ? [fr(`Références à indiquer : ${lines.map((l) => l.invoice.number).join(', ')}`)] : [])],
    closing: fr('Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.'),
    signature: [fr(identity.signatory.trim() || senderName(identity))],
    annexes: inAnnex
        ? [
            {
              title: fr(`Règlements reçus au ${when}`),
              paragraphs: [],
              table: {
                columns: [
                  { label: 'Date', align: 'left' },
                  { label: 'Facture', align: 'left' },
                  { label: 'Montant', align: 'right' },
                ],
                rows: payments.map((p) => [formatFrenchDate(p.date), p.number, formatEuros(p.amountCents)]),
                totals: ['Total', '', formatEuros(payments.reduce((n, p) => n + p.amountCents, 0))],
              },
            },
          ]
        : [],
    footer: footerLine(identity),
  };
  return { ok: true, model, figures };
}
