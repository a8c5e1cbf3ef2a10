export { InvoiceDetailScreen } from './InvoiceDetailScreen';
export { InvoiceFormDialog } from './InvoiceFormDialog';
export { InvoicesEmptyState } from './InvoicesEmptyState';
export { InvoicesScreen } from './InvoicesScreen';
