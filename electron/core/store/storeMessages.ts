import { errorCode } from './storeFs';

/** The French sentences the store shows the user (notices and refusals). No system text reaches them. */

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** '23/11/2026 à 09:30', in the machine's local time. */
export function formatDateTimeFr(date: Date): string {
  return `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${date.getFullYear()} à ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

const FS_REASONS: Record<string, string> = {
  ENOSPC: 'le disque est plein',
  EDQUOT: 'le quota de disque est atteint',
  EACCES: 'l’accès au dossier de données est refusé',
  EPERM: 'l’opération n’est pas autorisée sur le dossier de données',
  EROFS: 'le disque est en lecture seule',
  ENOENT: 'le dossier de données est introuvable',
  ENOTDIR: 'le dossier de données est introuvable (un fichier porte son nom)',
  EISDIR: 'un dossier porte le nom du fichier de données',
  EBUSY: 'le fichier est utilisé par un autre programme',
  EMFILE: 'trop de fichiers sont ouverts',
  EIO: 'erreur de lecture ou d’écriture sur le disque',
  ELOOP: 'le lien symbolique du fichier de données forme une boucle',
};

/** The OS reason of a failed file operation, in French; the system code only in brackets, for support. */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  const french = (code && FS_REASONS[code]) ?? 'erreur du système de fichiers';
  return code ? `${french} (code ${code})` : french;
}

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024).toLocaleString('fr-FR')}\u00a0Mo`;
}

export const WHAT_TO_DO_READ_ONLY = 'Relance ouvre vos données en lecture seule\u00a0: vous pouvez tout consulter, mais aucune modification ne sera enregistrée.';

export function newerVersionMessage(version: number, current: number, file: string): string {
  return (
    `Ce fichier de données a été créé par une version plus récente de Relance (format ${version}, ` +
    `alors que cette version lit le format ${current}). Pour ne pas l’abîmer, Relance l’ouvre en lecture seule\u00a0: ` +
    `aucune modification ne sera enregistrée. Installez la dernière version de Relance pour continuer. Fichier\u00a0: ${file}`
  );
}

export const NEWER_READ_ONLY_REFUSAL =
  'Les données sont en lecture seule\u00a0: elles ont été enregistrées par une version plus récente de Relance. ' +
  'Installez la dernière version de Relance pour pouvoir les modifier.';

export function lockedMessage(folder: string, owner: { pid: number; hostname: string; since: string } | null): string {
  const who = owner ? ` (programme n°\u00a0${owner.pid} sur l’ordinateur «\u00a0${owner.hostname}\u00a0»)` : '';
  return (
    `Ce dossier de données est déjà ouvert par une autre fenêtre de Relance${who}. Pour que deux fenêtres n’écrivent ` +
    `pas en même temps dans le même fichier, celle-ci s’ouvre en lecture seule\u00a0: aucune modification ne sera enregistrée. ` +
    `Fermez l’autre fenêtre puis rouvrez Relance pour modifier vos données. Dossier\u00a0: ${folder}`
  );
}

export const LOCKED_REFUSAL =
  'Une autre fenêtre de Relance a ce dossier de données ouvert\u00a0: celle-ci est en lecture seule. Fermez l’autre fenêtre puis rouvrez Relance.';

export function lockLostMessage(folder: string): string {
  return (
    `Relance a perdu le verrou de son dossier de données (supprimé par un autre programme, ou l’ordinateur s’est figé longtemps). ` +
    `Pour ne pas écraser les modifications d’un autre programme, plus rien ne sera enregistré dans cette fenêtre\u00a0: fermez puis rouvrez Relance. Dossier\u00a0: ${folder}`
  );
}

export function folderReadOnlyMessage(folder: string, error: unknown): string {
  return `Relance ne peut pas écrire dans son dossier de données\u00a0: ${describeFsError(error)}. ${WHAT_TO_DO_READ_ONLY} Vérifiez les droits du dossier ou libérez de la place, puis rouvrez Relance. Dossier\u00a0: ${folder}`;
}

export function folderUnavailableMessage(folder: string, error: unknown): string {
  return `Relance ne peut pas ouvrir son dossier de données\u00a0: ${describeFsError(error)}. Aucune donnée n’est affichée et rien ne sera enregistré. Vérifiez que le dossier existe et que vous y avez accès, puis rouvrez Relance. Dossier\u00a0: ${folder}`;
}

export function unreadableFileMessage(file: string, error: unknown): string {
  return `Le fichier de données ne peut pas être lu\u00a0: ${describeFsError(error)}. Il n’a pas été modifié. Aucune donnée n’est affichée et rien ne sera enregistré. Fichier\u00a0: ${file}`;
}

export function brokenLinkMessage(file: string): string {
  return `Le fichier de données est un lien vers un fichier introuvable (un dossier synchronisé débranché\u202f?). Relance ne le remplace pas\u00a0: aucune donnée n’est affichée et rien ne sera enregistré. Rebranchez le dossier, puis rouvrez Relance. Lien\u00a0: ${file}`;
}

export function writeFailedRefusal(file: string, error: unknown): string {
  return `Vos dernières modifications n’ont pas pu être enregistrées\u00a0: ${describeFsError(error)}. Les données précédentes sont intactes. Fichier\u00a0: ${file}`;
}

export function encodingMessage(asidePath: string | null, invalidBytes: number): string {
  const kept = asidePath ? ` Le fichier d’origine est conservé tel quel ici\u00a0: ${asidePath}.` : '';
  return (
    `Le fichier de données contenait ${invalidBytes === 1 ? 'un caractère' : `${invalidBytes} caractères`} mal encodé${invalidBytes === 1 ? '' : 's'} ` +
    `(sans doute une modification à la main dans un éditeur en Latin-1)\u00a0: Relance ${invalidBytes === 1 ? 'l’a lu' : 'les a lus'} comme de l’ANSI (Windows-1252). Vérifiez les accents.${kept}`
  );
}
