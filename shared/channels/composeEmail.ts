import { deName } from '../kernel/elision';
import { formatLongFrenchDate } from '../kernel/frenchDate';
import { frenchTypography as fr } from '../kernel/frenchTypography';
import { composeLetter, senderBlock, type ComposedLetterModel, type LetterFacts } from '../documents/composeLetter';
import type { LetterFigures, LetterTable } from '../documents/letterModel';

/**
 * The e-mail of a reminder, written from the SAME letter: composeLetter with the same facts (the tone's variant, its
 * text and closing, the same placeholders and the same checks), so that an e-mail can never say what its letter would
 * not. The subject names the invoices (« Relance : facture n° F-2026-012 du 15 mai 2026 »); the body is the letter's
 * salutation, paragraphs (its table written as lines), how to pay, closing and signature, then the sender's block.
 * The letter's PDF travels as an attachment (built by the core from the same request).
 *
 * Pure: nothing here writes MIME; electron/core/channels builds the .eml with nodemailer's MailComposer.
 */

export interface EmailFacts extends LetterFacts {
  /** The client's e-mail address (the message's To). */
  readonly clientEmail: string;
  /** Whether the letter's PDF is attached (default: yes); the body says what is attached. */
  readonly letterAttached?: boolean;
}

export interface ComposedEmail {
  /** The user's identity e-mail (From), and the name shown beside it. */
  readonly from: { readonly name: string; readonly address: string };
  /** The client (To). */
  readonly to: { readonly name: string; readonly address: string };
  /** Final French (typography applied). */
  readonly subject: string;
  /** The plain-text body, lines separated by \n. */
  readonly text: string;
  /** A simple HTML part with the same content. */
  readonly html: string;
  /** The letter the e-mail is written from (for its PDF attachment). */
  readonly letter: ComposedLetterModel;
  readonly figures: LetterFigures;
  readonly variantId: string;
}

export type ComposeEmailResult = { ok: true; email: ComposedEmail } | { ok: false; errors: string[] };

/** A plausible address: one @, something on each side, a dot inside the domain, no space. */
function plausibleEmail(address: string): boolean {
  const parts = address.split('@');
  if (parts.length !== 2 || /\s/.test(address)) return false;
  const [local, domain] = parts as [string, string];
  const dot = domain.indexOf('.');
  return local !== '' && dot > 0 && dot < domain.length - 1;
}

/** « Relance : facture n° F-2026-012 du 15 mai 2026 », or the invoices of a grouped reminder (« … et n° F-13 du … »). */
export function emailSubject(invoices: readonly { readonly number: string; readonly issueDate: LetterFacts['letterDate'] }[]): string {
  const items = invoices.map((i) => `n°\u00a0${i.number} du ${formatLongFrenchDate(i.issueDate)}`);
  const list = items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
  return fr(`Relance : ${items.length > 1 ? 'factures' : 'facture'} ${list}`);
}

/** A letter's table as lines of text: « – F-2026-012 : date 15/05/2026, échéance …, reste dû 1 234,56 € ». */
function tableLines(table: LetterTable): string[] {
  const line = (row: readonly string[]): string => {
    if (table.columns.length === 2) return fr(`– ${row[0]} : ${row[1]}`);
    const parts = table.columns
      .slice(1)
      .map((c, i) => (row[i + 1] ? `${c.label.toLowerCase()} ${row[i + 1]}` : ''))
      .filter((p) => p !== '');
    return fr(`– ${row[0]} : ${parts.join(', ')}`);
  };
  return [...table.rows.map(line), ...(table.totals ? [line(table.totals)] : [])];
}

/** The body as blocks (each a list of lines); the text part joins them with blank lines, the HTML part makes them paragraphs. */
interface Block {
  readonly lines: readonly string[];
  /** A table's lines: a list in the HTML part. */
  readonly list?: boolean;
}

function bodyBlocks(letter: ComposedLetterModel, letterAttached: boolean): Block[] {
  const blocks: Block[] = [{ lines: [letter.salutation] }];
  for (const p of letter.paragraphs) blocks.push({ lines: p.split('\n') });
  if (letter.table) blocks.push({ lines: tableLines(letter.table), list: true });
  for (const p of letter.paragraphsAfterTable ?? []) blocks.push({ lines: p.split('\n') });
  if (letterAttached && letter.annexes.length > 0) blocks.push({ lines: ['Le décompte détaillé figure en annexe de la lettre jointe (PDF).'] });
  else if (letterAttached) blocks.push({ lines: ['Vous trouverez cette relance en pièce jointe (PDF).'] });
  blocks.push({ lines: [fr('Pour régler :'), ...letter.payment] });
  blocks.push({ lines: [letter.closing] });
  blocks.push({ lines: letter.signature });
  return blocks;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function textOf(blocks: readonly Block[], signature: readonly string[]): string {
  return [...blocks.map((b) => b.lines.join('\n')), `-- \n${signature.join('\n')}`].join('\n\n') + '\n';
}

function htmlOf(subject: string, blocks: readonly Block[], signature: readonly string[]): string {
  const body = blocks
    .map((b) => (b.list ? `<ul>\n${b.lines.map((l) => `<li>${escapeHtml(l.replace(/^– /, ''))}</li>`).join('\n')}\n</ul>` : `<p>${b.lines.map(escapeHtml).join('<br>\n')}</p>`))
    .join('\n');
  const footer = `<p style="color:#555;font-size:90%">${signature.map(escapeHtml).join('<br>\n')}</p>`;
  return `<!DOCTYPE html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body style="font-family:sans-serif;line-height:1.5">\n${body}\n<hr>\n${footer}\n</body>\n</html>\n`;
}

/** Composes the e-mail, or says in French everything that keeps it from being written (nothing is produced then). */
export function composeEmail(facts: EmailFacts): ComposeEmailResult {
  const errors: string[] = [];
  const from = facts.identity.email.trim();
  const to = facts.clientEmail.trim();
  const clientName = facts.client.name.trim();
  if (to === '') errors.push(fr(`Ajoutez l’adresse e-mail ${clientName ? deName(clientName) : 'de ce client'} dans sa fiche.`));
  else if (!plausibleEmail(to)) errors.push(fr(`L’adresse e-mail ${clientName ? deName(clientName) : 'de ce client'} (${to}) n’est pas valide : corrigez-la dans sa fiche.`));
  if (from === '') errors.push(fr('Votre adresse e-mail manque : complétez Paramètres › Identité.'));
  else if (!plausibleEmail(from)) errors.push(fr(`Votre adresse e-mail (${from}) n’est pas valide : corrigez-la dans Paramètres › Identité.`));
  const letter = composeLetter(facts);
  if (!letter.ok) errors.push(...letter.errors);
  if (errors.length > 0 || !letter.ok) return { ok: false, errors: [...new Set(errors)] };

  const subject = emailSubject(facts.invoices.map((f) => f.invoice).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number, 'fr', { numeric: true })));
  const blocks = bodyBlocks(letter.model, facts.letterAttached ?? true);
  const signature = senderBlock(facts.identity);
  return {
    ok: true,
    email: {
      from: { name: letter.model.sender[0] ?? '', address: from },
      to: { name: clientName, address: to },
      subject,
      text: textOf(blocks, signature),
      html: htmlOf(subject, blocks, signature),
      letter: letter.model,
      figures: letter.figures,
      variantId: letter.variantId,
    },
  };
}
