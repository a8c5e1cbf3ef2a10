import type { DunningTone } from '../dunning/schema';

/** A letter's kind as its title and its file name say it (« 2026-12-01 Mise en demeure F-2026-012.pdf »). */
export const LETTER_TONE_TITLES: Record<DunningTone, string> = {
  courtesy: 'Rappel avant échéance',
  friendly: 'Rappel amiable',
  firm: 'Relance ferme',
  formal: 'Mise en demeure',
  litigation: 'Dernier avis avant poursuites',
};
