import { formatFrenchDate } from '../../../shared/kernel/localDate';
import type { ImportReport, ImportRowProblem } from '../../../shared/import/importTypes';
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
    const where = filedUnder.created ? `un nouveau client «\u00a0${filedUnder.name}\u00a0», créé sans SIRET` : `«\u00a0${filedUnder.name}\u00a0»`;
    const head = `Le SIRET ${formatSiret(found.siretOf.siret)} de cette ligne est celui de «\u00a0${found.siretOf.name}\u00a0», mais la ligne nomme «\u00a0${rowName}\u00a0»\u00a0: `;
    if (subject.kind === 'client') {
      return `${head}la ligne a donné ${where}, et le SIRET n’a été attribué à aucun des deux.`;
    }
    const thing = subject.kind === 'invoice' ? `la facture ${subject.number} est rangée` : `l’avoir ${subject.number} est rangé`;
    const fix = subject.kind === 'invoice' ? ` S’il s’agit du même client, modifiez la facture pour choisir «\u00a0${found.siretOf.name}\u00a0».` : '';
    return `${head}${thing} chez ${where}, et le SIRET n’a été attribué à aucun des deux.${fix}`;
  }
  if (found.namesake) {
    return (
      `Un client «\u00a0${found.namesake.name}\u00a0» existe déjà avec un autre SIRET (${formatSiret(found.namesake.siret)})\u00a0: ` +
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
      `Votre propre SIRET (${formatSiret(ownSiret)}) figure sur ${linesCount(ownLines)} à la place de celui du client\u00a0: il a été ignoré, et les clients ont été reconnus par leur nom.`,
    );
  }
  for (const [siret, names] of shared) {
    const shown = names.slice(0, 3).map((n) => `«\u00a0${n}\u00a0»`);
    notes.push(
      `Le SIRET ${formatSiret(siret)} figure sur les lignes de ${names.length} clients différents (${shown.join(', ')}${names.length > 3 ? '…' : ''})\u00a0: ` +
        `c’est sans doute celui de l’émetteur des factures, pas d’un client\u202f; il a été ignoré. Indiquez votre SIRET dans Paramètres pour qu’il soit reconnu la prochaine fois.`,
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
      `Le fichier n’indique pas la date de paiement de ${due.length > 1 ? `${due.length} factures` : 'la facture'} ${listNumbers(due)}\u00a0: ` +
        `${due.length > 1 ? 'leurs paiements sont datés de leur' : 'son paiement est daté de son'} échéance, donc sans retard. Si un paiement est arrivé plus tard, corrigez sa date sur la facture.`,
    );
  }
  if (todays.length > 0) {
    notes.push(
      `${todays.length > 1 ? `Les factures ${listNumbers(todays)} ne sont pas encore échues` : `La facture ${listNumbers(todays)} n’est pas encore échue`} et le fichier n’indique pas de date de paiement\u00a0: ` +
        `${todays.length > 1 ? 'leurs paiements sont datés' : 'son paiement est daté'} du jour de l’import, le ${formatFrenchDate(today)}.`,
    );
  }
  if (issue.length > 0) {
    notes.push(
      `${issue.length > 1 ? `Les factures ${listNumbers(issue)} sont datées` : `La facture ${listNumbers(issue)} est datée`} d’après aujourd’hui\u00a0: ` +
        `${issue.length > 1 ? 'leurs paiements sont datés' : 'son paiement est daté'} de la date de facture.`,
    );
  }
  return notes;
}

/** The invoices the file says received a payment after their due date: late-payment penalties may be owed on them. */
export function paidLateNotes(numbers: readonly string[]): string[] {
  if (numbers.length === 0) return [];
  return [
    numbers.length > 1
      ? `D’après le fichier, les factures ${listNumbers(numbers)} ont reçu un paiement après leur échéance\u00a0: des pénalités de retard peuvent être dues.`
      : `D’après le fichier, la facture ${numbers[0]} a reçu un paiement après son échéance\u00a0: des pénalités de retard peuvent être dues.`,
  ];
}

/** The clients created as businesses because the file has no client type: the law differs for a private person. */
export function assumedBusinessNotes(names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const quoted = names.map((n) => `«\u00a0${n}\u00a0»`);
  const list = quoted.length <= 8 ? listNumbers(quoted) : `${quoted.slice(0, 8).join(', ')} et ${quoted.length - 8} autres`;
  const who = names.length > 1 ? `${names.length} clients ont été créés comme professionnels (${list})` : `Le client ${list} a été créé comme professionnel`;
  return [
    `${who}, le fichier n’indiquant pas le type de client. ${names.length > 1 ? 'Si l’un d’eux est un particulier' : 'Si c’est un particulier'}, modifiez-le dans Clients\u00a0: l’indemnité de 40\u00a0€ ne lui est pas due, et les intérêts de retard ne courent qu’après une mise en demeure.`,
  ];
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
