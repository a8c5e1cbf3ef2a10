import { describe, expect, it } from 'vitest';
import { dateInText, decimalToCents, readInvoiceXml, XML_MESSAGES } from './xml';

const UBL_INVOICE = `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
  <cbc:ID>F-2026-042</cbc:ID>
  <cbc:IssueDate>2026-11-02</cbc:IssueDate>
  <cbc:DueDate>2026-12-02</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party>
    <cac:PartyName><cbc:Name>Atelier Dupré</cbc:Name></cac:PartyName>
    <cac:PartyTaxScheme><cbc:CompanyID>FR40303265045</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Atelier Dupré EI</cbc:RegistrationName><cbc:CompanyID schemeID="0002">303265045</cbc:CompanyID></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PostalAddress><cbc:StreetName>12 rue des Lilas</cbc:StreetName><cbc:CityName>Lyon</cbc:CityName><cbc:PostalZone>69003</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyLegalEntity><cbc:RegistrationName>Boulangerie Léa &amp; Fils</cbc:RegistrationName><cbc:CompanyID schemeID="0009">73282932000074</cbc:CompanyID></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID="EUR">1000.00</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">1200.00</cbc:TaxInclusiveAmount><cbc:PrepaidAmount currencyID="EUR">200</cbc:PrepaidAmount><cbc:PayableAmount currencyID="EUR">1000.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cac:Item><cbc:Name>Site vitrine</cbc:Name></cac:Item></cac:InvoiceLine>
</Invoice>`;

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"><rsm:ExchangedDocument><ram:ID>&lol9;</ram:ID></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>`;

describe('readInvoiceXml', () => {
  it('reads a UBL invoice: parties, identifiers, amounts still due, entities of the text decoded', () => {
    const r = readInvoiceXml(UBL_INVOICE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.value;
    expect(p).toMatchObject({ source: 'ubl', kind: 'invoice', number: { value: 'F-2026-042' }, issueDate: { value: '2026-11-02' }, dueDate: { value: '2026-12-02' } });
    expect(p.totalCents?.value).toBe(120000);
    expect(p.dueCents?.value).toBe(100000);
    expect(p.seller).toMatchObject({ name: { value: 'Atelier Dupré EI' }, siren: { value: '303265045' }, vatNumber: { value: 'FR40303265045' } });
    expect(p.buyer).toMatchObject({ name: { value: 'Boulangerie Léa & Fils' }, siret: { value: '73282932000074' } });
    expect(p.buyer.address?.value).toEqual({ lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', country: 'FR' });
    expect(p.description?.value).toBe('Site vitrine');
  });

  it('a UBL CreditNote is a credit note', () => {
    const credit = UBL_INVOICE.replace(/<Invoice /, '<CreditNote ').replace('</Invoice>', '</CreditNote>').replace(/InvoiceTypeCode>380/g, 'CreditNoteTypeCode>381').replace(/InvoiceTypeCode>/g, 'CreditNoteTypeCode>');
    const r = readInvoiceXml(credit);
    expect(r.ok && r.value.kind).toBe('creditNote');
  });

  it('a CII 380 with a negative total is a credit note of that size', () => {
    const xml = `<rsm:CrossIndustryInvoice xmlns:rsm="a" xmlns:ram="b"><rsm:ExchangedDocument><ram:ID>A-1</ram:ID><ram:TypeCode>380</ram:TypeCode></rsm:ExchangedDocument><rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeSettlement><ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:GrandTotalAmount>-120.50</ram:GrandTotalAmount><ram:DuePayableAmount>-120.50</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`;
    const r = readInvoiceXml(xml);
    expect(r.ok && r.value).toMatchObject({ kind: 'creditNote', totalCents: { value: 12050 }, dueCents: { value: 12050 } });
  });

  it('refuses a billion-laughs document at once, without expanding anything', () => {
    const start = performance.now();
    expect(readInvoiceXml(BILLION_LAUGHS)).toEqual({ ok: false, message: XML_MESSAGES.doctype });
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('refuses malformed XML, an unknown document and an empty file, in French', () => {
    expect(readInvoiceXml('<rsm:CrossIndustryInvoice><ram:ID>1</rsm:CrossIndustryInvoice>')).toEqual({ ok: false, message: XML_MESSAGES.malformed });
    expect(readInvoiceXml('<html><body/></html>')).toEqual({ ok: false, message: XML_MESSAGES.notInvoice });
    expect(readInvoiceXml('  ')).toEqual({ ok: false, message: XML_MESSAGES.empty });
    for (const m of Object.values(XML_MESSAGES)) expect(m).not.toMatch(/ [:;!?]/);
  });

  it('decimals to cents without floating point, rounding the third decimal', () => {
    expect(decimalToCents('671.15')).toBe(67115);
    expect(decimalToCents('100')).toBe(10000);
    expect(decimalToCents('104.905')).toBe(10491);
    expect(decimalToCents('-0.10')).toBe(-10);
    expect(decimalToCents('1,5')).toBeNull();
    expect(decimalToCents('1e3')).toBeNull();
  });

  it('a due date written in payment terms', () => {
    expect(dateInText('Zahlbar innerhalb 30 Tagen netto bis 04.04.2018, 3% Skonto bis 15.03.2018')).toBe('2018-04-04');
    expect(dateInText('à payer avant le 15/03/2018')).toBe('2018-03-15');
    expect(dateInText('30 jours fin de mois')).toBeNull();
  });
});
