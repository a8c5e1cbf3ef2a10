import { useId } from 'react';
import type { PostalAddress } from '../../../../shared/ledger/schema';
import { postalLines } from '../../../../shared/ledger/postalLines';
import './EnvelopePreview.css';

/** The address block as it will appear in the window of the envelope (NF Z10-011). */
export function EnvelopePreview({ name, contact, address }: { name: string; contact: string; address: PostalAddress }): React.JSX.Element {
  const id = useId();
  const lines = postalLines(name, contact, address);
  return (
    <figure className="envelope" aria-labelledby={id}>
      <figcaption id={id} className="envelope-caption">
        Aperçu de l’adresse sur l’enveloppe
      </figcaption>
      <div className="envelope-window">
        {lines.length === 0 ? (
          <p className="muted">L’adresse apparaîtra ici.</p>
        ) : (
          lines.map((line, i) => (
            <p key={i} className="envelope-line">
              {line}
            </p>
          ))
        )}
      </div>
    </figure>
  );
}
