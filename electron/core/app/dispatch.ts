import { contract, isMethod, type Method, type MethodOutput, type MethodParsedInput } from '../../../shared/ipc/contract';
import { AppError, type IpcResult } from '../../../shared/ipc/errors';
import { issuesToFields } from '../../../shared/ipc/zodIssues';

export type Handlers = { [M in Method]: (input: MethodParsedInput<M>) => Promise<MethodOutput<M>> };

export type Dispatch = (method: unknown, input: unknown) => Promise<IpcResult<unknown>>;

/**
 * Validates every call against the contract before its handler runs, and always answers a result
 * object: a malformed call from the page is refused with a code, it never throws into the transport.
 */
export function createDispatcher(handlers: Handlers, log: (message: string, error: unknown) => void = defaultLog): Dispatch {
  return async (method, input) => {
    if (!isMethod(method)) {
      return fail('UNKNOWN_METHOD', 'Action inconnue\u00a0: la demande a été refusée.');
    }
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) {
      const fields = issuesToFields(parsed.error.issues);
      const first = Object.values(fields)[0] ?? 'Données invalides.';
      return { ok: false, error: { code: 'INVALID_INPUT', message: first, fields } };
    }
    try {
      const handler = handlers[method] as (i: unknown) => Promise<unknown>;
      const data = await handler(parsed.data);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
      }
      log(`handler ${method} failed`, error);
      return fail('INTERNAL', 'Une erreur inattendue est survenue\u202f; rien n’a été modifié. Réessayez, et si elle persiste, redémarrez Relance.');
    }
  };
}

function fail(code: 'UNKNOWN_METHOD' | 'INTERNAL', message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

function defaultLog(message: string, error: unknown): void {
  console.error(`[relance] ${message}`, error);
}
