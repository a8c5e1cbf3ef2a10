import { useRef, useState } from 'react';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import type { Invoice } from '../../../../shared/ledger/schema';
import { attachPdf } from './attachmentsStore';

interface Props {
  /** The invoices of the letter. */
  invoices: readonly Invoice[];
  checked: boolean;
  onChange(checked: boolean): void;
  /** French reasons a copy was left out (its file changed or missing since it was attached). */
  problems: readonly string[];
}

/**
 * « Copie de la facture » on the letter screen: whether the attached PDFs follow the letter, and for each invoice
 * without one, a way to attach it there and then (the preview is drawn again with its pages).
 */
export function InvoiceCopiesField({ invoices, checked, onChange, problems }: Props): React.JSX.Element | null {
  const input = useRef<HTMLInputElement>(null);
  const [choosingFor, setChoosingFor] = useState<Invoice | null>(null);
  if (invoices.length === 0) return null;
  const attached = invoices.filter((i) => i.attachment);
  const missing = invoices.filter((i) => !i.attachment);
  return (
    <fieldset className="invoice-copies">
      <legend>Copie de la facture</legend>
      <label className="checkbox-row">
        <input type="checkbox" checked={checked && attached.length > 0} disabled={attached.length === 0} onChange={(e) => onChange(e.target.checked)} />
        {invoices.length > 1 ? 'Joindre à la lettre la copie des factures (PDF joints)' : 'Joindre à la lettre la copie de la facture (PDF joint)'}
      </label>
      {missing.map((i) => (
        <p key={i.id} className="invoice-copy-missing">
          <span>{fr(`Facture ${i.number} : aucun PDF joint.`)}</span>{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setChoosingFor(i);
              input.current?.click();
            }}
          >
            {`Joindre le PDF de ${i.number}…`}
          </button>
        </p>
      ))}
      {problems.map((p) => (
        <p key={p} className="form-error" role="alert">
          {p}
        </p>
      ))}
      <input
        ref={input}
        type="file"
        accept="application/pdf,.pdf"
        hidden
        aria-label={choosingFor ? `Choisir le PDF de la facture ${choosingFor.number}` : 'Choisir le PDF de la facture'}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file && choosingFor) void attachPdf(choosingFor, file);
        }}
      />
    </fieldset>
  );
}
