/**
 * A gentle warning before texting or calling a private person (the core's): outside the usual hours, or after many
 * calls lately.
 */
export function HoursWarning({ warning }: { warning: string | null }): React.JSX.Element | null {
  if (!warning) return null;
  return (
    <p className="banner banner-warning" role="note">
      {warning}
    </p>
  );
}
