import type { DunningTone } from '../../../../shared/dunning/schema';

/** The tone a letter (an e-mail, an SMS, a call) starts with: the step's, else the last one sent, else a friendly reminder. */
export function letterToneOf(tone: DunningTone | undefined): DunningTone {
  return tone ?? 'friendly';
}
