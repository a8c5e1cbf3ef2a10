import { formatFrenchDate, type LocalDate } from '../../../shared/kernel/localDate';
import { activeReminders, policyResolver } from '../../../shared/dunning/engine';
import { invoiceStanding, isFormalNoticeReminder } from '../../../shared/dunning/overview';
import { LATE_CHARGES_LEVEL, LATE_CHARGES_LEVEL_ID, type DunningPause, type DunningPolicy, type LateChargesSettlement, type ReminderRecord } from '../../../shared/dunning/schema';
import type { MethodParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { formalNoticeEffectiveDate } from '../../../shared/law/formalNotice';
import type { LateCharges } from '../../../shared/law/lateCharges';
import { invoiceBalance } from '../../../shared/ledger/invoiceStatus';
import type { Client, Database, Invoice, Settings } from '../../../shared/ledger/schema';
import type { Clock } from '../app/clock';
import { newId } from '../app/ids';
import type { Store } from '../store/store';
import { frenchTypography } from '../../../shared/kernel/frenchTypography';

/** A reminder to record, with what proves it when Relance wrote the letter. */
export type RecordReminderInput = MethodParsedInput<'invoices.recordReminder'> &
  Partial<Pick<ReminderRecord, 'document' | 'tone' | 'variantId' | 'deadline' | 'registeredNumber' | 'invoiceCopy' | 'message' | 'recipient' | 'sentTo' | 'callId'>>;

/** One invoice's part of recordOnInvoices: the reminder to record on it, if any (from its state), then a change. */
export interface InvoiceRecording {
  invoiceId: string;
  reminder(invoice: Invoice): RecordReminderInput | null;
  change(invoice: Invoice, reminder: ReminderRecord | null): Invoice;
}

/** What the user records about chasing an invoice: reminders sent (kept as proof), pauses, legal dates, settings. */
export class DunningService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async saveSettings(settings: Settings): Promise<Settings> {
    // The SMTP settings (and their encrypted password) change through smtp.save only: the page's copy never replaces
    // them, and the page never gets the encrypted password back.
    const saved = (await this.store.update((current) => ({ ...current, settings: { ...settings, smtp: current.settings.smtp } }))).settings;
    return { ...saved, smtp: { ...saved.smtp, passwordEncrypted: null } };
  }

  async setClientPolicy(clientId: string, policy: DunningPolicy | null): Promise<Client> {
    const now = this.clock.now().toISOString();
    let saved: Client | undefined;
    await this.store.update((current) => {
      const existing = current.clients.find((c) => c.id === clientId);
      if (!existing) throw new AppError('NOT_FOUND', 'Ce client n’existe plus.');
      const client: Client = { ...existing, dunningPolicy: policy, updatedAt: now };
      saved = client;
      return { ...current, clients: current.clients.map((c) => (c.id === clientId ? client : c)) };
    });
    return saved!;
  }

  setPause(invoiceId: string, pause: DunningPause | null): Promise<Invoice> {
    const today = this.clock.today();
    return this.updateInvoice(invoiceId, (invoice) => {
      if (pause) {
        this.assertOpen(invoice, 'mettre en pause les relances de');
        if (pause.since > today) throw invalid('pause.since', 'La pause ne peut pas commencer dans le futur.');
        if (pause.kind === 'promise' && pause.until < today) {
          throw invalid('pause.until', 'La date promise est déjà passée\u00a0: choisissez une date à venir.');
        }
        if (pause.kind === 'plan') {
          const total = pause.instalments.reduce((sum, i) => sum + i.amountCents, 0);
          const { remainingCents } = invoiceBalance(invoice);
          if (total < remainingCents) {
            throw invalid('pause.instalments', 'Le plan de paiement doit couvrir tout le reste dû.');
          }
        }
      }
      return { ...invoice, pause };
    });
  }

  async recordReminder(input: RecordReminderInput): Promise<Invoice> {
    const [invoice] = await this.recordReminders([input]);
    return invoice!;
  }

  /**
   * Records reminders on several invoices at once (one grouped letter): all of them, or none when one is refused.
   * A mise en demeure takes effect on receipt, not on sending: the invoice's formalNoticeDate is set when the receipt
   * (or first presentation) is recorded (ProofService, postal events), never from the sending day, except for a
   * letter handed over (« remise en main propre »), received the day it was handed.
   */
  async recordReminders(inputs: readonly RecordReminderInput[]): Promise<Invoice[]> {
    const today = this.clock.today();
    const now = this.clock.now().toISOString();
    const saved = new Map<string, Invoice>();
    await this.store.update((current) => {
      for (const input of inputs) {
        const existing = saved.get(input.invoiceId) ?? current.invoices.find((i) => i.id === input.invoiceId);
        if (!existing) throw new AppError('NOT_FOUND', 'Cette facture n’existe plus\u00a0: elle a peut-être été supprimée.');
        const reminder = this.newReminder(existing, current, input, today, now);
        // Handed over: received the day it was sent; a mise en demeure takes effect that day.
        const handedNotice = reminder.channel === 'hand' && isFormalNoticeReminder(reminder, policyOf(current, existing));
        saved.set(existing.id, { ...existing, reminders: [...existing.reminders, reminder], ...(handedNotice ? { formalNoticeDate: reminder.sentOn } : {}), updatedAt: now });
      }
      return { ...current, invoices: current.invoices.map((i) => saved.get(i.id) ?? i) };
    });
    return inputs.map((i) => saved.get(i.invoiceId)!);
  }

  /**
   * Whether recordReminders would accept these reminders now, without writing anything: throws its French refusal.
   * For what must be checked before an act that cannot be undone (an e-mail sent by SMTP).
   */
  checkReminders(inputs: readonly RecordReminderInput[]): void {
    if (this.store.readOnly) throw new AppError('STORE_READ_ONLY', 'Les données sont en lecture seule : rien ne peut être envoyé ni enregistré.');
    const today = this.clock.today();
    const now = this.clock.now().toISOString();
    const current = this.store.data;
    const pending = new Map<string, Invoice>();
    for (const input of inputs) {
      const existing = pending.get(input.invoiceId) ?? current.invoices.find((i) => i.id === input.invoiceId);
      if (!existing) throw new AppError('NOT_FOUND', 'Cette facture n’existe plus : elle a peut-être été supprimée.');
      const reminder = this.newReminder(existing, current, input, today, now);
      pending.set(existing.id, { ...existing, reminders: [...existing.reminders, reminder] });
    }
  }

  /**
   * One write over several invoices (a call about a grouped reminder): on each open invoice, the reminder its entry
   * asks for (checked as recordReminders checks it), then the entry's change (the call in its log, the pause it brings).
   * All of them, or none when one is refused. `action` completes « impossible de … cette facture ».
   */
  async recordOnInvoices(action: string, entries: readonly InvoiceRecording[]): Promise<Invoice[]> {
    const today = this.clock.today();
    const now = this.clock.now().toISOString();
    const saved = new Map<string, Invoice>();
    await this.store.update((current) => {
      for (const entry of entries) {
        const existing = saved.get(entry.invoiceId) ?? current.invoices.find((i) => i.id === entry.invoiceId);
        if (!existing) throw new AppError('NOT_FOUND', 'Cette facture n’existe plus\u00a0: elle a peut-être été supprimée.');
        this.assertOpen(existing, action);
        const input = entry.reminder(existing);
        const reminder = input ? this.newReminder(existing, current, input, today, now) : null;
        const withReminder = reminder ? { ...existing, reminders: [...existing.reminders, reminder] } : existing;
        saved.set(existing.id, { ...entry.change(withReminder, reminder), updatedAt: now });
      }
      return { ...current, invoices: current.invoices.map((i) => saved.get(i.id) ?? i) };
    });
    return entries.map((e) => saved.get(e.invoiceId)!);
  }

  private newReminder(invoice: Invoice, db: Database, input: RecordReminderInput, today: LocalDate, now: string): ReminderRecord {
    const policy = policyOf(db, invoice);
    const claimingLateCharges = input.levelId === LATE_CHARGES_LEVEL_ID;
    if (claimingLateCharges) {
      const charges = lateChargesOfInvoice(invoice, db, today);
      if (!charges || charges.status !== 'owed') {
        throw new AppError('INVALID_INPUT', 'Cette facture n’a pas de pénalités ni d’indemnité restant dues à réclamer.');
      }
      if (input.sentOn < charges.paidOn) {
        throw invalid('sentOn', `La réclamation des pénalités suit le paiement de la facture (${formatFrenchDate(charges.paidOn)}).`);
      }
    } else {
      this.assertOpen(invoice, 'relancer');
    }
    const level = claimingLateCharges ? LATE_CHARGES_LEVEL : policy.levels.find((l) => l.id === input.levelId);
    if (!level) throw invalid('levelId', 'Cette étape de relance n’existe pas dans la politique de ce client.');
    const active = activeReminders(invoice);
    if (active.some((r) => r.levelId === level.id)) {
      throw new AppError('CONFLICT', frenchTypography(`« ${level.label} » a déjà été envoyé pour la facture n° ${invoice.number}.`));
    }
    if (input.sentOn > today) throw invalid('sentOn', 'La date d’envoi ne peut pas être dans le futur.');
    if (input.sentOn < invoice.issueDate) {
      throw invalid('sentOn', `La date d’envoi ne peut pas précéder la date de la facture (${formatFrenchDate(invoice.issueDate)}).`);
    }
    if (active.some((r) => r.sentOn === input.sentOn)) {
      throw invalid('sentOn', frenchTypography(`Une relance a déjà été envoyée ce jour-là pour la facture n° ${invoice.number} : une seule par jour.`));
    }
    const { invoiceId: _invoiceId, ...fields } = input;
    return { ...fields, id: newId(), levelId: level.id, recordedAt: now, firstPresentedOn: null, receivedOn: input.channel === 'hand' ? input.sentOn : null };
  }

  /**
   * Proof is append-only: a reminder recorded by mistake is not deleted, a cancelling entry is added (who built on it,
   * a letter, an export, the next step, keeps a trace). If it was the mise en demeure whose receipt set the invoice's
   * formalNoticeDate, that date goes with it.
   */
  cancelReminder(invoiceId: string, reminderId: string, note: string): Promise<Invoice> {
    if (note.trim() === '') return Promise.reject(invalid('note', 'Indiquez pourquoi cette relance est retirée (elle reste dans l’historique avec ce motif).'));
    return this.updateInvoice(invoiceId, (invoice) => {
      const reminder = invoice.reminders.find((r) => r.id === reminderId);
      if (!reminder) throw new AppError('NOT_FOUND', 'Cette relance n’existe plus.');
      if (invoice.reminderCancellations.some((c) => c.reminderId === reminderId)) {
        throw new AppError('CONFLICT', 'Cette relance a déjà été retirée.');
      }
      const cancellation = { id: newId(), reminderId, recordedAt: this.clock.now().toISOString(), note };
      const effective = formalNoticeEffectiveDate(reminder);
      const formalNoticeDate = effective !== null && invoice.formalNoticeDate === effective ? null : invoice.formalNoticeDate;
      return { ...invoice, reminderCancellations: [...invoice.reminderCancellations, cancellation], formalNoticeDate };
    });
  }

  /**
   * The dates the law reads. The invoice's formalNoticeDate is the one date every computation uses (penalties,
   * letters, the engine). It is KEPT IN SYNC with the mise en demeure recorded in the app (its postal events:
   * ProofService); it is typed here only for a mise en demeure made outside the app.
   */
  setLegalDates(input: MethodParsedInput<'invoices.setLegalDates'>): Promise<Invoice> {
    const today = this.clock.today();
    return this.updateInvoice(input.invoiceId, (invoice) => {
      if (input.completionDate && input.completionDate > invoice.issueDate) {
        throw invalid('completionDate', 'La date d’achèvement ne peut pas suivre la date de la facture.');
      }
      let next: Invoice = { ...invoice, completionDate: input.completionDate };
      if (input.formalNoticeDate !== undefined) {
        const date = input.formalNoticeDate;
        if (date && date > today) throw invalid('formalNoticeDate', 'La date de la mise en demeure ne peut pas être dans le futur.');
        if (date && date < invoice.issueDate) throw invalid('formalNoticeDate', 'La mise en demeure ne peut pas précéder la date de la facture.');
        next = { ...next, formalNoticeDate: date };
      }
      return next;
    });
  }

  /** Invoice paid late: the user gives up its penalties and indemnity (today), or takes it back (null). */
  setLateChargesWaiver(invoiceId: string, waiver: { note: string } | null): Promise<Invoice> {
    const today = this.clock.today();
    return this.updateInvoice(invoiceId, (invoice, db) => {
      if (waiver === null) return { ...invoice, lateChargesWaiver: null };
      const charges = lateChargesOfInvoice(invoice, db, today);
      if (!charges) throw new AppError('INVALID_INPUT', 'Cette facture n’a pas de pénalités de retard à abandonner\u00a0: elle n’a pas été payée en retard.');
      if (charges.status === 'settled') throw new AppError('INVALID_INPUT', 'Les pénalités de cette facture ont déjà été réglées.');
      return { ...invoice, lateChargesWaiver: invoice.lateChargesWaiver ?? { waivedOn: today, note: waiver.note } };
    });
  }

  /** Invoice paid late: its penalties and indemnity were received (or that is taken back: null). */
  setLateChargesSettlement(invoiceId: string, settlement: LateChargesSettlement | null): Promise<Invoice> {
    const today = this.clock.today();
    return this.updateInvoice(invoiceId, (invoice, db) => {
      if (settlement === null) return { ...invoice, lateChargesSettlement: null };
      const charges = lateChargesOfInvoice(invoice, db, today);
      if (!charges) throw new AppError('INVALID_INPUT', 'Cette facture n’a pas de pénalités de retard à régler\u00a0: elle n’a pas été payée en retard.');
      if (charges.status === 'waived') {
        throw new AppError('INVALID_INPUT', 'Vous avez renoncé à ces pénalités\u00a0: annulez d’abord la renonciation.');
      }
      if (settlement.settledOn > today) throw invalid('settledOn', 'La date du règlement ne peut pas être dans le futur.');
      if (settlement.settledOn < charges.paidOn) {
        throw invalid('settledOn', `Le règlement des pénalités ne peut pas précéder le paiement de la facture (${formatFrenchDate(charges.paidOn)}).`);
      }
      return { ...invoice, lateChargesSettlement: settlement };
    });
  }

  setCancelled(invoiceId: string, cancelled: boolean): Promise<Invoice> {
    return this.updateInvoice(invoiceId, (invoice) => ({ ...invoice, cancelled, pause: cancelled ? null : invoice.pause }));
  }

  private assertOpen(invoice: Invoice, action: string): void {
    if (invoice.cancelled) throw new AppError('INVALID_INPUT', frenchTypography(`Cette facture est annulée : impossible de ${action} cette facture.`));
    if (invoiceBalance(invoice).remainingCents === 0) throw new AppError('INVALID_INPUT', frenchTypography(`Cette facture est payée : inutile de ${action} cette facture.`));
  }

  private async updateInvoice(id: string, change: (invoice: Invoice, db: Database) => Invoice): Promise<Invoice> {
    const now = this.clock.now().toISOString();
    let saved: Invoice | undefined;
    await this.store.update((current) => {
      const existing = current.invoices.find((i) => i.id === id);
      if (!existing) throw new AppError('NOT_FOUND', 'Cette facture n’existe plus\u00a0: elle a peut-être été supprimée.');
      const invoice = { ...change(existing, current), updatedAt: now };
      saved = invoice;
      return { ...current, invoices: current.invoices.map((i) => (i.id === id ? invoice : i)) };
    });
    return saved!;
  }
}

function policyOf(db: Database, invoice: Invoice): DunningPolicy {
  return policyResolver(db.clients, db.settings.defaultPolicy)(invoice.clientId);
}

/** What a late payment still owes (null unless paid in full after the due date with something owed). */
function lateChargesOfInvoice(invoice: Invoice, db: Database, today: LocalDate): LateCharges | null {
  const kind = db.clients.find((c) => c.id === invoice.clientId)?.kind ?? 'business';
  return invoiceStanding(invoice, kind, policyOf(db, invoice), today, db.settings).lateCharges;
}

function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { [field]: message });
}
