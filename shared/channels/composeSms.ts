import { frenchTypography as fr } from '../kernel/frenchTypography';
import { formatFrenchDate } from '../kernel/localDate';
import { formatEuros } from '../kernel/money';
import type { DunningTone } from '../dunning/schema';
import type { ReminderDigest } from './reminderDigest';

/**
 * The SMS of a reminder, one short text per tone: the invoice (its number is the payment reference), what is due
 * (between businesses, from the relance ferme on, the penalties and the 40 €), the deadline, how to pay, the sender.
 * French typography is kept (no-break spaces, « ’ »): such a text goes as UCS-2, 70 characters per SMS, 67 per part,
 * which smsLength counts; the texts are written short: with an IBAN, four or five parts for one invoice.
 * An SMS never stands for a mise en demeure (no proof of its content): the formal tone announces the registered letter.
 */

const d = formatFrenchDate;
const euros = formatEuros;

/** « la facture n° F-2026-012 » (its number is the payment reference), « les factures n° F-2026-012, F-2026-013 ». */
function invoicesText(digest: ReminderDigest): string {
  return digest.invoices.length === 1 ? `la facture n°\u00a0${digest.invoices[0]!.number}` : `les factures n°\u00a0${digest.invoices.map((i) => i.number).join(', ')}`;
}

/** What the charges add to the principal: « dont 7,00 € de pénalités et 40,00 € d’indemnité », or '' when nothing. */
function chargesText(digest: ReminderDigest): string {
  const parts: string[] = [];
  if (digest.penaltiesCents > 0) parts.push(`${euros(digest.penaltiesCents)} ${digest.business ? 'de pénalités' : 'd’intérêts'}`);
  if (digest.indemnityCents > 0) parts.push(`${euros(digest.indemnityCents)} d’indemnité`);
  return parts.length === 0 ? '' : `dont ${parts.join(' et ')}`;
}

/** The sum claimed: the total, and what it holds beside the principal. */
function claimText(digest: ReminderDigest): string {
  const charges = chargesText(digest);
  return charges ? `${euros(digest.totalCents)} ${charges}` : euros(digest.totalCents);
}

/** « (facture n° F-2026-012, dont …) ». */
function claimOf(digest: ReminderDigest): string {
  const charges = chargesText(digest);
  const what = digest.invoices.length === 1 ? `facture n°\u00a0${digest.invoices[0]!.number}` : `factures n°\u00a0${digest.reference}`;
  return `${euros(digest.totalCents)} (${what}${charges ? `, ${charges}` : ''})`;
}

function payText(digest: ReminderDigest): string {
  const how = digest.paymentLink ? `Paiement\u00a0: ${digest.paymentLink}` : `Virement\u00a0: IBAN ${digest.iban ?? ''}`;
  return `${how}, réf. ${digest.reference}.`;
}

const TEXTS: Record<DunningTone, (digest: ReminderDigest, one: boolean) => string> = {
  courtesy: (g, one) =>
    `Bonjour, petit rappel\u00a0: ${invoicesText(g)} (${euros(g.principalCents)}) ${one ? 'arrive' : 'arrivent'} à échéance le ${d(g.invoices[0]!.dueDate)}. ${payText(g)} Merci d’avance, ${g.sender}`,
  friendly: (g, one) =>
    `Bonjour, sauf erreur, ${invoicesText(g)} (${euros(g.principalCents)}), ${one ? 'échue' : 'échues'} le ${d(g.invoices[0]!.dueDate)}, ${one ? 'reste impayée' : 'restent impayées'}. Merci de ${one ? 'la' : 'les'} régler d’ici le ${d(g.deadline)}. ${payText(g)} Cordialement, ${g.sender}`,
  firm: (g, one) =>
    `Bonjour, malgré mon rappel, ${invoicesText(g)} ${one ? 'reste impayée' : 'restent impayées'}\u00a0: ${claimText(g)}. À régler d’ici le ${d(g.deadline)}, sinon une mise en demeure suivra. ${payText(g)} ${g.sender}`,
  formal: (g) =>
    `${g.sender}\u00a0: mise en demeure envoyée ce jour par lettre recommandée. Sans règlement de ${claimOf(g)} d’ici le ${d(g.deadline)}, j’engagerai une procédure de recouvrement. ${payText(g)}`,
  litigation: (g) => `${g.sender}\u00a0: dernier avis avant poursuites. Sans règlement de ${claimOf(g)} d’ici le ${d(g.deadline)}, je saisirai le tribunal. ${payText(g)}`,
};

/** The SMS of the digest's tone, typeset. */
export function composeSms(digest: ReminderDigest): string {
  return fr(TEXTS[digest.tone](digest, digest.invoices.length === 1));
}

/**
 * A phone number as an sms: URI wants it (RFC 5724: a global number): « 06 12 34 56 78 » → +33612345678, « 0033… » →
 * +33…, a foreign « +32 2 123 45 67 » kept; null when it holds too few digits to be dialled.
 */
export function dialableNumber(phone: string): string | null {
  const compact = phone.replace(/^\s*\+33\s*\(0\)/, '+33').replace(/[\s\u00a0.()-]/g, '');
  let global: string;
  if (/^\+\d{6,15}$/.test(compact)) global = compact;
  else if (/^00\d{6,15}$/.test(compact)) global = `+${compact.slice(2)}`;
  else if (/^0[1-9]\d{8}$/.test(compact)) global = `+33${compact.slice(1)}`;
  else if (/^\d{6,15}$/.test(compact)) global = compact;
  else return null;
  return global;
}

/** sms:+33612345678?body=… (RFC 5724: the body percent-encoded as UTF-8), or null without a number to dial. */
export function smsUri(phone: string, text: string): string | null {
  const number = dialableNumber(phone);
  return number ? `sms:${number}?body=${encodeURIComponent(text)}` : null;
}
