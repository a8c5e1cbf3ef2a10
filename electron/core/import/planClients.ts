import type { ClientRowDraft } from '../../../shared/import/rowToDraft';
import type { ImportRowProblem } from '../../../shared/import/importTypes';
import { normalizeSiret } from '../../../shared/ledger/identifiers';
import { clientSchema, type Database } from '../../../shared/ledger/schema';
import { newId } from '../app/ids';
import { ClientMatcher, formatSiret, sharedSirets } from './clientMatcher';
import type { Plan, PlanContext, Row } from './planInvoices';
import { clientCheck, siretNotes } from './reportText';

/** Plan: the clients of a clients file that Relance does not know yet, each created once. */
export function planClients(current: Database, rows: readonly Row<ClientRowDraft>[], rejected: ImportRowProblem[], ctx: PlanContext): Plan {
  const shared = sharedSirets(rows.map((r) => ({ ...r.draft, kind: r.draft.kind })));
  const matcher = new ClientMatcher(current.clients, ctx.ownSiret, new Set(shared.keys()), ctx.now);
  const lineOfNew = new Map<string, number>();
  const duplicates: ImportRowProblem[] = [];
  const warnings: ImportRowProblem[] = [];
  const checks: ImportRowProblem[] = [];
  let ownSiretLines = 0;

  for (const { line, draft } of rows) {
    const { warnings: rowWarnings, ...fields } = draft;
    const found = matcher.resolve(fields);
    if (found.ignoredSiret === 'own') ownSiretLines++;
    if (found.existing) {
      const existing = found.existing;
      const earlier = lineOfNew.get(existing.id);
      const sameSiret = found.bySiret && normalizeSiret(existing.siret) !== '';
      const who = sameSiret ? `Le client «\u00a0${existing.name}\u00a0» (SIRET ${formatSiret(normalizeSiret(existing.siret))})` : `Le client «\u00a0${existing.name}\u00a0»`;
      duplicates.push({
        line,
        label: draft.name,
        reason: earlier !== undefined ? `${who} figure déjà à la ligne ${earlier} du fichier.` : `${who} existe déjà.`,
      });
      const check = clientCheck(draft.name, found, { name: existing.name, created: false }, { kind: 'client' });
      if (check) checks.push({ line, label: draft.name, reason: check });
      continue;
    }
    const client = clientSchema.parse({ ...fields, siret: found.siret, id: newId(), createdAt: ctx.now, updatedAt: ctx.now });
    matcher.add(client);
    lineOfNew.set(client.id, line);
    const check = clientCheck(draft.name, found, { name: client.name, created: true }, { kind: 'client' });
    if (check) checks.push({ line, label: draft.name, reason: check });
    for (const reason of rowWarnings) warnings.push({ line, label: draft.name, reason });
  }

  const created = matcher.created.length;
  return {
    next: { ...current, clients: [...current.clients, ...matcher.created] },
    changed: created > 0,
    report: {
      kind: 'clients',
      created,
      clientsCreated: created,
      creditNotesCreated: 0,
      paymentsRecorded: 0,
      updated: [],
      duplicates,
      rejected,
      warnings,
      checks,
      notes: siretNotes(ctx.ownSiret, ownSiretLines, shared),
    },
  };
}
