/** The footer of a form: "Annuler" and the submit button, disabled while the core works. */
export function FormActions({ onCancel, busy, submitLabel = 'Enregistrer' }: { onCancel: () => void; busy: boolean; submitLabel?: string }): React.JSX.Element {
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={onCancel}>
        Annuler
      </button>
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
    </div>
  );
}
