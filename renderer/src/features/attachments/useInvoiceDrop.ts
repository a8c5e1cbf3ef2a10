import { useEffect, useState, type DragEvent } from 'react';
import type { Invoice } from '../../../../shared/ledger/schema';
import { attachPdf, carriesFiles } from './attachmentsStore';

export interface InvoiceDropZone {
  /** Spread on the element that takes the drop (a row, the detail screen). */
  dropProps: {
    onDragEnter(e: DragEvent): void;
    onDragOver(e: DragEvent): void;
    onDragLeave(e: DragEvent): void;
    onDrop(e: DragEvent): void;
  };
  /** A file is being dragged over it: the zone shows it will take it. */
  dragging: boolean;
}

/**
 * A file dropped on an invoice (its row, its detail) is attached to it, and never reaches the window's own drop (which
 * proposes a new invoice from the file): the event is marked handled and stopped here.
 */
export function useInvoiceDrop(invoice: Pick<Invoice, 'id' | 'number' | 'attachment'> | null | undefined, onDropped?: (file: File) => boolean): InvoiceDropZone {
  const [depth, setDepth] = useState(0);
  useEffect(() => {
    // A drop anywhere (even one a row inside took and stopped) or a drag given up ends the outline.
    const reset = (): void => setDepth(0);
    window.addEventListener('drop', reset, true);
    window.addEventListener('dragend', reset, true);
    return () => {
      window.removeEventListener('drop', reset, true);
      window.removeEventListener('dragend', reset, true);
    };
  }, []);
  const take = (e: DragEvent): boolean => Boolean(invoice) && carriesFiles(e);
  return {
    dragging: depth > 0,
    dropProps: {
      onDragEnter(e) {
        if (!take(e)) return;
        e.preventDefault();
        setDepth((d) => d + 1);
      },
      onDragOver(e) {
        if (!take(e)) return;
        e.preventDefault();
        e.stopPropagation();
        e.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave(e) {
        if (!take(e)) return;
        setDepth((d) => Math.max(0, d - 1));
      },
      onDrop(e) {
        if (!take(e) || !invoice) return;
        e.preventDefault();
        e.stopPropagation();
        setDepth(0);
        const file = e.dataTransfer.files[0];
        if (!file) return;
        if (onDropped?.(file)) return;
        void attachPdf(invoice, file);
      },
    },
  };
}

/**
 * The same drop on a list row, without React state (a virtualised list renders its rows in a loop): the row is
 * outlined while a file is over it.
 */
export function rowDropProps(invoice: Pick<Invoice, 'id' | 'number' | 'attachment'>): InvoiceDropZone['dropProps'] {
  const mark = (e: DragEvent, on: boolean): void => void (e.currentTarget as HTMLElement).classList.toggle('invoice-drop-target', on);
  return {
    onDragEnter(e) {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      mark(e, true);
    },
    onDragOver(e) {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      e.dataTransfer.dropEffect = 'copy';
      mark(e, true);
    },
    onDragLeave(e) {
      if (!carriesFiles(e)) return;
      if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) mark(e, false);
    },
    onDrop(e) {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      mark(e, false);
      const file = e.dataTransfer.files[0];
      if (file) void attachPdf(invoice, file);
    },
  };
}
