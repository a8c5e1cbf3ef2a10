import { useState } from 'react';
import type { ColumnMapping, ImportKind, ImportPreview, ImportReport } from '../../../../shared/import/importTypes';
import { MAX_IMPORT_BYTES } from '../../../../shared/import/importTypes';
import { ApiError, api } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { useAppStore } from '../../app/store';
import { ImportDropZone } from './ImportDropZone';
import { ImportMapping } from './ImportMapping';
import { ImportReportView } from './ImportReportView';

interface LoadedFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  preview: ImportPreview;
}

/** Import invoices or clients from a CSV: choose the file, map its columns, read the report. */
export function ImportScreen(): React.JSX.Element {
  const refresh = useAppStore((s) => s.refresh);
  const showToast = useAppStore((s) => s.showToast);
  const [kind, setKind] = useState<ImportKind>('invoices');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function loadFile(picked: File, forKind: ImportKind = kind): Promise<void> {
    setError(null);
    setReport(null);
    setFile(null);
    if (picked.size > MAX_IMPORT_BYTES) {
      setError(`Le fichier est trop volumineux (au plus ${Math.round(MAX_IMPORT_BYTES / 1024 / 1024)}\u00a0Mo).`);
      return;
    }
    setBusy(true);
    try {
      const bytes = new Uint8Array(await picked.arrayBuffer());
      const preview = await api().call('import.preview', { kind: forKind, fileName: picked.name.slice(-255), bytes });
      setFile({ name: picked.name, bytes, preview });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Impossible de lire ce fichier.');
    } finally {
      setBusy(false);
    }
  }

  async function commit(mapping: ColumnMapping): Promise<void> {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api().call('import.commit', { kind, fileName: file.name.slice(-255), bytes: file.bytes, mapping });
      setReport(result);
      setFile(null);
      showToast('Import terminé');
      void refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'L’import a échoué.');
    } finally {
      setBusy(false);
    }
  }

  function changeKind(next: ImportKind): void {
    setKind(next);
    setReport(null);
    setFile(null);
    setError(null);
  }

  return (
    <section className="screen" aria-labelledby="import-title">
      <header className="screen-header">
        <div>
          <h1 id="import-title">Importer</h1>
          <p className="screen-subtitle">Reprenez vos factures ou vos clients depuis un tableur (fichier CSV).</p>
        </div>
      </header>

      <div className="panel">
        <fieldset className="fieldset">
          <legend>Que voulez-vous importer{'\u202f'}?</legend>
          <div className="radio-row">
            {(
              [
                ['invoices', 'Factures'],
                ['clients', 'Clients'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="radio">
                <input type="radio" name="import-kind" value={value} checked={kind === value} onChange={() => changeKind(value)} />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <ImportDropZone busy={busy} onFile={(f) => void loadFile(f)} />
        <FormError message={error} />
      </div>

      {file && (
        <ImportMapping
          key={`${file.name}-${kind}`}
          kind={kind}
          fileName={file.name}
          preview={file.preview}
          busy={busy}
          onCancel={() => setFile(null)}
          onImport={(m) => void commit(m)}
        />
      )}
      {report && <ImportReportView report={report} />}
    </section>
  );
}
