import type { AppStatus } from '../../../shared/ipc/contract';
import type { Clock } from './clock';
import type { DataService } from '../data/dataService';
import type { DunningService } from '../dunning/dunningService';
import { commitImport, previewImport } from '../import/importService';
import { readEinvoice } from '../einvoice/einvoiceService';
import { saveCreditNoteFromFile } from '../einvoice/creditNotes';
import { overviewFirstScreen, overviewRows } from '../dunning/overviewCache';
import type { LedgerService } from '../ledger/ledgerService';
import type { Store } from '../store/store';
import type { LetterService } from '../documents/letterService';
import type { ProofService } from '../proofs/proofService';
import type { LetterBatchService } from '../documents/letterBatchService';
import type { PdfOutput } from '../documents/pdfOutput';
import { pdfOfSource } from '../documents/pdfSources';
import type { EmailService } from '../channels/emailService';
import type { SmtpService } from '../channels/smtpService';
import type { SmsService } from '../channels/smsService';
import type { CallService } from '../channels/callService';
import type { ReminderScheduler } from '../scheduler/reminderScheduler';
import type { TemplateService } from '../documents/templateService';
import type { StatementService } from '../documents/statementService';
import type { StatementBatchService } from '../documents/statementBatchService';
import type { Handlers } from './dispatch';
import type { AttachmentService } from '../attachments/attachmentService';
import type { LetterRenderer } from '../documents/letterRenderer';
import type { PdfReader } from '../einvoice/pdfReader';

export interface HandlerDeps {
  store: Store;
  ledger: LedgerService;
  dunning: DunningService;
  data: DataService;
  letters: LetterService;
  proofs: ProofService;
  batches: LetterBatchService;
  pdfOutput: PdfOutput;
  emails: EmailService;
  smtp: SmtpService;
  sms: SmsService;
  calls: CallService;
  scheduler: ReminderScheduler;
  templates: TemplateService;
  statements: StatementService;
  statementBatches: StatementBatchService;
  attachments: AttachmentService;
  renderer: Pick<LetterRenderer, 'merge'>;
  pdfReader: PdfReader;
  clock: Clock;
  mode: AppStatus['mode'];
  version: string;
}

/** The implementation of the contract. A method missing here is a compile error. */
export function createHandlers({ store, ledger, dunning, data, letters, proofs, batches, pdfOutput, emails, smtp, sms, calls, scheduler, templates, statements, statementBatches, attachments, renderer, pdfReader, clock, mode, version }: HandlerDeps): Handlers {
  return {
    'app.status': async () => ({
      version,
      mode,
      dataFile: store.file,
      backupsFolder: store.backupsFolder,
      readOnly: store.readOnly,
      notices: [...store.notices],
      today: clock.today(),
    }),
    'ledger.snapshot': async () => ledger.snapshot(),
    'identity.save': (input) => ledger.saveIdentity(input),
    'clients.save': (input) => ledger.saveClient(input),
    'clients.delete': (input) => ledger.deleteClient(input.id),
    'invoices.save': (input) => ledger.saveInvoice(input),
    'invoices.delete': (input) => ledger.deleteInvoice(input.id),
    'payments.add': (input) => ledger.addPayment(input),
    'payments.remove': (input) => ledger.removePayment(input.invoiceId, input.paymentId),
    'overview.firstScreen': async (input) => overviewFirstScreen(store.data, clock.today(), input.filter, input.limit),
    'overview.rows': async (input) => overviewRows(store.data, clock.today(), input.filter, input.list, input.offset, input.limit),
    'settings.save': (input) => dunning.saveSettings(input),
    'clients.setPolicy': (input) => dunning.setClientPolicy(input.clientId, input.policy),
    'invoices.setPause': (input) => dunning.setPause(input.invoiceId, input.pause),
    'invoices.recordReminder': (input) => dunning.recordReminder(input),
    'invoices.cancelReminder': (input) => dunning.cancelReminder(input.invoiceId, input.reminderId, input.note),
    'invoices.setLegalDates': (input) => dunning.setLegalDates(input),
    'invoices.setCancelled': (input) => dunning.setCancelled(input.invoiceId, input.cancelled),
    'invoices.setLateChargesWaiver': (input) => dunning.setLateChargesWaiver(input.invoiceId, input.waiver),
    'invoices.setLateChargesSettlement': (input) => dunning.setLateChargesSettlement(input.invoiceId, input.settlement),
    'import.preview': async (input) => previewImport(input.kind, input.fileName, input.bytes),
    'import.commit': (input) => commitImport(store, clock, input.kind, input.fileName, input.bytes, input.mapping),
    'einvoice.read': (input) => readEinvoice(input.fileName, input.bytes, store.data, clock.now().toISOString(), pdfReader),
    'einvoice.saveCreditNote': (input) => saveCreditNoteFromFile(store, clock, input),
    'data.listBackups': () => data.listBackups(),
    'data.restoreBackup': (input) => data.restoreBackup(input.name),
    'data.exportCopy': () => data.exportCopy(),
    'data.exportForAccountant': async (input) => data.exportForAccountant(input.kind),
    'data.quarantine': async () => data.quarantine(),
    'data.openFolder': () => data.openFolder(),
    'letters.preview': (input) => letters.preview(input),
    'letters.send': (input) => letters.send(input),
    'letters.archived': (input) => letters.archived(input.sha256),
    'invoices.recordPostalEvent': (input) => proofs.recordPostalEvent(input),
    'invoices.cancelPostalEvent': (input) => proofs.cancelPostalEvent(input),
    'proofs.scan': (input) => proofs.scan(input.sha256, input.kind),
    'invoices.historyPdf': (input) => proofs.historyPdf(input.invoiceId),
    'invoices.historyOutput': async (input) => {
      const { pdf, fileName } = await proofs.historyPdf(input.invoiceId);
      return pdfOutput.output(pdf, fileName.replace(/\.pdf$/, ''), input.action);
    },
    'letters.batchPrepare': (input) => batches.prepare(input),
    'letters.batchCancel': async (input) => batches.cancel(input.batchId),
    'letters.batchSend': (input) => batches.send(input),
    'letters.outputPdf': async (input) => {
      const { pdf, title } = await pdfOfSource(input.source, { store, letters, batches, attachments, statements, statementBatches, renderer });
      return pdfOutput.output(pdf, title, input.action);
    },
    'emails.preview': (input) => emails.preview(input),
    'emails.open': (input) => emails.open(input),
    'emails.markSent': (input) => emails.markSent(input),
    'emails.archived': (input) => emails.archived(input.sha256),
    'emails.send': (input) => emails.send(input),
    'smtp.status': async () => smtp.status(),
    'smtp.save': (input) => smtp.save(input),
    'smtp.forget': () => smtp.forget(),
    'smtp.sendTest': () => smtp.sendTest(),
    'sms.preview': async (input) => sms.preview(input),
    'sms.markSent': (input) => sms.markSent(input),
    'calls.sheet': async (input) => calls.sheet(input),
    'calls.log': (input) => calls.log(input),
    'calls.cancel': (input) => calls.cancel(input),
    'templates.save': (input) => templates.save(input),
    'statements.preview': (input) => statements.preview(input),
    'statements.send': (input) => statements.send(input),
    'statements.batchPrepare': (input) => statementBatches.prepare(input),
    'statements.batchCancel': async (input) => statementBatches.cancel(input.batchId),
    'statements.batchSend': (input) => statementBatches.send(input),
    'scheduler.status': async () => scheduler.status(),
    'scheduler.checkNow': async () => {
      scheduler.check();
      return scheduler.status();
    },
    'scheduler.saveSettings': (input) => scheduler.saveSettings(input),
    'attachments.attach': (input) => attachments.attach(input),
    'attachments.read': (input) => attachments.read(input.invoiceId),
    'attachments.detach': (input) => attachments.detach(input.invoiceId),
  };
}
