import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useElementWidth } from './useElementWidth';
import './PdfViewer.css';

type PdfJs = typeof import('pdfjs-dist');
let pdfjs: Promise<PdfJs> | null = null;

/** pdf.js, loaded on first use (it is large); its worker is a file of the app ('self' in the CSP). */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    return lib;
  });
  return pdfjs;
}

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2];
const CSS_PX_PER_PT = 96 / 72;
/** The pane's padding on both sides, and room for a scroll bar. */
const PAGE_GUTTER_PX = 48;

/** The step of ZOOMS nearest below (or above) a zoom. */
function stepFrom(zoom: number, direction: -1 | 1): number {
  if (direction < 0) {
    const below = ZOOMS.findLastIndex((z) => z < zoom - 0.01);
    return below === -1 ? 0 : below;
  }
  const above = ZOOMS.findIndex((z) => z > zoom + 0.01);
  return above === -1 ? ZOOMS.length - 1 : above;
}

export interface PdfViewerProps {
  /** The exact bytes that will be printed, saved and archived; null while the first rendering is on its way. */
  bytes: Uint8Array | null;
  /** "Aperçu de la lettre". */
  label: string;
}

/**
 * Draws a PDF with pdf.js, page by page, scripting and eval off. A new document replaces the old one in place, so the
 * scroll position stays where the reader was.
 */
export function PdfViewer({ bytes, label }: PdfViewerProps) {
  const pagesRef = useRef<HTMLDivElement>(null);
  const [pageCount, setPageCount] = useState(0);
  // null: the page fits the width of the pane (the default); otherwise one of ZOOMS.
  const [zoomIndex, setZoomIndex] = useState<number | null>(null);
  const [fitZoom, setFitZoom] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const zoom = zoomIndex === null ? fitZoom : ZOOMS[zoomIndex]!;
  // Rounded, so that a resize of a few pixels does not draw the pages again.
  const paneWidth = Math.round(useElementWidth(pagesRef) / 16) * 16;

  useEffect(() => {
    const host = pagesRef.current;
    if (!bytes || !host) return;
    let cancelled = false;
    let doc: PDFDocumentProxy | null = null;
    void (async () => {
      try {
        const lib = await loadPdfJs();
        // pdf.js takes ownership of the buffer it is given: hand it a copy.
        doc = await lib.getDocument({ data: bytes.slice(), isEvalSupported: false, enableXfa: false, useSystemFonts: false }).promise;
        let scale = zoomIndex === null ? 1 : ZOOMS[zoomIndex]!;
        if (zoomIndex === null) {
          const first = (await doc.getPage(1)).getViewport({ scale: CSS_PX_PER_PT });
          scale = Math.max(0.3, Math.min(2, (host.clientWidth - PAGE_GUTTER_PX) / first.width));
          setFitZoom(scale);
        }
        const canvases: HTMLCanvasElement[] = [];
        for (let n = 1; n <= doc.numPages; n++) {
          const page = await doc.getPage(n);
          const viewport = page.getViewport({ scale: scale * CSS_PX_PER_PT });
          const ratio = window.devicePixelRatio || 1;
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width * ratio);
          canvas.height = Math.floor(viewport.height * ratio);
          canvas.style.width = `${Math.floor(viewport.width)}px`;
          canvas.style.height = `${Math.floor(viewport.height)}px`;
          canvas.className = 'pdf-page';
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', `Page ${n} sur ${doc.numPages}`);
          await page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
          canvases.push(canvas);
          if (cancelled) return;
        }
        if (cancelled) return;
        // Swapped in one go once drawn: no blank flash, and the scroll position is kept.
        host.replaceChildren(...canvases);
        setPageCount(doc.numPages);
        setError(null);
      } catch (e) {
        if (!cancelled) setError(`L’aperçu n’a pas pu être affiché\u00a0: ${e instanceof Error ? e.message : String(e)}`);
      }
    })();
    return () => {
      cancelled = true;
      void doc?.destroy();
    };
  }, [bytes, zoomIndex, paneWidth]);

  return (
    <section className="pdf-viewer" aria-label={label}>
      <div className="pdf-toolbar" role="toolbar" aria-label={`${label}\u00a0: zoom`}>
        <span className="pdf-status" aria-live="polite">
          {bytes === null ? 'Préparation de l’aperçu…' : pageCount > 0 ? `${pageCount}\u00a0page${pageCount > 1 ? 's' : ''}` : ''}
        </span>
        <button type="button" className="button button-small" onClick={() => setZoomIndex(stepFrom(zoom, -1))} disabled={zoom <= ZOOMS[0]! + 0.01} aria-label="Réduire le zoom">
          −
        </button>
        <span className="pdf-zoom" aria-label="Zoom">
          {Math.round(zoom * 100)}
          {'\u00a0%'}
        </span>
        <button
          type="button"
          className="button button-small"
          onClick={() => setZoomIndex(stepFrom(zoom, 1))}
          disabled={zoom >= ZOOMS[ZOOMS.length - 1]! - 0.01}
          aria-label="Agrandir le zoom"
        >
          +
        </button>
        <button type="button" className="button button-small" onClick={() => setZoomIndex(null)} disabled={zoomIndex === null}>
          Ajuster à la largeur
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="pdf-pages" ref={pagesRef} tabIndex={0} aria-label={`${label}\u00a0: pages`} />
    </section>
  );
}
