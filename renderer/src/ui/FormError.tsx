import { useLayoutEffect, useRef, useState } from 'react';

/** What the banner says when the core's message is already shown under its field. */
export const CHECK_FIELDS_MESSAGE = 'Corrigez les champs signalés avant d’enregistrer.';

/**
 * The general message of a refused form (the per-field messages are next to their fields). When the core refuses
 * with a field's message (« Ce numéro de facture existe déjà »), the form shows it under the field: the banner then
 * only says to look there, so the same sentence is not shown twice.
 */
export function FormError({ message }: { message: string | null }): React.JSX.Element | null {
  const ref = useRef<HTMLParagraphElement>(null);
  const [shownByField, setShownByField] = useState(false);
  // After every render of the form, on purpose: the field messages are rendered by its other children, and
  // setting the same value again does not render again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const form = ref.current?.closest('form');
    const fieldMessages = form ? Array.from(form.querySelectorAll('.field-error'), (e) => e.textContent?.trim()) : [];
    setShownByField(message !== null && fieldMessages.includes(message.trim()));
  });
  if (!message) return null;
  return (
    <p ref={ref} className="form-error" role="alert">
      {shownByField ? CHECK_FIELDS_MESSAGE : message}
    </p>
  );
}
