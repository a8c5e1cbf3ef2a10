import type { Notice } from '../../../shared/ipc/contract';
import type { QuarantinedRecord } from '../../../shared/ledger/schema';
import { formatDateTimeFr } from './storeMessages';

/** The French notices about what happened when the data file was opened. */

const MAX_LISTED = 8;

export function describeQuarantine(setAside: readonly QuarantinedRecord[], asidePath: string | null): string {
  const records = setAside.filter((q) => q.section !== 'fields');
  const fields = setAside.filter((q) => q.section === 'fields');
  const parts: string[] = [];
  if (records.length > 0) {
    const listed = records.slice(0, MAX_LISTED).map((q) => `${q.label} (${q.reason})`);
    if (records.length > MAX_LISTED) listed.push(`et ${records.length - MAX_LISTED} autre${records.length - MAX_LISTED > 1 ? 's' : ''}`);
    parts.push(
      `${records.length === 1 ? 'Un enregistrement du fichier de données n’est pas valide et a été mis de côté' : `${records.length} enregistrements du fichier de données ne sont pas valides et ont été mis de côté`}\u00a0: ` +
        `${listed.join(', ')}. Tout le reste a été chargé normalement.`,
    );
  }
  if (fields.length > 0) {
    const listed = fields.slice(0, MAX_LISTED).map((q) => q.label.replace(/^Champ inconnu /, ''));
    parts.push(`${fields.length === 1 ? 'Un champ inconnu de cette version de Relance a été mis de côté' : `${fields.length} champs inconnus de cette version de Relance ont été mis de côté`}\u00a0: ${listed.join(', ')}${fields.length > MAX_LISTED ? '…' : ''}.`);
  }
  parts.push('Rien n’a été effacé\u00a0: vous les retrouvez dans Paramètres › Données, «\u00a0Enregistrements mis de côté\u00a0».');
  if (asidePath) parts.push(`Le fichier tel qu’il était est aussi conservé ici\u00a0: ${asidePath}.`);
  return parts.join(' ');
}

export function recoveryNotice(reason: string, asidePath: string | null, backupTakenAt: Date | null, file: string): Notice {
  const kept = asidePath
    ? `Il n’a pas été effacé\u00a0: il a été mis de côté, tel quel, ici\u00a0: ${asidePath}.`
    : `Il n’a pas pu être mis de côté\u00a0: il est laissé tel quel, ici\u00a0: ${file}.`;
  const intro = `Le fichier de données de Relance n’a pas pu être ouvert\u00a0: ${reason}. ${kept}`;
  if (backupTakenAt) {
    return { level: 'warning', message: `${intro} La sauvegarde du ${formatDateTimeFr(backupTakenAt)} a été restaurée\u00a0: vérifiez les modifications faites depuis cette date.` };
  }
  return { level: 'error', message: `${intro} Aucune sauvegarde utilisable n’a été trouvée\u00a0: Relance démarre avec des données vides.` };
}

export function missingFileNotice(file: string, backupTakenAt: Date | null, leftovers: readonly string[]): Notice {
  const intro = `Le fichier de données est introuvable (${file}), alors que Relance a déjà servi dans ce dossier.`;
  const asides = leftovers.length > 0 ? ` Des fichiers mis de côté sont à côté\u00a0: ${leftovers.join(', ')}.` : '';
  if (backupTakenAt) {
    return { level: 'warning', message: `${intro} La sauvegarde du ${formatDateTimeFr(backupTakenAt)} a été restaurée\u00a0: vérifiez les modifications faites depuis cette date.${asides}` };
  }
  return { level: 'error', message: `${intro} Aucune sauvegarde utilisable n’a été trouvée\u00a0: Relance démarre avec des données vides.${asides}` };
}
