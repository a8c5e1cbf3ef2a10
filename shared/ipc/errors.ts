/** Stable error codes of the IPC contract: the renderer branches on the code, shows the message. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CONFLICT',
  'IN_USE',
  'STORE_WRITE_FAILED',
  'STORE_READ_ONLY',
  'STORE_CONFLICT',
  'IMPORT_INVALID_FILE',
  /** The action needs something this mode does not have (opening a folder outside Electron, …). */
  'UNAVAILABLE',
  'TOO_LARGE',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface IpcError {
  code: ErrorCode;
  /** French, ready to show. */
  message: string;
  /** Field path → French message, for forms. */
  fields?: Record<string, string>;
}

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError };

/** Thrown by core services; the dispatcher turns it into a result, whatever transport carries it. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
