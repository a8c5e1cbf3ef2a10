import type { EventName, EventPayload, Method, MethodInput, MethodOutput, RelanceBridge } from '../../../shared/ipc/contract';
import type { ErrorCode, IpcResult } from '../../../shared/ipc/errors';
import { pickTransport } from './transport';

/** An error answered by the core, with a French message ready to show. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createClient(bridge: RelanceBridge): ApiClient {
  return {
    async call(method, input) {
      let result: IpcResult<unknown>;
      try {
        result = (await bridge.call(method, input)) as IpcResult<unknown>;
      } catch {
        throw new ApiError('INTERNAL', 'Relance ne répond pas. Fermez puis rouvrez l’application\u202f; vos données enregistrées sont conservées.');
      }
      if (!result || typeof result !== 'object') throw new ApiError('INTERNAL', 'Réponse inattendue de Relance.');
      if (result.ok) return result.data as never;
      throw new ApiError(result.error.code, result.error.message, result.error.fields ?? {});
    },
    on(event, listener) {
      return bridge.on(event, listener as (payload: unknown) => void);
    },
  };
}

let singleton: ApiClient | null = null;

export function api(): ApiClient {
  singleton ??= createClient(pickTransport());
  return singleton;
}
