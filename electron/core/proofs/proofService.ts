import { activeReminders, policyResolver } from '../../../shared/dunning/engine';
import { isFormalNoticeReminder } from '../../../shared/dunning/overview';
import type { ArchivedFile, PostalEvent, ReminderRecord } from '../../../shared/dunning/schema';
import type { MethodParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { LocalDate } from '../../../shared/kernel/localDate';
import type { Database, Invoice } from '../../../shared/ledger/schema';
import { activePostalEvents, effectiveDateOf, postalEventProblems, postalSummary, withPostalSummary } from '../../../shared/proofs/postalEvents';
import { historyDocumentModel } from '../../../shared/proofs/historyModel';
import { checkScan, type ScanKind } from '../../../shared/proofs/scan';
import type { Clock } from '../app/clock';
import { newId } from '../app/ids';
import type { LetterRenderer } from '../documents/letterRenderer';
import type { BlobStore } from '../store/blobStore';
import type { Store } from '../store/store';

/**
 * What happened to the letters after they left, kept as proof: first presentation, delivery (AR), return to the
 * sender, the deposit proof, each with the scan of the AR or of the proof archived by its SHA-256 (never in
 * relance.json). Append-only: a mistaken event gets a cancellation that says why. A letter that grouped several
 * invoices gets the same event on each of them. After every change the reminder's dates are the summary of its active
 * events, and the invoice's formalNoticeDate (the interest of a private client) follows its mise en demeure.
 */
export class ProofService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly blobs: BlobStore,
    private readonly renderer: Pick<LetterRenderer, 'renderHistory'>,
  ) {}

  /** The invoice's history as a PDF, drawn in the letters' worker; named « 2026-02-10 Historique F-2025-041.pdf ». */
  async historyPdf(invoiceId: string): Promise<{ pdf: Uint8Array<ArrayBuffer>; fileName: string }> {
    const db = this.store.data;
    const invoice = findInvoice(db, invoiceId);
    const today = this.clock.today();
    const model = historyDocumentModel({
      invoice,
      client: db.clients.find((c) => c.id === invoice.clientId) ?? null,
      identity: db.identity,
      policy: policyResolver(db.clients, db.settings.defaultPolicy)(invoice.clientId),
      today,
    });
    const pdf = (await this.renderer.renderHistory(model, { createdAt: this.clock.now() })) as Uint8Array<ArrayBuffer>;
    // eslint-disable-next-line no-control-regex -- control characters are what file systems refuse
    const number = invoice.number.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-');
    return { pdf, fileName: `${today} Historique ${number}.pdf` };
  }

  async recordPostalEvent(input: MethodParsedInput<'invoices.recordPostalEvent'>): Promise<Invoice> {
    const today = this.clock.today();
    const now = this.clock.now().toISOString();
    let scan: ArchivedFile | undefined;
    if (input.scan) {
      const check = checkScan(input.scan.bytes, input.scan.fileName);
      if (!check.ok) throw invalid('scan', check.message);
      scan = await this.archive(input.scan.bytes, check.kind);
    }
    let saved: Invoice | undefined;
    await this.store.update((db) => {
      const invoice = findInvoice(db, input.invoiceId);
      const reminder = invoice.reminders.find((r) => r.id === input.reminderId);
      if (!reminder) throw new AppError('NOT_FOUND', 'Cette relance n’existe plus.');
      if (!activeReminders(invoice).includes(reminder)) throw new AppError('INVALID_INPUT', 'Cette relance a été retirée\u00a0: rien ne peut plus y être ajouté.');
      const on = input.on;
      const problems = postalEventProblems(reminder, activePostalEvents(invoice, reminder.id), { ...input, on, hasScan: scan !== undefined }, today);
      if (problems.length > 0) {
        const fields: Record<string, string> = {};
        for (const p of problems) fields[p.field] ??= p.message;
        throw new AppError(problems.some((p) => p.conflict) ? 'CONFLICT' : 'INVALID_INPUT', problems[0]!.message, fields);
      }
      const changed = new Map<string, Invoice>();
      for (const [target, letter] of lettersLike(db, invoice, reminder)) {
        const events: PostalEvent[] = [];
        const presentedAlready = postalSummary(activePostalEvents(target, letter.id)).firstPresentedOn;
        if (input.kind === 'returned' && input.presentedOn && !presentedAlready) {
          events.push({ id: newId(), reminderId: letter.id, kind: 'presented', on: input.presentedOn, recordedAt: now, note: '' });
        }
        events.push({
          id: newId(),
          reminderId: letter.id,
          kind: input.kind,
          on,
          ...(input.kind === 'returned' && input.returnReason ? { returnReason: input.returnReason } : {}),
          ...(scan ? { scan } : {}),
          recordedAt: now,
          note: input.note,
        });
        changed.set(target.id, synced(db, { ...target, postalEvents: [...target.postalEvents, ...events], updatedAt: now }, letter.id));
      }
      saved = changed.get(invoice.id);
      return { ...db, invoices: db.invoices.map((i) => changed.get(i.id) ?? i) };
    });
    return saved!;
  }

  /** Withdraws a postal event recorded by mistake (and the same event on the other invoices of its letter), saying why. */
  async cancelPostalEvent(input: MethodParsedInput<'invoices.cancelPostalEvent'>): Promise<Invoice> {
    const now = this.clock.now().toISOString();
    let saved: Invoice | undefined;
    await this.store.update((db) => {
      const invoice = findInvoice(db, input.invoiceId);
      const event = invoice.postalEvents.find((e) => e.id === input.eventId);
      if (!event) throw new AppError('NOT_FOUND', 'Cette saisie n’existe plus.');
      if (!activePostalEvents(invoice).includes(event)) throw new AppError('CONFLICT', 'Cette saisie a déjà été retirée.');
      const reminder = invoice.reminders.find((r) => r.id === event.reminderId)!;
      const changed = new Map<string, Invoice>();
      for (const [target, letter] of lettersLike(db, invoice, reminder)) {
        const twins = activePostalEvents(target, letter.id).filter((e) => (target.id === invoice.id ? e.id === event.id : e.kind === event.kind && e.on === event.on && e.recordedAt === event.recordedAt));
        if (twins.length === 0) continue;
        const cancellations = twins.map((e) => ({ id: newId(), eventId: e.id, recordedAt: now, note: input.note }));
        changed.set(target.id, synced(db, { ...target, postalEventCancellations: [...target.postalEventCancellations, ...cancellations], updatedAt: now }, letter.id));
      }
      saved = changed.get(invoice.id);
      return { ...db, invoices: db.invoices.map((i) => changed.get(i.id) ?? i) };
    });
    return saved!;
  }

  /** A scan read back from the archive, checked against its hash. */
  async scan(hash: string, kind: ScanKind): Promise<{ bytes: Uint8Array<ArrayBuffer> | null; intact: boolean; problem: string | null }> {
    const read = await this.blobs.read(hash, kind);
    const bytes = read.bytes as Uint8Array<ArrayBuffer> | null;
    return read.intact ? { bytes, intact: true, problem: null } : { bytes, intact: false, problem: read.reason };
  }

  private async archive(bytes: Uint8Array, kind: ScanKind): Promise<ArchivedFile> {
    const stored = await this.blobs.put(bytes, kind);
    return { sha256: stored.sha256, kind, sizeBytes: stored.sizeBytes };
  }
}

function findInvoice(db: Database, id: string): Invoice {
  const invoice = db.invoices.find((i) => i.id === id);
  if (!invoice) throw new AppError('NOT_FOUND', 'Cette facture n’existe plus\u00a0: elle a peut-être été supprimée.');
  return invoice;
}

/**
 * The invoices that got the same letter (its archived bytes, its sending day, its client), each with its reminder
 * for it: the invoice itself first. A letter recorded without a document from Relance is its invoice's alone.
 */
function lettersLike(db: Database, invoice: Invoice, reminder: ReminderRecord): [Invoice, ReminderRecord][] {
  const found: [Invoice, ReminderRecord][] = [[invoice, reminder]];
  const sha = reminder.document?.sha256;
  if (!sha) return found;
  for (const other of db.invoices) {
    if (other.id === invoice.id || other.clientId !== invoice.clientId) continue;
    const twin = activeReminders(other).find((r) => r.document?.sha256 === sha && r.sentOn === reminder.sentOn);
    if (twin) found.push([other, twin]);
  }
  return found;
}

/** The reminder's dates summed up from its active events; the invoice's formalNoticeDate following its mise en demeure. */
function synced(db: Database, invoice: Invoice, reminderId: string): Invoice {
  const reminder = invoice.reminders.find((r) => r.id === reminderId)!;
  const summary = postalSummary(activePostalEvents(invoice, reminderId));
  const before: LocalDate | null = effectiveDateOf(reminder);
  const after = effectiveDateOf(summary);
  const policy = policyResolver(db.clients, db.settings.defaultPolicy)(invoice.clientId);
  const formalNoticeDate = isFormalNoticeReminder(reminder, policy) ? (after ?? (invoice.formalNoticeDate === before ? null : invoice.formalNoticeDate)) : invoice.formalNoticeDate;
  return { ...invoice, reminders: invoice.reminders.map((r) => (r.id === reminderId ? withPostalSummary(r, summary) : r)), formalNoticeDate };
}

function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { [field]: message });
}
