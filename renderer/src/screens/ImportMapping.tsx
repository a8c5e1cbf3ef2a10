import { useState } from 'react';
import type { ColumnMapping, ImportKind, ImportPreview } from '../../../shared/ipc/importTypes';
import { SelectField } from '../components/SelectField';
import { plural } from '../format/text';

interface ImportMappingProps {
  kind: ImportKind;
  fileName: string;
  preview: ImportPreview;
  busy: boolean;
  onCancel(): void;
  onImport(mapping: ColumnMapping): void;
}

const SEPARATOR_NAMES: Record<string, string> = { ';': 'point-virgule (;)', ',': 'virgule (,)', '\t': 'tabulation', '|': 'barre verticale (|)' };
const SAMPLE_ROWS = 5;

/** For each target field, which column of the file holds it; the first rows are shown to help. */
export function ImportMapping({ kind, fileName, preview, busy, onCancel, onImport }: ImportMappingProps): React.JSX.Element {
  const [mapping, setMapping] = useState<ColumnMapping>(() => ({ ...preview.suggestedMapping }));
  const missing = preview.fields.filter((f) => f.required && (mapping[f.field] ?? null) === null);

  return (
    <section className="panel" aria-labelledby="mapping-title">
      <h2 id="mapping-title">Correspondance des colonnes</h2>
      <p className="muted">
        {fileName} — {plural(preview.rowCount, 'ligne', 'lignes')} · encodage détecté : {preview.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252 (Excel)'} ·
        séparateur : {SEPARATOR_NAMES[preview.separator] ?? `« ${preview.separator} »`}
      </p>
      <p>Indiquez pour chaque information la colonne du fichier qui la contient.</p>
      <div className="mapping-grid">
        {preview.fields.map((f) => (
          <SelectField
            key={f.field}
            label={f.label}
            value={mapping[f.field] == null ? '' : String(mapping[f.field])}
            onChange={(v) => setMapping((m) => ({ ...m, [f.field]: v === '' ? null : Number(v) }))}
            hint={f.required ? 'Obligatoire' : undefined}
            error={f.required && (mapping[f.field] ?? null) === null ? 'Choisissez la colonne qui contient cette information.' : undefined}
          >
            <option value="">— Ignorer —</option>
            {preview.headers.map((h, i) => (
              <option key={i} value={i}>
                {h || `Colonne ${i + 1}`}
              </option>
            ))}
          </SelectField>
        ))}
      </div>

      <h3>Aperçu des premières lignes</h3>
      <div className="table-wrap table-scroll-x">
        <table className="table table-compact">
          <caption className="visually-hidden">Premières lignes du fichier {fileName}</caption>
          <thead>
            <tr>
              {preview.headers.map((h, i) => (
                <th key={i} scope="col">
                  {h || `Colonne ${i + 1}`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sample.slice(0, SAMPLE_ROWS).map((row, r) => (
              <tr key={r}>
                {preview.headers.map((_, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Annuler
        </button>
        <button type="button" className="button button-primary" disabled={busy || missing.length > 0} onClick={() => onImport(mapping)}>
          Importer
        </button>
      </div>
      {missing.length > 0 && (
        <p className="field-hint" role="status">
          Pour importer des {kind === 'invoices' ? 'factures' : 'clients'}, indiquez les colonnes obligatoires :{' '}
          {missing.map((f) => f.label).join(', ')}.
        </p>
      )}
    </section>
  );
}
