import { useCallback, useState } from 'react';
import { ApiError } from '../api/client';

/**
 * The submit sequence every form shares: disable while the core works, and on refusal show the
 * core's French message and hand its field errors to the form.
 */
export function useCoreSubmit(fallbackMessage: string) {
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const run = useCallback(
    async (action: () => Promise<void>, onFields: (fields: Record<string, string>) => void): Promise<boolean> => {
      setBusy(true);
      try {
        await action();
        return true;
      } catch (error) {
        if (error instanceof ApiError) {
          onFields(error.fields);
          setFormError(error.message);
        } else setFormError(fallbackMessage);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [fallbackMessage],
  );

  return { busy, formError, setFormError, run };
}
