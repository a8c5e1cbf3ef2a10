import { useEffect, useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { Modal } from './Modal';

/** What the core answers for an archived or attached file: whether it still matches its recorded SHA-256, and why not. */
export interface CheckedFile {
  intact: boolean;
  problem: string | null;
}

/**
 * Reads a file from the core once per `key` (its hash): the answer, or the French message of a refusal
 * (`fallback` when the core gave none). The answer of an older key is dropped.
 */
export function useCheckedFile<T extends CheckedFile>(key: string, read: () => Promise<T>, fallback: string): { loaded: T | null; error: string | null } {
  const [state, setState] = useState<{ key: string; loaded: T | null; error: string | null }>({ key, loaded: null, error: null });
  useEffect(() => {
    let current = true;
    read()
      .then((loaded) => current && setState({ key, loaded, error: null }))
      .catch((e: unknown) => current && setState({ key, loaded: null, error: e instanceof ApiError ? e.message : fallback }));
    return () => {
      current = false;
    };
    // One read per file: `read` and `fallback` are the caller's, new at every render.
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return state.key === key ? state : { loaded: null, error: null };
}

interface Props {
  title: string;
  onClose(): void;
  loaded: CheckedFile | null;
  error: string | null;
  /** « Empreinte SHA-256 vérifiée : … », shown when the file matches its hash. */
  verified: string;
  /** « Lecture du … », while the core reads it. */
  reading: string;
  /** The buttons before « Fermer » (print, open, save), for an intact file. */
  actions?: ReactNode;
  /** The file itself (the PDF viewer, the image, the message). */
  children?: ReactNode;
}

/** A file kept as proof, shown as it is: its hash checked first, a damaged or missing one said, never hidden. */
export function CheckedDocumentDialog({ title, onClose, loaded, error, verified, reading, actions, children }: Props): React.JSX.Element {
  return (
    <Modal title={title} onClose={onClose} wide confirmDiscard={false}>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {loaded && !loaded.intact && (
        <p className="banner banner-error" role="alert">
          {loaded.problem}
        </p>
      )}
      {loaded?.intact && (
        <p className="muted" role="status">
          {verified}
        </p>
      )}
      {!error && !loaded && <p role="status">{reading}</p>}
      {children}
      <div className="form-actions">
        {loaded?.intact && actions}
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Fermer
        </button>
      </div>
    </Modal>
  );
}
