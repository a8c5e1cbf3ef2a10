import { z } from 'zod';
import { databaseSchema } from '../../../shared/ledger/schema';
import { sha256 } from './durableJsonFile';

let memo: string | null = null;

/**
 * A short hash of the database schema as this build of Relance knows it. The note that lets an
 * opening skip validation carries it: after an update that adds a field with a default (without a
 * new schemaVersion), the file is validated again, so the default is filled in.
 */
export function schemaFingerprint(): string {
  memo ??= sha256(JSON.stringify(z.toJSONSchema(databaseSchema, { unrepresentable: 'any', io: 'input' }))).slice(0, 16);
  return memo;
}
