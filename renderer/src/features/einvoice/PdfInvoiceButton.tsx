import { useId } from 'react';
import { readInvoiceFile } from './einvoiceStore';

/** « Créer une facture depuis un PDF… »: the keyboard's way to what a drop on the window does. */
export function PdfInvoiceButton(): React.JSX.Element {
  const id = useId();
  return (
    <>
      <input
        id={id}
        type="file"
        accept=".pdf,.xml,application/pdf,application/xml,text/xml"
        className="visually-hidden file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void readInvoiceFile(file);
          e.target.value = '';
        }}
      />
      <label htmlFor={id} className="button file-button" title="Une facture PDF (Factur-X ou non) ou son fichier XML">
        Créer une facture depuis un PDF…
      </label>
    </>
  );
}
