import type { LetterModel, LetterTable } from '../../../shared/documents/letterModel';
import { frenchTypography as fr } from '../../../shared/kernel/frenchTypography';
import { formatEuros } from '../../../shared/kernel/money';

/**
 * Letters written by hand for the renderer's tests, reference renderings and benchmark: what the composer will
 * produce, in final French (typography applied, amounts through fr-FR formatting, so with U+202F and U+00A0).
 * The figures are computed by hand (penalties at 12,15 %, base 365 days, each line rounded to the cent).
 */

const eur = formatEuros;

export const SENDER: readonly string[] = [
  'Jeanne Moreau EI',
  'Conseil en communication visuelle',
  '18 rue de la République',
  '69002 Lyon',
  fr('SIRET : 812 345 678 00021'),
  'jeanne.moreau@atelier-moreau.fr',
  '06 12 34 56 78',
];

const PAYMENT = (reference: string): string[] => [
  fr('IBAN : FR76 3000 4012 3400 0101 2345 678'),
  fr('BIC : BNPA FRPP XXX'),
  fr(`Lien de paiement : https://paiement.atelier-moreau.fr/${reference}`),
  fr(`Référence à indiquer : ${reference}`),
];

const FOOTER = fr('Jeanne Moreau, entrepreneur individuel — SIRET 812 345 678 00021 — TVA non applicable, art. 293 B du CGI');

const SIGNATURE: readonly string[] = ['Jeanne Moreau', 'Entrepreneur individuel'];

export const BUSINESS_RECIPIENT: readonly string[] = [
  'Ateliers Dumas et Fils SARL',
  fr('À l’attention de M. Paul Dumas'),
  'Service comptabilité fournisseurs',
  '47 boulevard des Belges',
  '69006 LYON',
];

/** A rappel amiable to a private client: one invoice, no table, no penalties. */
export function friendlyReminder(): LetterModel {
  return {
    tone: 'friendly',
    sender: SENDER,
    recipient: ['Madame Claire Lefèvre', '8 impasse des Tilleuls', '38000 GRENOBLE'],
    placeAndDate: 'Lyon, le 1er décembre 2026',
    registeredMention: null,
    subject: fr('Objet : Rappel — facture n° F-2026-058 du 2 novembre 2026'),
    references: [fr('Réf. : facture n° F-2026-058 du 2 novembre 2026 ; votre devis accepté n° D-2026-041')],
    salutation: 'Madame,',
    paragraphs: [
      fr(
        `Sauf erreur de ma part, la facture n° F-2026-058 du 2 novembre 2026, relative à « la création de votre faire-part et de ses déclinaisons » (maquettes, retouches et fichiers d’impression), d’un montant de ${eur(123456)} TTC, arrivée à échéance le 16 novembre 2026, ne m’est pas encore parvenue.`,
      ),
      fr(
        'Il s’agit sans doute d’un simple oubli : si vous avez réglé cette somme entre-temps, je vous prie de ne pas tenir compte de ce courrier. Si la facture ne vous est pas parvenue, je vous la renvoie volontiers sur simple demande ; c’est avec plaisir que je réponds à vos questions.',
      ),
      fr(`Je vous remercie de bien vouloir procéder au règlement de ${eur(123456)} au plus tard le 15 décembre 2026, par virement ou par le lien de paiement ci-dessous.`),
    ],
    table: null,
    payment: PAYMENT('F-2026-058'),
    closing: fr('Je vous prie d’agréer, Madame, l’expression de mes salutations distinguées.'),
    signature: SIGNATURE,
    annexes: [],
    footer: FOOTER,
  };
}

const INVOICE_COLUMNS: LetterTable['columns'] = [
  { label: 'Facture', align: 'left' },
  { label: 'Date', align: 'left' },
  { label: 'Échéance', align: 'left' },
  { label: 'Montant TTC', align: 'right' },
  { label: 'Réglé', align: 'right' },
  { label: 'Reste dû', align: 'right' },
  { label: 'Pénalités', align: 'right' },
];

/** A relance ferme to a business client over three invoices, with their table and totals. */
export function groupedFirmReminder(): LetterModel {
  return {
    tone: 'firm',
    sender: SENDER,
    recipient: BUSINESS_RECIPIENT,
    placeAndDate: 'Lyon, le 1er décembre 2026',
    registeredMention: null,
    subject: fr(`Objet : Relance — trois factures impayées, ${eur(437456)} restant dus`),
    references: [fr('Réf. : factures n° F-2026-031, F-2026-037 et F-2026-044 ; votre commande n° BC-2026-778')],
    salutation: 'Monsieur,',
    paragraphs: [
      fr(
        'Malgré mon rappel du 12 novembre 2026, les trois factures ci-dessous, relatives à la conception de vos supports de salon (stand, kakémonos et plaquettes) et à la main-d’œuvre de leur suivi de fabrication, restent impayées à ce jour :',
      ),
    ],
    table: {
      columns: INVOICE_COLUMNS,
      rows: [
        ['F-2026-031', '02/09/2026', '02/10/2026', eur(180000), eur(0), eur(180000), eur(3595)],
        ['F-2026-037', '16/09/2026', '16/10/2026', eur(234000), eur(100000), eur(134000), eur(2884)],
        ['F-2026-044', '01/10/2026', '31/10/2026', eur(123456), eur(0), eur(123456), eur(1274)],
      ],
      totals: ['Total', '', '', eur(537456), eur(100000), eur(437456), eur(7753)],
    },
    paragraphsAfterTable: [
      fr(
        `Conformément à l’article L441-10 du Code de commerce et à mes conditions générales de vente, ces retards font courir des pénalités au taux annuel de 12,15 % (${eur(7753)} au 1er décembre 2026), et chaque facture payée en retard ouvre droit à une indemnité forfaitaire pour frais de recouvrement de 40 €, soit ${eur(12000)}.`,
      ),
      fr(`Je vous demande de régler la somme de ${eur(437456)} au plus tard le 15 décembre 2026. À défaut, une mise en demeure vous sera adressée par lettre recommandée.`),
    ],
    payment: [...PAYMENT('F-2026-031').slice(0, 3), fr('Références à indiquer : F-2026-031, F-2026-037, F-2026-044')],
    closing: fr('Je vous prie d’agréer, Monsieur, l’expression de mes salutations distinguées.'),
    signature: SIGNATURE,
    annexes: [],
    footer: FOOTER,
  };
}

/** A mise en demeure to a business client, by registered letter, with the sum claimed and the décompte annex. */
export function formalNotice(): LetterModel {
  return {
    tone: 'formal',
    sender: SENDER,
    recipient: BUSINESS_RECIPIENT,
    placeAndDate: 'Lyon, le 1er décembre 2026',
    registeredMention: fr('Lettre recommandée avec accusé de réception n° 1A 123 456 7890 1'),
    subject: fr('Objet : Mise en demeure de payer la facture n° F-2026-012'),
    references: [fr('Réf. : facture n° F-2026-012 du 15 septembre 2026 ; votre référence : BC-2026-702')],
    salutation: 'Monsieur,',
    paragraphs: [
      fr(
        `Malgré mes relances des 27 octobre et 12 novembre 2026, la facture n° F-2026-012 du 15 septembre 2026, relative à la refonte de votre site internet (maquettes, intégration et mise en ligne), d’un montant de ${eur(586000)} TTC, échue le 15 octobre 2026, n’a été réglée qu’à hauteur de ${eur(100000)} le 5 novembre 2026.`,
      ),
      fr(
        `Par la présente, je vous mets en demeure, au sens de l’article 1344 du Code civil, de me régler la somme de ${eur(498302)} dans un délai de huit jours à compter de la réception de cette lettre, soit au plus tard le 12 décembre 2026. Cette somme se décompose ainsi :`,
      ),
    ],
    table: {
      columns: [
        { label: 'Somme réclamée', align: 'left' },
        { label: 'Montant', align: 'right' },
      ],
      rows: [
        [fr('Principal : reste dû sur la facture n° F-2026-012'), eur(486000)],
        [fr('Pénalités de retard au 1er décembre 2026 (12,15 % l’an, décompte en annexe)'), eur(8302)],
        ['Indemnité forfaitaire pour frais de recouvrement (art. L441-10 et D441-5 du Code de commerce)', eur(4000)],
      ],
      totals: ['Total', eur(498302)],
    },
    paragraphsAfterTable: [
      fr('Les pénalités de retard continuent de courir jusqu’au complet paiement.'),
      fr('À défaut de règlement dans ce délai, je saisirai le tribunal compétent d’une requête en injonction de payer, sans autre avis.'),
    ],
    payment: PAYMENT('F-2026-012'),
    closing: fr('Je vous prie d’agréer, Monsieur, l’expression de mes salutations distinguées.'),
    signature: SIGNATURE,
    annexes: [
      {
        title: fr('Annexe — Décompte des pénalités de retard au 1er décembre 2026'),
        paragraphs: [
          fr(`Facture n° F-2026-012 du 15 septembre 2026, échue le 15 octobre 2026, montant ${eur(586000)} TTC ; acompte de ${eur(100000)} reçu le 5 novembre 2026.`),
          fr(
            'Taux : taux de refinancement de la Banque centrale européenne en vigueur au 1er juillet 2026 (2,15 %) majoré de 10 points, soit 12,15 % l’an (art. L441-10 II du Code de commerce) ; base 365 jours ; chaque ligne est arrondie au centime et le total est la somme des lignes.',
          ),
        ],
        table: {
          columns: [
            { label: 'Du', align: 'left' },
            { label: 'Au', align: 'left' },
            { label: 'Jours', align: 'right' },
            { label: 'Base', align: 'right' },
            { label: 'Taux', align: 'right' },
            { label: 'Pénalités', align: 'right' },
          ],
          rows: [
            ['16/10/2026', '05/11/2026', '21', eur(586000), fr('12,15 %'), eur(4096)],
            ['06/11/2026', '01/12/2026', '26', eur(486000), fr('12,15 %'), eur(4206)],
          ],
          totals: ['Total', '', '47', '', '', eur(8302)],
        },
      },
    ],
    footer: FOOTER,
  };
}

/** The three representative letters of the reference renderings. */
export function representativeLetters(): { name: string; model: LetterModel }[] {
  return [
    { name: 'rappel-amiable', model: friendlyReminder() },
    { name: 'relance-ferme-groupee', model: groupedFirmReminder() },
    { name: 'mise-en-demeure', model: formalNotice() },
  ];
}

/** A letter addressed to `recipient`, for the envelope-window measurements. */
export function letterTo(recipient: readonly string[]): LetterModel {
  return { ...friendlyReminder(), recipient };
}
