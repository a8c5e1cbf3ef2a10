import type { Invoice } from '../../../../shared/ledger/schema';

/** The paperclip drawn beside an invoice that has its PDF. */
export function PaperclipIcon(): React.JSX.Element {
  return (
    <svg className="paperclip-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M16.5 6.5v9.25a4.5 4.5 0 0 1-9 0V5.5a3 3 0 0 1 6 0v9.75a1.5 1.5 0 0 1-3 0V6.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** In a list row: the paperclip, named for screen readers, when the invoice has its PDF. */
export function PaperclipMark({ invoice }: { invoice: Pick<Invoice, 'attachment'> }): React.JSX.Element | null {
  if (!invoice.attachment) return null;
  return (
    <span className="paperclip-mark" role="img" aria-label="PDF joint" title={`PDF joint\u00a0: ${invoice.attachment.fileName}`}>
      <PaperclipIcon />
    </span>
  );
}
