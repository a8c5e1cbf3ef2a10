import { parentPort, workerData } from 'node:worker_threads';
import { runPdfJob, STANDARD_FONTS, type PdfJob, type PdfJobResult } from './pdfWork';

/**
 * The PDF reading worker: a thread of its own, kept warm for the life of the reader (pdfReader.ts), that reads one
 * file at a time with pdfjs-dist and pdf-lib (pdfWork.ts). The main side stops it (Worker.terminate) when a file
 * takes too long, which interrupts even a synchronous loop; memory is bounded by the thread's resourceLimits.
 */

/** What a test can ask the first worker to do on its first job instead of reading (a hostile file that loops, a crash, a file that eats memory). */
export type PdfWorkerHazard = 'spin' | 'exit' | 'exhaustMemory';

export interface PdfWorkerData {
  hazard: PdfWorkerHazard | null;
}

export type PdfWorkerRequest = PdfJob & { id: number };

/** ready: pdfjs is loaded (standardFonts: the folder of its standard fonts, beside the pdfjs-dist it loaded). */
export type PdfWorkerMessage = { ready: true; standardFonts: string } | { id: number; result: PdfJobResult } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('pdfReadingWorker runs in a worker thread only.');
let hazard = (workerData as PdfWorkerData | undefined)?.hazard ?? null;

function misbehave(kind: PdfWorkerHazard): void {
  if (kind === 'exit') process.exit(70);
  if (kind === 'spin') for (;;);
  const hoard: unknown[] = [];
  for (;;) hoard.push({ at: hoard.length, text: `${hoard.length}`.repeat(16) });
}

port.on('message', (request: PdfWorkerRequest) => {
  void (async () => {
    if (hazard) {
      const kind = hazard;
      hazard = null;
      misbehave(kind);
    }
    try {
      const result = await runPdfJob(request);
      port.postMessage({ id: request.id, result } satisfies PdfWorkerMessage);
    } catch (error) {
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies PdfWorkerMessage);
    }
  })();
});

port.postMessage({ ready: true, standardFonts: STANDARD_FONTS } satisfies PdfWorkerMessage);
