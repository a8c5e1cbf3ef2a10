import { z } from 'zod';
import { dunningToneSchema } from '../dunning/schema';
import { mutation } from '../ipc/define';
import { idSchema } from '../ledger/primitives';
import { letterTemplateSettingsSchema } from './storedTemplates';
import { letterTemplateVariantSchema, toneVariantsSchema } from './templatesSchema';

export const saveTemplatesInputSchema = z
  .object({
    /** null: the templates for every client; an id: that client's own. */
    clientId: idSchema.nullable(),
    tone: dunningToneSchema,
    /** null: back to the templates that applied before (Relance's own, or the ones for every client). */
    variants: z.array(letterTemplateVariantSchema).nullable(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.variants === null) return;
    // Every check a letter needs (mandatory mentions, placeholders, a private client's wording), field by field.
    const checked = toneVariantsSchema(input.tone).safeParse(input.variants);
    if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', path: ['variants', ...issue.path], message: issue.message });
  });

export const templatesMethods = {
  'templates.save': mutation(saveTemplatesInputSchema, letterTemplateSettingsSchema),
};
