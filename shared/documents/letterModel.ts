import type { Cents } from '../kernel/money';
import type { DunningTone } from '../dunning/schema';

/**
 * A letter as the PDF renderer draws it: every text already in final French (typography applied,
 * amounts and dates formatted). The composer (shared/documents/composeLetter) builds it from the
 * ledger; the renderer (electron/core/documents) only lays it out. Nothing here is computed by the renderer.
 */
export interface LetterModel {
  /** The reminder's tone, or 'statement' for a statement of account (relevé de compte), drawn the same way. */
  tone: DunningTone | 'statement';
  /** The sender block, top left: first line the name (with "EI" when required), then address, SIRET, RCS, e-mail, phone. */
  sender: readonly string[];
  /** The recipient block, NF Z10-011 order, 1 to 6 lines of at most 38 characters, drawn in the envelope window. */
  recipient: readonly string[];
  /** "Lyon, le 1er décembre 2026". */
  placeAndDate: string;
  /** "Lettre recommandée avec accusé de réception" (with "n° 1A 123 456 7890 1" once known), or null. */
  registeredMention: string | null;
  /** "Objet : Mise en demeure de payer la facture n° F-2026-012". */
  subject: string;
  /** "Réf. : facture n° F-2026-012 du 15 mai 2026 ; votre référence : BC-778". */
  references: readonly string[];
  /** "Madame, Monsieur,". */
  salutation: string;
  /** The body, one string per paragraph. */
  paragraphs: readonly string[];
  /** Several invoices (or a mise en demeure's sum claimed): a table with totals; null for none. */
  table: LetterTable | null;
  /** The body's paragraphs that follow the table (the new date, the consequences), drawn after it; none if absent. */
  paragraphsAfterTable?: readonly string[];
  /** How to pay: "IBAN : FR76 3000 …", "BIC : …", "Lien de paiement : …", "Référence à indiquer : F-2026-012". */
  payment: readonly string[];
  /** "Je vous prie d'agréer, …" */
  closing: string;
  /** The signature lines (name, and the signatory's title if any). */
  signature: readonly string[];
  /** Under the signature: "Pièce jointe : copie de la facture n° F-2026-012" when the invoice's PDF goes with it. */
  enclosures?: readonly string[];
  /** Annex pages (the décompte of a mise en demeure for a business client). */
  annexes: readonly LetterAnnex[];
  /** Footer on every page: "Relance : F-2026-012 — page 1 sur 2" is added by the renderer; this is the legal line. */
  footer: string;
}

export interface LetterTable {
  /** Column headings, e.g. ["Facture", "Date", "Échéance", "Montant TTC", "Réglé", "Reste dû", "Pénalités"]. */
  columns: readonly LetterColumn[];
  rows: readonly (readonly string[])[];
  /** The totals row (same length as columns), or null. */
  totals: readonly string[] | null;
}

export interface LetterColumn {
  label: string;
  align: 'left' | 'right';
}

export interface LetterAnnex {
  title: string;
  paragraphs: readonly string[];
  table: LetterTable | null;
}

/** The figures a letter states, kept beside the model so tests and the proof record do not parse text. */
export interface LetterFigures {
  principalCents: Cents;
  penaltiesCents: Cents;
  indemnityCents: Cents;
  totalCents: Cents;
}
