import type { LetterRequestInput } from '../../../shared/documents/contract';
import { letterFactsFromLedger } from '../../../shared/documents/letterFacts';
import { reminderDigest, type ReminderDigest } from '../../../shared/channels/reminderDigest';
import { dialableNumber } from '../../../shared/channels/composeSms';
import { AppError } from '../../../shared/ipc/errors';
import { deName } from '../../../shared/kernel/elision';
import { frenchTypography as fr } from '../../../shared/kernel/frenchTypography';
import type { Client } from '../../../shared/ledger/schema';
import type { Store } from '../store/store';

/**
 * What an SMS and a call both start from: the digest of the letter request (the same facts as its letter: décompte
 * as of the same day, the same deadline) and the client with its phone number. Refused in French like the letter.
 */
/** How a refusal names what is prepared: « Le SMS » and « Le SMS ne peut pas être préparé », « La fiche d’appel … préparée ». */
export interface ShortReminderWords {
  readonly what: string;
  readonly cannot: string;
}

export function shortReminderOf(store: Store, request: LetterRequestInput, words: ShortReminderWords): { digest: ReminderDigest; client: Client } {
  const { what } = words;
  const db = store.data;
  const client = db.clients.find((c) => c.id === request.clientId);
  if (!client) throw new AppError('NOT_FOUND', 'Ce client n’existe plus.');
  for (const id of request.invoiceIds) {
    const invoice = db.invoices.find((i) => i.id === id);
    if (invoice && invoice.clientId !== request.clientId) throw new AppError('INVALID_INPUT', fr(`${what} ne regroupe que des factures du même client.`));
  }
  const facts = letterFactsFromLedger({ identity: db.identity, clients: db.clients, invoices: db.invoices, settings: db.settings }, request);
  if (!facts.ok) throw refusal(words, facts.errors);
  const digest = reminderDigest(facts.facts, what);
  if (!digest.ok) throw refusal(words, digest.errors);
  return { digest: digest.digest, client };
}

/** The client's number, the number to dial, or what is missing (« Aucun numéro de téléphone dans la fiche de … »). */
export function phoneOf(client: Client, without: string): { number: string; dialable: string | null; problem: string | null } {
  const number = client.phone.trim();
  if (number === '') return { number, dialable: null, problem: fr(`Aucun numéro de téléphone dans la fiche ${deName(client.name)} : ${without}`) };
  const dialable = dialableNumber(number);
  return { number, dialable, problem: dialable ? null : fr(`Le numéro de téléphone ${deName(client.name)} (${number}) ne peut pas être composé : corrigez-le dans sa fiche.`) };
}

function refusal(words: ShortReminderWords, errors: readonly string[]): AppError {
  const message = errors.length === 1 ? errors[0]! : fr(`${words.cannot} :\n${errors.map((e) => `– ${e}`).join('\n')}`);
  return new AppError('INVALID_INPUT', message);
}
