import { z } from 'zod';
import { isLocalDate } from '../kernel/localDate';

/** Building blocks of every stored schema (no other schema imports: dunning and ledger schemas both use them). */

export const localDateSchema = z.string().refine(isLocalDate, { message: 'Date invalide (format attendu\u00a0: jj/mm/aaaa).' });
export const instantSchema = z.iso.datetime({ offset: true, message: 'Horodatage invalide.' });
export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Identifiant invalide.');

export const centsSchema = z
  .number({ message: 'Montant invalide.' })
  .int('Un montant s’exprime en centimes entiers.')
  .min(0, 'Le montant ne peut pas être négatif.')
  .max(99_999_999_999, 'Ce montant est trop élevé (au plus 999 999 999,99\u00a0€).');
export const positiveCentsSchema = centsSchema.min(1, 'Le montant doit être supérieur à zéro.');

/** Annual rate in basis points (hundredths of a percent): 1215 = 12,15 %. */
export const rateBpSchema = z.number().int('Taux invalide.').min(0, 'Le taux ne peut pas être négatif.').max(10_000, 'Taux trop élevé.');

