import { useState } from 'react';
import { formatFrenchDate, parseFrenchDate } from '../../../../shared/kernel/localDate';
import { formatAmountForInput, formatEuros, parseEuroAmount } from '../../../../shared/kernel/money';
import { api } from '../../api/client';
import { useCoreSubmit } from '../../ui/useCoreSubmit';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import type { FieldErrors } from '../../ui/fieldErrors';
import { useAppStore } from '../../app/store';
import { useValidatedForm } from '../../ui/useValidatedForm';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';

interface PaymentValues {
  date: string;
  amountCents: string;
  note: string;
}

function validatePayment(remainingCents: number) {
  return (v: PaymentValues): FieldErrors => {
    const errors: FieldErrors = {};
    const date = parseFrenchDate(v.date);
    if (!date.ok) errors.date = date.message;
    const amount = parseEuroAmount(v.amountCents);
    if (!amount.ok) errors.amountCents = amount.message;
    else if (amount.value > remainingCents) errors.amountCents = `Le paiement dépasse le reste dû (${formatEuros(remainingCents)}).`;
    return errors;
  };
}

/** Records a payment, full by default (the remaining amount) or partial. */
export function PaymentForm({ invoiceId, remainingCents }: { invoiceId: string; remainingCents: number }): React.JSX.Element {
  const today = useAppStore((s) => s.status?.today ?? '');
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [validate] = useState(() => validatePayment(remainingCents));
  const form = useValidatedForm<PaymentValues>(
    { date: formatFrenchDate(today), amountCents: formatAmountForInput(remainingCents), note: '' },
    validate,
  );
  const { busy, formError, setFormError, run } = useCoreSubmit('L’enregistrement du paiement a échoué.');

  async function submit(e: React.FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    form.setSubmitted(true);
    setFormError(null);
    const errors = validate(form.values);
    const date = parseFrenchDate(form.values.date);
    const amount = parseEuroAmount(form.values.amountCents);
    if (Object.keys(errors).length > 0 || !date.ok || !amount.ok) return;
    await run(async () => {
      await api().call('payments.add', { invoiceId, date: date.value, amountCents: amount.value, note: form.values.note });
      showToast(amount.value === remainingCents ? 'Paiement enregistré\u00a0: la facture est payée' : 'Paiement enregistré');
      await refresh();
    }, (fields) => form.setServerErrors(fields));
  }

  return (
    <form className="payment-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="payment-form-title">
      <h3 id="payment-form-title">Enregistrer un paiement</h3>
      <div className="grid-2">
        <TextField label="Date du paiement" placeholder="jj/mm/aaaa" {...form.bind('date')} />
        <TextField
          label="Montant du paiement"
          inputMode="decimal"
          hint={frenchTypography(`Reste dû : ${formatEuros(remainingCents)}. Un paiement partiel est possible.`)}
          {...form.bind('amountCents')}
        />
      </div>
      <TextField label="Note du paiement" optional placeholder="Virement, chèque n°…" {...form.bind('note')} />
      <FormError message={formError} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Enregistrer le paiement
        </button>
      </div>
    </form>
  );
}
