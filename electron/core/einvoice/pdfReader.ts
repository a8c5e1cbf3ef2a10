import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { outsideAsar, sourceBootstrap } from '../documents/letterRenderer';
import type { InvoiceRead, PdfFailure, PdfJob } from './pdfWork';
import type { PdfWorkerData, PdfWorkerHazard, PdfWorkerMessage, PdfWorkerRequest } from './pdfReadingWorker';

/**
 * Reading dropped PDFs off the caller's event loop (in the app: Electron's main process). One worker thread
 * (pdfReadingWorker.ts) is started at the first file and kept warm; files are read one after the other. Each read is
 * bounded in time: past its limit the worker is terminated (which stops pdfjs even in a synchronous loop) and the
 * read fails as 'timeout'. A worker that dies (out of memory under its resourceLimits, or any crash) fails the read
 * it was doing, and the next read starts a fresh worker. The caller's bytes are copied, and the copy transferred.
 */
export interface PdfReader {
  /** A dropped invoice file: a PDF (its embedded XML, else its text) or a standalone XML file. */
  readInvoice(bytes: Uint8Array, format: 'pdf' | 'xml', timeLimitMs: number): Promise<PdfReadResult<InvoiceRead>>;
  /** A PDF to attach: pdfjs reads it and its first page, pdf-lib can copy its pages. */
  check(bytes: Uint8Array, timeLimitMs: number): Promise<PdfReadResult<{ pageCount: number }>>;
  /** Starts the worker now, rather than at the first read, and resolves once pdfjs is loaded (false: it could not start). */
  warm(): Promise<boolean>;
  /** Stops the worker; a read still queued or in progress fails as 'interrupted'. */
  close(): Promise<void>;
}

/** Why a read failed: the file (damaged, password, restricted), or the worker (timeout, outOfMemory, interrupted). */
export type PdfReadFailure = PdfFailure | 'timeout' | 'outOfMemory' | 'interrupted';

export type PdfReadResult<T> = { ok: true; value: T } | { ok: false; reason: PdfReadFailure } | { ok: false; message: string };

export interface PdfReaderOptions {
  /** The worker thread's memory limits (Node's resourceLimits): a read that exceeds them fails as 'outOfMemory'. */
  resourceLimits?: ResourceLimits;
  /** Tests only: the first worker started does this on its first read (loops, exits, or eats memory); the workers after it read normally. */
  hazard?: PdfWorkerHazard;
}

/**
 * Enough for pdfjs to read the text of a 20 MB invoice (it keeps the whole file and its parsed objects), small enough
 * that a decompression bomb ends the worker rather than the app.
 */
const DEFAULT_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 48 };
// Both limits are always set: on Node 24 (Electron 45) a worker that runs out of memory with no young-generation limit
// can end the whole process instead of the worker alone (5 runs in 6 of a small-object hoard, measured); with one, never.
/** How long a fresh worker may take to load pdfjs before the read waiting for it fails (a broken installation). */
const STARTUP_LIMIT_MS = 60_000;

interface Job {
  job: PdfJob;
  timeLimitMs: number;
  resolve: (result: PdfReadResult<unknown>) => void;
}

interface Running {
  worker: Worker;
  ready: boolean;
  startup: NodeJS.Timeout;
  /** Those waiting for this worker to be ready (warm). */
  waiting: ((ready: boolean) => void)[];
}

export function createPdfReader(options: PdfReaderOptions = {}): PdfReader {
  let hazard = options.hazard ?? null;
  let running: Running | null = null;
  let current: { entry: Job; id: number; worker: Worker; timer: NodeJS.Timeout } | null = null;
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  /** A worker with work holds the process open; an idle one does not. */
  const hold = (): void => {
    if (!running) return;
    if (current || queue.length > 0) running.worker.ref();
    else running.worker.unref();
  };

  const start = (): Running => {
    const entry = locateWorker();
    const data: PdfWorkerData = { hazard };
    hazard = null;
    const common = { workerData: data, resourceLimits: { ...DEFAULT_LIMITS, ...options.resourceLimits } };
    const worker = entry.source ? new Worker(sourceBootstrap(entry.url), { ...common, eval: true }) : new Worker(entry.url, common);
    const r: Running = { worker, ready: false, startup: setTimeout(() => died(worker, new Error('startup')), STARTUP_LIMIT_MS), waiting: [] };
    r.startup.unref();
    worker.on('message', (message: PdfWorkerMessage) => received(worker, message));
    worker.on('error', (error) => died(worker, error));
    worker.on('exit', (code) => died(worker, new Error(`exit ${code}`)));
    return r;
  };

  /** The worker, started if need be; null when it cannot be (its file missing from the build): the reads waiting fail. */
  const ensureRunning = (): Running | null => {
    try {
      return (running ??= start());
    } catch {
      for (const entry of queue.splice(0)) entry.resolve({ ok: false, reason: 'interrupted' });
      return null;
    }
  };

  const pump = (): void => {
    if (current || closed || queue.length === 0) return hold();
    const r = ensureRunning();
    if (!r) return;
    if (!r.ready) return hold();
    const entry = queue.shift()!;
    const id = nextId++;
    const { worker } = r;
    const timer = setTimeout(() => {
      if (current?.id !== id) return;
      current = null;
      if (running?.worker === worker) running = null;
      void worker.terminate();
      entry.resolve({ ok: false, reason: 'timeout' });
      pump();
    }, entry.timeLimitMs);
    current = { entry, id, worker, timer };
    hold();
    // The copy made at submit is handed over, not copied again.
    worker.postMessage({ ...entry.job, id } satisfies PdfWorkerRequest, [entry.job.bytes.buffer as ArrayBuffer]);
  };

  const received = (worker: Worker, message: PdfWorkerMessage): void => {
    if ('ready' in message) {
      if (running?.worker !== worker) return;
      running.ready = true;
      clearTimeout(running.startup);
      for (const wake of running.waiting.splice(0)) wake(true);
      return pump();
    }
    if (!current || current.worker !== worker || current.id !== message.id) return;
    const { entry, timer } = current;
    clearTimeout(timer);
    current = null;
    // An exception the reading code did not turn into a reason: the file is taken as damaged, as pdfjs' own failures are.
    entry.resolve('result' in message ? (message.result as PdfReadResult<unknown>) : { ok: false, reason: 'damaged' });
    pump();
  };

  const died = (worker: Worker, error: Error): void => {
    let wasStarting = false;
    if (running?.worker === worker) {
      wasStarting = !running.ready;
      clearTimeout(running.startup);
      for (const wake of running.waiting.splice(0)) wake(false);
      running = null;
      void worker.terminate();
    }
    if (current?.worker === worker) {
      const { entry, timer } = current;
      clearTimeout(timer);
      current = null;
      entry.resolve({ ok: false, reason: (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'outOfMemory' : 'interrupted' });
    } else if (wasStarting) {
      // A worker that cannot start: the read waiting for it fails, rather than starting workers forever.
      queue.shift()?.resolve({ ok: false, reason: 'interrupted' });
    }
    pump();
  };

  const submit = <T>(job: PdfJob, timeLimitMs: number): Promise<PdfReadResult<T>> => {
    if (closed) return Promise.resolve({ ok: false, reason: 'interrupted' });
    return new Promise((resolve) => {
      queue.push({ job: { ...job, bytes: job.bytes.slice() }, timeLimitMs, resolve: resolve as (result: PdfReadResult<unknown>) => void });
      pump();
    });
  };

  return {
    readInvoice: (bytes, format, timeLimitMs) => submit<InvoiceRead>({ task: format === 'pdf' ? 'invoicePdf' : 'invoiceXml', bytes }, timeLimitMs),
    check: (bytes, timeLimitMs) => submit<{ pageCount: number }>({ task: 'check', bytes }, timeLimitMs),
    warm() {
      if (closed) return Promise.resolve(false);
      const r = ensureRunning();
      if (!r) return Promise.resolve(false);
      if (r.ready) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => r.waiting.push(resolve));
    },
    async close() {
      closed = true;
      for (const entry of queue.splice(0)) entry.resolve({ ok: false, reason: 'interrupted' });
      if (current) {
        clearTimeout(current.timer);
        current.entry.resolve({ ok: false, reason: 'interrupted' });
        current = null;
      }
      const r = running;
      running = null;
      if (r) {
        clearTimeout(r.startup);
        for (const wake of r.waiting.splice(0)) wake(false);
        await r.worker.terminate();
      }
    },
  };
}

let shared: PdfReader | null = null;

/** The process's own reader, for callers given none (tools, tests): started at its first read, never holding the process open when idle. */
export function defaultPdfReader(): PdfReader {
  return (shared ??= createPdfReader());
}

/**
 * From the sources (vitest, the loopback server under tsx) the worker is pdfReadingWorker.ts beside this file, run
 * through tsx; in the build it is out/main/pdfReadingWorker.js (an entry of its own, electron.vite.config.ts) beside
 * the bundle, and in the packaged app its copy in app.asar.unpacked (electron-builder.yml › asarUnpack), where it
 * loads pdfjs-dist and its standard fonts from the real file system.
 */
function locateWorker(): { source: boolean; url: URL } {
  const here = import.meta.url;
  if (/\.tsx?$/.test(new URL(here).pathname)) return { source: true, url: new URL('./pdfReadingWorker.ts', here) };
  for (const dir of ['./', '../']) {
    const url = new URL(`${dir}pdfReadingWorker.js`, here);
    if (existsSync(fileURLToPath(url))) return { source: false, url: pathToFileURL(outsideAsar(fileURLToPath(url))) };
  }
  throw new Error(`pdfReadingWorker.js is missing beside ${fileURLToPath(here)}: run the build (electron-vite).`);
}
