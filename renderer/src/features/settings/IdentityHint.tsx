import { useAppStore } from '../../app/store';

/**
 * Every letter starts with the sender's name and address: until Paramètres has them, a gentle hint says so
 * (on the home screen and on the first-start screen), and disappears once the name is filled in.
 */
export function IdentityHint(): React.JSX.Element | null {
  // Before the ledger is loaded, as the core said with the home screen's first rows.
  const missing = useAppStore((s) => (s.snapshot ? s.snapshot.identity.name.trim() === '' : (s.firstScreen?.header.identityMissing ?? false)));
  const navigate = useAppStore((s) => s.navigate);
  if (!missing) return null;
  return (
    <div className="inline-banner inline-banner-info identity-hint">
      <p>
        <strong>Votre identité n’est pas encore renseignée.</strong>
        {' Vos lettres de relance porteront votre nom ou raison sociale et votre adresse\u00a0: indiquez-les une fois pour toutes dans Paramètres.'}
      </p>
      <button type="button" className="button button-small" onClick={() => navigate({ name: 'settings' })}>
        Renseigner mon identité
      </button>
    </div>
  );
}
