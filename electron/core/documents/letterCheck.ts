import type { LetterModel, LetterTable } from '../../../shared/documents/letterModel';
import { RECIPIENT_BLOCK } from './letterLayout';

/**
 * What the renderer refuses to draw rather than draw wrong: an address the envelope window cannot show, a table
 * whose rows do not match its columns. The composer is expected never to send these; the reason is in French
 * because it reaches the user inside « Le document n’a pas pu être produit : … ».
 */
export function letterModelProblem(models: readonly LetterModel[]): string | null {
  if (!Array.isArray(models) || models.length === 0) return 'aucune lettre à produire.';
  for (let i = 0; i < models.length; i += 1) {
    const problem = oneLetterProblem(models[i]!);
    if (problem) return models.length > 1 ? `lettre ${i + 1} : ${problem}` : problem;
  }
  return null;
}

function oneLetterProblem(model: LetterModel): string | null {
  if (!model || typeof model !== 'object') return 'la lettre est vide.';
  const recipient = model.recipient;
  if (!isStrings(recipient) || recipient.length === 0 || recipient.some((l) => l.trim() === '')) {
    return 'l’adresse du destinataire est vide ou a une ligne vide.';
  }
  if (recipient.length > RECIPIENT_BLOCK.maxLines) {
    return `l’adresse du destinataire a ${recipient.length} lignes, la norme postale NF Z10-011 en permet ${RECIPIENT_BLOCK.maxLines}.`;
  }
  const tooLong = recipient.findIndex((l) => [...l].length > RECIPIENT_BLOCK.maxLineLength);
  if (tooLong !== -1) {
    return `la ligne ${tooLong + 1} de l’adresse du destinataire a ${[...recipient[tooLong]!].length} caractères, la norme postale NF Z10-011 en permet ${RECIPIENT_BLOCK.maxLineLength}.`;
  }
  if (!isStrings(model.sender) || model.sender.length === 0 || model.sender[0]!.trim() === '') return 'l’expéditeur n’a pas de nom.';
  if (typeof model.subject !== 'string' || model.subject.trim() === '') return 'la lettre n’a pas d’objet.';
  for (const [name, value] of [
    ['le lieu et la date', model.placeAndDate],
    ['la formule d’appel', model.salutation],
    ['la formule de politesse', model.closing],
    ['le pied de page', model.footer],
  ] as const) {
    if (typeof value !== 'string') return `${name} manque.`;
  }
  if (model.registeredMention !== null && typeof model.registeredMention !== 'string') return 'la mention du recommandé est illisible.';
  for (const [name, value] of [
    ['les références', model.references],
    ['le corps de la lettre', model.paragraphs],
    ['les paragraphes après le tableau', model.paragraphsAfterTable ?? []],
    ['les modalités de paiement', model.payment],
    ['la signature', model.signature],
  ] as const) {
    if (!isStrings(value)) return `${name} sont illisibles.`;
  }
  const table = tableProblem(model.table);
  if (table) return `le tableau ${table}`;
  if (!Array.isArray(model.annexes)) return 'les annexes sont illisibles.';
  for (let i = 0; i < model.annexes.length; i += 1) {
    const annex = model.annexes[i]!;
    if (typeof annex?.title !== 'string' || !isStrings(annex.paragraphs)) return `l’annexe ${i + 1} est illisible.`;
    const problem = tableProblem(annex.table);
    if (problem) return `le tableau de l’annexe ${i + 1} ${problem}`;
  }
  return null;
}

function tableProblem(table: LetterTable | null): string | null {
  if (table === null) return null;
  if (!table || !Array.isArray(table.columns) || table.columns.length === 0) return 'n’a pas de colonnes.';
  const width = table.columns.length;
  if (!Array.isArray(table.rows)) return 'n’a pas de lignes lisibles.';
  const bad = table.rows.findIndex((r) => !isStrings(r) || r.length !== width);
  if (bad !== -1) return `a une ligne ${bad + 1} de ${Array.isArray(table.rows[bad]) ? table.rows[bad]!.length : 0} cases pour ${width} colonnes.`;
  if (table.totals !== null && (!isStrings(table.totals) || table.totals.length !== width)) {
    return `a une ligne de totaux de ${Array.isArray(table.totals) ? table.totals.length : 0} cases pour ${width} colonnes.`;
  }
  return null;
}

function isStrings(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
