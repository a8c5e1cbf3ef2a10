import { useAppStore } from '../../app/store';
import { readInvoiceFile } from './einvoiceStore';

/**
 * A file dropped on the window outside a drop zone: never a navigation to it; a PDF or an XML invoice is read and
 * proposed as a new invoice; while a dialog is open, nothing. Drop zones (the import's, a proof's) handle their
 * own drops and stop them, so this listener sees only the window's.
 */
export function listenForInvoiceDrops(): () => void {
  const over = (e: DragEvent): void => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = e.dataTransfer.types.includes('Files') && !dialogOpen() ? 'copy' : 'none';
  };
  const drop = (e: DragEvent): void => {
    if (e.defaultPrevented) return;
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    if (file && !dialogOpen()) void readInvoiceFile(file);
  };
  window.addEventListener('dragover', over);
  window.addEventListener('drop', drop);
  return () => {
    window.removeEventListener('dragover', over);
    window.removeEventListener('drop', drop);
  };
}

function dialogOpen(): boolean {
  const app = useAppStore.getState();
  return app.dialog !== null || app.modalStack.length > 0;
}
