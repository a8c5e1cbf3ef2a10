import { formatFrenchDate } from '../../../shared/dates/localDate';
import type { ImportReport, ImportRowProblem } from '../../../shared/ipc/importTypes';
import { frenchTypography } from '../../../shared/kernel/frenchTypography';
import { formatSiret, type Resolution } from './clientMatcher';

/** The French sentences of an import report that are not about one field of one line. */

/** "F-1, F-2 et F-3"; beyond `max`, "F-1, F-2, … et 8 autres". */
export function listNumbers(numbers: readonly string[], max = 8): string {
  if (numbers.length <= max) {
    return numbers.length <= 1 ? (numbers[0] ?? '') : `${numbers.slice(0, -1).join(', ')} et ${numbers[numbers.length - 1]}`;
  }
  return `${numbers.slice(0, max).join(', ')} et ${numbers.length - max} autres`;
}

function linesCount(n: number): string {
  return n > 1 ? `${n} lignes` : 'une ligne';
}

export type CheckSubject = { kind: 'invoice' | 'credit'; number: string } | { kind: 'client' };

/** Why a line went to the client it went to, when its SIRET said otherwise; null when nothing is to check. */
export function clientCheck(rowName: string, found: Resolution, filedUnder: { name: string; created: boolean }, subject: CheckSubject): string | null {
  if (found.siretOf) {
    const where = filedUnder.created ? `un nouveau client « ${filedUnder.name} », créé sans SIRET` : `« ${filedUnder.name} »`;
    const head = `Le SIRET ${formatSiret(found.siretOf.siret)} de cette ligne est celui de « ${found.siretOf.name} », mais la ligne nomme « ${rowName} » : `;
    if (subject.kind === 'client') {
      return `${head}la ligne a donné ${where}, et le SIRET n’a été attribué à aucun des deux.`;
    }
    const thing = subject.kind === 'invoice' ? `la facture ${subject.number} est rangée` : `l’avoir ${subject.number} est rangé`;
    const fix = subject.kind === 'invoice' ? ` S’il s’agit du même client, modifiez la facture pour choisir « ${found.siretOf.name} ».` : '';
    return `${head}${thing} chez ${where}, et le SIRET n’a été attribué à aucun des deux.${fix}`;
  }
  if (found.namesake) {
    return (
      `Un client « ${found.namesake.name} » existe déjà avec un autre SIRET (${formatSiret(found.namesake.siret)}) : ` +
      `cette ligne (SIRET ${formatSiret(found.siret)}) a donné un client distinct du même nom. Vérifiez qu’il s’agit bien de deux établissements différents.`
    );
  }
  return null;
}

/** One note for the user's own SIRET found in the client column, one per SIRET shared by many clients. */
export function siretNotes(ownSiret: string, ownLines: number, shared: ReadonlyMap<string, string[]>): string[] {
  const notes: string[] = [];
  if (ownLines > 0) {
    notes.push(
      `Votre propre SIRET (${formatSiret(ownSiret)}) figure sur ${linesCount(ownLines)} à la place de celui du client : il a été ignoré, et les clients ont été reconnus par leur nom.`,
    );
  }
  for (const [siret, names] of shared) {
    const shown = names.slice(0, 3).map((n) => `« ${n} »`);
    notes.push(
      `Le SIRET ${formatSiret(siret)} figure sur les lignes de ${names.length} clients différents (${shown.join(', ')}${names.length > 3 ? '…' : ''}) : ` +
        `c’est sans doute celui de l’émetteur des factures, pas d’un client ; il a été ignoré. Indiquez votre SIRET dans Paramètres pour qu’il soit reconnu la prochaine fois.`,
    );
  }
  return notes;
}

export type PaymentDateSource = 'file' | 'dueDate' | 'importDate' | 'issueDate';

/** Which date each payment got when the file had none, as a note for the whole file. */
export function paymentDateNotes(bySource: ReadonlyMap<PaymentDateSource, string[]>, today: string): string[] {
  const notes: string[] = [];
  const due = bySource.get('dueDate') ?? [];
  const todays = bySource.get('importDate') ?? [];
  const issue = bySource.get('issueDate') ?? [];
  if (due.length > 0) {
    notes.push(
      `Le fichier n’indique pas la date de paiement de ${due.length > 1 ? `${due.length} factures` : 'la facture'} ${listNumbers(due)} : ` +
        `${due.length > 1 ? 'leurs paiements sont datés de leur' : 'son paiement est daté de son'} échéance, donc sans retard. Si un paiement est arrivé plus tard, corrigez sa date sur la facture.`,
    );
  }
  if (todays.length > 0) {
    notes.push(
      `${todays.length > 1 ? `Les factures ${listNumbers(todays)} ne sont pas encore échues` : `La facture ${listNumbers(todays)} n’est pas encore échue`} et le fichier n’indique pas de date de paiement : ` +
        `${todays.length > 1 ? 'leurs paiements sont datés' : 'son paiement est daté'} du jour de l’import, le ${formatFrenchDate(today)}.`,
    );
  }
  if (issue.length > 0) {
    notes.push(
      `${issue.length > 1 ? `Les factures ${listNumbers(issue)} sont datées` : `La facture ${listNumbers(issue)} est datée`} d’après aujourd’hui : ` +
        `${issue.length > 1 ? 'leurs paiements sont datés' : 'son paiement est daté'} de la date de facture.`,
    );
  }
  return notes;
}

function typeset(problems: readonly ImportRowProblem[]): ImportRowProblem[] {
  return problems.map((p) => ({ ...p, reason: frenchTypography(p.reason) }));
}

/** Every sentence of the report through the French typography (no-break spaces before : ; ? ! and inside « »). */
export function typesetReport(report: ImportReport): ImportReport {
  return {
    ...report,
    updated: report.updated.map((u) => ({ ...u, changes: u.changes.map(frenchTypography) })),
    duplicates: typeset(report.duplicates),
    rejected: typeset(report.rejected),
    warnings: typeset(report.warnings),
    checks: typeset(report.checks),
    notes: report.notes.map(frenchTypography),
  };
}
