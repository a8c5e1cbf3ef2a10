export { InvoiceHistory } from './InvoiceHistory';
export { PostalEventDialog } from './PostalEventDialog';
export { ReasonDialog } from './ReasonDialog';
