/** The general message of a refused form (the per-field messages are next to their fields). */
export function FormError({ message }: { message: string | null }): React.JSX.Element | null {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
