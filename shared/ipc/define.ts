import '../kernel/zodFrench';
import { z } from 'zod';
import { idSchema } from '../ledger/primitives';

/** One method of the contract: its input and output schemas, and whether a success changes the data. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** After a successful call every window is told to refresh ('data.changed'). */
  readonly mutates: boolean;
}

/** A method that only reads. */
export function query<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> {
  return { input, output, mutates: false };
}

/** A method that changes the data. */
export function mutation<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> {
  return { input, output, mutates: true };
}

export const emptyInput = z.object({}).strict();
export const byIdInput = z.object({ id: idSchema }).strict();

export const bytesSchema = (maxBytes: number) =>
  z
    .instanceof(Uint8Array, { message: 'Fichier illisible.' })
    .refine((b) => b.byteLength > 0, 'Le fichier est vide.')
    .refine((b) => b.byteLength <= maxBytes, `Le fichier est trop volumineux (au plus ${Math.round(maxBytes / 1024 / 1024)}\u00a0Mo).`);
