import { frenchTypography } from '../kernel/frenchTypography';

const fr = frenchTypography;

/**
 * Every placeholder a letter template may use, with the French description shown in the list beside the editor.
 * A 'value' is replaced by its text ({{montant_du}} → « 1 234,56 € »); a 'flag' only opens a section
 * ({{#une_facture}}…{{/une_facture}}). Any value can open a section too: {{#objet_facture}} (…){{/objet_facture}}
 * is written only when the invoice has a description. The values themselves are computed by composeLetter.
 */
export interface PlaceholderInfo {
  readonly name: string;
  readonly kind: 'value' | 'flag';
  /** Short French label, e.g. « Montant restant dû ». */
  readonly label: string;
  /** What it stands for, in French, for the list beside the editor. */
  readonly description: string;
  /** What it gives in a typical letter. */
  readonly example: string;
  /** Only in a letter about one invoice (a grouped letter puts these in its table). */
  readonly singleInvoiceOnly?: true;
  /** Only for a business client (never owed by a private client). */
  readonly businessOnly?: true;
}

export const PLACEHOLDERS = [
  {
    name: 'nom_client',
    kind: 'value',
    label: fr('Nom du client'),
    description: fr('Raison sociale du client, ou son prénom et son nom.'),
    example: 'Atelier Martin SARL',
  },
  {
    name: 'nom_expediteur',
    kind: 'value',
    label: fr('Votre nom'),
    description: fr('Votre nom ou votre raison sociale, suivi de la mention EI si vous êtes entrepreneur individuel.'),
    example: 'Camille Durand EI',
  },
  {
    name: 'date_lettre',
    kind: 'value',
    label: fr('Date de la lettre'),
    description: fr('La date de la lettre, écrite en toutes lettres.'),
    example: '1er décembre 2026',
  },
  {
    name: 'date_limite',
    kind: 'value',
    label: fr('Date limite de paiement'),
    description: fr('La date à laquelle la lettre demande le paiement.'),
    example: '9 décembre 2026',
  },
  {
    name: 'delai_paiement',
    kind: 'value',
    label: fr('Délai de paiement accordé'),
    description: fr('Le nombre de jours entre la date de la lettre et la date limite de paiement.'),
    example: '8 jours',
  },
  {
    name: 'factures',
    kind: 'value',
    label: fr('Facture(s) concernée(s)'),
    description: fr('« facture n° … » pour une facture, « factures n° …, … et … » pour une lettre groupée (pour l’objet de la lettre).'),
    example: 'facture n°\u00a0F-2026-012',
  },
  {
    name: 'nos_factures',
    kind: 'value',
    label: fr('Désignation des factures'),
    description: fr(
      '« notre facture n° … du … (objet) » pour une facture, « nos factures n° … du … (objet), … et … » pour une lettre groupée : le numéro, la date et, quand il est saisi, l’objet de chaque facture.',
    ),
    example: 'notre facture n°\u00a0F-2026-012 du 15 mai 2026 (Refonte du site internet)',
  },
  {
    name: 'numero_facture',
    kind: 'value',
    label: fr('Numéro de facture'),
    description: fr('Le numéro de la facture ; dans une lettre groupée, les numéros séparés par des virgules.'),
    example: 'F-2026-012',
  },
  {
    name: 'date_facture',
    kind: 'value',
    label: fr('Date de la facture'),
    description: fr('La date de la facture (lettre pour une seule facture).'),
    example: '15 mai 2026',
    singleInvoiceOnly: true,
  },
  {
    name: 'objet_facture',
    kind: 'value',
    label: fr('Objet de la facture'),
    description: fr(
      'Ce qui a été fourni : la description saisie sur la facture (lettre pour une seule facture). Sans description, ce champ n’a pas de valeur : placez-le dans une section {{#objet_facture}}…{{/objet_facture}}.',
    ),
    example: 'Refonte du site internet',
    singleInvoiceOnly: true,
  },
  {
    name: 'date_echeance',
    kind: 'value',
    label: fr('Date d’échéance'),
    description: fr('La date à laquelle la facture devait être payée (lettre pour une seule facture).'),
    example: '14 juin 2026',
    singleInvoiceOnly: true,
  },
  {
    name: 'montant_ttc',
    kind: 'value',
    label: fr('Montant TTC facturé'),
    description: fr('Le montant TTC de la facture ; dans une lettre groupée, le total des factures.'),
    example: '1\u202f500,00\u00a0€',
  },
  {
    name: 'montant_regle',
    kind: 'value',
    label: fr('Montant déjà réglé'),
    description: fr('Ce que le client a déjà payé sur la facture (ou sur l’ensemble des factures).'),
    example: '265,44\u00a0€',
  },
  {
    name: 'montant_du',
    kind: 'value',
    label: fr('Montant restant dû'),
    description: fr('Le principal restant dû, TTC, à la date de la lettre.'),
    example: '1\u202f234,56\u00a0€',
  },
  {
    name: 'penalites',
    kind: 'value',
    label: fr('Pénalités ou intérêts à ce jour'),
    description: fr('Les pénalités de retard (client professionnel) ou les intérêts au taux légal (particulier) dus à la date de la lettre.'),
    example: '23,45\u00a0€',
  },
  {
    name: 'interets_echus',
    kind: 'value',
    label: fr('Intérêts déjà dus par un particulier'),
    description: fr(
      'Les intérêts au taux légal déjà dus par un particulier, après réception d’une mise en demeure. Sans intérêts dus, ce champ n’a pas de valeur : placez-le dans une section {{#interets_echus}}…{{/interets_echus}}.',
    ),
    example: '4,12\u00a0€',
  },
  {
    name: 'taux_penalites',
    kind: 'value',
    label: fr('Taux des pénalités ou de l’intérêt légal'),
    description: fr('Le taux annuel des pénalités de retard (client professionnel) ou de l’intérêt légal (particulier).'),
    example: '12,40\u00a0%',
  },
  {
    name: 'indemnite',
    kind: 'value',
    label: fr('Indemnité forfaitaire due'),
    description: fr('L’indemnité forfaitaire pour frais de recouvrement due : 40 € par facture en retard (client professionnel uniquement).'),
    example: '40,00\u00a0€',
    businessOnly: true,
  },
  {
    name: 'indemnite_par_facture',
    kind: 'value',
    label: fr('Indemnité forfaitaire par facture'),
    description: fr('Le montant de l’indemnité forfaitaire pour frais de recouvrement par facture : 40 € (client professionnel uniquement).'),
    example: '40\u00a0€',
    businessOnly: true,
  },
  {
    name: 'total_reclame',
    kind: 'value',
    label: fr('Total réclamé'),
    description: fr('La somme réclamée : principal restant dû, pénalités ou intérêts, et indemnité forfaitaire.'),
    example: '1\u202f298,01\u00a0€',
  },
  {
    name: 'reference_paiement',
    kind: 'value',
    label: fr('Référence de paiement'),
    description: fr('La référence que le client doit indiquer avec son paiement (le numéro de la facture).'),
    example: 'F-2026-012',
  },
  {
    name: 'reference_client',
    kind: 'value',
    label: fr('Référence du client'),
    description: fr('La référence du client (son bon de commande), quand elle est connue.'),
    example: 'BC-778',
  },
  {
    name: 'procedure',
    kind: 'value',
    label: fr('Procédure envisagée'),
    description: fr('La procédure que vous engagerez à défaut de paiement, par exemple une requête en injonction de payer.'),
    example: 'une requête en injonction de payer (articles 1405 et suivants du Code de procédure civile)',
  },
  {
    name: 'date_mise_en_demeure',
    kind: 'value',
    label: fr('Date de la mise en demeure'),
    description: fr(
      'La date d’envoi de la mise en demeure déjà adressée, quand elle est enregistrée. Sinon, ce champ n’a pas de valeur : placez-le dans une section {{#date_mise_en_demeure}}…{{/date_mise_en_demeure}}.',
    ),
    example: '16 novembre 2026',
  },
  {
    name: 'tableau',
    kind: 'value',
    label: fr('Place du tableau'),
    description: fr(
      'Seul dans son paragraphe, place à cet endroit le tableau des factures d’une lettre groupée ou de la somme réclamée d’une mise en demeure ; sans lui, le tableau suit le texte. Rien n’est écrit quand la lettre n’a pas de tableau.',
    ),
    example: '',
  },
  {
    name: 'une_facture',
    kind: 'flag',
    label: fr('Section « une seule facture »'),
    description: fr('{{#une_facture}}…{{/une_facture}} : texte écrit seulement quand la lettre porte sur une seule facture.'),
    example: '',
  },
  {
    name: 'plusieurs_factures',
    kind: 'flag',
    label: fr('Section « plusieurs factures »'),
    description: fr('{{#plusieurs_factures}}…{{/plusieurs_factures}} : texte écrit seulement quand la lettre regroupe plusieurs factures.'),
    example: '',
  },
  {
    name: 'copie_jointe',
    kind: 'flag',
    label: fr('Section « copie de la facture jointe »'),
    description: fr('{{#copie_jointe}}…{{/copie_jointe}} : texte écrit seulement quand la copie de la facture (son PDF joint) suit la lettre ; {{^copie_jointe}}…{{/copie_jointe}} : seulement quand elle ne la suit pas.'),
    example: '',
  },
] as const satisfies readonly PlaceholderInfo[];

export type PlaceholderName = (typeof PLACEHOLDERS)[number]['name'];

const BY_NAME: ReadonlyMap<string, PlaceholderInfo> = new Map(PLACEHOLDERS.map((p) => [p.name, p]));

export function placeholderInfo(name: string): PlaceholderInfo | undefined {
  return BY_NAME.get(name);
}

/** @public For the template editor beside the letters (issue 8, next step). */
export function isPlaceholderName(name: string): name is PlaceholderName {
  return BY_NAME.has(name);
}

/**
 * How sections work, for the help beside the list.
 */
export const TEMPLATE_SYNTAX_HELP: readonly string[] = [
  fr('{{champ}} : remplacé par sa valeur. Un champ sans valeur pour la lettre est une erreur, jamais un blanc.'),
  fr('{{#champ}}…{{/champ}} : texte écrit seulement si le champ a une valeur (ou si la section est vraie).'),
  fr('{{^champ}}…{{/champ}} : texte écrit seulement si le champ n’a pas de valeur.'),
  fr('Une ligne vide sépare deux paragraphes.'),
];
