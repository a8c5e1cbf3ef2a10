import { LETTER_TONE_TITLES } from '../documents/toneTitles';
import type { DunningTone } from '../dunning/schema';
import { formatLongFrenchDate } from '../kernel/frenchDate';
import { frenchTypography as fr } from '../kernel/frenchTypography';
import { formatEuros } from '../kernel/money';
import type { ReminderDigest } from './reminderDigest';

/**
 * The call sheet of a reminder by phone: what to say, in order, read aloud (introduce oneself, the facts, the
 * demand with its deadline, how to pay, what to note, how to close), with the figures beside it. One per tone, from
 * the same digest as the SMS (the same décompte as the letter of that tone). Every string is final French.
 */
export interface CallSheet {
  title: string;
  blocks: { heading: string; lines: string[] }[];
  /** [label, value]: the amounts and the deadline, to keep in view during the call. */
  figures: [string, string][];
}

const long = formatLongFrenchDate;
const euros = formatEuros;

function aboutText(g: ReminderDigest): string {
  const [first] = g.invoices;
  if (g.invoices.length === 1 && first) return `la facture n°\u00a0${first.number} du ${long(first.issueDate)}`;
  return `les factures n°\u00a0${g.invoices.map((i) => i.number).join(', ')}`;
}

/** What the tone says of the facts. */
function factsLines(g: ReminderDigest): string[] {
  const one = g.invoices.length === 1;
  const due = long(g.invoices[0]!.dueDate);
  const remaining = `il reste ${euros(g.principalCents)} à régler`;
  const charges =
    g.business && (g.penaltiesCents > 0 || g.indemnityCents > 0)
      ? [`S’y ajoutent ${g.penaltiesCents > 0 ? `les pénalités de retard (${euros(g.penaltiesCents)} à ce jour)` : 'les pénalités de retard'}${g.indemnityCents > 0 ? ` et l’indemnité forfaitaire pour frais de recouvrement (${euros(g.indemnityCents)})` : ''}\u00a0: ${euros(g.totalCents)} en tout.`]
      : !g.business && g.penaltiesCents > 0
        ? [`S’y ajoutent les intérêts au taux légal (${euros(g.penaltiesCents)} à ce jour)\u00a0: ${euros(g.totalCents)} en tout.`]
        : [];
  switch (g.tone) {
    case 'courtesy':
      return [`${one ? 'Elle arrive' : 'Elles arrivent'} à échéance le ${due}\u00a0: je voulais simplement m’assurer que ${one ? 'vous l’avez bien reçue' : 'vous les avez bien reçues'}.`];
    case 'friendly':
      return [`${one ? 'Elle était payable' : 'La première était payable'} le ${due} et je n’ai pas encore reçu le règlement\u00a0: ${remaining}.`, `${one ? 'Elle est peut-être passée' : 'Elles sont peut-être passées'} inaperçue${one ? '' : 's'}\u202f?`];
    case 'firm':
      return [`${one ? 'Elle était payable' : 'La première était payable'} le ${due}\u202f; malgré mon rappel, ${remaining}.`, ...charges];
    case 'formal':
      return [`Malgré mes relances, ${remaining}.`, ...charges, 'Je vous adresse aujourd’hui une mise en demeure par lettre recommandée avec accusé de réception.'];
    case 'litigation':
      return [
        `Malgré ma mise en demeure, ${remaining}.`,
        ...charges,
        g.business ? 'Sans règlement, je déposerai une requête en injonction de payer auprès du tribunal.' : 'Sans règlement, je saisirai le tribunal pour obtenir le paiement.',
      ];
  }
}

function closingLine(tone: DunningTone): string {
  if (tone === 'courtesy' || tone === 'friendly') return 'Je vous remercie. Je vous confirme notre échange par écrit.';
  if (tone === 'firm') return 'Je vous remercie. Je vous confirme par écrit la date convenue\u202f; sans règlement à cette date, je vous adresserai une mise en demeure.';
  return 'Je vous remercie. Je vous confirme par écrit ce que nous avons convenu.';
}

export function callSheet(g: ReminderDigest): CallSheet {
  const asked = g.tone === 'courtesy' || g.tone === 'friendly' ? g.principalCents : g.totalCents;
  const how: string[] = [];
  if (g.iban) how.push(`Par virement\u00a0: IBAN ${g.iban}.`);
  if (g.paymentLink) how.push(`${g.iban ? 'Ou par' : 'Par'} le lien de paiement\u00a0: ${g.paymentLink}.`);
  how.push(`Référence à indiquer\u00a0: ${g.reference}.`);
  const blocks = [
    {
      heading: 'Se présenter',
      lines: [
        g.contactName ? `Bonjour, pourrais-je parler à ${g.contactName}\u202f?` : 'Bonjour, pourrais-je parler à la personne qui s’occupe des règlements\u202f?',
        `Ici ${g.sender}. Je vous appelle au sujet de ${aboutText(g)}.`,
      ],
    },
    { heading: 'Les faits', lines: factsLines(g) },
    {
      heading: 'La demande',
      lines: [
        g.tone === 'courtesy' ? `Le règlement de ${euros(asked)} est attendu pour le ${long(g.invoices[0]!.dueDate)}.` : `Je vous demande de régler ${euros(asked)} au plus tard le ${long(g.deadline)}.`,
        'Pouvez-vous me dire à quelle date le paiement sera fait\u202f?',
      ],
    },
    { heading: 'Comment payer', lines: how },
    {
      heading: 'À noter pendant l’appel',
      lines: ['Le nom de la personne jointe.', 'La date de paiement promise, s’il y en a une.', 'Un désaccord sur la facture\u00a0: lequel, et ce qui est contesté.'],
    },
    { heading: 'Pour conclure', lines: [closingLine(g.tone)] },
  ];
  const figures: [string, string][] = [[g.invoices.length === 1 ? 'Reste dû' : 'Reste dû (toutes les factures)', euros(g.principalCents)]];
  // A first reminder asks for the invoice only (as its letter does); from the relance ferme on, the charges too.
  if (g.tone !== 'courtesy' && g.tone !== 'friendly') {
    if (g.penaltiesCents > 0) figures.push([g.business ? 'Pénalités de retard' : 'Intérêts', euros(g.penaltiesCents)]);
    if (g.indemnityCents > 0) figures.push(['Indemnité forfaitaire', euros(g.indemnityCents)]);
  }
  if (figures.length > 1) figures.push(['Total', euros(g.totalCents)]);
  figures.push([g.tone === 'courtesy' ? 'Échéance' : 'Date limite de paiement', long(g.tone === 'courtesy' ? g.invoices[0]!.dueDate : g.deadline)]);
  return {
    title: fr(`Fiche d’appel : ${LETTER_TONE_TITLES[g.tone].toLowerCase()}`),
    blocks: blocks.map((b) => ({ heading: fr(b.heading), lines: b.lines.map(fr) })),
    figures: figures.map(([l, v]): [string, string] => [fr(l), fr(v)]),
  };
}
