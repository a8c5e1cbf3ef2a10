import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { pdfSourceSchema } from '../../../../shared/documents/contract';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { ApiError, api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { useFileDownload } from '../../ui/useFileDownload';

type PdfSource = z.input<typeof pdfSourceSchema>;

interface Props {
  /** What the core draws or reads again to print it (the page never hands it bytes to write). */
  source: PdfSource | null;
  /** The same bytes, shown in the preview: what the browser prints or downloads in the loopback mode. */
  bytes: Uint8Array<ArrayBuffer> | null;
  fileName: string;
}

/**
 * « Imprimer » and « Ouvrir dans le lecteur PDF ». In the app the core writes the PDF into its own temporary folder
 * and opens a print window whose document is the PDF, or the system's PDF reader. In a browser (the loopback mode)
 * « Imprimer » opens the PDF in a new tab, in the browser's viewer, to print from there, and « Ouvrir dans le lecteur
 * PDF » downloads it; the note under the buttons says so.
 */
export function PdfOutputButtons({ source, bytes, fileName }: Props): React.JSX.Element {
  const desktop = useAppStore((s) => s.status?.mode === 'electron');
  const showToast = useAppStore((s) => s.showToast);
  const saveFile = useFileDownload();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tabUrl = useRef<string | null>(null);
  useEffect(
    () => () => {
      if (tabUrl.current) URL.revokeObjectURL(tabUrl.current);
    },
    [],
  );
  const ready = source !== null && bytes !== null;

  async function run(action: 'print' | 'open'): Promise<void> {
    if (!source || !bytes) return;
    setProblem(null);
    if (!desktop) {
      if (action === 'open') {
        saveFile(bytes, fileName, 'application/pdf');
        return;
      }
      if (tabUrl.current) URL.revokeObjectURL(tabUrl.current);
      tabUrl.current = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
      if (!window.open(tabUrl.current, '_blank')) setProblem(fr('Le navigateur a bloqué le nouvel onglet : autorisez les fenêtres de Relance, ou utilisez « Ouvrir dans le lecteur PDF ».'));
      return;
    }
    setBusy(true);
    try {
      await api().call('letters.outputPdf', { source, action });
      showToast(action === 'print' ? 'Fenêtre d’impression ouverte' : 'PDF ouvert dans votre lecteur PDF');
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : 'Le PDF n’a pas pu être ouvert.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="pdf-output">
      <div className="pdf-output-buttons">
        <button type="button" className="button" onClick={() => void run('print')} disabled={!ready || busy}>
          Imprimer
        </button>
        <button type="button" className="button" onClick={() => void run('open')} disabled={!ready || busy}>
          Ouvrir dans le lecteur PDF
        </button>
      </div>
      {!desktop && <p className="field-hint">{fr('Dans le navigateur, « Imprimer » ouvre le PDF dans un nouvel onglet et « Ouvrir dans le lecteur PDF » le télécharge.')}</p>}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
