import { addDays } from '../../shared/kernel/localDate';
import type { DunningPause, ReminderRecord } from '../../shared/dunning/schema';
import { clientSchema, databaseSchema, emptyDatabase, identitySchema, invoiceSchema, type Client, type Database, type Invoice } from '../../shared/ledger/schema';
import { seededRandom } from '../../test/support/seededRandom';

/**
 * Seeded databases (schemaVersion 2) for the dunning journeys and the benchmark. Every record goes through the
 * stored zod schemas, so a seed is always what the core would have written itself.
 */

/** The day the journeys run on (the fixture's `now` is this day at 09:00). */
export const SEED_TODAY = '2026-02-10';
export const SEED_NOW = `${SEED_TODAY}T09:00:00`;

const AT = '2025-09-01T08:00:00.000Z';

type ClientSeed = {
  id: string;
  kind: Client['kind'];
  name: string;
  contactName?: string;
  complement?: string;
  street: string;
  locality?: string;
  postalCode: string;
  city: string;
  country?: string;
  email?: string;
  notes?: string;
};

export function seedClient(c: ClientSeed): Client {
  return clientSchema.parse({
    id: c.id,
    kind: c.kind,
    name: c.name,
    contactName: c.contactName ?? '',
    address: { complement: c.complement ?? '', street: c.street, locality: c.locality ?? '', postalCode: c.postalCode, city: c.city, country: c.country ?? '' },
    email: c.email ?? '',
    notes: c.notes ?? '',
    createdAt: AT,
    updatedAt: AT,
  });
}

export interface InvoiceSeed {
  id: string;
  number: string;
  clientId: string;
  issueDate: string;
  dueDate: string;
  amountTtcCents: number;
  payments?: { date: string; amountCents: number; note?: string }[];
  /** [levelId, sentOn, channel?, note?] */
  reminders?: [string, string, ReminderRecord['channel']?, string?][];
  pause?: DunningPause | null;
  cancelled?: boolean;
  formalNoticeDate?: string | null;
  notes?: string;
}

const DEFAULT_CHANNELS: Record<string, ReminderRecord['channel']> = {
  courtesy: 'email',
  friendly: 'email',
  firm: 'letter',
  'formal-notice': 'registered-letter',
  litigation: 'letter',
};

export function seedInvoice(s: InvoiceSeed): Invoice {
  return invoiceSchema.parse({
    id: s.id,
    number: s.number,
    clientId: s.clientId,
    issueDate: s.issueDate,
    dueDate: s.dueDate,
    amountTtcCents: s.amountTtcCents,
    payments: (s.payments ?? []).map((p, i) => ({ id: `${s.id}-p${i + 1}`, date: p.date, amountCents: p.amountCents, note: p.note ?? '', recordedAt: `${p.date}T10:00:00.000Z` })),
    reminders: (s.reminders ?? []).map(([levelId, sentOn, channel, note], i) => ({
      id: `${s.id}-r${i + 1}`,
      levelId,
      sentOn,
      channel: channel ?? DEFAULT_CHANNELS[levelId] ?? 'letter',
      recordedAt: `${sentOn}T17:00:00.000Z`,
      note: note ?? '',
    })),
    pause: s.pause ?? null,
    cancelled: s.cancelled ?? false,
    formalNoticeDate: s.formalNoticeDate ?? null,
    notes: s.notes ?? '',
    createdAt: `${s.issueDate}T08:00:00.000Z`,
    updatedAt: `${s.issueDate}T08:00:00.000Z`,
  });
}

export const SEED_CLIENTS: ClientSeed[] = [
  { id: 'c-dupre', kind: 'business', name: 'Atelier Dupré SARL', contactName: 'Mme Hélène Dupré', street: '12 rue de la République', postalCode: '69002', city: 'Lyon', email: 'compta@atelier-dupre.fr' },
  { id: 'c-martin', kind: 'business', name: 'Boulangerie Martin', street: '3 place du Marché', postalCode: '44000', city: 'Nantes' },
  { id: 'c-lumen', kind: 'business', name: 'Studio Lumen SAS', contactName: 'M. Karim Benali', street: '48 boulevard Voltaire', postalCode: '75011', city: 'Paris' },
  { id: 'c-roche', kind: 'private', name: 'Camille Roche', street: '7 impasse des Tilleuls', postalCode: '33000', city: 'Bordeaux' },
  { id: 'c-lilas', kind: 'business', name: 'Garage des Lilas', street: '102 avenue Jean Jaurès', postalCode: '31000', city: 'Toulouse' },
  { id: 'c-morel', kind: 'business', name: 'Cabinet Morel & Associés', street: '15 quai Saint-Antoine', postalCode: '69005', city: 'Lyon' },
  { id: 'c-pixel', kind: 'business', name: 'Pixel & Co', street: '21 rue Nationale', postalCode: '59000', city: 'Lille' },
  { id: 'c-lefevre', kind: 'private', name: 'Jean Lefèvre', street: '5 chemin des Vignes', postalCode: '21000', city: 'Dijon' },
  { id: 'c-garnier', kind: 'private', name: 'Élodie Garnier', street: '9 rue Pasteur', postalCode: '67000', city: 'Strasbourg' },
];

/** ~17 invoices on 10/02/2026: due reminders, scheduled ones, pauses (litige, promesse, plan non tenu), paid, cancelled. */
export const SEED_INVOICES: InvoiceSeed[] = [
  // The worked example: 1 200,00 € due 20/11/2025 → 82 days late, 32,76 € of penalties, 40 € indemnity.
  { id: 'i-041', number: 'F-2025-041', clientId: 'c-dupre', issueDate: '2025-10-21', dueDate: '2025-11-20', amountTtcCents: 120_000 },
  { id: 'i-044', number: 'F-2025-044', clientId: 'c-martin', issueDate: '2025-11-15', dueDate: '2025-12-15', amountTtcCents: 48_000, reminders: [['friendly', '2025-12-22']] },
  { id: 'i-003', number: 'F-2026-003', clientId: 'c-lumen', issueDate: '2026-01-01', dueDate: '2026-01-31', amountTtcCents: 240_000 },
  // Private client, no mise en demeure yet: no interest, no 40 €.
  { id: 'i-005', number: 'F-2026-005', clientId: 'c-roche', issueDate: '2025-12-21', dueDate: '2026-01-20', amountTtcCents: 65_000, reminders: [['friendly', '2026-01-27']] },
  {
    id: 'i-038',
    number: 'F-2025-038',
    clientId: 'c-lilas',
    issueDate: '2025-10-01',
    dueDate: '2025-10-31',
    amountTtcCents: 312_000,
    reminders: [['friendly', '2025-11-07']],
    pause: { kind: 'dispute', since: '2025-11-12', note: 'Le client conteste la facturation de la seconde intervention.' },
  },
  { id: 'i-007', number: 'F-2026-007', clientId: 'c-morel', issueDate: '2026-01-06', dueDate: '2026-02-05', amountTtcCents: 180_000 },
  { id: 'i-046', number: 'F-2025-046', clientId: 'c-pixel', issueDate: '2025-12-01', dueDate: '2025-12-31', amountTtcCents: 96_000, reminders: [['friendly', '2026-01-07'], ['firm', '2026-02-02']] },
  {
    id: 'i-002',
    number: 'F-2026-002',
    clientId: 'c-lefevre',
    issueDate: '2025-12-11',
    dueDate: '2026-01-10',
    amountTtcCents: 32_000,
    reminders: [['friendly', '2026-01-12'], ['firm', '2026-01-15'], ['formal-notice', '2026-01-25']],
    formalNoticeDate: '2026-01-27',
  },
  {
    id: 'i-004',
    number: 'F-2026-004',
    clientId: 'c-lumen',
    issueDate: '2025-12-16',
    dueDate: '2026-01-15',
    amountTtcCents: 150_000,
    payments: [{ date: '2026-01-20', amountCents: 50_000 }],
    reminders: [['friendly', '2026-01-22']],
    pause: { kind: 'promise', since: '2026-01-28', until: '2026-02-20', note: 'Promis par téléphone.' },
  },
  {
    id: 'i-040',
    number: 'F-2025-040',
    clientId: 'c-martin',
    issueDate: '2025-10-31',
    dueDate: '2025-11-30',
    amountTtcCents: 72_000,
    payments: [{ date: '2025-12-30', amountCents: 36_000 }],
    reminders: [['friendly', '2025-12-07']],
    pause: { kind: 'plan', since: '2025-12-10', instalments: [{ dueDate: '2025-12-31', amountCents: 36_000 }, { dueDate: '2026-01-31', amountCents: 36_000 }], note: '' },
  },
  { id: 'i-009', number: 'F-2026-009', clientId: 'c-dupre', issueDate: '2026-01-26', dueDate: '2026-02-25', amountTtcCents: 200_000 },
  { id: 'i-010', number: 'F-2026-010', clientId: 'c-morel', issueDate: '2026-02-08', dueDate: '2026-03-10', amountTtcCents: 85_000 },
  { id: 'i-030', number: 'F-2025-030', clientId: 'c-pixel', issueDate: '2025-09-15', dueDate: '2025-10-15', amountTtcCents: 110_000, payments: [{ date: '2025-10-10', amountCents: 110_000 }] },
  { id: 'i-047', number: 'F-2025-047', clientId: 'c-lilas', issueDate: '2025-12-06', dueDate: '2026-01-05', amountTtcCents: 54_000, reminders: [['friendly', '2026-01-12'], ['firm', '2026-01-22']] },
  { id: 'i-001', number: 'F-2026-001', clientId: 'c-garnier', issueDate: '2026-01-02', dueDate: '2026-01-31', amountTtcCents: 27_500 },
  { id: 'i-011', number: 'F-2026-011', clientId: 'c-roche', issueDate: '2026-01-09', dueDate: '2026-02-08', amountTtcCents: 18_000 },
  { id: 'i-035', number: 'F-2025-035', clientId: 'c-lumen', issueDate: '2025-09-01', dueDate: '2025-09-30', amountTtcCents: 420_000, cancelled: true },
];

/** The realistic database of the journeys and screenshots. */
export function dunningSeed(): Database {
  return databaseSchema.parse({
    ...emptyDatabase(),
    identity: identitySchema.parse({
      name: 'Sophie Laurent Design',
      address: { street: '24 rue des Arts', postalCode: '69001', city: 'Lyon' },
      siret: '',
      email: 'sophie@laurent-design.fr',
    }),
    clients: SEED_CLIENTS.map(seedClient),
    invoices: SEED_INVOICES.map(seedInvoice),
  });
}


/** A client name of 100 characters, the most the schema allows. */
export const LONG_CLIENT_NAME = 'Société Coopérative d’Intérêt Collectif des Artisans Menuisiers-Ébénistes de la Haute Vallée du Rhin';

const LONG_NOTE =
  'Le client a demandé par téléphone le 12/12/2025 un échéancier sur trois mois ; en attente de sa confirmation écrite. ' +
  'Interlocutrice : service comptabilité fournisseurs, bureau 214, bâtiment B (accueil fermé le mercredi après-midi). ' +
  'Référence de la commande : BC-2025-000418-LYON-RHONE-ALPES-ATELIER-MENUISERIE-EBENISTERIE-CHANTIER-NORD. ' +
  'Les deux premières relances sont restées sans réponse ; la troisième a été remise en main propre au gérant, qui conteste le nombre d’heures facturées pour la pose des huisseries.';

/**
 * dunningSeed plus a client whose name has 100 characters, whose address fills the six lines of NF Z10-011,
 * and whose invoices carry long notes and reminder notes: the layout journeys check that nothing overflows.
 */
export function layoutSeed(): Database {
  const base = dunningSeed();
  const long = seedClient({
    id: 'c-long',
    kind: 'business',
    name: LONG_CLIENT_NAME,
    contactName: 'Service comptabilité fournisseurs',
    complement: 'Bâtiment B, escalier 3, bureau 214',
    street: '1280 avenue du Maréchal de Lattre',
    locality: 'Zone artisanale des Grandes Terres',
    postalCode: '69800',
    city: 'Saint-Priest-en-Velay-les-Vignes',
    notes: LONG_NOTE,
  });
  const invoices = [
    seedInvoice({
      id: 'i-long',
      number: 'F-2025-COOPERATIVE-RHONE-000418-BIS',
      clientId: 'c-long',
      issueDate: '2025-10-15',
      dueDate: '2025-11-14',
      amountTtcCents: 1_234_567_89,
      payments: [{ date: '2025-12-20', amountCents: 150_000_00, note: 'Virement partiel reçu avec la mention « acompte sur facture contestée, solde après expertise ».' }],
      reminders: [
        ['friendly', '2025-11-21', 'email', 'Envoyé à compta-fournisseurs@cooperative-artisans-menuisiers-vallee-du-rhone.fr, sans réponse.'],
        ['firm', '2025-12-01', 'letter', 'Lettre remise en main propre au gérant, qui conteste le nombre d’heures facturées pour la pose des huisseries ; il demande le détail des feuilles de temps du chantier BC-2025-000418-LYON-RHONE-ALPES-ATELIER-MENUISERIE avant tout règlement.'],
      ],
      notes: LONG_NOTE,
    }),
    seedInvoice({ id: 'i-long-2', number: 'F-2026-012', clientId: 'c-long', issueDate: '2025-12-20', dueDate: '2026-01-19', amountTtcCents: 9_870_00, notes: 'Courte note.' }),
  ];
  return databaseSchema.parse({ ...base, clients: [...base.clients, long], invoices: [...base.invoices, ...invoices] });
}

/** A first start: no identity, no client, no invoice. */
export function firstStartSeed(): Database {
  return databaseSchema.parse(emptyDatabase());
}

const COMPANY_WORDS = ['Atelier', 'Studio', 'Cabinet', 'Boulangerie', 'Garage', 'Agence', 'Maison', 'Bureau', 'Librairie', 'Menuiserie'];
const NAMES = ['Dupont', 'Martin', 'Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'Roux', 'Fontaine'];
const CITIES: [string, string][] = [['75011', 'Paris'], ['69002', 'Lyon'], ['13001', 'Marseille'], ['31000', 'Toulouse'], ['44000', 'Nantes'], ['33000', 'Bordeaux']];

/** `invoices` invoices over `clients` clients, due over the 14 months before SEED_TODAY, some reminded, paid, paused. */
export function largeSeed(invoices: number, clients: number, today = SEED_TODAY): Database {
  const rnd = seededRandom(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const cs: Client[] = [];
  for (let i = 0; i < clients; i++) {
    const [postalCode, city] = pick(CITIES);
    const business = rnd() < 0.8;
    cs.push(
      seedClient({
        id: `c${i}`,
        kind: business ? 'business' : 'private',
        name: business ? `${pick(COMPANY_WORDS)} ${pick(NAMES)} ${i}` : `${pick(['Camille', 'Jean', 'Léa', 'Hugo'])} ${pick(NAMES)} ${i}`,
        street: `${1 + (i % 120)} rue de la Paix`,
        postalCode,
        city,
      }),
    );
  }
  const invs: Invoice[] = [];
  for (let i = 0; i < invoices; i++) {
    const dueDate = addDays(today, 30 - Math.floor(rnd() * 430));
    const issueDate = addDays(dueDate, -30);
    const amount = 5_000 + Math.floor(rnd() * 500_000);
    const r = rnd();
    const payments = r < 0.35 && dueDate < today ? [{ date: addDays(dueDate, 3), amountCents: amount }] : r < 0.45 && dueDate < today ? [{ date: dueDate, amountCents: Math.floor(amount / 3) }] : [];
    const reminders: InvoiceSeed['reminders'] = [];
    if (dueDate < addDays(today, -8) && rnd() < 0.6) reminders.push(['friendly', addDays(dueDate, 7)]);
    if (reminders.length > 0 && dueDate < addDays(today, -20) && rnd() < 0.5) reminders.push(['firm', addDays(dueDate, 17)]);
    const pause: DunningPause | null = rnd() < 0.03 && dueDate < today ? { kind: 'dispute', since: dueDate, note: 'Prestation contestée' } : null;
    invs.push(
      seedInvoice({
        id: `i${i}`,
        number: `F-${dueDate.slice(0, 4)}-${String(i).padStart(5, '0')}`,
        clientId: `c${Math.floor(rnd() * clients)}`,
        issueDate,
        dueDate,
        amountTtcCents: amount,
        payments,
        reminders: reminders.filter(([, sentOn]) => sentOn < today),
        pause,
      }),
    );
  }
  return { ...emptyDatabase(), clients: cs, invoices: invs };
}
