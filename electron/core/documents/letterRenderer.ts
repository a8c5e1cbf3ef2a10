import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { LetterModel } from '../../../shared/documents/letterModel';
import type { HistoryDocumentModel } from '../../../shared/proofs/historyModel';
import { AppError } from '../../../shared/ipc/errors';
import { frenchTypography } from '../../../shared/kernel/frenchTypography';
import type { LetterReply, LetterWorkerData, WorkerRequest } from './letterWorker';
import type { MergeMetadata, MergePart } from './mergePdfs';

/**
 * Letters to PDF, off the main thread. One worker thread is kept warm (fonts parsed once, layout code compiled)
 * and draws the requests one after the other; the caller's event loop only posts the models and receives the
 * bytes. A worker that dies (out of memory, a crash in the layout engine, a layout that never ends) fails the
 * request it was drawing with a French message, and the next request starts a new worker.
 */
export interface LetterRenderer {
  /** One PDF of every letter, each starting on a new page, its annexes after it. */
  render(models: readonly LetterModel[], options?: LetterRenderOptions): Promise<Uint8Array>;
  /** PDFs already drawn as one, their pages in order (in the worker too). */
  merge(pdfs: readonly (Uint8Array | MergePart)[], options?: LetterRenderOptions & { metadata?: MergeMetadata }): Promise<Uint8Array>;
  /** An invoice's history as a PDF (in the worker too, with the letters' fonts). */
  renderHistory(model: HistoryDocumentModel, options?: LetterRenderOptions): Promise<Uint8Array>;
  /** Settled when the worker's warm-up is over (LetterRendererOptions.warmUp), at once without one. */
  whenWarm(): Promise<void>;
  /** Stops the worker; a request still queued or being drawn fails. */
  close(): Promise<void>;
}

export interface LetterRenderOptions {
  /** The PDF's creation date (metadata). Defaults to now; given, the same models give the same bytes. */
  createdAt?: Date;
}

export interface LetterRendererOptions {
  /** Memory limits of the worker thread (Node's resourceLimits); a request that exceeds them fails, the next one gets a new worker. */
  resourceLimits?: ResourceLimits;
  /** How long a request may take before its worker is stopped: a fixed part and a part for each letter. */
  timeout?: { baseMs: number; perLetterMs: number };
  /**
   * Letters drawn in the background after the worker's start, while no request waits, so that V8 has compiled the
   * layout code to its fastest form before the user's first letters (the app: yes; tests: no).
   */
  warmUp?: boolean;
  /** How long after the start the warm-up begins: 3 s by default, while the window draws its first screen. */
  warmUpAfterMs?: number;
  /** The build's folder (out/main) to run its letterWorker.js and fonts, as the app does, from code run from the sources (the benchmark). */
  builtDir?: string;
}

const PREFIX = 'Le document n’a pas pu être produit : ';
const failure = (code: 'INVALID_INPUT' | 'INTERNAL' | 'UNAVAILABLE', reason: string, cause?: unknown): AppError => {
  const error = new AppError(code, frenchTypography(PREFIX + reason));
  if (cause !== undefined) (error as Error & { cause?: unknown }).cause = cause;
  return error;
};

interface Job {
  request: WorkerRequest;
  resolve: (pdf: Uint8Array) => void;
  reject: (error: Error) => void;
}

/** About the letters V8 needs to have run before the layout code is at its fastest (bench:letters shows the curve). */
const WARM_UP_ROUNDS = 40;

const DEFAULT_TIMEOUT = { baseMs: 30_000, perLetterMs: 1_000 };
/**
 * Room for a batch of several hundred letters. Both limits are always set: on Node 24 (Electron 45) a worker that runs
 * out of memory with no young-generation limit can end the whole process instead of the worker alone.
 */
const DEFAULT_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1536, maxYoungGenerationSizeMb: 48 };

export function createLetterRenderer(options: LetterRendererOptions = {}): LetterRenderer {
  const entry = options.builtDir ? builtWorker(options.builtDir) : locateWorker();
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  let worker: Worker | null = null;
  let current: { job: Job; worker: Worker; timer: NodeJS.Timeout } | null = null;
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;
  let started = false;
  let warming = false;
  let warmed: () => void = () => undefined;
  const warm = options.warmUp ? new Promise<void>((resolve) => (warmed = resolve)) : Promise.resolve();

  const startWorker = (): Worker => {
    // A worker started again after a crash is not warmed up again: the user is waiting for a letter.
    const warmUpRounds = options.warmUp && !started ? WARM_UP_ROUNDS : 0;
    const data: LetterWorkerData = { fontDir: entry.fontDir, warmUpRounds, warmUpAfterMs: options.warmUpAfterMs ?? 3_000 };
    started = true;
    warming = warmUpRounds > 0;
    // React's production build: its development build checks every element and is five times slower to reconcile.
    const common = { workerData: data, resourceLimits: { ...DEFAULT_LIMITS, ...options.resourceLimits }, env: { ...process.env, NODE_ENV: 'production' } };
    const w = entry.source ? new Worker(sourceBootstrap(entry.workerUrl), { ...common, eval: true }) : new Worker(entry.workerUrl, common);
    w.on('message', (reply: LetterReply) => settle(w, reply));
    w.on('error', (error) => died(w, error));
    w.on('exit', (code) => died(w, new Error(`exit ${code}`)));
    // An idle worker does not keep the process alive; a request in flight does (ref() in pump), and so does the warm-up.
    if (!warming) w.unref();
    return w;
  };

  const pump = (): void => {
    if (current || closed) return;
    const job = queue.shift();
    if (!job) return;
    worker ??= startWorker();
    const w = worker;
    const limit = timeout.baseMs + timeout.perLetterMs * sizeOf(job.request);
    const timer = setTimeout(() => {
      if (current?.job !== job) return;
      current = null;
      if (worker === w) worker = null;
      void w.terminate();
      job.reject(failure('INTERNAL', `la mise en page a dépassé ${Math.round(limit / 1000)} secondes ; réessayez avec moins de lettres à la fois.`));
      pump();
    }, limit);
    current = { job, worker: w, timer };
    w.ref();
    w.postMessage(job.request);
  };

  const settle = (w: Worker, reply: LetterReply): void => {
    if ('warmedUp' in reply) {
      warming = false;
      if (!current) w.unref();
      warmed();
      return;
    }
    if (!current || current.worker !== w || current.job.request.id !== reply.id) return;
    const { job, timer } = current;
    clearTimeout(timer);
    current = null;
    if (!warming) w.unref();
    if (reply.ok) job.resolve(reply.pdf);
    else job.reject(reply.rejected ? failure('INVALID_INPUT', reply.message) : failure('INTERNAL', 'la mise en page a échoué (erreur interne).', new Error(reply.message)));
    pump();
  };

  const died = (w: Worker, error: Error): void => {
    if (worker === w) worker = null;
    warmed();
    if (!current || current.worker !== w) return;
    const { job, timer } = current;
    clearTimeout(timer);
    current = null;
    const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    job.reject(
      failure(
        'INTERNAL',
        outOfMemory
          ? `la mémoire a manqué pour mettre en page ${sizeOf(job.request) > 1 ? `${sizeOf(job.request)} lettres ; réessayez avec moins de lettres à la fois.` : 'la lettre.'}`
          : 'le moteur de mise en page s’est arrêté. Réessayez ; il redémarre de lui-même.',
        error,
      ),
    );
    pump();
  };

  // Started at once, so that the fonts are parsed before the first letter is asked for.
  worker = startWorker();

  const submit = (
    body: { models: readonly LetterModel[] } | { merge: readonly (Uint8Array | MergePart)[]; metadata?: MergeMetadata } | { history: HistoryDocumentModel },
    renderOptions: LetterRenderOptions): Promise<Uint8Array> => {
    if (closed) return Promise.reject(failure('UNAVAILABLE', 'le moteur de mise en page est arrêté.'));
    return new Promise<Uint8Array>((resolve, reject) => {
      const request: WorkerRequest = { id: nextId++, ...body, createdAt: (renderOptions.createdAt ?? new Date()).getTime() };
      queue.push({ request, resolve, reject });
      pump();
    });
  };

  return {
    render: (models, renderOptions = {}) => submit({ models }, renderOptions),
    merge: (pdfs, renderOptions = {}) => submit(renderOptions.metadata ? { merge: pdfs, metadata: renderOptions.metadata } : { merge: pdfs }, renderOptions),
    renderHistory: (model, renderOptions = {}) => submit({ history: model }, renderOptions),
    whenWarm: () => warm,
    async close() {
      closed = true;
      warmed();
      const stopped = failure('UNAVAILABLE', 'Relance arrête le moteur de mise en page.');
      for (const job of queue.splice(0)) job.reject(stopped);
      if (current) {
        clearTimeout(current.timer);
        current.job.reject(stopped);
        current = null;
      }
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

/** The letters a request draws, or the PDFs it puts together (its time limit and memory message count them). */
const sizeOf = (request: WorkerRequest): number => ('merge' in request ? request.merge.length : 'history' in request ? 1 : request.models.length);

interface WorkerEntry {
  /** Running from the TypeScript sources (vitest, the loopback server under tsx): the worker needs tsx too. */
  source: boolean;
  workerUrl: URL;
  fontDir: string;
}

/**
 * In the packaged app the bundle is inside app.asar, but the worker, its fonts and every package it imports are
 * unpacked beside it, in app.asar.unpacked (electron-builder.yml › asarUnpack): the worker thread then loads its
 * ES modules and reads its fonts from the real file system, without depending on Electron's asar support in
 * worker threads nor on its ESM resolver inside an archive (both have regressed before: electron/electron#41241,
 * #45896). Anywhere else (the build run unpacked, the sources) the path is kept.
 */
export function outsideAsar(path: string, exists: (path: string) => boolean = existsSync): string {
  const unpacked = path.replace(/([\\/])app\.asar(?=[\\/]|$)/, '$1app.asar.unpacked');
  return unpacked !== path && exists(unpacked) ? unpacked : path;
}

/**
 * From the sources, the worker is letterWorker.ts beside this file and the fonts are in assets/fonts; in the
 * build (electron-vite, out/main), letterWorker.js is an entry of its own and the fonts are copied to
 * out/main/fonts (electron.vite.config.ts), next to the bundle this code is part of.
 */
function builtWorker(dir: string): WorkerEntry {
  const workerUrl = pathToFileURL(join(dir, 'letterWorker.js'));
  if (!existsSync(workerUrl)) throw new Error(`letterWorker.js is missing in ${dir}: run the build (electron-vite).`);
  return { source: false, workerUrl, fontDir: join(dir, 'fonts') + sep };
}

function locateWorker(): WorkerEntry {
  const here = import.meta.url;
  if (/\.tsx?$/.test(new URL(here).pathname)) {
    return { source: true, workerUrl: new URL('./letterWorker.ts', here), fontDir: fileURLToPath(new URL('../../../assets/fonts/', here)) };
  }
  for (const dir of ['./', '../']) {
    const workerUrl = new URL(`${dir}letterWorker.js`, here);
    if (existsSync(fileURLToPath(workerUrl))) {
      return { source: false, workerUrl: pathToFileURL(outsideAsar(fileURLToPath(workerUrl))), fontDir: outsideAsar(fileURLToPath(new URL(`${dir}fonts/`, here))) };
    }
  }
  throw new Error(`letterWorker.js is missing beside ${fileURLToPath(here)}: run the build (electron-vite).`);
}

/** The worker's first code when running from sources: tsx's loader (its ES module build), then the TypeScript entry. */
export function sourceBootstrap(workerUrl: URL): string {
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return `import(${JSON.stringify(tsxApi)})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); })
  .catch((error) => { setTimeout(() => { throw error; }); });`;
}
