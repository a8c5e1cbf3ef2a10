import { frenchTypography } from '../kernel/frenchTypography';
import type { DunningTone } from '../dunning/schema';
import type { LetterTemplates, LetterTemplateVariant } from './templatesSchema';

const fr = frenchTypography;

/**
 * The letters Relance writes until the user edits them: one variant per tone for a business client and one for a
 * private client (the law differs: no 40 € indemnity, no recovery costs and no interest before a mise en demeure
 * against a private client, and nothing that could pass for a court or commissaire de justice document).
 * Each text reads well for one invoice and for a grouped letter: the {{#une_facture}} and {{#plusieurs_factures}}
 * sections carry the agreement of « reste impayée » / « restent impayées ».
 */

/** « reste impayée, alors que son échéance… » / « restent impayées, alors que leurs échéances… ». */
const STILL_UNPAID =
  '{{#une_facture}}reste impayée, alors que son échéance était fixée au {{date_echeance}}{{/une_facture}}{{#plusieurs_factures}}restent impayées, alors que leurs échéances, rappelées dans le tableau ci-dessous, sont dépassées{{/plusieurs_factures}}';

/** « notre facture n° … du … (objet), d’un montant de …, arrive à échéance le … » and its grouped form. */
const FALLS_DUE =
  '{{#une_facture}}notre facture n° {{numero_facture}} du {{date_facture}}{{#objet_facture}} ({{objet_facture}}){{/objet_facture}}, d’un montant de {{montant_du}}, arrive à échéance le {{date_echeance}}{{/une_facture}}{{#plusieurs_factures}}{{nos_factures}}, d’un montant total de {{montant_du}}, arrivent à échéance aux dates indiquées dans le tableau ci-dessous{{/plusieurs_factures}}';

const THIS_INVOICE = '{{#une_facture}}cette facture{{/une_facture}}{{#plusieurs_factures}}ces factures{{/plusieurs_factures}}';

const WHEN_DUE =
  '{{#une_facture}}Cette facture était payable le {{date_echeance}}. {{/une_facture}}{{#plusieurs_factures}}Leurs échéances sont rappelées dans le tableau ci-dessous. {{/plusieurs_factures}}';

const LITIGATION_OPENING = (reminders: string): string =>
  fr(`Malgré nos ${reminders}{{#date_mise_en_demeure}} et notre mise en demeure du {{date_mise_en_demeure}}{{/date_mise_en_demeure}}, {{nos_factures}} {{#une_facture}}reste impayée. Son échéance était fixée au {{date_echeance}}.{{/une_facture}}{{#plusieurs_factures}}restent impayées ; leurs échéances sont rappelées dans le tableau ci-dessous.{{/plusieurs_factures}}`);

const CLOSING_COURTEOUS = fr('Nous vous remercions par avance et vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.');
const CLOSING_FIRM = fr('Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.');
const CLOSING_FORMAL = fr('Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.');

function paragraphs(...texts: string[]): string {
  return texts.join('\n\n');
}

const courtesyBusiness: LetterTemplateVariant = {
  id: 'rappel-avant-echeance-pro',
  label: 'Rappel avant échéance (professionnel)',
  audience: 'business',
  subject: 'Rappel d’échéance — {{factures}}',
  text: fr(paragraphs(
    `Nous vous remercions pour votre confiance. Nous nous permettons de vous rappeler que ${FALLS_DUE}.`,
    '{{tableau}}',
    '{{#une_facture}}Nous vous remercions d’en prévoir le règlement au plus tard le {{date_limite}}.{{/une_facture}}{{#plusieurs_factures}}Nous vous remercions d’en prévoir le règlement à l’échéance de chacune, et pour la première au plus tard le {{date_limite}}.{{/plusieurs_factures}} Si le paiement est déjà programmé, ne tenez pas compte de ce rappel.',
    'Pour mémoire, nos conditions de paiement prévoient, conformément à l’article L441-10 du Code de commerce, qu’un retard de paiement entraîne des pénalités au taux annuel de {{taux_penalites}} et une indemnité forfaitaire pour frais de recouvrement de {{indemnite_par_facture}} par facture.',
  )),
  closing: CLOSING_COURTEOUS,
};

const courtesyPrivate: LetterTemplateVariant = {
  id: 'rappel-avant-echeance-particulier',
  label: 'Rappel avant échéance (particulier)',
  audience: 'private',
  subject: 'Rappel d’échéance — {{factures}}',
  text: fr(paragraphs(
    `Nous vous remercions pour votre confiance. Nous nous permettons de vous rappeler que ${FALLS_DUE}.`,
    '{{tableau}}',
    '{{#une_facture}}Nous vous remercions d’en prévoir le règlement au plus tard le {{date_limite}}.{{/une_facture}}{{#plusieurs_factures}}Nous vous remercions d’en prévoir le règlement à l’échéance de chacune, et pour la première au plus tard le {{date_limite}}.{{/plusieurs_factures}} Si le paiement est déjà programmé, ne tenez pas compte de ce rappel.',
    `Pour toute question sur ${THIS_INVOICE}, nous restons à votre disposition.`,
  )),
  closing: CLOSING_COURTEOUS,
};

const friendlyBusiness: LetterTemplateVariant = {
  id: 'rappel-amiable-pro',
  label: 'Rappel amiable (professionnel)',
  audience: 'business',
  subject: 'Rappel amiable — {{factures}}',
  text: fr(paragraphs(
    `Sauf erreur ou omission de notre part, le règlement de {{nos_factures}} ne nous est pas encore parvenu. ${WHEN_DUE}Le montant restant dû s’élève à {{montant_du}}.`,
    '{{tableau}}',
    `Il s’agit sans doute d’un simple oubli. Nous vous remercions de bien vouloir procéder au règlement au plus tard le {{date_limite}}. {{#copie_jointe}}Vous en trouverez la copie ci-jointe.{{/copie_jointe}}{{^copie_jointe}}Si vous ne retrouvez pas ${THIS_INVOICE}, nous vous en adresserons volontiers une copie sur simple demande.{{/copie_jointe}} Si votre paiement est parti entre-temps, nous vous prions de ne pas tenir compte de ce courrier.`,
    'Nous vous rappelons que, conformément à l’article L441-10 du Code de commerce, tout retard de paiement fait courir des pénalités au taux annuel de {{taux_penalites}}, soit {{penalites}} à ce jour, et rend exigible une indemnité forfaitaire pour frais de recouvrement de {{indemnite_par_facture}} par facture.',
  )),
  closing: CLOSING_COURTEOUS,
};

const friendlyPrivate: LetterTemplateVariant = {
  id: 'rappel-amiable-particulier',
  label: 'Rappel amiable (particulier)',
  audience: 'private',
  subject: 'Rappel amiable — {{factures}}',
  text: fr(paragraphs(
    `Sauf erreur ou omission de notre part, le règlement de {{nos_factures}} ne nous est pas encore parvenu. ${WHEN_DUE}Le montant restant dû s’élève à {{montant_du}}.`,
    '{{tableau}}',
    `Il s’agit sans doute d’un simple oubli. Nous vous remercions de bien vouloir procéder au règlement au plus tard le {{date_limite}}. {{#copie_jointe}}Vous en trouverez la copie ci-jointe.{{/copie_jointe}}{{^copie_jointe}}Si vous ne retrouvez pas ${THIS_INVOICE}, nous vous en adresserons volontiers une copie sur simple demande.{{/copie_jointe}} Si votre paiement est parti entre-temps, nous vous prions de ne pas tenir compte de ce courrier.`,
    'Si vous rencontrez une difficulté pour régler cette somme, n’hésitez pas à nous contacter : nous chercherons ensemble une solution.',
  )),
  closing: CLOSING_COURTEOUS,
};

const firmBusiness: LetterTemplateVariant = {
  id: 'relance-ferme-pro',
  label: 'Relance ferme (professionnel)',
  audience: 'business',
  subject: 'Relance pour retard de paiement — {{factures}}',
  text: fr(paragraphs(
    `À ce jour, {{nos_factures}} ${STILL_UNPAID}. Le montant restant dû s’élève à {{montant_du}}.`,
    '{{tableau}}',
    'Conformément à l’article L441-10 du Code de commerce et à nos conditions de paiement, ce retard fait courir de plein droit des pénalités au taux annuel de {{taux_penalites}}, qui atteignent {{penalites}} au {{date_lettre}}, et rend exigible une indemnité forfaitaire pour frais de recouvrement de {{#une_facture}}{{indemnite}}{{/une_facture}}{{#plusieurs_factures}}{{indemnite_par_facture}} par facture, soit {{indemnite}}{{/plusieurs_factures}}. La somme due s’établit ainsi à {{total_reclame}}.',
    'Nous vous demandons de régler cette somme au plus tard le {{date_limite}}. À défaut, nous vous adresserons une mise en demeure par lettre recommandée avec accusé de réception.',
  )),
  closing: CLOSING_FIRM,
};

const firmPrivate: LetterTemplateVariant = {
  id: 'relance-ferme-particulier',
  label: 'Relance ferme (particulier)',
  audience: 'private',
  subject: 'Relance pour retard de paiement — {{factures}}',
  text: fr(paragraphs(
    `À ce jour, {{nos_factures}} ${STILL_UNPAID}. Le montant restant dû s’élève à {{montant_du}}.`,
    '{{tableau}}',
    'Nous vous demandons de régler cette somme au plus tard le {{date_limite}}. Si vous rencontrez une difficulté, contactez-nous avant cette date : nous pourrons convenir d’un échéancier.',
    'À défaut de règlement ou de nouvelles de votre part à cette date, nous vous adresserons une mise en demeure par lettre recommandée avec accusé de réception. Elle fera courir les intérêts au taux légal sur la somme due.',
  )),
  closing: CLOSING_FIRM,
};

const formalBusiness: LetterTemplateVariant = {
  id: 'mise-en-demeure-pro',
  label: 'Mise en demeure (professionnel)',
  audience: 'business',
  subject: 'Mise en demeure de payer — {{factures}}',
  text: fr(paragraphs(
    `À ce jour, {{nos_factures}} ${STILL_UNPAID}.`,
    'Par la présente, nous vous mettons en demeure, conformément à l’article 1344 du Code civil, de nous payer la somme de {{total_reclame}}, arrêtée au {{date_lettre}}, soit {{montant_du}} en principal, {{penalites}} de pénalités de retard au taux annuel de {{taux_penalites}} (article L441-10 du Code de commerce) et {{indemnite}} d’indemnité forfaitaire pour frais de recouvrement (article D441-5 du même code). Le décompte des pénalités est joint en annexe.',
    '{{tableau}}',
    'Ce paiement doit nous parvenir au plus tard le {{date_limite}}. Les pénalités de retard continuent de courir jusqu’au complet paiement.',
    'À défaut de paiement dans ce délai, nous engagerons {{procedure}} afin d’obtenir le paiement de ces sommes.',
  )),
  closing: CLOSING_FORMAL,
};

const formalPrivate: LetterTemplateVariant = {
  id: 'mise-en-demeure-particulier',
  label: 'Mise en demeure (particulier)',
  audience: 'private',
  subject: 'Mise en demeure de payer — {{factures}}',
  text: fr(paragraphs(
    `À ce jour, {{nos_factures}} ${STILL_UNPAID}.`,
    'Par la présente, nous vous mettons en demeure, conformément à l’article 1344 du Code civil, de nous payer la somme de {{total_reclame}} au plus tard le {{date_limite}}. Cette somme correspond au principal restant dû{{#interets_echus}} ({{montant_du}}) et à {{interets_echus}} d’intérêts au taux légal arrêtés au {{date_lettre}}{{/interets_echus}}.',
    '{{tableau}}',
    'Conformément aux articles 1231-6 et 1344-1 du Code civil, la présente mise en demeure fait courir les intérêts au taux légal, actuellement de {{taux_penalites}} par an, sur la somme due, à compter du lendemain de sa réception.',
    'À défaut de paiement dans ce délai, nous engagerons {{procedure}} afin d’obtenir le paiement de cette somme. Si vous contestez tout ou partie de cette somme, ou si vous souhaitez nous proposer un échéancier, nous vous invitons à nous contacter avant cette date.',
  )),
  closing: CLOSING_FORMAL,
};

const litigationBusiness: LetterTemplateVariant = {
  id: 'dernier-avis-pro',
  label: 'Dernier avis avant poursuites (professionnel)',
  audience: 'business',
  subject: 'Dernier avis avant poursuites — {{factures}}',
  text: fr(paragraphs(
    LITIGATION_OPENING('relances'),
    'À ce jour, la somme due s’élève à {{total_reclame}} : {{montant_du}} en principal, {{penalites}} de pénalités de retard au taux annuel de {{taux_penalites}} arrêtées au {{date_lettre}}, et {{indemnite}} d’indemnité forfaitaire pour frais de recouvrement. Les pénalités continuent de courir jusqu’au complet paiement.',
    '{{tableau}}',
    'Sans paiement intégral de votre part au plus tard le {{date_limite}}, nous engagerons {{procedure}}, sans autre avis. Les frais de procédure pourront alors être mis à votre charge par la juridiction.',
  )),
  closing: CLOSING_FORMAL,
};

const litigationPrivate: LetterTemplateVariant = {
  id: 'dernier-rappel-particulier',
  label: 'Dernier rappel avant action en justice (particulier)',
  audience: 'private',
  subject: 'Dernier rappel avant action en justice — {{factures}}',
  text: fr(paragraphs(
    LITIGATION_OPENING('rappels'),
    'À ce jour, vous nous devez {{montant_du}} en principal{{#interets_echus}}, auxquels s’ajoutent {{interets_echus}} d’intérêts au taux légal arrêtés au {{date_lettre}}, soit {{total_reclame}} au total{{/interets_echus}}.',
    '{{tableau}}',
    'Sans paiement de votre part au plus tard le {{date_limite}}, nous engagerons {{procedure}}. Vous pouvez encore l’éviter en réglant la somme due, ou en nous contactant avant cette date pour convenir d’un échéancier.',
  )),
  closing: CLOSING_FORMAL,
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The default letters, per tone. Frozen: copy it (structuredClone) to edit. */
export const DEFAULT_LETTER_TEMPLATES: LetterTemplates = deepFreeze({
  courtesy: [courtesyBusiness, courtesyPrivate],
  friendly: [friendlyBusiness, friendlyPrivate],
  firm: [firmBusiness, firmPrivate],
  formal: [formalBusiness, formalPrivate],
  litigation: [litigationBusiness, litigationPrivate],
} satisfies Record<DunningTone, LetterTemplateVariant[]>);
