import type { LetterRequestInput } from '../../../../shared/documents/contract';
import { parseRegisteredNumber } from '../../../../shared/documents/registeredNumber';
import type { DunningTone } from '../../../../shared/dunning/schema';
import { parseFrenchDate } from '../../../../shared/kernel/localDate';
import type { FieldErrors } from '../../ui/fieldErrors';

/** The tones as the letter screen offers them, in the order they escalate. */
export const LETTER_TONES: readonly { tone: DunningTone; label: string }[] = [
  { tone: 'courtesy', label: 'Rappel avant échéance' },
  { tone: 'friendly', label: 'Rappel amiable' },
  { tone: 'firm', label: 'Relance ferme' },
  { tone: 'formal', label: 'Mise en demeure' },
  { tone: 'litigation', label: 'Dernier avis avant poursuites' },
];

export interface LetterFormValues {
  clientId: string;
  invoiceIds: readonly string[];
  tone: DunningTone;
  letterDate: string;
  /** Empty: the level's own deadline. */
  paymentDeadline: string;
  registered: boolean;
  registeredNumber: string;
  /** The copy of each invoice's attached PDF follows the letter. */
  invoiceCopies: boolean;
}

export type LetterFormResult = { ok: true; request: LetterRequestInput } | { ok: false; errors: FieldErrors };

/** The form as the core's letter request, or the French message of each field that cannot be read. */
export function letterRequestOf(values: LetterFormValues): LetterFormResult {
  const errors: FieldErrors = {};
  const date = parseFrenchDate(values.letterDate);
  if (!date.ok) errors.letterDate = date.message;
  let paymentDeadline: string | null = null;
  if (values.paymentDeadline.trim() !== '') {
    const deadline = parseFrenchDate(values.paymentDeadline);
    if (!deadline.ok) errors.paymentDeadline = deadline.message;
    else paymentDeadline = deadline.value;
  }
  let registeredNumber: string | null = null;
  if (values.registered && values.registeredNumber.trim() !== '') {
    const number = parseRegisteredNumber(values.registeredNumber);
    if (!number.ok) errors.registeredNumber = number.message;
    else registeredNumber = number.value;
  }
  if (values.invoiceIds.length === 0) errors.invoiceIds = 'Choisissez au moins une facture.';
  if (!date.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      clientId: values.clientId,
      invoiceIds: [...values.invoiceIds],
      tone: values.tone,
      letterDate: date.value,
      paymentDeadline,
      registeredMail: values.registered,
      registeredNumber,
      invoiceCopies: values.invoiceCopies,
    },
  };
}

/** "2026-12-01 Relance F-2026-012.pdf": the ISO date first (files sort by date), no character a file system refuses. */
export function letterFileName(letterDate: string, toneLabel: string, invoiceNumbers: readonly string[]): string {
  const numbers = invoiceNumbers.length > 3 ? `${invoiceNumbers.slice(0, 3).join(' ')} et autres` : invoiceNumbers.join(' ');
  // eslint-disable-next-line no-control-regex -- control characters are what file systems refuse
  const safe = `${letterDate} ${toneLabel} ${numbers}`.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').replace(/\s+/g, ' ').trim();
  return `${safe.slice(0, 150)}.pdf`;
}

/** « Mise en demeure du 10/02/2026 » as a file name (« Mise en demeure du 10-02-2026.pdf »), reserved characters stripped. */
export function pdfFileNameOf(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what file systems refuse
  const safe = title.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').replace(/\s+/g, ' ').trim();
  return `${safe.slice(0, 150) || 'Lettre'}.pdf`;
}
