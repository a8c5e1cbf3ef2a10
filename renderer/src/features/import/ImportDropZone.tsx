import { useId, useState } from 'react';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';

/**
 * The file input, inside a zone that also accepts a dropped file. The native control is visually
 * replaced by its visible label, « Choisir un fichier CSV… », which is also its accessible name;
 * the input keeps the focus.
 */
export function ImportDropZone({ busy, onFile }: { busy: boolean; onFile(file: File): void }): React.JSX.Element {
  const id = useId();
  const [over, setOver] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const pick = (file: File): void => {
    setFileName(file.name);
    onFile(file);
  };
  return (
    <div
      className={over ? 'dropzone dropzone-over' : 'dropzone'}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) pick(file);
      }}
    >
      <p className="dropzone-title">Déposez un fichier CSV ici</p>
      <p className="muted">ou</p>
      <div className="dropzone-field">
        <input
          id={id}
          type="file"
          accept=".csv,text/csv"
          className="visually-hidden file-input"
          aria-describedby={`${id}-chosen`}
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) pick(file);
            // Allow choosing the same file again after a correction.
            e.target.value = '';
          }}
        />
        <label htmlFor={id} className="button file-button">
          Choisir un fichier CSV…
        </label>
        <span id={`${id}-chosen`} className="muted file-chosen">
          {fileName ?? 'Aucun fichier choisi'}
        </span>
      </div>
      <p className="field-hint">{fr('Séparateur « ; » ou « , », encodage UTF-8 ou Windows (Excel) : tout est détecté automatiquement.')}</p>
      {busy && (
        <p className="muted" role="status">
          Lecture en cours…
        </p>
      )}
    </div>
  );
}
