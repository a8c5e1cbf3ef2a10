import './attachments.css';
export { AttachmentsHost } from './AttachmentsHost';
export { AttachmentPanel } from './AttachmentPanel';
export { PaperclipMark } from './PaperclipMark';
export { attachPdf } from './attachmentsStore';
export { rowDropProps, useInvoiceDrop } from './useInvoiceDrop';
export { InvoiceCopiesField } from './InvoiceCopiesField';
