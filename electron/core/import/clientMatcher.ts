import { nameWords, namesAgree } from '../../../shared/import/clientNames';
import { clientNameKey } from '../../../shared/kernel/identityKeys';
import { normalizeSiret } from '../../../shared/ledger/identifiers';
import { clientSchema, type Client, type ClientKind } from '../../../shared/ledger/schema';
import { newId } from '../app/ids';

/**
 * Match: finds the client a row is about, or creates it. A SIRET identifies a client only when the
 * names agree too; a SIRET that belongs to a client of another name is left on neither, and the row
 * goes to a client named as in the row (the report asks the user to check). The user's own SIRET,
 * and a SIRET that the file puts on the lines of many different clients (the issuer's), are ignored.
 */

export interface RowClient {
  name: string;
  kind: ClientKind | null;
  siret: string;
}

export interface Resolution {
  existing: Client | null;
  /** The existing client was found by its SIRET (and its name agrees). */
  bySiret: boolean;
  /** The SIRET a new client for this row may carry ('' when it was ignored or belongs to another). */
  siret: string;
  /** The row's SIRET is this other client's, whose name does not agree with the row's. */
  siretOf: Client | null;
  /** A client of the same name holds another SIRET: the row went to a distinct client. */
  namesake: Client | null;
  /** The SIRET was ignored because it is the user's own, or shared by many clients of the file. */
  ignoredSiret: 'own' | 'shared' | null;
}

export interface MatchResult extends Resolution {
  client: Client;
  created: boolean;
}

/** "812 345 678 00013". */
export function formatSiret(siret: string): string {
  return /^\d{14}$/.test(siret) ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
}

/** A SIRET written on the lines of this many clients of different names is not a client's. */
export const SHARED_SIRET_MIN_NAMES = 3;

/** The SIRETs that the rows give to at least SHARED_SIRET_MIN_NAMES different client names, with those names. */
export function sharedSirets(rows: readonly RowClient[]): Map<string, string[]> {
  const names = new Map<string, Map<string, string>>();
  for (const r of rows) {
    const s = normalizeSiret(r.siret);
    if (s === '') continue;
    const byKey = names.get(s) ?? new Map<string, string>();
    const key = nameWords(r.name).join(' ');
    if (!byKey.has(key)) byKey.set(key, r.name);
    names.set(s, byKey);
  }
  const shared = new Map<string, string[]>();
  for (const [s, byKey] of names) if (byKey.size >= SHARED_SIRET_MIN_NAMES) shared.set(s, [...byKey.values()]);
  return shared;
}

export class ClientMatcher {
  private readonly bySiret = new Map<string, Client>();
  private readonly byName = new Map<string, Client[]>();
  readonly created: Client[] = [];

  constructor(
    clients: readonly Client[],
    private readonly ownSiret: string,
    private readonly ignored: ReadonlySet<string>,
    private readonly now: string,
  ) {
    for (const c of clients) this.index(c);
  }

  private index(client: Client): void {
    const siret = normalizeSiret(client.siret);
    if (siret !== '' && !this.bySiret.has(siret)) this.bySiret.set(siret, client);
    const key = clientNameKey(client.name);
    this.byName.set(key, [...(this.byName.get(key) ?? []), client]);
  }

  /** Adds a client created by the import, so that the next rows find it. */
  add(client: Client): void {
    this.index(client);
    this.created.push(client);
  }

  /** Finds the known client of a row; `siret` is the SIRET a new client for this row may carry. */
  resolve(row: RowClient): Resolution {
    let siret = normalizeSiret(row.siret);
    let ignoredSiret: Resolution['ignoredSiret'] = null;
    if (siret !== '' && siret === normalizeSiret(this.ownSiret)) {
      siret = '';
      ignoredSiret = 'own';
    } else if (siret !== '' && this.ignored.has(siret)) {
      siret = '';
      ignoredSiret = 'shared';
    }

    let siretOf: Client | null = null;
    if (siret !== '') {
      const holder = this.bySiret.get(siret);
      if (holder && namesAgree(holder.name, row.name)) return { existing: holder, bySiret: true, siret, siretOf: null, namesake: null, ignoredSiret };
      if (holder) {
        siretOf = holder;
        siret = '';
      }
    }

    const sameName = this.byName.get(clientNameKey(row.name)) ?? [];
    const byName = sameName.find((c) => siret === '' || normalizeSiret(c.siret) === '' || normalizeSiret(c.siret) === siret);
    if (byName) return { existing: byName, bySiret: false, siret, siretOf, namesake: null, ignoredSiret };
    return { existing: null, bySiret: false, siret, siretOf, namesake: siret !== '' ? (sameName[0] ?? null) : null, ignoredSiret };
  }

  /** The client of an invoice row, created (with the row's name, kind and SIRET) when none is known. */
  match(row: RowClient): MatchResult {
    const found = this.resolve(row);
    if (found.existing) return { ...found, client: found.existing, created: false };
    const client = clientSchema.parse({
      id: newId(),
      kind: row.kind ?? 'business',
      name: row.name,
      siret: found.siret,
      createdAt: this.now,
      updatedAt: this.now,
    });
    this.add(client);
    return { ...found, client, created: true };
  }
}
