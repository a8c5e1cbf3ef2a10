import {
  CLIENT_IMPORT_FIELDS,
  INVOICE_IMPORT_FIELDS,
  type ClientImportField,
  type ColumnMapping,
  type ImportFieldInfo,
  type ImportKind,
  type InvoiceImportField,
} from './importTypes';
import { normalizeHeader } from './normalize';
import { looksLikeDocumentTypes } from './status';

export { normalizeHeader } from './normalize';

export type { ImportFieldInfo } from './importTypes';

interface FieldSpec {
  /** French, shown in the mapping screen and in error messages. */
  label: string;
  required: boolean;
  /** French, what Relance does with the field, shown under its choice. */
  hint?: string;
  /** Header names that mean this field, written normalised (see normalizeHeader). */
  names: readonly string[];
  /** Words that, found in a header, mean it is another field (e.g. "ht" for the TTC amount). */
  excludes?: readonly string[];
}

const CLIENT_KIND_NAMES = [
  'type',
  'type de client',
  'type client',
  'particulier professionnel',
  'professionnel particulier',
  'pro particulier',
  'particulier pro',
  'b2b b2c',
  'b2c b2b',
  'categorie',
  'categorie client',
  'categorie de client',
  'nature du client',
  'client type',
  'customer type',
] as const;

const INVOICE_SPECS: Record<InvoiceImportField, FieldSpec> = {
  number: {
    label: 'Numéro de facture',
    required: true,
    names: [
      'n facture', 'no facture', 'n de facture', 'no de facture', 'num facture', 'numero', 'numero de facture', 'numero facture',
      'numero de la facture', 'facture', 'facture n', 'reference', 'reference facture', 'ref', 'ref facture', 'n', 'no', 'num',
      'numero de piece', 'piece', 'invoice', 'invoice number', 'invoice no', 'invoice id', 'invoice ref', 'number',
    ],
    excludes: ['date', 'montant', 'total', 'client', 'tva', 'siret', 'siren', 'telephone', 'tel', 'ttc', 'ht', 'commande', 'devis', 'customer', 'amount'],
  },
  clientName: {
    label: 'Client',
    required: true,
    names: [
      'client', 'nom du client', 'nom client', 'client nom', 'raison sociale', 'raison sociale client', 'raison sociale du client',
      'societe', 'entreprise', 'destinataire', 'nom', 'denomination', 'customer', 'customer name', 'client name', 'company',
    ],
    excludes: ['siret', 'siren', 'type', 'categorie', 'email', 'mail', 'adresse', 'code', 'id', 'reference', 'ref', 'numero', 'n', 'no', 'tva', 'telephone', 'contact', 'ville', 'pays'],
  },
  issueDate: {
    label: 'Date de facture',
    required: true,
    names: [
      'date', 'date facture', 'date de facture', 'date de la facture', 'date d emission', 'date emission', 'emise le', 'date de piece',
      'date piece', 'date de facturation', 'invoice date', 'issue date', 'date issued',
    ],
    excludes: ['echeance', 'limite', 'paiement', 'reglement', 'due', 'envoi', 'livraison', 'relance', 'encaissement', 'payment'],
  },
  dueDate: {
    label: 'Échéance',
    required: true,
    names: [
      'echeance', 'date d echeance', 'date echeance', 'date de l echeance', 'date limite de paiement', 'date limite de reglement',
      'date limite', 'a payer avant le', 'payable le', 'due date', 'due', 'payment due', 'date due',
    ],
  },
  amountTtc: {
    label: 'Montant TTC',
    required: true,
    names: [
      'montant ttc', 'total ttc', 'ttc', 'montant', 'total', 'montant total', 'montant total ttc', 'net a payer', 'total a payer',
      'montant facture', 'amount', 'total amount', 'amount incl tax', 'total incl tax', 'gross amount',
    ],
    excludes: ['ht', 'tva', 'taxe', 'hors', 'paye', 'regle', 'restant', 'reste', 'encaisse', 'excl', 'net ht', 'acompte', 'remise'],
  },
  amountHt: {
    label: 'Montant HT',
    required: false,
    names: [
      'montant ht', 'total ht', 'ht', 'net ht', 'montant hors taxes', 'montant hors taxe', 'total hors taxes', 'hors taxes', 'sous total',
      'amount excl tax', 'net amount', 'subtotal',
    ],
    excludes: ['ttc', 'tva'],
  },
  clientKind: { label: 'Type de client', required: false, names: CLIENT_KIND_NAMES },
  clientSiret: {
    label: 'SIRET du client',
    required: false,
    hint: 'Un client est reconnu par son SIRET seulement si son nom concorde.',
    names: ['siret', 'siret client', 'siret du client', 'n siret', 'no siret', 'numero siret', 'numero de siret', 'client siret'],
  },
  status: {
    label: 'Statut',
    required: false,
    hint: 'Payée, partiellement payée, en retard…\u00a0: sert quand le fichier n’a pas de montant réglé.',
    names: [
      'statut', 'etat', 'status', 'statut de paiement', 'statut paiement', 'statut du paiement', 'etat du paiement', 'etat de paiement', 'etat paiement',
      'statut facture', 'statut de la facture', 'etat facture', 'etat de la facture', 'situation', 'payment status', 'invoice status',
    ],
    excludes: ['client', 'relance', 'type'],
  },
  paidAmount: {
    label: 'Montant réglé',
    required: false,
    hint: 'Ce que le client a déjà payé\u00a0: la facture entre payée ou partiellement payée.',
    names: [
      'montant regle', 'montant reglee', 'montant paye', 'montant payee', 'montant encaisse', 'regle', 'paye', 'encaisse', 'deja paye', 'deja regle',
      'deja encaisse', 'total regle', 'total paye', 'total encaisse', 'somme reglee', 'somme payee', 'montant reglement', 'montant du reglement',
      'reglement', 'reglements', 'paiement', 'paiements', 'montant du paiement', 'montant paiement', 'montant des paiements', 'acompte', 'acomptes',
      'acompte verse', 'acomptes verses', 'amount paid', 'paid', 'paid amount', 'payments', 'total paid',
    ],
    excludes: ['date', 'reste', 'restant', 'mode', 'moyen', 'statut', 'etat', 'delai', 'conditions', 'condition', 'type', 'reference', 'ref', 'lien'],
  },
  remainingAmount: {
    label: 'Reste à payer',
    required: false,
    hint: 'Ce qu’il reste à payer\u00a0: la différence avec le montant TTC est enregistrée comme réglée.',
    names: [
      'reste a payer', 'reste du', 'restant du', 'restant a payer', 'montant restant', 'montant restant du', 'montant restant a payer', 'reste', 'restant',
      'solde', 'solde du', 'solde restant', 'solde a payer', 'solde restant du', 'reste a regler', 'reste a encaisser', 'a encaisser', 'balance',
      'balance due', 'amount due', 'outstanding', 'outstanding amount', 'remaining', 'remaining amount', 'amount outstanding',
    ],
    excludes: ['date'],
  },
  paymentDate: {
    label: 'Date de paiement',
    required: false,
    hint: 'Sans elle, un paiement est daté de l’échéance, ou du jour de l’import si l’échéance est à venir.',
    names: [
      'date de paiement', 'date paiement', 'date du paiement', 'date de reglement', 'date reglement', 'date du reglement', 'date d encaissement',
      'date encaissement', 'paye le', 'payee le', 'regle le', 'reglee le', 'encaisse le', 'date de solde', 'date du dernier paiement',
      'date dernier paiement', 'dernier paiement', 'dernier reglement', 'date du dernier reglement', 'payment date', 'paid on', 'date paid', 'paid date',
    ],
  },
  documentType: {
    label: 'Type de document',
    required: false,
    hint: 'Facture ou avoir\u00a0: un avoir est enregistré au crédit de son client.',
    names: [
      'type de document', 'type document', 'type de piece', 'type piece', 'nature de la piece', 'nature piece', 'type de facture', 'type facture',
      'facture avoir', 'facture ou avoir', 'document', 'type d operation', 'type operation', 'document type', 'doc type',
    ],
  },
  description: {
    label: 'Objet de la facture',
    required: false,
    hint: 'Ce qui a été fourni, repris dans les lettres de relance.',
    names: [
      'description', 'objet', 'objet de la facture', 'objet facture', 'designation', 'designation de la prestation', 'libelle', 'libelle de la facture',
      'libelle facture', 'intitule', 'prestation', 'prestations', 'description de la prestation', 'nature de la prestation', 'detail de la prestation',
      'subject', 'item description', 'line description',
    ],
    excludes: ['client', 'date', 'montant', 'statut', 'type', 'code', 'reference', 'ref', 'tva', 'ttc', 'ht'],
  },
  notes: {
    label: 'Commentaire ou note',
    required: false,
    hint: 'Repris dans les notes de la facture.',
    names: [
      'notes', 'note', 'commentaire', 'commentaires', 'remarque', 'remarques', 'observations', 'observation', 'memo', 'comments', 'comment',
      'annotation', 'annotations', 'note interne', 'notes internes', 'commentaire interne',
    ],
  },
};

const CLIENT_SPECS: Record<ClientImportField, FieldSpec> = {
  name: {
    label: 'Nom ou raison sociale',
    required: true,
    names: [
      'nom', 'raison sociale', 'nom ou raison sociale', 'client', 'nom du client', 'nom client', 'societe', 'entreprise', 'denomination',
      'name', 'company', 'company name', 'customer', 'customer name',
    ],
    excludes: ['contact', 'interlocuteur', 'siret', 'siren', 'type', 'categorie', 'email', 'mail', 'adresse', 'code', 'id', 'reference', 'ref', 'numero', 'n', 'no', 'tva', 'telephone', 'ville', 'pays', 'prenom'],
  },
  kind: { label: 'Type de client', required: false, names: CLIENT_KIND_NAMES },
  contactName: {
    label: 'Nom du contact',
    required: false,
    names: ['contact', 'nom du contact', 'nom contact', 'interlocuteur', 'contact name', 'representant', 'a l attention de', 'attention'],
    excludes: ['mail', 'telephone', 'tel'],
  },
  complement: {
    label: 'Complément d’adresse',
    required: false,
    names: ['complement', 'complement d adresse', 'complement adresse', 'adresse 2', 'adresse ligne 2', 'address 2', 'address line 2', 'batiment', 'etage'],
  },
  street: {
    label: 'Numéro et voie',
    required: false,
    names: ['adresse', 'adresse 1', 'adresse ligne 1', 'rue', 'voie', 'numero et voie', 'adresse postale', 'address', 'address 1', 'address line 1', 'street'],
    excludes: ['mail', 'email', 'courriel', 'web', 'site', 'ip', '2', '3', 'complement'],
  },
  locality: {
    label: 'Lieu-dit ou boîte postale',
    required: false,
    names: ['lieu dit', 'bp', 'boite postale', 'adresse 3', 'adresse ligne 3', 'address 3', 'address line 3', 'lieu dit ou boite postale'],
  },
  postalCode: {
    label: 'Code postal',
    required: false,
    names: ['code postal', 'cp', 'postal code', 'postcode', 'zip', 'zip code'],
  },
  city: { label: 'Ville', required: false, names: ['ville', 'commune', 'localite', 'city', 'town'] },
  country: { label: 'Pays', required: false, names: ['pays', 'country'] },
  email: {
    label: 'Adresse e-mail',
    required: false,
    names: ['email', 'e mail', 'mail', 'courriel', 'adresse e mail', 'adresse email', 'adresse mail', 'email address', 'e mail address'],
  },
  phone: {
    label: 'Téléphone',
    required: false,
    names: ['telephone', 'tel', 'phone', 'portable', 'mobile', 'numero de telephone', 'n telephone', 'n tel', 'tel portable', 'tel fixe', 'fixe'],
  },
  siret: {
    label: 'SIRET',
    required: false,
    names: ['siret', 'n siret', 'no siret', 'numero siret', 'numero de siret', 'siret du client', 'siret client'],
  },
  notes: {
    label: 'Notes',
    required: false,
    names: ['notes', 'note', 'commentaire', 'commentaires', 'remarque', 'remarques', 'observations', 'memo', 'comments'],
  },
};

function specs(kind: ImportKind): Record<string, FieldSpec> {
  return kind === 'invoices' ? INVOICE_SPECS : CLIENT_SPECS;
}

export function importFieldNames(kind: ImportKind): readonly string[] {
  return kind === 'invoices' ? INVOICE_IMPORT_FIELDS : CLIENT_IMPORT_FIELDS;
}

/** The target fields of an import, in display order, with French labels. */
export function importFields(kind: ImportKind): ImportFieldInfo[] {
  const all = specs(kind);
  return importFieldNames(kind).map((field) => ({ field, label: all[field]!.label, required: all[field]!.required, hint: all[field]!.hint ?? '' }));
}

export function fieldLabel(kind: ImportKind, field: string): string {
  return specs(kind)[field]?.label ?? field;
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * How well a header names a field: 0 = not at all; exact names beat names contained in the header,
 * and longer (more specific) names beat shorter ones ("Montant TTC" beats "Montant" for the TTC amount).
 */
function score(spec: FieldSpec, header: string): number {
  if (header === '') return 0;
  let best = 0;
  for (const name of spec.names) {
    if (header === name) return 1000 + name.length;
    if (containsWords(header, name)) best = Math.max(best, 10 + name.length);
  }
  if (best > 0 && spec.excludes?.some((word) => containsWords(header, word))) return 0;
  return best;
}

/**
 * Suggests, for each target field, the column that most likely holds it (null when none does).
 * Each column is used at most once; the best matches are assigned first. The first rows, when
 * given, settle what a bare "Type" column holds: « Facture / Avoir » or « Particulier / Pro ».
 */
export function guessMapping(kind: ImportKind, headers: readonly string[], sample: readonly (readonly string[])[] = []): ColumnMapping {
  const all = specs(kind);
  const fields = importFieldNames(kind);
  const normalised = headers.map(normalizeHeader);
  const candidates: { field: string; column: number; score: number; order: number }[] = [];
  fields.forEach((field, order) => {
    normalised.forEach((header, column) => {
      const s = score(all[field]!, header);
      if (s > 0) candidates.push({ field, column, score: s, order });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.column - b.column);
  const mapping: ColumnMapping = Object.fromEntries(fields.map((f) => [f, null]));
  const usedColumns = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || usedColumns.has(c.column)) continue;
    mapping[c.field] = c.column;
    usedColumns.add(c.column);
  }
  if (kind === 'invoices') {
    const typeColumn = mapping.clientKind;
    if (mapping.documentType === null && typeColumn !== null && typeColumn !== undefined && looksLikeDocumentTypes(sample.map((row) => row[typeColumn] ?? ''))) {
      mapping.documentType = typeColumn;
      mapping.clientKind = null;
    }
  }
  return mapping;
}
