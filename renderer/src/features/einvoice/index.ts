import './einvoice.css';
export { EinvoiceHost } from './EinvoiceHost';
export { listenForInvoiceDrops } from './invoiceDrops';
export { PdfInvoiceButton } from './PdfInvoiceButton';
