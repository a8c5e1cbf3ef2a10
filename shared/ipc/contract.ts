import { z } from 'zod';
import { appEvents, appMethods } from '../app/contract';
import { attachmentsMethods } from '../attachments/contract';
import { channelsMethods } from '../channels/contract';
import { dataMethods } from '../data/contract';
import { documentsEvents, documentsMethods } from '../documents/contract';
import { statementsEvents, statementsMethods } from '../documents/statementsContract';
import { templatesMethods } from '../documents/templatesContract';
import { dunningMethods } from '../dunning/contract';
import { einvoiceMethods } from '../einvoice/contract';
import { importMethods } from '../import/contract';
import { ledgerMethods } from '../ledger/contract';
import { proofsMethods } from '../proofs/contract';
import { schedulerEvents, schedulerMethods } from '../scheduler/contract';

/**
 * The one contract between the renderer and the main process, merged from the features' slices. Every method has a
 * zod input and output schema; main validates every input before a handler runs.
 */
export const contract = { ...appMethods, ...ledgerMethods, ...dunningMethods, ...importMethods, ...dataMethods, ...documentsMethods, ...templatesMethods, ...statementsMethods, ...schedulerMethods, ...proofsMethods, ...einvoiceMethods, ...channelsMethods, ...attachmentsMethods } as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>;

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Methods whose success changes the data: after them, every window is told to refresh. */
export const MUTATING_METHODS: ReadonlySet<Method> = new Set(
  (Object.keys(contract) as Method[]).filter((m) => contract[m].mutates),
);

/** Events pushed by main to the renderer. */
export const events = { ...appEvents, ...schedulerEvents, ...documentsEvents, ...statementsEvents } as const;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** The object the preload exposes as window.api (and the loopback transport imitates). */
export interface RelanceBridge {
  call(method: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export { appStatusSchema, noticeSchema, type AppStatus, type Notice } from '../app/contract';
export { backupNameSchema, backupSummarySchema, type BackupSummary } from '../data/contract';
export { ledgerSnapshotSchema, type LedgerSnapshot } from '../ledger/contract';
export { bytesSchema } from './define';
export { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from './channels';
