/** The readers of one CSV row: invoices (and credit notes) and clients. */
export { parseClientKind, type RowResult } from './cells';
export { invoiceRowToDraft, type InvoiceRowDraft, type PaidInFile } from './invoiceRow';
export { clientRowToDraft, type ClientRowDraft } from './clientRow';
