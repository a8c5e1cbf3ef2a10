import { TextField } from './TextField';

type Bind = (path: string) => { value: string; onChange(v: string): void; onBlur(): void; error: string | undefined };

/** The postal address fields (keys 'address.*'), in the order of the envelope. */
export function AddressFields({ bind }: { bind: Bind }): React.JSX.Element {
  return (
    <fieldset className="fieldset">
      <legend>Adresse postale</legend>
      <div className="grid-2">
        <TextField label="Complément" optional hint="Appartement, étage, « chez … »" {...bind('address.complement')} />
        <TextField label="Numéro et voie" {...bind('address.street')} autoComplete="street-address" />
        <TextField label="Lieu-dit ou BP" optional {...bind('address.locality')} />
        <TextField label="Code postal" className="field-narrow" inputMode="numeric" {...bind('address.postalCode')} autoComplete="postal-code" />
        <TextField label="Ville" {...bind('address.city')} autoComplete="address-level2" />
        <TextField label="Pays" optional hint="Laissez vide pour la France." {...bind('address.country')} />
      </div>
    </fieldset>
  );
}
