import { useState } from 'react';
import { formatFrenchDate, parseFrenchDate } from '../../../../shared/kernel/localDate';
import { formatAmountForInput, parseEuroAmount } from '../../../../shared/kernel/money';
import { api } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { useAppStore } from '../../app/store';
import { useCoreSubmit } from '../../ui/useCoreSubmit';

interface Props {
  invoiceId: string;
  /** The day the invoice itself was paid: the penalties cannot be paid before. */
  paidOn: string;
  /** What is owed (null when a rate is missing): proposed as the amount received. */
  totalCents: number | null;
  onDone(): void;
}

/** The client paid the penalties and the indemnity of an invoice paid late: when, and how much. */
export function LateChargesSettlementForm({ invoiceId, paidOn, totalCents, onDone }: Props): React.JSX.Element {
  const today = useAppStore((s) => s.status?.today ?? '');
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [date, setDate] = useState(formatFrenchDate(today));
  const [amount, setAmount] = useState(totalCents === null ? '' : formatAmountForInput(totalCents));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, formError, setFormError, run } = useCoreSubmit('L’enregistrement du règlement a échoué.');

  async function submit(e: React.FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    setFormError(null);
    const d = parseFrenchDate(date);
    const a = parseEuroAmount(amount);
    const errs: Record<string, string> = {};
    if (!d.ok) errs.settledOn = d.message;
    else if (d.value < paidOn) errs.settledOn = `Le règlement des pénalités ne peut pas précéder le paiement de la facture (${formatFrenchDate(paidOn)}).`;
    if (!a.ok) errs.amountCents = a.message;
    setErrors(errs);
    if (!d.ok || !a.ok || Object.keys(errs).length > 0) return;
    await run(async () => {
      await api().call('invoices.setLateChargesSettlement', { invoiceId, settlement: { settledOn: d.value, amountCents: a.value, note } });
      showToast('Règlement des pénalités enregistré');
      onDone();
      await refresh();
    }, (fields) => setErrors(fields));
  }

  return (
    <form className="subform" noValidate onSubmit={(e) => void submit(e)} aria-label="Pénalités et indemnité reçues">
      <div className="grid-2">
        <TextField label="Reçues le" placeholder="jj/mm/aaaa" value={date} onChange={setDate} error={errors.settledOn} />
        <TextField label="Montant reçu" inputMode="decimal" placeholder="1 234,56" value={amount} onChange={setAmount} error={errors.amountCents} />
        <TextField label="Note du règlement" optional value={note} onChange={setNote} error={errors.note} />
      </div>
      <FormError message={formError} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Annuler
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          Enregistrer le règlement
        </button>
      </div>
    </form>
  );
}
