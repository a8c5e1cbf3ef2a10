import { countDays } from '../kernel/plural';
import type { DunningAnchor, DunningChannel, DunningLevel, DunningTone } from './schema';
import { frenchTypography } from '../kernel/frenchTypography';

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
  friendly: 'Un premier rappel cordial\u00a0: la facture est peut-être passée inaperçue.',
  firm: 'Une relance nette, qui rappelle les pénalités de retard et l’indemnité forfaitaire de 40\u00a0€.',
  formal: 'Une mise en demeure de payer sous un délai précis, envoyée en recommandé avec accusé de réception.',
  litigation:
    'Dernière étape\u00a0: déposer une requête en injonction de payer auprès du tribunal, ou confier la créance à une société de recouvrement.',
};

export const CHANNEL_LABELS: Record<DunningChannel, string> = {
  letter: 'Lettre simple',
  'registered-letter': 'Lettre recommandée avec AR',
  email: 'E-mail',
  sms: 'SMS',
  hand: 'Remise en main propre',
  phone: 'Appel téléphonique',
};

/** What each anchor counts from. */
const ANCHOR_REFERENCES: Record<DunningAnchor, string> = {
  'before-due': 'l’échéance',
  'after-due': 'l’échéance',
  'after-previous': 'la relance précédente',
  'after-previous-deadline': 'la fin du délai accordé par la relance précédente',
};

/**
 * "7 jours après l’échéance", "3 jours avant l’échéance", "1 jour après la relance précédente", "Le jour de l’échéance".
 * A negative delay (typed, not yet refused) reads the other way: −5 after the due date is "5 jours avant l’échéance".
 */
export function describeLevelTiming(level: Pick<DunningLevel, 'anchor' | 'offsetDays'>): string {
  const signed = level.anchor === 'before-due' ? -level.offsetDays : level.offsetDays;
  const reference = ANCHOR_REFERENCES[level.anchor];
  if (signed === 0) return `Le jour de ${reference}`;
  return `${countDays(Math.abs(signed))} ${signed < 0 ? 'avant' : 'après'} ${reference}`;
}

/** "Délai de paiement accordé : 8 jours", or null when the level grants none. */
export function describePaymentDeadline(level: Pick<DunningLevel, 'paymentDeadlineDays'>): string | null {
  return level.paymentDeadlineDays === null ? null : frenchTypography(`Délai de paiement accordé : ${countDays(level.paymentDeadlineDays)}`);
}
