import { useState } from 'react';
import { formatFrenchDate, parseFrenchDate } from '../../../../shared/kernel/localDate';
import type { ReminderRecord } from '../../../../shared/dunning/schema';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { formalNoticeStatusText } from '../../../../shared/law/wording';
import type { ClientKind, Invoice } from '../../../../shared/ledger/schema';
import { api } from '../../api/client';
import { useCoreSubmit } from '../../ui/useCoreSubmit';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { useAppStore } from '../../app/store';

const optionalDate = (text: string): { ok: true; value: string | null } | { ok: false; message: string } => {
  if (text.trim() === '') return { ok: true, value: null };
  return parseFrenchDate(text);
};

const shown = (date: string | null): string => (date ? formatFrenchDate(date) : '');

interface Props {
  invoice: Invoice;
  clientKind: ClientKind;
  /** The mise en demeure recorded in the app (latest, not withdrawn), if any. */
  formalNotice: ReminderRecord | null;
}

/**
 * The dates the law reads: the mise en demeure (interest of a private client) and the completion (prescription).
 *
 * The mise en demeure counts from the day the client received it, not the day it was sent. When it was recorded in
 * the app, its receipt is a postal event of the letter (first presentation, delivery, return: recorded from the
 * history, append-only) and this form only says where it stands; the invoice's date of the mise en demeure follows
 * it. Otherwise (a mise en demeure made outside the app) its date is typed here.
 */
export function LegalDatesForm({ invoice, clientKind, formalNotice }: Props): React.JSX.Element {
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const registered = formalNotice?.channel === 'registered-letter';
  // A date of receipt typed on the invoice before this version (when the record had none) is shown as the receipt.
  const legacyReceipt = formalNotice && !formalNotice.receivedOn && !formalNotice.firstPresentedOn ? invoice.formalNoticeDate : null;
  const [notice, setNotice] = useState(shown(invoice.formalNoticeDate));
  const [completion, setCompletion] = useState(shown(invoice.completionDate));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, formError, setFormError, run } = useCoreSubmit('L’enregistrement des dates a échoué.');

  async function submit(e: React.FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    setFormError(null);
    const c = optionalDate(completion);
    const n = optionalDate(notice);
    const errs: Record<string, string> = {};
    if (!c.ok) errs.completionDate = c.message;
    if (!formalNotice && !n.ok) errs.formalNoticeDate = n.message;
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !c.ok || !n.ok) return;
    await run(async () => {
      await api().call(
        'invoices.setLegalDates',
        formalNotice ? { invoiceId: invoice.id, completionDate: c.value } : { invoiceId: invoice.id, completionDate: c.value, formalNoticeDate: n.value },
      );
      showToast('Dates enregistrées');
      await refresh();
    }, (fields) => setErrors(fields));
  }

  return (
    <form className="panel" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="legal-dates-title">
      <h2 id="legal-dates-title">Dates utiles au calcul</h2>
      {formalNotice ? (
        <fieldset className="notice-receipt">
          <legend>Réception de la mise en demeure</legend>
          <p className="notice-status" role="status">
            {formalNoticeStatusText({
              sentOn: formalNotice.sentOn,
              registered,
              receivedOn: formalNotice.receivedOn ?? legacyReceipt,
              firstPresentedOn: formalNotice.firstPresentedOn,
              returnedOn: formalNotice.returnedOn ?? null,
              clientKind,
            })}
          </p>
          <p className="field-hint">
            {fr(
              registered
                ? 'La première présentation, la distribution (avis de réception) ou le retour de la lettre s’enregistrent dans l’historique des relances, bouton « Suivi du recommandé », avec le scan de l’avis.'
                : 'Sa réception s’enregistre dans l’historique des relances, bouton « Suivi de la lettre ».',
            )}
          </p>
        </fieldset>
      ) : null}
      <div className="grid-2">
        {!formalNotice && (
          <TextField
            label="Date de la mise en demeure"
            optional
            placeholder="jj/mm/aaaa"
            hint={fr('Mise en demeure faite hors de Relance : date de sa réception par le client. Les relances qui la précèdent ne sont plus proposées ; pour un particulier, les intérêts courent à partir du lendemain.')}
            value={notice}
            onChange={setNotice}
            error={errors.formalNoticeDate}
          />
        )}
        <TextField
          label="Date d’achèvement de la prestation"
          optional
          placeholder="jj/mm/aaaa"
          hint={fr('Point de départ de la prescription ; à défaut, la date de la facture.')}
          value={completion}
          onChange={setCompletion}
          error={errors.completionDate}
        />
      </div>
      <FormError message={formError} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          Enregistrer les dates
        </button>
      </div>
    </form>
  );
}
