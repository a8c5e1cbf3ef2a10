import { z } from 'zod';
import { DUNNING_TONES, type DunningTone } from '../dunning/schema';
import { idSchema } from '../ledger/primitives';
import { DEFAULT_LETTER_TEMPLATES } from './defaultTemplates';
import { letterTemplateVariantSchema, type LetterTemplates, type LetterTemplateVariant } from './templatesSchema';

/**
 * The templates the user rewrote, as stored in the settings: only the tones changed (the others stay Relance's own),
 * for all clients and per client. The stored form checks the structure only: a later version that asks more of a
 * template must not set the user's text aside at opening; what a letter needs is checked when it is saved
 * (templates.save) and when a letter is composed (an error shown before anything is printed).
 */
export const customTemplatesSchema = z.partialRecord(z.enum(DUNNING_TONES), z.array(letterTemplateVariantSchema).min(1).max(20));

export const letterTemplateSettingsSchema = z.object({
  /** For every client. */
  all: customTemplatesSchema.default({}),
  /** For one client (by id), over the ones for every client. */
  perClient: z.record(idSchema, customTemplatesSchema).default({}),
});
export type LetterTemplateSettings = z.infer<typeof letterTemplateSettingsSchema>;

/** The templates a letter to this client uses, tone by tone: the client's own, else the user's, else Relance's. */
export function effectiveTemplates(settings: LetterTemplateSettings, clientId: string | null): LetterTemplates {
  const own = clientId ? (settings.perClient[clientId] ?? {}) : {};
  return Object.fromEntries(DUNNING_TONES.map((tone) => [tone, own[tone] ?? settings.all[tone] ?? DEFAULT_LETTER_TEMPLATES[tone]])) as Record<
    DunningTone,
    readonly LetterTemplateVariant[]
  >;
}

/** Where a tone's templates come from, for the editor. */
export function templateOrigin(settings: LetterTemplateSettings, clientId: string | null, tone: DunningTone): 'client' | 'all' | 'default' {
  if (clientId && settings.perClient[clientId]?.[tone]) return 'client';
  return settings.all[tone] ? 'all' : 'default';
}
