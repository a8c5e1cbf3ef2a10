/** The freelancer of the core tests' letters and e-mails, as typed in Paramètres › Identité. */
export const CAMILLE_MARTIN = {
  name: 'Camille Martin',
  legalForm: 'ei',
  address: { street: '8 rue Mercière', postalCode: '69002', city: 'Lyon' },
  siret: '73282932000074',
  email: 'camille@martin-design.fr',
  iban: 'FR7630006000011234567890189',
  bic: 'BNPAFRPPXXX',
} as const;
