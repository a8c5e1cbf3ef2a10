import { composeSms } from '../../../shared/channels/composeSms';
import { contactHoursWarning } from '../../../shared/channels/contactHours';
import type { SmsPreview } from '../../../shared/channels/contract';
import type { LetterRequestInput } from '../../../shared/documents/contract';
import type { LocalDate } from '../../../shared/kernel/localDate';
import type { Invoice } from '../../../shared/ledger/schema';
import type { Clock } from '../app/clock';
import type { LetterService } from '../documents/letterService';
import type { DunningService } from '../dunning/dunningService';
import type { Store } from '../store/store';
import { phoneOf, shortReminderOf } from './shortReminder';

const WORDS = { what: 'Le SMS', cannot: 'Le SMS ne peut pas être préparé' };

/**
 * A reminder by SMS, sent from the user's own phone: Relance writes the text of the tone (shared/channels/composeSms),
 * offers it to copy or through an sms: link on the client's number, and records it on the SMS channel with the text
 * as it was sent. The hours warning for a private client reads the app's clock (injected: tests and the loopback
 * mode move it).
 */
export class SmsService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly letters: LetterService,
    private readonly dunning: DunningService,
  ) {}

  preview(input: { request: LetterRequestInput }): SmsPreview {
    const { digest, client } = shortReminderOf(this.store, input.request, WORDS);
    return {
      text: composeSms(digest),
      phone: phoneOf(client, 'ajoutez-le pour ouvrir le SMS sur ce numéro, ou copiez le texte.'),
      hoursWarning: contactHoursWarning(this.clock.now(), client.kind),
      paymentDeadline: digest.deadline,
    };
  }

  /** « Marquer comme envoyé »: the reminder on the SMS channel on every invoice of the request (all or none), with its text. */
  async markSent(input: { request: LetterRequestInput; text: string; sentOn: LocalDate }): Promise<Invoice[]> {
    const { digest, client } = shortReminderOf(this.store, input.request, WORDS);
    const levelId = this.letters.levelOf(input.request);
    return this.dunning.recordReminders(
      input.request.invoiceIds.map((invoiceId) => ({
        invoiceId,
        levelId,
        sentOn: input.sentOn,
        channel: 'sms' as const,
        note: '',
        tone: input.request.tone,
        deadline: digest.deadline,
        message: input.text,
        recipient: client.phone.trim(),
      })),
    );
  }
}
