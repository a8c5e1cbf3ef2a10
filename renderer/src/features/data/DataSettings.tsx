import { useEffect, useId, useRef, useState } from 'react';
import { formatCounts, formatDateTime, formatSize, type LedgerCounts } from '../../../../shared/data/text';
import type { AppStatus, BackupSummary, LedgerSnapshot, MethodOutput } from '../../../../shared/ipc/contract';
import { api, ApiError } from '../../api/client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/FormError';
import { useAppStore } from '../../app/store';
import './DataSettings.css';
import { useFileDownload } from '../../ui/useFileDownload';

type QuarantinedRecord = MethodOutput<'data.quarantine'>[number];

const NB = '\u00a0';
const NNB = '\u202f';

function errorText(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}

export function currentCounts(snapshot: Pick<LedgerSnapshot, 'clients' | 'invoices'>): LedgerCounts {
  return {
    clients: snapshot.clients.length,
    invoices: snapshot.invoices.length,
    reminders: snapshot.invoices.reduce((n, inv) => n + inv.reminders.length, 0),
  };
}

/** What the restore confirmation says will change. */
export function restoreMessage(current: LedgerCounts, backup: LedgerCounts | null): string {
  return (
    `Vos données actuelles${NB}: ${formatCounts(current)}. Après la restauration${NB}: ${formatCounts(backup)}. ` +
    `La version actuelle est d’abord sauvegardée${NB}: vous pourrez revenir en arrière en la restaurant.`
  );
}

/** After a restore: the backup restored, and the one that holds the version it replaced. */
interface LastRestore {
  restored: BackupSummary;
  previousKeptAs: string | null;
}

/** The last restore of this session, still shown after a visit to another screen (so that it can be undone). */
let lastRestoreOfSession: LastRestore | null = null;

/** Paramètres › Données: where the data lives, a complete copy, the backups (and restoring one), the records set aside. */
export function DataSettings({ status }: { status: AppStatus }): React.JSX.Element {
  const snapshot = useAppStore((s) => s.snapshot);
  const refresh = useAppStore((s) => s.refresh);
  const showToast = useAppStore((s) => s.showToast);
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [quarantine, setQuarantine] = useState<QuarantinedRecord[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);
  const [lastRestore, setLastRestoreState] = useState(() => lastRestoreOfSession);
  const setLastRestore = (value: LastRestore): void => {
    lastRestoreOfSession = value;
    setLastRestoreState(value);
  };

  // On opening, and again whenever the data changed (a save may have taken a backup, a restore replaces the records set aside).
  useEffect(() => {
    let current = true;
    Promise.all([api().call('data.listBackups', {}), api().call('data.quarantine', {})]).then(
      ([list, records]) => {
        if (!current) return;
        setBackups(list);
        setQuarantine(records);
        setLoadError(null);
      },
      (error: unknown) => {
        if (current) setLoadError(errorText(error, 'La liste des sauvegardes n’a pas pu être lue.'));
      },
    );
    return () => {
      current = false;
    };
  }, [snapshot]);

  async function restore(backup: BackupSummary): Promise<void> {
    const { previousKeptAs } = await api().call('data.restoreBackup', { name: backup.name });
    setRestoring(null);
    setLastRestore({ restored: backup, previousKeptAs });
    // The snapshot reloads (the core also says data.changed); the list above follows it.
    await refresh();
    showToast(`Sauvegarde du ${formatDateTime(backup.takenAt)} restaurée`);
  }

  const replaced = lastRestore?.previousKeptAs ? backups?.find((b) => b.name === lastRestore.previousKeptAs) : undefined;

  return (
    <section className="panel data-settings" aria-labelledby="data-title">
      <h2 id="data-title">Données</h2>
      <p>Tout reste sur cet ordinateur, dans un seul fichier, avec des sauvegardes automatiques.</p>

      <DataLocation status={status} />
      <ExportCopy />
      <AccountantExport />

      <section className="data-section" aria-labelledby="backups-title">
        <h3 id="backups-title">Sauvegardes</h3>
        <p className="muted">
          Relance garde les 10 dernières versions de vos données{NB}: une à chaque ouverture, et au plus une par heure pendant que vous travaillez.
        </p>
        {status.readOnly && (
          <p className="data-note">Vos données sont ouvertes en lecture seule{NB}: aucune sauvegarde ne peut être restaurée pour le moment.</p>
        )}
        {lastRestore && (
          <p className="data-note data-note-success">
            La sauvegarde du {formatDateTime(lastRestore.restored.takenAt)} a été restaurée.
            {replaced
              ? ` Pour revenir en arrière, restaurez la sauvegarde du ${formatDateTime(replaced.takenAt)}, marquée «${NB}Avant la restauration${NB}».`
              : ''}
          </p>
        )}
        <FormError message={loadError} />
        {backups === null ? (
          !loadError && <p className="muted">Chargement des sauvegardes…</p>
        ) : backups.length === 0 ? (
          <p className="muted">Aucune sauvegarde pour l’instant{NB}: la première sera faite à la prochaine modification ou au prochain démarrage.</p>
        ) : (
          <BackupsTable
            backups={backups}
            replacedName={lastRestore?.previousKeptAs ?? null}
            readOnly={status.readOnly}
            onRestore={(b) => setRestoring(b)}
          />
        )}
      </section>

      {quarantine.length > 0 && <QuarantineList records={quarantine} />}

      {restoring && snapshot && (
        <ConfirmDialog
          title={`Restaurer la sauvegarde du ${formatDateTime(restoring.takenAt)}${NNB}?`}
          message={restoreMessage(currentCounts(snapshot), restoring.counts)}
          confirmLabel="Restaurer cette sauvegarde"
          onConfirm={() => restore(restoring)}
          onClose={() => setRestoring(null)}
        />
      )}
    </section>
  );
}

function DataLocation({ status }: { status: AppStatus }): React.JSX.Element {
  const [error, setError] = useState<string | null>(null);
  async function openFolder(): Promise<void> {
    setError(null);
    try {
      await api().call('data.openFolder', {});
    } catch (e) {
      setError(errorText(e, 'Le dossier n’a pas pu être ouvert.'));
    }
  }
  return (
    <section className="data-section" aria-labelledby="data-location-title">
      <h3 id="data-location-title">Où sont vos données</h3>
      <dl className="details">
        <dt>Fichier de données</dt>
        <dd>
          <code className="path">{status.dataFile}</code>
        </dd>
        <dt>Dossier des sauvegardes</dt>
        <dd>
          <code className="path">{status.backupsFolder}</code>
        </dd>
        <dt>Version</dt>
        <dd>Relance {status.version}</dd>
      </dl>
      {status.mode === 'electron' && (
        <div className="data-actions">
          <button type="button" className="button" onClick={() => void openFolder()}>
            Ouvrir le dossier
          </button>
        </div>
      )}
      <FormError message={error} />
    </section>
  );
}

function ExportCopy(): React.JSX.Element {
  const showToast = useAppStore((s) => s.showToast);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = useFileDownload();

  async function exportCopy(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const { fileName, bytes } = await api().call('data.exportCopy', {});
      download(bytes, fileName, 'application/zip');
      showToast(`Copie complète prête${NB}: ${fileName} (${formatSize(bytes.byteLength)})`);
    } catch (e) {
      setError(errorText(e, 'La copie complète n’a pas pu être faite.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="data-section" aria-labelledby="data-copy-title">
      <h3 id="data-copy-title">Copie complète</h3>
      <p className="muted">
        Un fichier .zip avec vos données, toutes les sauvegardes et les documents archivés, et un LISEZMOI.txt qui explique comment les remettre en place.
        Gardez-le ailleurs que sur cet ordinateur (clé USB, disque externe).
      </p>
      <div className="data-actions">
        <button type="button" className="button button-primary" onClick={() => void exportCopy()} disabled={busy} aria-busy={busy}>
          {busy ? 'Préparation de la copie…' : 'Exporter une copie complète'}
        </button>
      </div>
      <FormError message={error} />
    </section>
  );
}

/** The spreadsheets for the accountant: French CSV (« ; », decimal comma, UTF-8 with BOM), opened by Excel as they are. */
function AccountantExport(): React.JSX.Element {
  const [busy, setBusy] = useState<'invoices' | 'reminders' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = useFileDownload();
  const showToast = useAppStore((s) => s.showToast);

  async function exportCsv(kind: 'invoices' | 'reminders'): Promise<void> {
    setBusy(kind);
    setError(null);
    try {
      const { fileName, bytes } = await api().call('data.exportForAccountant', { kind });
      download(bytes as Uint8Array<ArrayBuffer>, fileName, 'text/csv;charset=utf-8');
      showToast(`Export prêt${NB}: ${fileName}`);
    } catch (e) {
      setError(errorText(e, 'L’export n’a pas pu être fait.'));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="data-section" aria-labelledby="data-accountant-title">
      <h3 id="data-accountant-title">Pour votre comptable</h3>
      <p className="muted">Des fichiers CSV que le tableur ouvre tels quels&nbsp;: les factures avec leur reste dû, leurs pénalités et leur dernière relance, et l’historique de toutes les relances.</p>
      <div className="data-actions">
        <button type="button" className="button" onClick={() => void exportCsv('invoices')} disabled={busy !== null} aria-busy={busy === 'invoices'}>
          Exporter les factures (CSV)
        </button>
        <button type="button" className="button" onClick={() => void exportCsv('reminders')} disabled={busy !== null} aria-busy={busy === 'reminders'}>
          Exporter l’historique des relances (CSV)
        </button>
      </div>
      <FormError message={error} />
    </section>
  );
}

function BackupsTable({
  backups,
  replacedName,
  readOnly,
  onRestore,
}: {
  backups: BackupSummary[];
  replacedName: string | null;
  readOnly: boolean;
  onRestore(b: BackupSummary): void;
}): React.JSX.Element {
  return (
    <div className="table-wrap table-scroll-x">
      <table className="table backups-table" aria-labelledby="backups-title">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col" className="numeric">
              Taille
            </th>
            <th scope="col">Contenu</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((b, index) => {
            const when = formatDateTime(b.takenAt);
            return (
              <tr key={b.name}>
                <th scope="row">
                  <div className="backup-date">
                    <span className="nowrap">{when}</span>
                    {b.name === replacedName ? (
                      <span className="badge badge-partial">Avant la restauration</span>
                    ) : (
                      index === 0 && <span className="badge badge-unpaid">La plus récente</span>
                    )}
                  </div>
                </th>
                <td className="numeric nowrap">{formatSize(b.sizeBytes)}</td>
                <td className="backup-counts">
                  {b.counts ? (
                    formatCounts(b.counts)
                  ) : (
                    <>
                      <span className="text-late">{formatCounts(null)}</span>, ne peut pas être restaurée
                    </>
                  )}
                </td>
                <td className="actions-cell">
                  {b.counts && (
                    <button type="button" className="button button-small" disabled={readOnly} aria-label={`Restaurer la sauvegarde du ${when}`} onClick={() => onRestore(b)}>
                      Restaurer
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function QuarantineList({ records }: { records: QuarantinedRecord[] }): React.JSX.Element {
  return (
    <section className="data-section" aria-labelledby="quarantine-title">
      <h3 id="quarantine-title">Enregistrements mis de côté</h3>
      <p className="muted">
        Ces enregistrements n’ont pas pu être lus à l’ouverture du fichier{NB}: Relance ne les utilise pas, mais les garde dans le fichier de données, exactement
        tels qu’ils étaient. Copiez leur contenu pour ressaisir ce qu’il faut{NB}; il n’est pas encore possible de les supprimer.
      </p>
      <ul className="quarantine-list">
        {records.map((r, i) => (
          <QuarantineItem key={`${r.foundAt}-${i}`} record={r} />
        ))}
      </ul>
    </section>
  );
}

function QuarantineItem({ record }: { record: QuarantinedRecord }): React.JSX.Element {
  const showToast = useAppStore((s) => s.showToast);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const preRef = useRef<HTMLPreElement>(null);
  const [hint, setHint] = useState<string | null>(null);
  const titleId = useId();
  const json = JSON.stringify(record.value, null, 2) ?? 'null';

  async function copy(): Promise<void> {
    setHint(null);
    try {
      await navigator.clipboard.writeText(json);
      showToast('Contenu copié dans le presse-papiers');
    } catch {
      // No clipboard access: show the text selected, ready for Ctrl+C.
      if (detailsRef.current) detailsRef.current.open = true;
      const pre = preRef.current;
      const selection = window.getSelection();
      if (pre && selection) {
        const range = document.createRange();
        range.selectNodeContents(pre);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setHint(`La copie automatique n’est pas disponible${NB}: le contenu est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).`);
    }
  }

  return (
    <li className="quarantine-item" aria-labelledby={titleId}>
      <div className="quarantine-head">
        <strong id={titleId}>{record.label}</strong>
        <span className="muted">Mis de côté le {formatDateTime(record.foundAt)}</span>
      </div>
      <p className="quarantine-reason">{record.reason}</p>
      <div className="quarantine-actions">
        <details ref={detailsRef} className="quarantine-raw">
          <summary>Voir le contenu brut</summary>
          <pre ref={preRef} className="raw-json" tabIndex={0} role="region" aria-label={`Contenu brut de «${NB}${record.label}${NB}»`}>
            {json}
          </pre>
        </details>
        <button type="button" className="button button-small" aria-label={`Copier le contenu brut de «${NB}${record.label}${NB}»`} onClick={() => void copy()}>
          Copier
        </button>
      </div>
      {hint && (
        <p className="field-hint" role="status">
          {hint}
        </p>
      )}
    </li>
  );
}
