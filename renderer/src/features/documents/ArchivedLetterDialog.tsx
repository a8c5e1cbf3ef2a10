import type { ArchivedFile } from '../../../../shared/dunning/schema';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { api } from '../../api/client';
import { CheckedDocumentDialog, useCheckedFile } from '../../ui/CheckedDocumentDialog';
import { PdfViewer } from '../../ui/PdfViewer';
import { pdfFileNameOf } from './letterForm';
import { PdfOutputButtons } from './PdfOutputButtons';

interface Props {
  document: ArchivedFile;
  /** "Mise en demeure du 10/02/2026". */
  title: string;
  /** What it is, for the viewer and the messages: a letter by default, or a statement of account. */
  kind?: 'letter' | 'statement';
  onClose(): void;
}

const WORDS = {
  letter: { label: 'Lettre archivée', reading: 'Lecture de la lettre archivée…', failed: 'La lettre archivée n’a pas pu être lue.' },
  statement: { label: 'Relevé archivé', reading: 'Lecture du relevé archivé…', failed: 'Le relevé archivé n’a pas pu être lu.' },
} as const;

/** A letter (or a statement of account) as it was sent, read from the archive and checked against the hash recorded at sending. */
export function ArchivedLetterDialog({ document, title, kind = 'letter', onClose }: Props): React.JSX.Element {
  const words = WORDS[kind];
  const { loaded, error } = useCheckedFile(document.sha256, () => api().call('letters.archived', { sha256: document.sha256 }), words.failed);
  return (
    <CheckedDocumentDialog
      title={title}
      onClose={onClose}
      loaded={loaded}
      error={error}
      verified={fr(`Empreinte SHA-256 vérifiée : identique à celle enregistrée à l’envoi (${document.sha256.slice(0, 16)}…).`)}
      reading={words.reading}
      // Only an intact letter is printed or opened as proof (the core checks the hash again).
      actions={<PdfOutputButtons source={{ kind: 'archived', sha256: document.sha256 }} bytes={loaded?.pdf as Uint8Array<ArrayBuffer>} fileName={pdfFileNameOf(title)} />}
    >
      <div className="archived-letter">{loaded?.pdf && <PdfViewer bytes={loaded.pdf} label={words.label} />}</div>
    </CheckedDocumentDialog>
  );
}
