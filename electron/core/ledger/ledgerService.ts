import { formatEuros } from '../../../shared/kernel/money';
import { formatFrenchDate } from '../../../shared/kernel/localDate';
import { AppError } from '../../../shared/ipc/errors';
import { invoiceBalance } from '../../../shared/ledger/invoiceStatus';
import { clientDeletionRefusal } from '../../../shared/ledger/clientDeletion';
import { clientSchema, invoiceSchema, type Client, type Identity, type Invoice } from '../../../shared/ledger/schema';
import type { LedgerSnapshot, MethodParsedInput } from '../../../shared/ipc/contract';
import type { Clock } from '../app/clock';
import { newId } from '../app/ids';
import type { Store } from '../store/store';
import { invoiceNumberKey } from '../../../shared/kernel/identityKeys';

/** The user's ledger: identity, clients, invoices and payments. Inputs are already validated by the contract. */
export class LedgerService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  snapshot(): LedgerSnapshot {
    const { identity, settings, clients, invoices, creditNotes } = this.store.data;
    // The page never gets the SMTP password, not even encrypted (smtp.status says whether one is stored).
    return { identity, settings: { ...settings, smtp: { ...settings.smtp, passwordEncrypted: null } }, clients, invoices, creditNotes };
  }

  async saveIdentity(identity: Identity): Promise<Identity> {
    const db = await this.store.update((current) => ({ ...current, identity }));
    return db.identity;
  }

  async saveClient(draft: MethodParsedInput<'clients.save'>): Promise<Client> {
    const now = this.clock.now().toISOString();
    let saved: Client | undefined;
    await this.store.update((current) => {
      if (draft.id) {
        const existing = current.clients.find((c) => c.id === draft.id);
        if (!existing) throw new AppError('NOT_FOUND', 'Ce client n’existe plus\u00a0: il a peut-être été supprimé.');
        saved = { ...existing, ...draft, id: existing.id, createdAt: existing.createdAt, updatedAt: now };
        const client = saved;
        return { ...current, clients: current.clients.map((c) => (c.id === client.id ? client : c)) };
      }
      saved = clientSchema.parse({ ...draft, id: newId(), createdAt: now, updatedAt: now });
      return { ...current, clients: [...current.clients, saved] };
    });
    return saved!;
  }

  async deleteClient(id: string): Promise<{ id: string }> {
    await this.store.update((current) => {
      if (!current.clients.some((c) => c.id === id)) throw new AppError('NOT_FOUND', 'Ce client n’existe plus.');
      const refusal = clientDeletionRefusal({
        invoices: current.invoices.filter((i) => i.clientId === id).length,
        creditNotes: current.creditNotes.filter((n) => n.clientId === id).length,
      });
      if (refusal) throw new AppError('IN_USE', refusal);
      return { ...current, clients: current.clients.filter((c) => c.id !== id) };
    });
    return { id };
  }

  async saveInvoice(draft: MethodParsedInput<'invoices.save'>): Promise<Invoice> {
    const now = this.clock.now().toISOString();
    let saved: Invoice | undefined;
    await this.store.update((current) => {
      if (!current.clients.some((c) => c.id === draft.clientId)) {
        throw new AppError('NOT_FOUND', 'Le client choisi n’existe plus.', { clientId: 'Choisissez un client dans la liste.' });
      }
      const key = invoiceNumberKey(draft.number);
      const clash = current.invoices.find((i) => i.id !== draft.id && invoiceNumberKey(i.number) === key);
      if (clash) {
        const message = `Une facture porte déjà le numéro ${clash.number}.`;
        throw new AppError('CONFLICT', message, { number: message });
      }
      if (draft.id) {
        const existing = current.invoices.find((i) => i.id === draft.id);
        if (!existing) throw new AppError('NOT_FOUND', 'Cette facture n’existe plus\u00a0: elle a peut-être été supprimée.');
        const { paidCents } = invoiceBalance(existing);
        if (draft.amountTtcCents < paidCents) {
          const message = `Le montant TTC ne peut pas être inférieur aux paiements déjà reçus (${formatEuros(paidCents)}).`;
          throw new AppError('INVALID_INPUT', message, { amountTtcCents: message });
        }
        saved = { ...existing, ...draft, id: existing.id, payments: existing.payments, createdAt: existing.createdAt, updatedAt: now };
        const invoice = saved;
        return { ...current, invoices: current.invoices.map((i) => (i.id === invoice.id ? invoice : i)) };
      }
      saved = invoiceSchema.parse({ ...draft, id: newId(), payments: [], numberedInApp: true, createdAt: now, updatedAt: now });
      return { ...current, invoices: [...current.invoices, saved] };
    });
    return saved!;
  }

  async deleteInvoice(id: string): Promise<{ id: string }> {
    await this.store.update((current) => {
      if (!current.invoices.some((i) => i.id === id)) throw new AppError('NOT_FOUND', 'Cette facture n’existe plus.');
      return { ...current, invoices: current.invoices.filter((i) => i.id !== id) };
    });
    return { id };
  }

  async addPayment(draft: MethodParsedInput<'payments.add'>): Promise<Invoice> {
    const today = this.clock.today();
    return this.updateInvoice(draft.invoiceId, (invoice) => {
      if (draft.date > today) {
        const message = 'La date du paiement ne peut pas être dans le futur.';
        throw new AppError('INVALID_INPUT', message, { date: message });
      }
      if (draft.date < invoice.issueDate) {
        const message = `Le paiement ne peut pas précéder la date de la facture (${formatFrenchDate(invoice.issueDate)}).`;
        throw new AppError('INVALID_INPUT', message, { date: message });
      }
      const { remainingCents } = invoiceBalance(invoice);
      if (remainingCents === 0) throw new AppError('INVALID_INPUT', 'Cette facture est déjà entièrement payée.');
      if (draft.amountCents > remainingCents) {
        const message = `Le paiement (${formatEuros(draft.amountCents)}) dépasse le reste dû (${formatEuros(remainingCents)}).`;
        throw new AppError('INVALID_INPUT', message, { amountCents: message });
      }
      const payment = { id: newId(), date: draft.date, amountCents: draft.amountCents, note: draft.note, recordedAt: this.clock.now().toISOString() };
      return { ...invoice, payments: [...invoice.payments, payment] };
    });
  }

  async removePayment(invoiceId: string, paymentId: string): Promise<Invoice> {
    return this.updateInvoice(invoiceId, (invoice) => {
      if (!invoice.payments.some((p) => p.id === paymentId)) throw new AppError('NOT_FOUND', 'Ce paiement n’existe plus.');
      return { ...invoice, payments: invoice.payments.filter((p) => p.id !== paymentId) };
    });
  }

  private async updateInvoice(id: string, change: (invoice: Invoice) => Invoice): Promise<Invoice> {
    const now = this.clock.now().toISOString();
    let saved: Invoice | undefined;
    await this.store.update((current) => {
      const existing = current.invoices.find((i) => i.id === id);
      if (!existing) throw new AppError('NOT_FOUND', 'Cette facture n’existe plus\u00a0: elle a peut-être été supprimée.');
      saved = { ...change(existing), updatedAt: now };
      const invoice = saved;
      return { ...current, invoices: current.invoices.map((i) => (i.id === id ? invoice : i)) };
    });
    return saved!;
  }
}
