import { useState } from 'react';
import type { ColumnMapping, ImportFieldInfo, ImportKind, ImportPreview } from '../../../../shared/import/importTypes';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { SelectField } from '../../ui/SelectField';
import { plural } from '../../ui/text';
import './Import.css';

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

/** The fields of an invoices import, in the groups the mapping shows them in. */
const INVOICE_GROUPS: readonly { title: string; fields: readonly string[] }[] = [
  { title: 'La facture', fields: ['number', 'documentType', 'issueDate', 'dueDate', 'amountTtc', 'amountHt', 'description', 'notes'] },
  { title: 'Le client', fields: ['clientName', 'clientKind', 'clientSiret'] },
  { title: 'Les paiements reçus', fields: ['status', 'paidAmount', 'remainingAmount', 'paymentDate'] },
];
const PAYMENT_FIELDS = ['status', 'paidAmount', 'remainingAmount'];

function groupsOf(kind: ImportKind, fields: readonly ImportFieldInfo[]): { title: string; fields: ImportFieldInfo[] }[] {
  if (kind === 'clients') return [{ title: 'Le client', fields: [...fields] }];
  const byName = new Map(fields.map((f) => [f.field, f]));
  const groups = INVOICE_GROUPS.map((g) => ({ title: g.title, fields: g.fields.flatMap((name) => byName.get(name) ?? []) }));
  const grouped = new Set(INVOICE_GROUPS.flatMap((g) => g.fields));
  const others = fields.filter((f) => !grouped.has(f.field));
  return others.length > 0 ? [...groups, { title: 'Autres informations', fields: others }] : groups;
}

function columnTitle(headers: readonly string[], index: number): string {
  return headers[index] || `Colonne ${index + 1}`;
}

/** The columns no field takes, with a value of the first rows to recognise them. */
function ignoredColumns(preview: ImportPreview, mapping: ColumnMapping): { title: string; example: string }[] {
  const used = new Set(Object.values(mapping).filter((v): v is number => v !== null && v !== undefined));
  return preview.headers.flatMap((_, index) => {
    if (used.has(index)) return [];
    const example = preview.sample.map((row) => (row[index] ?? '').trim()).find((v) => v !== '') ?? '';
    return [{ title: columnTitle(preview.headers, index), example: example.length > 30 ? `${example.slice(0, 29)}…` : example }];
  });
}

/** For each target field, which column of the file holds it; the columns left out and the first rows are shown. */
export function ImportMapping({ kind, fileName, preview, busy, onCancel, onImport }: ImportMappingProps): React.JSX.Element {
  const [mapping, setMapping] = useState<ColumnMapping>(() => ({ ...preview.suggestedMapping }));
  const mapped = (field: string) => (mapping[field] ?? null) !== null;
  const missing = preview.fields.filter((f) => f.required && !mapped(f.field));
  const ignored = ignoredColumns(preview, mapping);
  const paymentsMapped = PAYMENT_FIELDS.some(mapped);

  return (
    <section className="panel import-mapping" aria-labelledby="mapping-title">
      <h2 id="mapping-title">Correspondance des colonnes</h2>
      <p className="muted">
        {fileName} — {plural(preview.rowCount, 'ligne', 'lignes')} · encodage détecté{'\u00a0'}: {preview.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252 (Excel)'} ·
        séparateur{'\u00a0'}: {SEPARATOR_NAMES[preview.separator] ?? fr(`« ${preview.separator} »`)}
      </p>
      <p>Indiquez pour chaque information la colonne du fichier qui la contient.</p>

      {groupsOf(kind, preview.fields).map((group) => (
        <fieldset key={group.title} className="fieldset import-group">
          <legend>{group.title}</legend>
          <div className="mapping-grid">
            {group.fields.map((f) => (
              <SelectField
                key={f.field}
                label={f.label}
                value={mapping[f.field] == null ? '' : String(mapping[f.field])}
                onChange={(v) => setMapping((m) => ({ ...m, [f.field]: v === '' ? null : Number(v) }))}
                hint={f.required ? 'Obligatoire' : f.hint || undefined}
                error={f.required && !mapped(f.field) ? 'Choisissez la colonne qui contient cette information.' : undefined}
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
        </fieldset>
      ))}

      {kind === 'invoices' && !paymentsMapped && (
        <p className="import-callout" role="note">
          {fr(
            'Aucune colonne ne dit ce qui a déjà été payé (statut, montant réglé ou reste à payer) : toutes les factures seront importées comme impayées, et Relance proposera de les relancer.',
          )}
        </p>
      )}
      {kind === 'invoices' && paymentsMapped && !mapped('paymentDate') && (
        <p className="import-callout" role="note">
          {fr(
            'Le fichier n’a pas de colonne « Date de paiement » : un paiement sera daté de l’échéance de sa facture, ou du jour de l’import si l’échéance est à venir. Le rapport dira lesquels.',
          )}
        </p>
      )}

      <section className="import-ignored" aria-labelledby="ignored-title">
        <h3 id="ignored-title">
          {ignored.length === 0 ? 'Toutes les colonnes sont importées' : `Colonnes ignorées (${ignored.length})`}
        </h3>
        {ignored.length > 0 && (
          <>
            <p className="muted">Ces colonnes ne seront pas importées. Pour en reprendre une, choisissez-la ci-dessus.</p>
            <ul className="import-ignored-list">
              {ignored.map((c) => (
                <li key={c.title}>
                  {fr(`« ${c.title} »`)}
                  {c.example && <span className="muted"> — {fr(`ex. : ${c.example}`)}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <h3 id="columns-title">Aperçu des colonnes du fichier</h3>
      <div className="table-wrap">
        <table className="table table-compact import-columns" aria-labelledby="columns-title">
          <thead>
            <tr>
              <th scope="col">Colonne</th>
              <th scope="col">Premières valeurs</th>
              <th scope="col">Importée comme</th>
            </tr>
          </thead>
          <tbody>
            {preview.headers.map((_, c) => {
              const fields = preview.fields.filter((f) => mapping[f.field] === c).map((f) => f.label);
              const values = preview.sample.map((row) => (row[c] ?? '').trim()).filter((v) => v !== '');
              return (
                <tr key={c}>
                  <th scope="row">{columnTitle(preview.headers, c)}</th>
                  <td className="import-values">
                    {values.length === 0 && <span className="muted">vide</span>}
                    {values.slice(0, SAMPLE_ROWS).map((v, i) => (
                      <span key={i}>
                        {i > 0 && ' · '}
                        {/* A short value (an amount, a date) is never split across two lines. */}
                        <span className={v.length <= 24 ? 'nowrap' : undefined}>{v}</span>
                      </span>
                    ))}
                  </td>
                  <td>{fields.length > 0 ? fields.join(', ') : <span className="muted">Ignorée</span>}</td>
                </tr>
              );
            })}
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
          Pour importer des {kind === 'invoices' ? 'factures' : 'clients'}, indiquez les colonnes obligatoires{'\u00a0'}: {missing.map((f) => f.label).join(', ')}.
        </p>
      )}
    </section>
  );
}
