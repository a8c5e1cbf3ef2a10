import { isMethod, MUTATING_METHODS, type AppStatus } from '../../../shared/ipc/contract';
import type { Clock } from './clock';
import { DataService, type Platform } from '../data/dataService';
import { DunningService } from '../dunning/dunningService';
import { ReminderScheduler, type Timers } from '../scheduler/reminderScheduler';
import { CoreEvents } from './events';
import { createDispatcher, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { LedgerService } from '../ledger/ledgerService';
import { openStore } from '../store/openStore';
import type { Store } from '../store/store';
import { BlobStore } from '../store/blobStore';
import { LetterService } from '../documents/letterService';
import { TemplateService } from '../documents/templateService';
import { StatementService } from '../documents/statementService';
import { StatementBatchService } from '../documents/statementBatchService';
import { ProofService } from '../proofs/proofService';
import { LetterBatchService } from '../documents/letterBatchService';
import { PdfOutput, type PdfPlatform } from '../documents/pdfOutput';
import { createLetterRenderer, type LetterRenderer } from '../documents/letterRenderer';
import { EmailService } from '../channels/emailService';
import { SmsService } from '../channels/smsService';
import { CallService } from '../channels/callService';
import { EmlOutput, type MailPlatform } from '../channels/emlOutput';
import { SmtpService, type SecretStore } from '../channels/smtpService';
import { AttachmentService } from '../attachments/attachmentService';
import { createPdfReader } from '../einvoice/pdfReader';
import path from 'node:path';

export interface Core {
  store: Store;
  events: CoreEvents;
  scheduler: ReminderScheduler;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** Everything behind the contract, shared by the Electron main process and the loopback server. */
export async function createCore(options: {
  dataFile: string;
  clock: Clock;
  mode: AppStatus['mode'];
  version: string;
  /** Start the letters' layout worker at once (the app), rather than at the first letter (tests, tools). */
  warmLetters?: boolean;
  /** What the desktop shell lends (opening a folder, printing or opening a PDF); absent in the loopback mode and in tests. */
  platform?: Platform & Partial<PdfPlatform> & Partial<MailPlatform> & { secrets?: SecretStore };
  /** Where the PDFs handed to the desktop are written (a private folder is made inside): the system's temporary folder. */
  tempDir?: string;
  /** The scheduler's timers (fake ones in tests). */
  timers?: Timers;
}): Promise<Core> {
  const store = await openStore({ file: options.dataFile, clock: options.clock });
  const events = new CoreEvents();
  const ledger = new LedgerService(store, options.clock);
  const data = new DataService(store, options.clock, { platform: options.platform });
  const dunning = new DunningService(store, options.clock);
  const renderer = lazyLetterRenderer(options.warmLetters ?? false);
  const blobs = new BlobStore(path.dirname(store.file));
  const letters = new LetterService(store, renderer, blobs, dunning);
  const proofs = new ProofService(store, options.clock, blobs, renderer);
  const batches = new LetterBatchService(store, options.clock, letters, renderer, blobs, dunning, events);
  const pdfOutput = new PdfOutput(pdfPlatformOf(options.platform), options.tempDir);
  const emlOutput = new EmlOutput(options.platform?.openMail ? { openMail: options.platform.openMail } : undefined, options.tempDir);
  // The SMTP password: encrypted by the desktop's secret store (safeStorage), or kept in memory for the session without one.
  const smtp = new SmtpService(store, options.clock, options.platform?.secrets);
  const emails = new EmailService(store, letters, blobs, dunning, emlOutput, smtp, options.clock);
  const sms = new SmsService(store, options.clock, letters, dunning);
  const calls = new CallService(store, options.clock, letters, dunning);
  const scheduler = new ReminderScheduler(store, options.clock, events, { timers: options.timers, desktop: options.mode === 'electron' });
  const templates = new TemplateService(store);
  const statements = new StatementService(store, options.clock, renderer, blobs);
  const statementBatches = new StatementBatchService(store, options.clock, statements, renderer, blobs, events);
  // Dropped PDFs are read in a worker thread of their own, started at the first file.
  const pdfReader = createPdfReader();
  const attachments = new AttachmentService(store, options.clock, blobs, pdfReader);
  const raw = createDispatcher(
    createHandlers({ store, ledger, dunning, data, letters, proofs, batches, pdfOutput, emails, smtp, sms, calls, scheduler, templates, statements, statementBatches, attachments, renderer, pdfReader, clock: options.clock, mode: options.mode, version: options.version }),
  );
  const dispatch: Dispatch = async (method, input) => {
    const result = await raw(method, input);
    if (result.ok && isMethod(method) && MUTATING_METHODS.has(method)) events.emit('data.changed', {});
    return result;
  };
  return {
    store,
    events,
    dispatch,
    scheduler,
    close: async () => {
      scheduler.stop();
      await scheduler.flushed();
      await renderer.close();
      await pdfReader.close();
      await pdfOutput.close();
      await emlOutput.close();
      await store.close();
    },
  };
}

/** The PDF hooks, when the shell lends both. */
function pdfPlatformOf(platform: Partial<PdfPlatform> | undefined): PdfPlatform | undefined {
  const { printPdf, openPdf } = platform ?? {};
  return printPdf && openPdf ? { printPdf, openPdf } : undefined;
}

/** The letter renderer, its worker thread started at the first letter unless warmed at once. */
function lazyLetterRenderer(warm: boolean): LetterRenderer {
  let renderer: LetterRenderer | null = warm ? createLetterRenderer({ warmUp: true }) : null;
  return {
    render: (models, options) => (renderer ??= createLetterRenderer()).render(models, options),
    merge: (pdfs, options) => (renderer ??= createLetterRenderer()).merge(pdfs, options),
    renderHistory: (model, options) => (renderer ??= createLetterRenderer()).renderHistory(model, options),
    whenWarm: () => renderer?.whenWarm() ?? Promise.resolve(),
    close: async () => {
      await renderer?.close();
    },
  };
}
