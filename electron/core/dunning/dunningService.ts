import { formatFrenchDate } from '../../../shared/dates/localDate';
import { policyResolver } from '../../../shared/dunning/engine';
import type { DunningPause, DunningPolicy } from '../../../shared/dunning/schema';
import type { MethodParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { invoiceBalance } from '../../../shared/ledger/invoiceStatus';
import type { Client, Database, Invoice, Settings } from '../../../shared/ledger/schema';
import type { Clock } from '../clock';
import { newId } from '../ids';
import type { Store } from '../store/store';

/** What the user records about chasing an invoice: reminders sent (kept as proof), pauses, legal dates, settings. */
export class DunningService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async saveSettings(settings: Settings): Promise<Settings> {
    return (await this.store.update((current) => ({ ...current, settings }))).settings;
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
          throw invalid('pause.until', 'La date promise est déjà passée : choisissez une date à venir.');
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

  recordReminder(input: MethodParsedInput<'invoices.recordReminder'>): Promise<Invoice> {
    const today = this.clock.today();
    return this.updateInvoice(input.invoiceId, (invoice, db) => {
      this.assertOpen(invoice, 'relancer');
      const policy = policyResolver(db.clients, db.settings.defaultPolicy)(invoice.clientId);
      const level = policy.levels.find((l) => l.id === input.levelId);
      if (!level) throw invalid('levelId', 'Cette étape de relance n’existe pas dans la politique de ce client.');
      if (invoice.reminders.some((r) => r.levelId === level.id)) {
        throw new AppError('CONFLICT', `« ${level.label} » a déjà été envoyé pour cette facture.`);
      }
      if (input.sentOn > today) throw invalid('sentOn', 'La date d’envoi ne peut pas être dans le futur.');
      if (input.sentOn < invoice.issueDate) {
        throw invalid('sentOn', `La date d’envoi ne peut pas précéder la date de la facture (${formatFrenchDate(invoice.issueDate)}).`);
      }
      if (invoice.reminders.some((r) => r.sentOn === input.sentOn)) {
        throw invalid('sentOn', 'Une relance a déjà été envoyée ce jour-là pour cette facture : une seule par jour.');
      }
      const reminder = { id: newId(), levelId: level.id, sentOn: input.sentOn, channel: input.channel, note: input.note, recordedAt: this.clock.now().toISOString() };
      // A mise en demeure starts the legal interest against a private client: its date is recorded (the user may correct it to the date of receipt).
      const formalNoticeDate = level.tone === 'formal' && !invoice.formalNoticeDate ? input.sentOn : invoice.formalNoticeDate;
      return { ...invoice, reminders: [...invoice.reminders, reminder], formalNoticeDate };
    });
  }

  removeReminder(invoiceId: string, reminderId: string): Promise<Invoice> {
    return this.updateInvoice(invoiceId, (invoice) => {
      if (!invoice.reminders.some((r) => r.id === reminderId)) throw new AppError('NOT_FOUND', 'Cette relance n’existe plus.');
      return { ...invoice, reminders: invoice.reminders.filter((r) => r.id !== reminderId) };
    });
  }

  setLegalDates(input: MethodParsedInput<'invoices.setLegalDates'>): Promise<Invoice> {
    const today = this.clock.today();
    return this.updateInvoice(input.invoiceId, (invoice) => {
      if (input.formalNoticeDate && input.formalNoticeDate > today) throw invalid('formalNoticeDate', 'La date de la mise en demeure ne peut pas être dans le futur.');
      if (input.formalNoticeDate && input.formalNoticeDate < invoice.issueDate) {
        throw invalid('formalNoticeDate', 'La mise en demeure ne peut pas précéder la date de la facture.');
      }
      if (input.completionDate && input.completionDate > invoice.issueDate) {
        throw invalid('completionDate', 'La date d’achèvement ne peut pas suivre la date de la facture.');
      }
      return { ...invoice, formalNoticeDate: input.formalNoticeDate, completionDate: input.completionDate };
    });
  }

  setCancelled(invoiceId: string, cancelled: boolean): Promise<Invoice> {
    return this.updateInvoice(invoiceId, (invoice) => ({ ...invoice, cancelled, pause: cancelled ? null : invoice.pause }));
  }

  private assertOpen(invoice: Invoice, action: string): void {
    if (invoice.cancelled) throw new AppError('INVALID_INPUT', `Cette facture est annulée : impossible de ${action} cette facture.`);
    if (invoiceBalance(invoice).remainingCents === 0) throw new AppError('INVALID_INPUT', `Cette facture est payée : inutile de ${action} cette facture.`);
  }

  private async updateInvoice(id: string, change: (invoice: Invoice, db: Database) => Invoice): Promise<Invoice> {
    const now = this.clock.now().toISOString();
    let saved: Invoice | undefined;
    await this.store.update((current) => {
      const existing = current.invoices.find((i) => i.id === id);
      if (!existing) throw new AppError('NOT_FOUND', 'Cette facture n’existe plus : elle a peut-être été supprimée.');
      const invoice = { ...change(existing, current), updatedAt: now };
      saved = invoice;
      return { ...current, invoices: current.invoices.map((i) => (i.id === id ? invoice : i)) };
    });
    return saved!;
  }
}

function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { [field]: message });
}
