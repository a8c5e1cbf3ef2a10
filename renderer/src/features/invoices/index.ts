export { InvoiceDetailScreen } from './InvoiceDetailScreen';
export { InvoiceFormDialog, type InvoicePrefill } from './InvoiceFormDialog';
export type { InvoiceFormField, InvoiceFormValues } from './invoiceForm';
export { InvoicesEmptyState } from './InvoicesEmptyState';
export { InvoicesScreen } from './InvoicesScreen';
