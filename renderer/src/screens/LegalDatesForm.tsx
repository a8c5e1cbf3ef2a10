import { useState } from 'react';
import { formatFrenchDate, parseFrenchDate } from '../../../shared/dates/localDate';
import type { Invoice } from '../../../shared/ledger/schema';
import { api } from '../api/client';
import { useCoreSubmit } from '../state/useCoreSubmit';
import { FormError } from '../components/FormError';
import { TextField } from '../components/TextField';
import { useAppStore } from '../state/store';

const optionalDate = (text: string): { ok: true; value: string | null } | { ok: false; message: string } => {
  if (text.trim() === '') return { ok: true, value: null };
  return parseFrenchDate(text);
};

/** The dates the law reads: the mise en demeure (interest of a private client) and the completion (prescription). */
export function LegalDatesForm({ invoice }: { invoice: Invoice }): React.JSX.Element {
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [notice, setNotice] = useState(invoice.formalNoticeDate ? formatFrenchDate(invoice.formalNoticeDate) : '');
  const [completion, setCompletion] = useState(invoice.completionDate ? formatFrenchDate(invoice.completionDate) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, formError, setFormError, run } = useCoreSubmit('L’enregistrement des dates a échoué.');

  async function submit(e: React.FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    setFormError(null);
    const n = optionalDate(notice);
    const c = optionalDate(completion);
    const errs: Record<string, string> = {};
    if (!n.ok) errs.formalNoticeDate = n.message;
    if (!c.ok) errs.completionDate = c.message;
    setErrors(errs);
    if (!n.ok || !c.ok) return;
    await run(async () => {
      await api().call('invoices.setLegalDates', { invoiceId: invoice.id, formalNoticeDate: n.value, completionDate: c.value });
      showToast('Dates enregistrées');
      await refresh();
    }, (fields) => setErrors(fields));
  }

  return (
    <form className="panel" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="legal-dates-title">
      <h2 id="legal-dates-title">Dates utiles au calcul</h2>
      <div className="grid-2">
        <TextField
          label="Date de la mise en demeure"
          optional
          placeholder="jj/mm/aaaa"
          hint="Date de réception par le client (avis de réception). Pour un particulier, les intérêts courent à partir du lendemain."
          value={notice}
          onChange={setNotice}
          error={errors.formalNoticeDate}
        />
        <TextField
          label="Date d’achèvement de la prestation"
          optional
          placeholder="jj/mm/aaaa"
          hint="Point de départ de la prescription ; à défaut, la date de la facture."
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
