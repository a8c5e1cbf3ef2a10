/** The gentle warning before texting or calling a private person outside the usual hours (the core's, from its clock). */
export function HoursWarning({ warning }: { warning: string | null }): React.JSX.Element | null {
  if (!warning) return null;
  return (
    <p className="banner banner-warning" role="note">
      {warning}
    </p>
  );
}
