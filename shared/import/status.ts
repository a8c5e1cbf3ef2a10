import { normalizeHeader } from './normalize';

/**
 * The words invoicing tools write in a "Statut" or a "Type" column. A status says how much of the
 * invoice was paid when the file has no amount for it; a type tells an invoice from a credit note.
 */

export type InvoiceStatusWord = 'paid' | 'partial' | 'unpaid' | 'cancelled' | 'credit' | 'draft';
export type DocumentTypeWord = 'invoice' | 'credit';

const STATUS_WORDS: Record<InvoiceStatusWord, readonly string[]> = {
  paid: [
    'payee', 'paye', 'payees', 'reglee', 'regle', 'reglees', 'soldee', 'solde', 'encaissee', 'encaisse', 'acquittee', 'acquitte',
    'totalement payee', 'entierement payee', 'payee en totalite', 'paid', 'fully paid', 'settled', 'closed',
  ],
  partial: [
    'partiellement payee', 'partiellement paye', 'partiellement reglee', 'partiellement regle', 'partiellement encaissee', 'paiement partiel',
    'reglement partiel', 'acompte', 'acompte recu', 'acompte verse', 'partielle', 'partiel', 'partially paid', 'partial', 'part paid',
  ],
  unpaid: [
    'impayee', 'impaye', 'impayees', 'non payee', 'non paye', 'non reglee', 'non regle', 'en retard', 'retard', 'a payer', 'a regler',
    'en attente', 'en attente de paiement', 'en attente de reglement', 'attente', 'envoyee', 'envoye', 'emise', 'emis', 'finalisee', 'validee',
    'en cours', 'ouverte', 'due', 'echue', 'non echue', 'a echeance', 'relancee', 'relance', 'en relance', 'litige', 'en litige', 'contentieux',
    'unpaid', 'overdue', 'late', 'open', 'sent', 'pending', 'outstanding', 'issued',
  ],
  cancelled: ['annulee', 'annule', 'annulees', 'cancelled', 'canceled', 'void', 'voided'],
  credit: ['avoir', 'avoirs', 'note de credit', 'facture d avoir', 'credit', 'credit note', 'refund', 'rembourse', 'remboursee'],
  draft: ['brouillon', 'draft', 'proforma', 'pro forma', 'facture proforma', 'devis'],
};

const TYPE_WORDS: Record<DocumentTypeWord, readonly string[]> = {
  invoice: ['facture', 'factures', 'fac', 'fa', 'fact', 'invoice', 'facture de vente', 'facture client', 'vente', 'facture d acompte', 'acompte'],
  credit: ['avoir', 'avoirs', 'av', 'note de credit', 'facture d avoir', 'credit', 'credit note', 'refund', 'avoir client'],
};

function lookup<T extends string>(table: Record<T, readonly string[]>, text: string): T | null {
  const s = normalizeHeader(text);
  for (const key of Object.keys(table) as T[]) {
    if (table[key].includes(s)) return key;
  }
  return null;
}

export type WordResult<T> = { ok: true; value: T | null } | { ok: false; message: string };

/** "Payée" → paid, "Partiellement payée" → partial, "En retard" → unpaid, "Avoir" → credit; '' → null. */
export function parseInvoiceStatus(text: string): WordResult<InvoiceStatusWord> {
  if (text.trim() === '') return { ok: true, value: null };
  const found = lookup(STATUS_WORDS, text);
  return found ? { ok: true, value: found } : { ok: false, message: `Statut «\u00a0${text.trim()}\u00a0» non reconnu\u00a0: il n’a pas été pris en compte.` };
}

/** "Facture" → invoice, "Avoir" → credit; '' → null. */
export function parseDocumentType(text: string): WordResult<DocumentTypeWord> {
  if (text.trim() === '') return { ok: true, value: null };
  const found = lookup(TYPE_WORDS, text);
  return found
    ? { ok: true, value: found }
    : { ok: false, message: `Type de document «\u00a0${text.trim()}\u00a0» non reconnu\u00a0: la ligne est lue comme une facture.` };
}

/** True when most non-empty values of a column are invoice/credit-note words (tells "Type" = document from "Type" = client). */
export function looksLikeDocumentTypes(values: readonly string[]): boolean {
  const filled = values.filter((v) => v.trim() !== '');
  if (filled.length === 0) return false;
  const known = filled.filter((v) => lookup(TYPE_WORDS, v) !== null).length;
  return known * 2 > filled.length;
}
