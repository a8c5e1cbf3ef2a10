import type { DunningAnchor, DunningChannel, DunningLevel, DunningTone } from './schema';

/** French labels of the dunning vocabulary, as shown to the user. */

export const TONE_LABELS: Record<DunningTone, string> = {
  courtesy: 'Courtois',
  friendly: 'Amiable',
  firm: 'Ferme',
  formal: 'Formel (mise en demeure)',
  litigation: 'Contentieux',
};

/** What each tone is for, shown beside the level when the user edits the policy. */
export const TONE_DESCRIPTIONS: Record<DunningTone, string> = {
  courtesy: 'Un rappel aimable avant l’échéance, pour éviter l’oubli.',
  friendly: 'Un premier rappel cordial : la facture est peut-être passée inaperçue.',
  firm: 'Une relance nette, qui rappelle les pénalités de retard et l’indemnité forfaitaire de 40 €.',
  formal: 'Une mise en demeure de payer sous un délai précis, envoyée en recommandé avec accusé de réception.',
  litigation:
    'Dernière étape : déposer une requête en injonction de payer auprès du tribunal, ou confier la créance à une société de recouvrement.',
};

export const CHANNEL_LABELS: Record<DunningChannel, string> = {
  letter: 'Lettre simple',
  'registered-letter': 'Lettre recommandée avec AR',
  email: 'E-mail',
  phone: 'Appel téléphonique',
};

export const ANCHOR_LABELS: Record<DunningAnchor, string> = {
  'before-due': 'avant l’échéance',
  'after-due': 'après l’échéance',
  'after-previous': 'après la relance précédente',
  'after-previous-deadline': 'après la fin du délai accordé par la relance précédente',
};

function days(n: number): string {
  return n <= 1 ? `${n} jour` : `${n} jours`;
}

/** "7 jours après l’échéance", "Le jour de l’échéance", etc. */
export function describeLevelTiming(level: Pick<DunningLevel, 'anchor' | 'offsetDays'>): string {
  if (level.offsetDays === 0 && (level.anchor === 'before-due' || level.anchor === 'after-due')) return 'Le jour de l’échéance';
  return `${days(level.offsetDays)} ${ANCHOR_LABELS[level.anchor]}`;
}

/** "Délai de paiement accordé : 8 jours", or null when the level grants none. */
export function describePaymentDeadline(level: Pick<DunningLevel, 'paymentDeadlineDays'>): string | null {
  return level.paymentDeadlineDays === null ? null : `Délai de paiement accordé : ${days(level.paymentDeadlineDays)}`;
}
