import { describe, expect, it } from 'vitest';
import { DUNNING_TONES, type DunningTone } from '../dunning/schema';
import type { Client } from '../ledger/schema';
import { composeLetter, type ComposedLetterModel as LetterModel, type ComposeLetterResult, type LetterFacts, type LetterIdentity } from './composeLetter';
import { DEFAULT_LETTER_TEMPLATES } from './defaultTemplates';
import { letterFactsFromLedger, type LetterRequest } from './letterFacts';
import { aBusinessClient, aLetterInvoice, anIdentity, aPrivateClient, letterSettings, standalone40, type LetterTestInvoice } from './testkit';
import type { LetterTemplates, LetterTemplateVariant } from './templatesSchema';

// ---------------------------------------------------------------------------------------------
// The test's own French formatting, written independently of the app's (Intl, date-fns, wording.ts).

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d === 1 ? '1er' : d}\u00a0${MONTHS[m - 1]} ${y}`;
}

function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** « 1 234,56 € »: groups of three with U+202F, U+00A0 before the sign, as fr-FR prints it. */
function euros(cents: number): string {
  const units = String(Math.floor(cents / 100));
  let grouped = '';
  for (let i = 0; i < units.length; i++) {
    if (i > 0 && (units.length - i) % 3 === 0) grouped += '\u202f';
    grouped += units[i];
  }
  return `${grouped},${String(cents % 100).padStart(2, '0')}\u00a0€`;
}

/** Spaces read as plain spaces, to compare with expected sentences written with ordinary spaces. */
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

function allTexts(m: LetterModel): string[] {
  const table = (t: LetterModel['table']): string[] => (t ? [...t.columns.map((c) => c.label), ...t.rows.flat(), ...(t.totals ?? [])] : []);
  return [
    ...m.sender,
    ...m.recipient,
    m.placeAndDate,
    m.registeredMention ?? '',
    m.subject,
    ...m.references,
    m.salutation,
    ...m.paragraphs,
    ...table(m.table),
    ...(m.paragraphsAfterTable ?? []),
    ...m.payment,
    m.closing,
    ...m.signature,
    ...m.annexes.flatMap((a) => [a.title, ...a.paragraphs, ...table(a.table)]),
    m.footer,
  ].filter((t) => t !== '');
}

const fullText = (m: LetterModel): string => allTexts(m).join('\n');
const bodyText = (m: LetterModel): string => [...m.paragraphs, ...(m.paragraphsAfterTable ?? [])].join('\n');

/** The places French typography wants a non-breaking space: a plain one there is a defect. */
function typographyDefects(text: string): string[] {
  const defects: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === ' ' && next !== undefined && ':;?!»'.includes(next)) defects.push(text.slice(Math.max(0, i - 15), i + 2));
    if (c === '«' && next === ' ') defects.push(text.slice(i, i + 15));
    if ((next === ';' || next === '?' || next === '!') && c === '\u00a0') defects.push(`wide space before ${next}: ${text.slice(Math.max(0, i - 15), i + 2)}`);
  }
  return defects;
}

/** Leftovers no letter may carry: a placeholder, a blank, a technical word. */
function blanks(text: string): string[] {
  const found: string[] = [];
  for (const bad of ['{{', '}}', 'undefined', 'null', 'NaN', '()', ' ,', ' .', '  ', '\ue000']) if (text.includes(bad)) found.push(bad);
  return found;
}

// ---------------------------------------------------------------------------------------------
// The ledger of the tests

const LETTER_DATE = '2026-12-01';
const BEFORE_DUE = '2026-06-10';

/** The ECB rate of the first half of 2027, not yet in the tables: typed by the user in Paramètres. */
const EXTRA_RATES_2027 = { '2027-S1': { ecbBp: 240 } };

function ledgerFor(client: Client, invoices: LetterTestInvoice[], identity: LetterIdentity = anIdentity(), extraRates = {}) {
  return { identity, clients: [client], invoices, settings: { ...letterSettings(), extraRates } };
}

/** F-2026-012: 1 500,00 €, due 14 June 2026, nothing paid. */
function invoice12(client: Client, over: Partial<LetterTestInvoice> = {}): LetterTestInvoice {
  return aLetterInvoice({ clientId: client.id, ...over });
}

/** F-2026-015: 830,00 €, due 2 July 2026, no description, 200,00 € paid on 20 July 2026. */
function invoice15(client: Client, over: Partial<LetterTestInvoice> = {}): LetterTestInvoice {
  return aLetterInvoice({
    id: 'inv-15',
    clientId: client.id,
    number: 'F-2026-015',
    issueDate: '2026-06-02',
    dueDate: '2026-07-02',
    amountTtcCents: 83_000,
    description: '',
    payments: [{ id: 'pay-1', date: '2026-07-20', amountCents: 20_000, note: '', recordedAt: '2026-07-20T10:00:00.000Z' }],
    ...over,
  });
}

function compose(
  client: Client,
  invoices: LetterTestInvoice[],
  request: Partial<LetterRequest> = {},
  extra: Partial<LetterFacts> = {},
  identity?: LetterIdentity,
  extraRates = {},
): ComposeLetterResult {
  const tone = request.tone ?? 'friendly';
  const built = letterFactsFromLedger(ledgerFor(client, invoices, identity, extraRates), {
    clientId: client.id,
    invoiceIds: invoices.map((i) => i.id),
    tone,
    letterDate: tone === 'courtesy' ? BEFORE_DUE : LETTER_DATE,
    ...request,
  });
  if (!built.ok) throw new Error(built.errors.join('\n'));
  return composeLetter({ ...built.facts, ...extra });
}

function composed(client: Client, invoices: LetterTestInvoice[], request: Partial<LetterRequest> = {}, extra: Partial<LetterFacts> = {}, identity?: LetterIdentity, extraRates = {}) {
  const r = compose(client, invoices, request, extra, identity, extraRates);
  if (!r.ok) throw new Error(`Letter refused:\n${r.errors.join('\n')}`);
  return r;
}

function errorsOf(r: ComposeLetterResult): string[] {
  if (r.ok) throw new Error('The letter was composed');
  return r.errors.map(plain);
}

// Penalties computed by hand (base × rate × days / 365, each line rounded to the cent):
// F-2026-012, 1 500,00 € unpaid, late from 15 June 2026:
//   15–30 June 2026, 16 days at 12,15 % (ECB 2,15 % + 10, 1st half of 2026): 150000 × 1215 × 16 / 3 650 000 = 798,9 → 7,99 €
//   1 July – 1 December 2026, 154 days at 12,40 % (ECB 2,40 % + 10):        150000 × 1240 × 154 / 3 650 000 = 7 847,7 → 78,48 €
// F-2026-015, 830,00 €, late from 3 July 2026, 200,00 € paid on 20 July (deducted from the 21st):
//   3–20 July, 18 days at 12,40 % on 830,00 €:     83000 × 1240 × 18 / 3 650 000 = 507,6 → 5,08 €
//   21 July – 1 December, 134 days on 630,00 €:     63000 × 1240 × 134 / 3 650 000 = 2 868,0 → 28,68 €
const PENALTIES_12 = 799 + 7848;
const PENALTIES_15 = 508 + 2868;
const PRINCIPAL_12 = 150_000;
const PRINCIPAL_15 = 83_000 - 20_000;

describe('composeLetter: the mentions every letter carries', () => {
  const business = aBusinessClient();
  const person = aPrivateClient();

  for (const tone of DUNNING_TONES) {
    for (const kind of ['business', 'private'] as const) {
      for (const grouped of [false, true]) {
        it(`${tone}, ${kind} client, ${grouped ? 'two invoices' : 'one invoice'}`, () => {
          const client = kind === 'business' ? business : person;
          const invoices = grouped ? [invoice12(client), invoice15(client)] : [invoice12(client)];
          const r = composed(client, invoices, { tone });
          const m = r.model;
          const text = fullText(m);
          const body = bodyText(m);
          const letterDate = tone === 'courtesy' ? BEFORE_DUE : LETTER_DATE;
          const deadline = tone === 'courtesy' ? '2026-06-14' : '2026-12-09';
          const late = tone !== 'courtesy';
          // On 10 June nothing is late yet and the payment of 20 July is not made.
          const principal = late ? PRINCIPAL_12 + (grouped ? PRINCIPAL_15 : 0) : PRINCIPAL_12 + (grouped ? 83_000 : 0);
          const penalties = late && kind === 'business' ? PENALTIES_12 + (grouped ? PENALTIES_15 : 0) : 0;
          const indemnity = late && kind === 'business' ? 4000 * invoices.length : 0;

          expect(r.figures).toEqual({ principalCents: principal, penaltiesCents: penalties, indemnityCents: indemnity, totalCents: principal + penalties + indemnity });
          expect(r.variantId).toBe(DEFAULT_LETTER_TEMPLATES[tone].find((v) => v.audience === kind)!.id);
          expect(m.tone).toBe(tone);

          // Sender, recipient, place and date.
          expect(m.sender).toEqual(['Camille Durand EI', '12 rue Mercière', '69002 Lyon', 'SIRET\u00a0: 732 829 320 00074', 'camille@durand-studio.fr', 'Tél.\u00a0: 06 12 34 56 78']);
          expect(m.recipient).toEqual(
            kind === 'business'
              ? ['Atelier Martin SARL', 'À l’attention de Paul Martin', '47 boulevard des Belges', '69006 LYON']
              : ['Claire Lefèvre', '8 impasse des Tilleuls', '38000 GRENOBLE'],
          );
          expect(m.placeAndDate).toBe(`Lyon, le ${longDate(letterDate)}`);
          expect(m.salutation).toBe('Madame, Monsieur,');
          expect(m.signature).toEqual(['Camille Durand EI']);
          expect(m.footer).toBe('Camille Durand EI — SIRET 732 829 320 00074');

          // The invoice numbers and dates, and what was supplied.
          expect(plain(m.references[0]!)).toBe(
            grouped ? 'Réf. : factures n° F-2026-012 du 15 mai 2026 et n° F-2026-015 du 2 juin 2026' : 'Réf. : facture n° F-2026-012 du 15 mai 2026',
          );
          expect(plain(body)).toContain('F-2026-012 du 15 mai 2026 (Refonte du site internet)');
          if (grouped) expect(plain(body)).toContain('n° F-2026-015 du 2 juin 2026');
          expect(plain(m.subject)).toContain(grouped ? 'factures n° F-2026-012 et F-2026-015' : 'facture n° F-2026-012');

          // The amount still due, the original due date, the explicit request to pay by a date.
          expect(text).toContain(euros(principal));
          if (grouped) {
            expect(m.table!.rows.map((row) => row.slice(0, 6))).toEqual([
              ['F-2026-012', shortDate('2026-05-15'), shortDate('2026-06-14'), euros(150_000), euros(0), euros(PRINCIPAL_12)],
              ['F-2026-015', shortDate('2026-06-02'), shortDate('2026-07-02'), euros(83_000), euros(late ? 20_000 : 0), euros(late ? PRINCIPAL_15 : 83_000)],
            ]);
            expect(m.table!.totals!.slice(0, 6)).toEqual(['Total', '', '', euros(233_000), euros(late ? 20_000 : 0), euros(principal)]);
            if (kind === 'business' && late) {
              expect(m.table!.columns.map((c) => c.label)).toEqual(['Facture', 'Date', 'Échéance', 'Montant TTC', 'Réglé', 'Reste dû', 'Pénalités']);
              expect(m.table!.rows.map((row) => row[6])).toEqual([euros(PENALTIES_12), euros(PENALTIES_15)]);
              expect(m.table!.totals![6]).toBe(euros(penalties));
            } else {
              // Nothing accrued (before the due date, or a private client before any mise en demeure): no column of zeros.
              expect(m.table!.columns.map((c) => c.label)).toEqual(['Facture', 'Date', 'Échéance', 'Montant TTC', 'Réglé', 'Reste dû']);
              expect(m.table!.totals).toHaveLength(6);
            }
          } else {
            expect(body).toContain(longDate('2026-06-14'));
          }
          expect(body).toContain(`au plus tard le ${longDate(deadline)}`);

          // How to pay.
          expect(m.payment.map(plain)).toEqual([
            'IBAN : FR76 3000 6000 0112 3456 7890 189',
            'BIC : BNPA FRPP XXX',
            'Lien de paiement : https://paiement.durand-studio.fr/facture',
            grouped ? 'Références à indiquer : F-2026-012, F-2026-015' : 'Référence à indiquer : F-2026-012',
          ]);

          // The consequences.
          if (kind === 'business') {
            expect(plain(body)).toContain(tone === 'courtesy' ? 'au taux annuel de 12,15 %' : 'au taux annuel de 12,15 % puis 12,40 %');
            if (late) expect(body).toContain(euros(penalties));
            if (tone === 'courtesy' || tone === 'friendly') expect(plain(body)).toContain('indemnité forfaitaire pour frais de recouvrement de 40 € par facture');
            else expect(body).toContain(euros(indemnity));
          } else {
            expect(standalone40(text)).toEqual([]);
            expect(text.toLowerCase()).not.toContain('frais de recouvrement');
            expect(text.toLowerCase()).not.toContain('indemnité');
            for (const word of ['huissier', 'commissaire', 'tribunal', 'saisie', 'jugement', 'injonction']) expect(m.subject.toLowerCase()).not.toContain(word);
            for (const word of ['huissier', 'commissaire de justice', 'saisie']) expect(text.toLowerCase()).not.toContain(word);
          }
          if (tone === 'firm') expect(plain(body)).toContain('nous vous adresserons une mise en demeure par lettre recommandée');
          if (tone === 'formal') {
            expect(m.subject.toLowerCase()).toContain('mise en demeure');
            expect(plain(body)).toContain('nous vous mettons en demeure, conformément à l’article 1344 du Code civil');
            expect(plain(body)).toContain(`la somme de ${plain(euros(principal + penalties + indemnity))}`);
            expect(plain(body)).toContain('nous engagerons une procédure d’injonction de payer');
            expect(m.registeredMention).toBe('Lettre recommandée avec accusé de réception');
            if (kind === 'business') {
              expect(plain(body)).toContain(
                `soit ${plain(euros(principal))} en principal, ${plain(euros(penalties))} de pénalités de retard au taux annuel de 12,15 % puis 12,40 % (article L441-10 du Code de commerce) et ${plain(euros(indemnity))} d’indemnité forfaitaire`,
              );
              expect(plain(body)).toContain('Les pénalités de retard continuent de courir jusqu’au complet paiement.');
            } else {
              expect(plain(body)).toContain('la présente mise en demeure fait courir les intérêts au taux légal, actuellement de 2,75 % par an');
            }
          } else {
            expect(m.registeredMention).toBeNull();
          }
          if (tone === 'litigation') {
            expect(plain(m.subject)).toContain(kind === 'business' ? 'Dernier avis avant poursuites' : 'Dernier rappel avant action en justice');
            expect(plain(body)).toContain('nous engagerons une procédure d’injonction de payer (articles 1405 et suivants du Code de procédure civile)');
          }
          if (tone === 'friendly') expect(plain(body)).toContain('nous vous en adresserons volontiers une copie sur simple demande');

          // The annex: the décompte of a business mise en demeure, line by line.
          if ((tone === 'formal' || tone === 'litigation') && kind === 'business') {
            expect(m.annexes).toHaveLength(invoices.length);
            expect(plain(m.annexes[0]!.title)).toBe(`Annexe${grouped ? ' 1' : ''} : décompte des pénalités de retard, facture n° F-2026-012`);
            expect(m.annexes[0]!.table!.rows).toEqual([
              ['du 15/06/2026 au 30/06/2026', '16', euros(150_000), 'Taux BCE 2,15\u00a0% + 10 points (1er semestre 2026)', euros(799)],
              ['du 01/07/2026 au 01/12/2026', '154', euros(150_000), 'Taux BCE 2,40\u00a0% + 10 points (2e semestre 2026)', euros(7848)],
            ]);
            expect(m.annexes[0]!.table!.totals).toEqual(['Total', '170', '', '', euros(PENALTIES_12)]);
            if (grouped) {
              expect(m.annexes[1]!.table!.rows.map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
                ['du 03/07/2026 au 20/07/2026', '18', euros(83_000), euros(508)],
                ['du 21/07/2026 au 01/12/2026', '134', euros(63_000), euros(2868)],
              ]);
            }
          } else {
            expect(m.annexes).toEqual([]);
          }
          // The sum claimed of a single mise en demeure, split.
          if (!grouped && (tone === 'formal' || tone === 'litigation') && kind === 'business') {
            expect(m.table!.rows.map((r) => r[1])).toEqual([euros(principal), euros(penalties), euros(indemnity)]);
            expect(m.table!.totals).toEqual(['Total réclamé', euros(principal + penalties + indemnity)]);
          }
          if (!grouped && (tone !== 'formal' && tone !== 'litigation' || kind === 'private')) expect(m.table).toBeNull();

          // Nothing blank, and French typography everywhere.
          for (const t of allTexts(m)) {
            expect(blanks(t), t).toEqual([]);
            expect(typographyDefects(t), t).toEqual([]);
          }
        });
      }
    }
  }
});

describe('composeLetter: the sender, the dates, the registered letter', () => {
  it('writes « 1er » for the first of the month and the year of the letter', () => {
    const client = aBusinessClient();
    const january = composed(client, [invoice12(client)], { letterDate: '2027-01-02', paymentDeadline: '2027-01-12' }, {}, undefined, EXTRA_RATES_2027);
    expect(january.model.placeAndDate).toBe('Lyon, le 2\u00a0janvier 2027');
    expect(plain(bodyText(january.model))).toContain('au plus tard le 12 janvier 2027');
    // 1 500,00 € from 15 June 2026 to 2 January 2027: 7,99 € + 184 days at 12,40 % (93,76 €) + 2 days at 12,40 % (ECB 2,40 % typed for 2027) (1,02 €).
    expect(january.figures.penaltiesCents).toBe(799 + Math.round((150_000 * 1240 * 184) / 3_650_000) + Math.round((150_000 * 1240 * 2) / 3_650_000));
    expect(composed(client, [invoice12(client)], { letterDate: '2026-12-01' }).model.placeAndDate).toBe('Lyon, le 1er\u00a0décembre 2026');
  });

  it('names a company without « EI », with its RCS city and SIREN, and its signatory', () => {
    const client = aBusinessClient();
    const m = composed(client, [invoice12(client)], {}, {}, anIdentity({ name: 'Durand Studio SARL', legalForm: 'societe', rcsCity: 'Lyon', signatory: 'Camille Durand, gérante' })).model;
    expect(m.sender.slice(0, 1)).toEqual(['Durand Studio SARL']);
    expect(m.sender).toContain('RCS Lyon 732 829 320');
    expect(m.signature).toEqual(['Camille Durand, gérante']);
    expect(m.footer).toBe('Durand Studio SARL — SIRET 732 829 320 00074 — RCS Lyon 732 829 320');
  });

  it('does not write « EI » twice when the name already says it', () => {
    const client = aBusinessClient();
    expect(composed(client, [invoice12(client)], {}, {}, anIdentity({ name: 'Camille Durand (EI)' })).model.sender[0]).toBe('Camille Durand (EI)');
    expect(composed(client, [invoice12(client)], {}, {}, anIdentity({ name: 'Camille Durand, entrepreneur individuel' })).model.sender[0]).toBe('Camille Durand, entrepreneur individuel');
  });

  it('prints the registered letter number, grouped, once known', () => {
    const client = aBusinessClient();
    const m = composed(client, [invoice12(client)], { tone: 'formal', registeredNumber: '1a12345678901' }).model;
    expect(m.registeredMention).toBe('Lettre recommandée avec accusé de réception n°\u00a01A 123 456 7890 1');
    expect(errorsOf(compose(client, [invoice12(client)], { tone: 'formal', registeredNumber: '12345' }))[0]).toContain('n’est pas un numéro de recommandé');
  });

  it('says « notre facture n° … du … » without a description, never a blank', () => {
    const client = aBusinessClient();
    const m = composed(client, [invoice12(client, { description: '' })], { tone: 'firm' }).model;
    expect(plain(m.paragraphs[0]!)).toBe(
      'À ce jour, notre facture n° F-2026-012 du 15 mai 2026 reste impayée, alors que son échéance était fixée au 14 juin 2026. Le montant restant dû s’élève à 1 500,00 €.',
    );
  });

  it('puts the table where {{tableau}} stands, and the rest of the body after it', () => {
    const client = aBusinessClient();
    const m = composed(client, [invoice12(client), invoice15(client)], { tone: 'friendly' }).model;
    expect(m.paragraphs).toHaveLength(1);
    expect(m.paragraphsAfterTable).toHaveLength(2);
    expect(plain(m.paragraphsAfterTable![0]!)).toMatch(/^Il s’agit sans doute d’un simple oubli/);
  });

  it('quotes the client’s reference and the date of the mise en demeure already sent', () => {
    const client = aBusinessClient();
    const inv = invoice12(client, {
      reminders: [{ id: 'r1', levelId: 'formal-notice', sentOn: '2026-11-10', channel: 'registered-letter', recordedAt: '2026-11-10T09:00:00.000Z', note: '', firstPresentedOn: null, receivedOn: '2026-11-12' }],
    });
    const m = composed(client, [inv], { tone: 'litigation', clientReference: 'BC-778' }).model;
    expect(plain(m.references[0]!)).toBe('Réf. : facture n° F-2026-012 du 15 mai 2026 ; votre référence : BC-778');
    expect(plain(m.paragraphs[0]!)).toMatch(/^Malgré nos relances et notre mise en demeure du 10 novembre 2026, notre facture/);
  });

  it('asks a private client for the interest that ran since the mise en demeure was received, never the 40 €', () => {
    const client = aPrivateClient();
    // Received on 2 November 2026: interest from the 3rd to 1 December, 29 days at 2,75 % (2nd half of 2026, « autres cas »):
    // 150000 × 275 × 29 / 3 650 000 = 327,7 → 3,28 €.
    const inv = invoice12(client, { formalNoticeDate: '2026-11-02' });
    const r = composed(client, [inv], { tone: 'litigation' });
    expect(r.figures).toEqual({ principalCents: 150_000, penaltiesCents: 328, indemnityCents: 0, totalCents: 150_328 });
    const body = plain(bodyText(r.model));
    expect(body).toContain('vous nous devez 1 500,00 € en principal, auxquels s’ajoutent 3,28 € d’intérêts au taux légal arrêtés au 1er décembre 2026, soit 1 503,28 € au total');
    expect(r.model.table!.rows).toEqual([
      ['Principal restant dû, facture n°\u00a0F-2026-012', euros(150_000)],
      ['Intérêts au taux légal au 1er\u00a0décembre 2026 (décompte en annexe)', euros(328)],
    ]);
    expect(r.model.annexes[0]!.table!.rows).toEqual([['du 03/11/2026 au 01/12/2026', '29', euros(150_000), 'Taux légal 2,75\u00a0% (2e semestre 2026, autres cas)', euros(328)]]);
    const text = fullText(r.model);
    expect(standalone40(text)).toEqual([]);
    expect(text.toLowerCase()).not.toContain('frais de recouvrement');
  });
});

describe('composeLetter: what keeps a letter from being written, in French', () => {
  const business = aBusinessClient();

  const variant = (over: Partial<LetterTemplateVariant>): LetterTemplates => ({
    ...DEFAULT_LETTER_TEMPLATES,
    friendly: [{ ...DEFAULT_LETTER_TEMPLATES.friendly[0]!, id: 'essai', label: 'Essai', ...over }, DEFAULT_LETTER_TEMPLATES.friendly[1]!],
  });

  it('an unknown placeholder', () => {
    const templates = variant({ text: `${DEFAULT_LETTER_TEMPLATES.friendly[0]!.text}\n\nMerci, {{prenom_client}}.` });
    expect(errorsOf(compose(business, [invoice12(business)], { variantId: 'essai' }, { templates }))).toEqual([
      'Texte du modèle « Essai » : Champ inconnu : « {{prenom_client}} ». Vouliez-vous dire {{nom_client}} ? Les champs possibles sont dans la liste à côté de l’éditeur.',
    ]);
  });

  it('a value the letter does not have: no description, a single-invoice field in a grouped letter', () => {
    const templates = variant({ subject: 'Rappel — {{objet_facture}} du {{date_facture}}' });
    expect(errorsOf(compose(business, [invoice12(business, { description: '' })], { variantId: 'essai' }, { templates }))).toEqual([
      'Objet du modèle « Essai » : Le champ {{objet_facture}} (objet de la facture) n’a pas de valeur pour cette lettre : la facture n° F-2026-012 n’a pas de description (ce qui a été fourni) ; saisissez-la sur la facture. Complétez la donnée, retirez le champ du modèle, ou placez-le dans une section {{#objet_facture}}…{{/objet_facture}}.',
    ]);
    const grouped = errorsOf(compose(business, [invoice12(business), invoice15(business)], { variantId: 'essai' }, { templates }));
    expect(grouped).toHaveLength(2);
    expect(grouped[1]).toBe(
      'Objet du modèle « Essai » : Le champ {{date_facture}} (date de la facture) n’a pas de valeur pour cette lettre : la lettre regroupe 2 factures (leurs dates et montants sont dans le tableau). Complétez la donnée, retirez le champ du modèle, ou placez-le dans une section {{#date_facture}}…{{/date_facture}}.',
    );
  });

  it('a business-only value in a private client’s letter, through a variant written for all clients', () => {
    const person = aPrivateClient();
    const all: LetterTemplates = { ...DEFAULT_LETTER_TEMPLATES, firm: [{ ...DEFAULT_LETTER_TEMPLATES.firm[0]!, audience: 'all', label: 'Commun' }] };
    const errors = errorsOf(compose(person, [invoice12(person)], { tone: 'firm' }, { templates: all }));
    expect(errors.some((e) => e.startsWith('Texte du modèle « Commun » : Le champ {{indemnite}} (indemnité forfaitaire due) n’a pas de valeur pour cette lettre : un particulier ne doit pas d’indemnité forfaitaire'))).toBe(true);
  });

  it('a private client’s letter whose edited text would claim recovery costs or look like a bailiff’s document', () => {
    const person = aPrivateClient();
    const templates: LetterTemplates = {
      ...DEFAULT_LETTER_TEMPLATES,
      firm: [DEFAULT_LETTER_TEMPLATES.firm[0]!, { ...DEFAULT_LETTER_TEMPLATES.firm[1]!, text: `${DEFAULT_LETTER_TEMPLATES.firm[1]!.text}\n\nUn huissier procédera à la saisie de vos biens.` }],
    };
    const errors = errorsOf(compose(person, [invoice12(person)], { tone: 'firm', variantId: DEFAULT_LETTER_TEMPLATES.firm[1]!.id }, { templates }));
    expect(errors.some((e) => e.includes('« huissier » : une lettre à un particulier ne doit ni évoquer une saisie ni ressembler à un acte de justice'))).toBe(true);
    expect(errors.some((e) => e.includes('« saisie »'))).toBe(true);
  });

  it('a variant for the other kind of client, or one that does not exist', () => {
    const person = aPrivateClient();
    expect(errorsOf(compose(person, [invoice12(person)], { variantId: 'rappel-amiable-pro' }))).toEqual([
      'Le modèle « Rappel amiable (professionnel) » est écrit pour un client professionnel : choisissez un modèle pour un client particulier.',
    ]);
    expect(errorsOf(compose(person, [invoice12(person)], { variantId: 'inconnu' }))).toEqual(['Le modèle « inconnu » n’existe pas pour le ton « Amiable ».']);
  });

  it('no way to pay, no address, a deadline before the letter', () => {
    const errors = errorsOf(
      compose(aBusinessClient({ address: { complement: '', street: '', locality: '', postalCode: '', city: '', country: '' } }), [invoice12(business)], { paymentDeadline: '2026-11-30' }, {}, anIdentity({ iban: '', paymentLink: '' })),
    );
    expect(errors).toEqual([
      'La date limite de paiement (30/11/2026) ne peut pas précéder la date de la lettre (01/12/2026).',
      'La lettre doit dire comment payer : saisissez votre IBAN ou un lien de paiement dans Paramètres › Identité.',
      'L’adresse postale d’Atelier Martin SARL est incomplète (numéro et voie, code postal, ville) : complétez la fiche du client.',
    ]);
  });

  it('a rate not yet published: no penalty is guessed', () => {
    const errors = errorsOf(compose(business, [invoice12(business)], { letterDate: '2027-02-01', paymentDeadline: '2027-02-09' }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^La facture n° F-2026-012 : Calcul impossible sans le taux de ce semestre\. 1er semestre 2027 : le taux de refinancement de la BCE en vigueur au 1er janvier 2027 n’est pas encore connu de Relance/);
  });

  it('a tone that does not fit the due date, an invoice paid in full, an invoice of another client', () => {
    expect(errorsOf(compose(business, [invoice12(business)], { tone: 'courtesy', letterDate: LETTER_DATE }))).toEqual([
      'La facture n° F-2026-012 est échue depuis le 14/06/2026 : le rappel avant échéance ne convient plus, choisissez un rappel amiable.',
    ]);
    expect(errorsOf(compose(business, [invoice12(business)], { tone: 'formal', letterDate: '2026-06-10' }))).toEqual([
      'La facture n° F-2026-012 n’est pas encore échue (échéance le 14/06/2026) : seul un rappel avant échéance convient.',
    ]);
    const paid = invoice12(business, { payments: [{ id: 'p', date: '2026-07-01', amountCents: 150_000, note: '', recordedAt: '2026-07-01T10:00:00.000Z' }] });
    expect(errorsOf(compose(business, [paid]))).toEqual(['La facture n° F-2026-012 est entièrement réglée : il n’y a plus rien à réclamer en principal.']);
    const built = letterFactsFromLedger(ledgerFor(business, [invoice12(business)]), { clientId: business.id, invoiceIds: ['inv-12'], tone: 'friendly', letterDate: LETTER_DATE });
    if (!built.ok) throw new Error('facts');
    const other = { ...built.facts.invoices[0]!, invoice: { ...built.facts.invoices[0]!.invoice, clientId: 'someone-else' } };
    expect(errorsOf(composeLetter({ ...built.facts, invoices: [other] }))).toEqual(['La facture n° F-2026-012 n’est pas une facture d’Atelier Martin SARL : une lettre groupée ne concerne qu’un client.']);
    expect(errorsOf(composeLetter({ ...built.facts, invoices: [] }))).toEqual(['La lettre ne concerne aucune facture : choisissez au moins une facture.']);
  });

  it('the small-claims procedure above 5 000 €', () => {
    const big = invoice12(business, { amountTtcCents: 600_000 });
    const errors = errorsOf(compose(business, [big], { tone: 'litigation', procedure: { kind: 'petites-creances' } }));
    expect(errors[0]).toMatch(/^La procédure simplifiée de recouvrement des petites créances ne vaut que pour 5 000 € au plus/);
    const small = composed(business, [invoice12(business)], { tone: 'litigation', procedure: { kind: 'petites-creances' } });
    expect(plain(bodyText(small.model))).toContain('nous engagerons la procédure simplifiée de recouvrement des petites créances (article L125-1 du Code des procédures civiles d’exécution)');
  });
});

describe('letterFactsFromLedger', () => {
  it('grants 8 days by default, the due date before it, and registers the mise en demeure as the policy says', () => {
    const client = aBusinessClient();
    const ledger = ledgerFor(client, [invoice12(client)]);
    const base = { clientId: client.id, invoiceIds: ['inv-12'], letterDate: LETTER_DATE };
    const facts = (tone: DunningTone, letterDate = LETTER_DATE) => {
      const r = letterFactsFromLedger(ledger, { ...base, tone, letterDate });
      if (!r.ok) throw new Error(r.errors.join());
      return r.facts;
    };
    expect(facts('formal').paymentDeadline).toBe('2026-12-09');
    expect(facts('formal').registeredMail).toBe(true);
    expect(facts('firm').registeredMail).toBe(false);
    expect(facts('courtesy', '2026-06-10').paymentDeadline).toBe('2026-06-14');
    expect(letterFactsFromLedger(ledger, { ...base, tone: 'firm', invoiceIds: ['nope'] })).toEqual({ ok: false, errors: ['Une des factures choisies n’existe plus.'] });
  });
});

describe('composeLetter: a private client who owes exactly 40,00 €', () => {
  it('is asked for it: the amount owed is not the forbidden indemnity', () => {
    const client = aPrivateClient();
    const r = composed(client, [invoice12(client, { amountTtcCents: 4000 })], { tone: 'firm' });
    expect(plain(r.model.paragraphs[0]!)).toContain('Le montant restant dû s’élève à 40,00 €.');
  });
});
