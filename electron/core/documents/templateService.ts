import type { z } from 'zod';
import type { LetterTemplateSettings } from '../../../shared/documents/storedTemplates';
import type { saveTemplatesInputSchema } from '../../../shared/documents/templatesContract';
import { AppError } from '../../../shared/ipc/errors';
import type { Store } from '../store/store';

type SaveTemplatesInput = z.output<typeof saveTemplatesInputSchema>;

/** The letter templates the user rewrites (Paramètres › Modèles de lettres), kept in the settings. */
export class TemplateService {
  constructor(private readonly store: Store) {}

  async save({ clientId, tone, variants }: SaveTemplatesInput): Promise<LetterTemplateSettings> {
    if (clientId !== null && !this.store.data.clients.some((c) => c.id === clientId)) throw new AppError('NOT_FOUND', 'Ce client n’existe plus.');
    const next = await this.store.update((db) => {
      const current = db.settings.letterTemplates;
      const clients = new Set(db.clients.map((c) => c.id));
      const replace = <T extends Partial<Record<typeof tone, unknown>>>(set: T): T => {
        const { [tone]: _previous, ...others } = set;
        return (variants ? { ...others, [tone]: variants } : others) as T;
      };
      const perClient = Object.fromEntries(
        Object.entries(clientId === null ? current.perClient : { ...current.perClient, [clientId]: replace(current.perClient[clientId] ?? {}) })
          // A deleted client's templates, or a client left with none of its own, leave the file.
          .filter(([id, own]) => clients.has(id) && Object.keys(own).length > 0),
      );
      const all = clientId === null ? replace(current.all) : current.all;
      return { ...db, settings: { ...db.settings, letterTemplates: { all, perClient } } };
    });
    return next.settings.letterTemplates;
  }
}
