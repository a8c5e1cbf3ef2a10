import { addDays, formatFrenchDate, type LocalDate } from '../kernel/localDate';
import { frenchTypography } from '../kernel/frenchTypography';
import { countDays } from '../kernel/plural';
import type { ClientKind } from '../ledger/schema';
import { formatEuros, type Cents } from '../kernel/money';
import { halfYearLabel } from './halfYear';
import { formatRateBp, missingRateMessage, type RateInTables } from './rates';
import type { HalfYearId } from './rates.data';
import type { PrescriptionResult } from './prescription';
import type { LawWarningFacts } from './warnings';

/**
 * Every French sentence of the law computations, in one place. The computations (penalties.ts, prescription.ts,
 * lateCharges.ts, formalNotice.ts, paymentTerms.ts) return figures, dates and codes; the functions below turn them
 * into what the user reads. Every sentence goes through frenchTypography (no-break spaces before : ; ? ! and inside
 * « »). Dates are written dd/mm/yyyy, as everywhere on the screens.
 */

const fr = frenchTypography;
const d = formatFrenchDate;

const days = countDays;

function listHalfYears(ids: readonly HalfYearId[]): string {
  return ids.map(halfYearLabel).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Warnings of the décompte

export function lawWarningMessage(f: LawWarningFacts): string {
  switch (f.code) {
    case 'MISSING_RATES':
      return fr(
        `Calcul impossible sans le taux de ${f.missing.length > 1 ? 'plusieurs semestres' : 'ce semestre'}. ${f.missing.map((h) => missingRateMessage(h, f.rateKind)).join(' ')}`,
      );
    case 'UNCONFIRMED_RATE':
      return fr(`Le taux du ${listHalfYears(f.halfYears)} n’a pas pu être confirmé par une source officielle : vérifiez-le avant d’envoyer le décompte.`);
    case 'USER_ENTERED_RATE':
      return fr(`Le décompte utilise le taux que vous avez saisi dans Paramètres pour le ${listHalfYears(f.halfYears)} : vérifiez qu’il correspond au taux publié.`);
    case 'PAYMENT_TERM_OVER_60_DAYS':
      return fr(
        `Le délai de paiement de ${f.termDays} jours dépasse le maximum de 60 jours après la date de facture (art. L441-10 I du Code de commerce)${
          f.within45EndOfMonth ? ', sauf délai de 45 jours fin de mois expressément stipulé au contrat' : ''
        }. Un délai non conforme expose à une amende administrative (art. L441-16). Les pénalités courent néanmoins à partir de l’échéance indiquée sur la facture.`,
      );
    case 'CONTRACTUAL_RATE_BELOW_FLOOR':
      return fr(
        `Le taux contractuel de ${formatRateBp(f.rateBp)} est inférieur au minimum légal de trois fois le taux de l’intérêt légal (${f.floors
          .map((x) => `${formatRateBp(x.bp)} au ${halfYearLabel(x.halfYear)}`)
          .join(' ; ')}) : la clause n’est pas conforme à l’article L441-10 II du Code de commerce (amende administrative possible, art. L441-16). Le décompte applique le taux contractuel tel quel ; corrigez vos conditions de paiement.`,
      );
    case 'CONTRACTUAL_FLOOR_UNVERIFIABLE':
      return fr(
        `Le taux de l’intérêt légal du ${listHalfYears(f.halfYears)} n’est pas connu : Relance ne peut pas vérifier que le taux contractuel atteint le minimum légal (trois fois ce taux). Saisissez-le dans Paramètres.`,
      );
    case 'NO_FORMAL_NOTICE':
      return fr(
        'Aucun intérêt de retard n’est dû par un particulier tant qu’il n’a pas été mis en demeure de payer (art. 1231-6 et 1344-1 du Code civil). Les intérêts au taux légal courront à partir du lendemain de la réception de la mise en demeure.',
      );
    case 'FORMAL_NOTICE_AWAITING_RECEIPT':
      return fr(
        `Mise en demeure envoyée le ${d(f.sentOn)} : les intérêts au taux légal courront à partir du lendemain de sa réception par le client (art. 1231-6 du Code civil). Saisissez la date de réception (avis de réception) dès que vous la connaissez, ou celle de la première présentation si la lettre n’a pas été retirée.`,
      );
    case 'FORMAL_NOTICE_BEFORE_DUE_DATE':
      return fr(`La mise en demeure du ${d(f.noticeDate)} précède l’échéance du ${d(f.dueDate)} : les intérêts ne courent qu’à partir du lendemain de l’échéance.`);
    case 'CONTRACTUAL_RATE_NOT_APPLIED_PRIVATE':
      return fr(
        `Client particulier : le taux contractuel (${formatRateBp(f.rateBp)}) n’est pas appliqué. Le décompte retient le taux de l’intérêt légal, dû de plein droit après mise en demeure ; une pénalité contractuelle peut être réduite par le juge si elle est manifestement excessive (art. 1231-5 du Code civil).`,
      );
    case 'PRESCRIPTION_PASSED':
      return fr(
        `Prescription probablement acquise : le délai pour agir a expiré le ${d(f.prescription.date)} (${prescriptionPeriod(f.prescription)}). Le client peut refuser de payer en invoquant la prescription ; consultez un professionnel du droit avant toute action.`,
      );
    case 'PRESCRIPTION_SOON':
      return fr(
        `Prescription proche : il reste ${days(f.daysLeft)} pour agir, jusqu’au ${d(f.prescription.date)} inclus (${prescriptionPeriod(f.prescription)}). ${INTERRUPTION_NOTE}`,
      );
  }
}

/** « Le taux du 1er semestre 2026 figure déjà dans les tables officielles (2,15 %) : celui-ci n’est pas utilisé. » */
export function rateAlreadyInTablesMessage(halfYear: HalfYearId, rate: RateInTables): string {
  const what = rate.kind === 'ecb' ? 'Le taux' : rate.kind === 'legalOther' ? 'Le taux légal (autres cas)' : 'Le taux légal (particuliers)';
  return fr(`${what} du ${halfYearLabel(halfYear)} figure déjà dans les tables officielles (${formatRateBp(rate.tableBp)}) : celui-ci n’est pas utilisé.`);
}

/** The label of a line of the décompte: 'Taux BCE 2,15 % + 10 points (2e semestre 2025)'. */
export function decompteRateLabel(
  kind: 'contractual' | 'b2bDefault' | 'legal',
  rate: { origin: 'table' | 'user'; annual?: boolean } | null,
  bp: number,
  halfYear: HalfYearId,
): string {
  const userNote = rate?.origin === 'user' ? ', taux saisi dans Paramètres' : '';
  if (kind === 'contractual') return `Taux contractuel ${formatRateBp(bp)}`;
  if (kind === 'b2bDefault') return `Taux BCE ${formatRateBp(bp - 1000)} + 10 points (${halfYearLabel(halfYear)}${userNote})`;
  const period = rate?.annual ? `${halfYearLabel(halfYear)}, taux annuel ${halfYear.slice(0, 4)}` : halfYearLabel(halfYear);
  return `Taux légal ${formatRateBp(bp)} (${period}, autres cas${userNote})`;
}

// ---------------------------------------------------------------------------------------------
// Prescription

function prescriptionStart(p: PrescriptionResult): string {
  switch (p.startKind) {
    case 'completion':
      return `à partir de l’achèvement de la prestation, le ${d(p.startDate)}`;
    case 'invoice':
      return `à partir de la date de la facture, le ${d(p.startDate)}, faute de date d’achèvement de la prestation (si la prestation s’est achevée plus tôt, le délai expire plus tôt)`;
    case 'payment':
      return `à partir du dernier paiement partiel, le ${d(p.startDate)}, qui vaut reconnaissance de dette (art. 2240 du Code civil)`;
  }
}

function prescriptionPeriod(p: PrescriptionResult): string {
  return `délai de ${p.years} ans, ${prescriptionLegalBasis(p.years)}, compté ${prescriptionStart(p)}`;
}

export function prescriptionLegalBasis(years: 2 | 5): string {
  return years === 2 ? 'art. L218-2 du Code de la consommation' : 'art. L110-4 du Code de commerce (ou 2224 du Code civil)';
}

const INTERRUPTION_NOTE =
  'Une relance ou une mise en demeure, même en recommandé, n’interrompt pas la prescription\u00a0: seuls une reconnaissance de dette du client (un paiement partiel par exemple), une demande en justice (injonction de payer) ou une mesure d’exécution l’interrompent.';

// ---------------------------------------------------------------------------------------------
// The rule applied by the décompte

export interface DecompteRuleFacts {
  readonly clientKind: ClientKind;
  /** The contractual rate applied (B2B only), or null for the legal default. */
  readonly contractualRateBp: number | null;
  readonly indemnityCents: Cents;
  /** Private client: the day the mise en demeure counts from (receipt). */
  readonly formalNoticeDate: LocalDate | null;
  /** Private client: a mise en demeure sent on that day whose receipt is not known yet. */
  readonly formalNoticeSentOn: LocalDate | null;
}

const METHOD =
  'Calcul jour par jour\u00a0: montant TTC restant dû × taux annuel × nombre de jours / 365 (même en année bissextile), pour chaque période à taux et montant constants\u202f; chaque ligne est arrondie au centime le plus proche (un demi-centime est arrondi au centime supérieur) et le total est la somme des lignes arrondies. Un paiement est déduit à partir du lendemain de sa réception.';

const ruleTexts = new Map<string, string>();

/**
 * The rule a décompte applies, in French. Memoised: the overview computes the décompte of every open invoice, and the
 * same few facts recur (typography over this long sentence cost 20x the whole overview on 10,000 invoices).
 */
export function decompteRuleText(f: DecompteRuleFacts): string {
  const key = `${f.clientKind}|${f.contractualRateBp}|${f.indemnityCents}|${f.formalNoticeDate}|${f.formalNoticeSentOn}`;
  let text = ruleTexts.get(key);
  if (text === undefined) {
    if (ruleTexts.size > 500) ruleTexts.clear();
    text = composeDecompteRuleText(f);
    ruleTexts.set(key, text);
  }
  return text;
}

function composeDecompteRuleText(f: DecompteRuleFacts): string {
  if (f.clientKind === 'business') {
    const rate =
      f.contractualRateBp !== null
        ? `au taux contractuel de ${formatRateBp(f.contractualRateBp)}`
        : 'au taux de refinancement de la Banque centrale européenne en vigueur au 1er janvier (pour le 1er semestre) ou au 1er juillet (pour le 2e semestre), majoré de 10 points';
    const indemnity =
      f.indemnityCents > 0
        ? ` S’y ajoute l’indemnité forfaitaire pour frais de recouvrement de ${formatEuros(f.indemnityCents)} par facture (art. L441-10 II et D441-5 du Code de commerce), non soumise à la TVA.`
        : ' L’indemnité forfaitaire pour frais de recouvrement de 40\u00a0€ (art. D441-5 du Code de commerce) est due dès le premier jour de retard.';
    return fr(
      `Pénalités de retard exigibles de plein droit, sans qu’un rappel soit nécessaire, à compter du lendemain de l’échéance figurant sur la facture (art. L441-10 II du Code de commerce), ${rate}. ${METHOD}${indemnity}`,
    );
  }
  const start = f.formalNoticeDate
    ? `à compter de la mise en demeure reçue le ${d(f.formalNoticeDate)}, soit à partir du lendemain`
    : f.formalNoticeSentOn
      ? `à compter de la réception de la mise en demeure envoyée le ${d(f.formalNoticeSentOn)} (date de réception à saisir\u00a0: aucun intérêt n’est calculé pour l’instant)`
      : 'à compter de la mise en demeure de payer (aucune mise en demeure enregistrée\u00a0: aucun intérêt n’est dû pour l’instant)';
  return fr(
    `Intérêts moratoires au taux de l’intérêt légal, catégorie « autres cas » (créancier professionnel), ${start} (art. 1231-6 et 1344-1 du Code civil ; art. L313-2 du Code monétaire et financier). ${METHOD} Ni l’indemnité forfaitaire de 40 € ni des frais de recouvrement ne peuvent être réclamés à un particulier.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Late charges of an invoice paid late (lateCharges.ts)

export interface LateChargesWordingFacts {
  readonly status: 'owed' | 'waived' | 'settled';
  readonly clientKind: ClientKind;
  readonly paidOn: LocalDate;
  readonly daysLate: number;
  readonly penaltiesCents: Cents | null;
  readonly indemnityCents: Cents;
  readonly totalCents: Cents | null;
  readonly waivedOn: LocalDate | null;
  readonly settledOn: LocalDate | null;
  readonly settledCents: Cents | null;
}

/**
 * The words of the décompte's table. Between businesses: penalties and the 40 € indemnity. Against a private client:
 * legal interest from the mise en demeure, and no indemnity at all (D441-5 concerns businesses only), so no line for it.
 */
export interface DecompteLabels {
  readonly title: string;
  readonly caption: string;
  /** The row of the sum of the lines. */
  readonly chargesRow: string;
  /** Shown when nothing accrues yet. */
  readonly nothingRuns: string;
  readonly indemnityRow: string | null;
}

export function decompteLabels(clientKind: ClientKind): DecompteLabels {
  return clientKind === 'business'
    ? { title: 'Pénalités et indemnité dues', caption: 'Décompte des pénalités', chargesRow: 'Pénalités', nothingRuns: 'Aucune pénalité ne court à ce jour.', indemnityRow: 'Indemnité forfaitaire' }
    : { title: 'Intérêts de retard dus', caption: 'Décompte des intérêts', chargesRow: 'Intérêts au taux légal', nothingRuns: 'Aucun intérêt ne court à ce jour.', indemnityRow: null };
}

/** The heading of the décompte and of the summary card. */
export function lateChargesTitle(status: LateChargesWordingFacts['status'], clientKind: ClientKind): string {
  const business = clientKind === 'business';
  switch (status) {
    case 'owed':
      return business ? 'Pénalités et indemnité restant dues' : 'Intérêts de retard restant dus';
    case 'waived':
      return business ? 'Pénalités et indemnité abandonnées' : 'Intérêts de retard abandonnés';
    case 'settled':
      return business ? 'Pénalités et indemnité réglées' : 'Intérêts de retard réglés';
  }
}

function chargesParts(f: Pick<LateChargesWordingFacts, 'clientKind' | 'penaltiesCents' | 'indemnityCents'>): string {
  const penalties = f.penaltiesCents === null ? 'des pénalités au taux manquant' : `${formatEuros(f.penaltiesCents)} ${f.clientKind === 'business' ? 'de pénalités de retard' : 'd’intérêts au taux légal'}`;
  return f.indemnityCents > 0 ? `${penalties} et ${formatEuros(f.indemnityCents)} d’indemnité forfaitaire` : penalties;
}

/** One sentence: when it was paid, how late, what remains owed (or what became of it). */
export function lateChargesSentence(f: LateChargesWordingFacts): string {
  const paid = `Facture payée le ${d(f.paidOn)}, ${days(f.daysLate)} après l’échéance`;
  const total = f.totalCents === null ? '' : `, soit ${formatEuros(f.totalCents)}`;
  switch (f.status) {
    case 'owed':
      return fr(
        `${paid} : le paiement du principal ne solde pas le retard. Restent dus ${chargesParts(f)}${total}${
          f.clientKind === 'business' ? ' (art. L441-10 II et D441-5 du Code de commerce)' : ''
        }.`,
      );
    case 'waived':
      return fr(`${paid}. Vous avez renoncé le ${d(f.waivedOn!)} à réclamer ${chargesParts(f)}${total}.`);
    case 'settled':
      return fr(`${paid}. ${lateChargesTitle('settled', f.clientKind)} le ${d(f.settledOn!)} : ${formatEuros(f.settledCents ?? 0)} reçus.`);
  }
}

/**
 * The short text of an overview row (two lines of a narrow column): still owed, and whether it was claimed or is to be
 * claimed (from a later day when `claimOn` is given).
 */
export function lateChargesRowText(claim: { claimedOn: LocalDate | null; claimOn: LocalDate | null }, clientKind: ClientKind = 'business'): string {
  const owed = lateChargesTitle('owed', clientKind);
  if (claim.claimedOn) return fr(`${owed}, ${clientKind === 'business' ? 'réclamées' : 'réclamés'} le ${d(claim.claimedOn)}`);
  return fr(claim.claimOn ? `${owed} : à réclamer le ${d(claim.claimOn)}` : `${owed} : à réclamer`);
}

// ---------------------------------------------------------------------------------------------
// The mise en demeure and its receipt (formalNotice.ts)

export interface FormalNoticeWordingFacts {
  readonly sentOn: LocalDate;
  readonly registered: boolean;
  readonly receivedOn: LocalDate | null;
  readonly firstPresentedOn: LocalDate | null;
  /** Registered letter back to the sender, when known. */
  readonly returnedOn?: LocalDate | null;
  readonly clientKind: ClientKind;
}

/** Where the mise en demeure stands: sent and awaiting its receipt, received, presented and not collected, or back unseen. */
export function formalNoticeStatusText(f: FormalNoticeWordingFacts): string {
  const sent = `Mise en demeure envoyée le ${d(f.sentOn)}${f.registered ? ' en recommandé avec avis de réception' : ''}`;
  if (f.receivedOn) return fr(`${sent}, reçue par le client le ${d(f.receivedOn)}.${interestFrom(f.clientKind, f.receivedOn)}`);
  if (f.firstPresentedOn) {
    return fr(
      `${sent}, présentée le ${d(f.firstPresentedOn)} et non retirée. Une lettre recommandée avisée et non réclamée vaut mise en demeure à la date de sa présentation (Cass. 1re civ., 20 janvier 2021, n° 19-20.680).${interestFrom(f.clientKind, f.firstPresentedOn)}`,
    );
  }
  if (f.returnedOn) {
    return fr(
      `${sent}, revenue le ${d(f.returnedOn)} sans avoir été présentée au client : elle ne vaut pas mise en demeure. Envoyez-la de nouveau à une adresse où il la recevra.${
        f.clientKind === 'private' ? ' Aucun intérêt au taux légal ne court encore.' : ''
      }`,
    );
  }
  return fr(
    `${sent} : date de réception à saisir dès que vous la connaissez (avis de réception, ou suivi de La Poste).${
      f.clientKind === 'private' ? ' Les intérêts au taux légal courront à partir du lendemain de la réception.' : ''
    }`,
  );
}

function interestFrom(kind: ClientKind, date: LocalDate): string {
  return kind === 'private' ? ` Les intérêts au taux légal courent à partir du ${d(addDays(date, 1))}.` : '';
}

// ---------------------------------------------------------------------------------------------
// Payment terms (paymentTerms.ts)

export const PAYMENT_TERM_LABELS = {
  'on-receipt': 'À réception',
  'net-30': '30 jours',
  'eom-45': '45 jours fin de mois',
  'net-60': '60 jours',
  date: 'Date précise',
} as const;

export const PAYMENT_TERM_HINTS: Readonly<Record<keyof typeof PAYMENT_TERM_LABELS, string>> = {
  'on-receipt': fr('Échéance : la date de la facture.'),
  'net-30': fr('Échéance : 30 jours après la date de la facture.'),
  'eom-45': fr('Échéance : date de la facture + 45 jours, puis fin de ce mois. À prévoir expressément au contrat (art. L441-10 I du Code de commerce).'),
  'net-60': fr('Échéance : 60 jours après la date de la facture, le maximum entre professionnels (art. L441-10 I).'),
  date: fr('Saisissez l’échéance convenue.'),
};
