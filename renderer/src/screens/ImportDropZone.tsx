import { useId, useRef, useState } from 'react';

/** The file input labelled "Fichier CSV", inside a zone that also accepts a dropped file. */
export function ImportDropZone({ busy, onFile }: { busy: boolean; onFile(file: File): void }): React.JSX.Element {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
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
        if (file) onFile(file);
      }}
    >
      <p className="dropzone-title">Déposez un fichier CSV ici</p>
      <p className="muted">ou choisissez-le :</p>
      <div className="field dropzone-field">
        <label htmlFor={id} className="field-label">
          Fichier CSV
        </label>
        <input
          ref={inputRef}
          id={id}
          type="file"
          accept=".csv,text/csv"
          className="file-input"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            // Allow choosing the same file again after a correction.
            e.target.value = '';
          }}
        />
      </div>
      <p className="field-hint">Séparateur « ; » ou « , », encodage UTF-8 ou Windows (Excel) : tout est détecté automatiquement.</p>
      {busy && (
        <p className="muted" role="status">
          Lecture en cours…
        </p>
      )}
    </div>
  );
}
