import { TextField } from './TextField';

type Bind = (path: string) => { value: string; onChange(v: string): void; onBlur(): void; error: string | undefined };

/** The postal address fields (keys 'address.*'), in the order of the lines on the envelope. */
export function AddressFields({ bind }: { bind: Bind }): React.JSX.Element {
  return (
    <fieldset className="fieldset">
      <legend>Adresse postale</legend>
      <div className="address-grid">
        <TextField label="Complément" className="span-2" optional placeholder={'Appartement, étage, «\u00a0chez …\u00a0»'} {...bind('address.complement')} />
        <TextField label="Numéro et voie" className="span-2" placeholder="12 rue des Lilas" {...bind('address.street')} autoComplete="street-address" />
        <TextField label="Lieu-dit ou BP" className="span-2" optional {...bind('address.locality')} />
        <TextField label="Code postal" inputMode="numeric" {...bind('address.postalCode')} autoComplete="postal-code" />
        <TextField label="Ville" {...bind('address.city')} autoComplete="address-level2" />
        <TextField label="Pays" className="span-2" optional hint="Laissez vide pour la France." {...bind('address.country')} />
      </div>
    </fieldset>
  );
}
