import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isLocalDate } from '../kernel/localDate';
import { normalizeVatNumber } from '../ledger/identifiers';
import { emptyParty, found, guessed, type DocumentKind, type Field, type InvoiceProposal, type ProposedAddress, type ProposedParty, type ReadResult } from './proposal';

/**
 * Reading an electronic invoice's XML into a proposal: UN/CEFACT CII as Factur-X and ZUGFeRD 2.x write it (every
 * profile, MINIMUM to EXTENDED, and XRechnung's CII), ZUGFeRD 1.0's CrossIndustryDocument, and OASIS UBL 2.1 Invoice
 * and CreditNote. Pure: no I/O. fast-xml-parser with entity expansion off, and a document type declaration refused
 * before parsing, so that an XML bomb costs nothing.
 */

export const XML_MESSAGES = {
  empty: 'Le fichier est vide.',
  doctype: 'Ce fichier XML déclare des entités (DOCTYPE)\u00a0: Relance ne lit pas ce genre de fichier, par sécurité.',
  malformed: 'Ce fichier XML est endommagé ou mal formé\u00a0: il ne peut pas être lu.',
  notInvoice: 'Ce fichier XML n’est pas une facture électronique (Factur-X, ZUGFeRD, CII ou UBL).',
  encoding: 'Ce fichier XML n’est pas encodé en UTF-8 ni dans un encodage connu.',
} as const;

/** Credit note type codes (UNTDID 1001) that EN 16931 allows. */
const CREDIT_NOTE_TYPES = new Set(['381', '261', '262', '296', '308', '396', '420', '458', '532']);

const MAX_DESCRIPTION = 500;

interface XmlNode {
  [name: string]: XmlNode[] | string | undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  alwaysCreateTextNode: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** The five predefined entities and character references: nothing a document declares is ever expanded. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  return Array.isArray(value) ? value : [];
}

/** The first element along a path; each step may name alternatives ('A|B', for the 1.0 and 2.x names). */
function at(node: XmlNode | undefined, ...steps: string[]): XmlNode | undefined {
  let current = node;
  for (const step of steps) {
    if (!current) return undefined;
    let next: XmlNode | undefined;
    for (const name of step.split('|')) {
      next = children(current, name)[0];
      if (next) break;
    }
    current = next;
  }
  return current;
}

/** Every element along a path (the last step's siblings). */
function all(node: XmlNode | undefined, ...steps: string[]): XmlNode[] {
  const parent = at(node, ...steps.slice(0, -1));
  const last = steps[steps.length - 1]!;
  for (const name of last.split('|')) {
    const found = children(parent, name);
    if (found.length > 0) return found;
  }
  return [];
}

function text(node: XmlNode | undefined): string {
  const value = node?.['#text'];
  return typeof value === 'string' ? decodeEntities(value).replace(/\s+/g, ' ').trim() : '';
}

function attr(node: XmlNode | undefined, name: string): string {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? decodeEntities(value).trim() : '';
}

function textAt(node: XmlNode | undefined, ...steps: string[]): string {
  return text(at(node, ...steps));
}

/** xs:decimal to cents, rounding half away from zero beyond the second decimal; null when it is not a number. */
export function decimalToCents(value: string): number | null {
  const m = /^([+-]?)(\d{1,12})(?:\.(\d{0,12}))?$/.exec(value.trim());
  if (!m) return null;
  const decimals = (m[3] ?? '').padEnd(3, '0');
  let cents = Number(m[2]) * 100 + Number(decimals.slice(0, 2));
  if (Number(decimals[2]) >= 5) cents += 1;
  return m[1] === '-' && cents !== 0 ? -cents : cents;
}

/** CII dates: format 102 'YYYYMMDD' (the one EN 16931 allows), or already 'YYYY-MM-DD'. */
function ciiDate(node: XmlNode | undefined): string | null {
  const raw = text(node);
  const format = attr(node, 'format');
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  const iso = compact && (format === '' || format === '102') ? `${compact[1]}-${compact[2]}-${compact[3]}` : raw;
  return isLocalDate(iso) ? iso : null;
}

/** A due date written in words ("netto bis 04.04.2018", "à payer avant le 15/03/2018"): the first date found. */
export function dateInText(words: string): string | null {
  const m = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/.exec(words);
  if (m) {
    const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    if (isLocalDate(iso)) return iso;
  }
  const isoMatch = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(words);
  return isoMatch && isLocalDate(isoMatch[0]) ? isoMatch[0] : null;
}

function digits(value: string): string {
  return value.replace(/[\s\u00a0.]/g, '');
}

/** A French company identifier as given: 14 digits a SIRET, 9 a SIREN; anything else is not one. */
function companyIds(values: readonly string[], vatNumber: string): Pick<ProposedParty, 'siret' | 'siren'> {
  let siret = '';
  let siren = '';
  for (const v of values) {
    const d = digits(v);
    if (/^\d{14}$/.test(d) && siret === '') siret = d;
    else if (/^\d{9}$/.test(d) && siren === '') siren = d;
  }
  if (siren === '' && siret !== '') siren = siret.slice(0, 9);
  const vat = /^FR[0-9A-Z]{2}(\d{9})$/.exec(vatNumber);
  if (siren === '' && vat) siren = vat[1]!;
  return { siret: found(siret), siren: found(siren) };
}

function address(lines: string[], postalCode: string, city: string, country: string): Field<ProposedAddress> {
  const kept = lines.filter((l) => l !== '');
  if (kept.length === 0 && postalCode === '' && city === '' && country === '') return null;
  return found({ lines: kept, postalCode, city, country: country.toUpperCase() });
}

function ciiParty(party: XmlNode | undefined): ProposedParty {
  if (!party) return emptyParty;
  const vatNumber = normalizeVatNumber(
    all(party, 'SpecifiedTaxRegistration')
      .map((r) => at(r, 'ID'))
      .filter((id) => attr(id, 'schemeID').toUpperCase() === 'VA')
      .map(text)[0] ?? '',
  );
  const legal = all(party, 'SpecifiedLegalOrganization', 'ID').map(text);
  const others = [...all(party, 'ID'), ...all(party, 'GlobalID')].filter((id) => ['0002', '0009'].includes(attr(id, 'schemeID'))).map(text);
  const a = at(party, 'PostalTradeAddress');
  return {
    name: found(textAt(party, 'Name')),
    address: address(
      [textAt(a, 'LineOne'), textAt(a, 'LineTwo'), textAt(a, 'LineThree')],
      textAt(a, 'PostcodeCode'),
      textAt(a, 'CityName'),
      textAt(a, 'CountryID'),
    ),
    ...companyIds([...legal, ...others], vatNumber),
    vatNumber: found(vatNumber),
  };
}

function kindOf(typeCode: string, totalCents: number | null): DocumentKind {
  return CREDIT_NOTE_TYPES.has(typeCode) || (totalCents !== null && totalCents < 0) ? 'creditNote' : 'invoice';
}

function cents(value: string): Field<number> {
  const c = decimalToCents(value);
  return c === null ? null : found(c);
}

/** A credit note's amounts are its size: positive, however the file signs them. */
function sized(field: Field<number>, kind: DocumentKind): Field<number> {
  return field && kind === 'creditNote' ? { ...field, value: Math.abs(field.value) } : field;
}

function describe(names: readonly string[]): Field<string> {
  const kept = [...new Set(names.filter((n) => n !== ''))];
  if (kept.length === 0) return null;
  const joined = kept.join(', ');
  return found(joined.length > MAX_DESCRIPTION ? `${joined.slice(0, MAX_DESCRIPTION - 1)}…` : joined);
}

function readCii(root: XmlNode, version1: boolean): InvoiceProposal {
  const context = at(root, 'ExchangedDocumentContext|SpecifiedExchangedDocumentContext');
  const doc = at(root, 'ExchangedDocument|HeaderExchangedDocument');
  const transaction = at(root, 'SupplyChainTradeTransaction|SpecifiedSupplyChainTradeTransaction');
  const agreement = at(transaction, 'ApplicableHeaderTradeAgreement|ApplicableSupplyChainTradeAgreement');
  const settlement = at(transaction, 'ApplicableHeaderTradeSettlement|ApplicableSupplyChainTradeSettlement');
  const sums = at(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation|SpecifiedTradeSettlementMonetarySummation');
  const total = cents(textAt(sums, 'GrandTotalAmount'));
  const kind = kindOf(textAt(doc, 'TypeCode'), total?.value ?? null);

  const terms = all(settlement, 'SpecifiedTradePaymentTerms');
  let dueDate: Field<string> = null;
  for (const t of terms) {
    const d = ciiDate(at(t, 'DueDateDateTime', 'DateTimeString'));
    if (d) {
      dueDate = found(d);
      break;
    }
  }
  if (!dueDate) {
    for (const t of terms) {
      const d = dateInText(textAt(t, 'Description'));
      if (d) {
        dueDate = guessed(d);
        break;
      }
    }
  }

  const lines = all(transaction, 'IncludedSupplyChainTradeLineItem');
  return {
    source: version1 ? 'zugferd1' : 'cii',
    profile: textAt(context, 'GuidelineSpecifiedDocumentContextParameter', 'ID'),
    kind,
    number: found(textAt(doc, 'ID')),
    issueDate: found(ciiDate(at(doc, 'IssueDateTime', 'DateTimeString'))),
    dueDate,
    description: describe(lines.map((l) => textAt(l, 'SpecifiedTradeProduct', 'Name'))),
    totalCents: sized(total, kind),
    dueCents: sized(cents(textAt(sums, 'DuePayableAmount')), kind),
    currency: found(textAt(settlement, 'InvoiceCurrencyCode').toUpperCase()),
    seller: ciiParty(at(agreement, 'SellerTradeParty')),
    buyer: ciiParty(at(agreement, 'BuyerTradeParty')),
  };
}

function ublParty(outer: XmlNode | undefined): ProposedParty {
  const party = at(outer, 'Party');
  if (!party) return emptyParty;
  const schemes = all(party, 'PartyTaxScheme');
  const vatScheme = schemes.find((s) => textAt(s, 'TaxScheme', 'ID').toUpperCase() === 'VAT') ?? schemes[0];
  const vatNumber = normalizeVatNumber(textAt(vatScheme, 'CompanyID'));
  const legal = at(party, 'PartyLegalEntity');
  const ids = [at(legal, 'CompanyID'), ...all(party, 'PartyIdentification').map((p) => at(p, 'ID'))]
    .filter((id) => id !== undefined && ['', '0002', '0009', 'SIRET', 'SIREN'].includes(attr(id, 'schemeID').toUpperCase()))
    .map(text);
  const a = at(party, 'PostalAddress');
  return {
    name: found(textAt(legal, 'RegistrationName') || textAt(party, 'PartyName', 'Name')),
    address: address(
      [textAt(a, 'StreetName'), textAt(a, 'AdditionalStreetName'), ...all(a, 'AddressLine').map((l) => textAt(l, 'Line'))],
      textAt(a, 'PostalZone'),
      textAt(a, 'CityName'),
      textAt(a, 'Country', 'IdentificationCode'),
    ),
    ...companyIds(ids, vatNumber),
    vatNumber: found(vatNumber),
  };
}

function ublDate(value: string): string | null {
  const v = value.slice(0, 10);
  return isLocalDate(v) ? v : null;
}

function readUbl(root: XmlNode, creditNoteRoot: boolean): InvoiceProposal {
  const sums = at(root, 'LegalMonetaryTotal');
  const total = cents(textAt(sums, 'TaxInclusiveAmount'));
  const typeCode = textAt(root, creditNoteRoot ? 'CreditNoteTypeCode' : 'InvoiceTypeCode');
  const kind = creditNoteRoot ? 'creditNote' : kindOf(typeCode, total?.value ?? null);
  const due = ublDate(textAt(root, 'DueDate')) ?? all(root, 'PaymentMeans').map((p) => ublDate(textAt(p, 'PaymentDueDate'))).find((d) => d !== null) ?? null;
  const lines = all(root, creditNoteRoot ? 'CreditNoteLine' : 'InvoiceLine');
  return {
    source: 'ubl',
    profile: textAt(root, 'CustomizationID'),
    kind,
    number: found(textAt(root, 'ID')),
    issueDate: found(ublDate(textAt(root, 'IssueDate'))),
    dueDate: found(due),
    description: describe(lines.map((l) => textAt(l, 'Item', 'Name'))),
    totalCents: sized(total, kind),
    dueCents: sized(cents(textAt(sums, 'PayableAmount')), kind),
    currency: found(textAt(root, 'DocumentCurrencyCode').toUpperCase()),
    seller: ublParty(at(root, 'AccountingSupplierParty')),
    buyer: ublParty(at(root, 'AccountingCustomerParty')),
  };
}

/** The text of an XML file: its declared encoding, UTF-8 by default, a byte order mark dropped. */
export function decodeXml(bytes: Uint8Array): ReadResult<string> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(head)?.[1] ?? 'utf-8';
  try {
    const text = new TextDecoder(declared.toLowerCase(), { fatal: false }).decode(bytes);
    return { ok: true, value: text.replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, message: XML_MESSAGES.encoding };
  }
}

/** Whether bytes look like XML (after a BOM and blanks, a '<'). */
export function looksLikeXml(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && i < 4096 && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i += 1;
  return bytes[i] === 0x3c;
}

/** Reads a CII, ZUGFeRD 1.0 or UBL invoice. Every failure is a French message; nothing throws. */
export function readInvoiceXml(xml: string): ReadResult<InvoiceProposal> {
  if (xml.trim() === '') return { ok: false, message: XML_MESSAGES.empty };
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { ok: false, message: XML_MESSAGES.doctype };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, message: XML_MESSAGES.malformed };
  let tree: XmlNode;
  try {
    tree = parser.parse(xml) as XmlNode;
  } catch {
    return { ok: false, message: XML_MESSAGES.malformed };
  }
  const cii = at(tree, 'CrossIndustryInvoice');
  if (cii) return { ok: true, value: readCii(cii, false) };
  const zugferd1 = at(tree, 'CrossIndustryDocument');
  if (zugferd1) return { ok: true, value: readCii(zugferd1, true) };
  const ublInvoice = at(tree, 'Invoice');
  if (ublInvoice) return { ok: true, value: readUbl(ublInvoice, false) };
  const ublCredit = at(tree, 'CreditNote');
  if (ublCredit) return { ok: true, value: readUbl(ublCredit, true) };
  return { ok: false, message: XML_MESSAGES.notInvoice };
}

/** Reads the bytes of an XML file (a dropped .xml, or the attachment of a Factur-X PDF). */
export function readInvoiceXmlBytes(bytes: Uint8Array): ReadResult<InvoiceProposal> {
  if (bytes.byteLength === 0) return { ok: false, message: XML_MESSAGES.empty };
  const decoded = decodeXml(bytes);
  return decoded.ok ? readInvoiceXml(decoded.value) : decoded;
}
