import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInvoiceFile, PDF_MESSAGES } from './readInvoiceFile';
import { XML_MESSAGES } from '../../../shared/einvoice/xml';
import type { InvoiceProposal } from '../../../shared/einvoice/proposal';

/** The real files of ../shared/testdata/pdf (origins and licences in its README.md), read as the README lists them. */
const DATA = fileURLToPath(new URL('../../../../shared/testdata/pdf/', import.meta.url));
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(DATA + name));

async function proposal(name: string): Promise<InvoiceProposal & { xmlName: string }> {
  const read = await readInvoiceFile(name, bytes(name));
  if (!read.ok) throw new Error(read.message);
  return { ...read.value.proposal, xmlName: read.value.file.xmlName };
}

const v = <T>(f: { value: T } | null): T | null => f?.value ?? null;

interface Expected {
  file: string;
  xmlName: string;
  kind: 'invoice' | 'creditNote';
  number: string;
  issued: string;
  due: string | null;
  dueStatus?: 'found' | 'guessed';
  seller: string;
  buyer: string;
  total: number;
  dueAmount: number | null;
}

// The README's table, dates as 'YYYY-MM-DD', amounts in cents.
const FACTURX: Expected[] = [
  { file: 'facturx/corpus_Facture_FR_MINIMUM.pdf', xmlName: 'factur-x.xml', kind: 'invoice', number: 'FA-2017-0010', issued: '2017-11-13', due: null, seller: 'Au bon moulin', buyer: 'Ma jolie boutique', total: 67115, dueAmount: 47015 },
  { file: 'facturx/corpus_Facture_FR_BASICWL.pdf', xmlName: 'factur-x.xml', kind: 'invoice', number: 'FA-2017-0010', issued: '2017-11-13', due: '2017-12-13', seller: 'Au bon moulin', buyer: 'Ma jolie boutique', total: 67115, dueAmount: 47015 },
  { file: 'facturx/corpus_Avoir_FR_type381_BASIC.pdf', xmlName: 'factur-x.xml', kind: 'creditNote', number: 'AV-2017-0005', issued: '2017-11-16', due: '2017-11-16', seller: 'Au bon moulin', buyer: 'Ma jolie boutique', total: 23347, dueAmount: 23347 },
  { file: 'facturx/akretion_invoice_EN16931.pdf', xmlName: 'factur-x.xml', kind: 'invoice', number: 'F20260023', issued: '2026-01-31', due: '2026-03-02', seller: 'LE FOURNISSEUR', buyer: 'LE CLIENT', total: 10490, dueAmount: 10490 },
  { file: 'facturx/mustang_Facture_F20180027.pdf', xmlName: 'factur-x.xml', kind: 'invoice', number: 'F20180027', issued: '2018-12-31', due: '2019-01-30', seller: 'LE FOURNISSEUR', buyer: 'LE CLIENT', total: 11000, dueAmount: 10000 },
  { file: 'facturx/corpus_ZUGFeRD_1p0_BASIC_Einfach.pdf', xmlName: 'ZUGFeRD-invoice.xml', kind: 'invoice', number: '471102', issued: '2013-03-05', due: null, seller: 'Lieferant GmbH', buyer: 'Kunden AG Mitte', total: 23562, dueAmount: null },
  { file: 'facturx/corpus_XRECHNUNG_Einfach.pdf', xmlName: 'xrechnung.xml', kind: 'invoice', number: '471102', issued: '2018-03-05', due: '2018-04-04', dueStatus: 'guessed', seller: 'Lieferant GmbH', buyer: 'Kunden AG Mitte', total: 52987, dueAmount: 52987 },
];

describe('readInvoiceFile: the Factur-X and ZUGFeRD samples, read exactly', () => {
  for (const e of FACTURX) {
    it(e.file, async () => {
      const p = await proposal(e.file);
      expect(p.xmlName).toBe(e.xmlName);
      expect(p.source).toBe(e.xmlName === 'ZUGFeRD-invoice.xml' ? 'zugferd1' : 'cii');
      expect(p.kind).toBe(e.kind);
      expect(v(p.number)).toBe(e.number);
      expect(v(p.issueDate)).toBe(e.issued);
      expect(v(p.dueDate)).toBe(e.due);
      if (e.due) expect(p.dueDate?.status).toBe(e.dueStatus ?? 'found');
      expect(v(p.seller.name)).toBe(e.seller);
      expect(v(p.buyer.name)).toBe(e.buyer);
      expect(v(p.totalCents)).toBe(e.total);
      expect(v(p.dueCents)).toBe(e.dueAmount);
      expect(v(p.currency)).toBe('EUR');
      expect(p.number?.status).toBe('found');
    });
  }

  it('reads the parties’ identifiers and addresses', async () => {
    const p = await proposal('facturx/mustang_Facture_F20180027.pdf');
    expect(p.seller).toMatchObject({ siret: { value: '12345678900014' }, siren: { value: '123456789' }, vatNumber: { value: 'FR32123456789' } });
    expect(p.buyer).toMatchObject({ siret: { value: '98765432100029' }, vatNumber: { value: 'FR05987654321' } });
    expect(p.buyer.address?.value).toEqual({ lines: ['58 rue de la mer', 'Buyer line 2'], postalCode: '06000', city: 'NICE', country: 'DE' });
    expect(v(p.description)).toBe('PRESTATION SUPPORT, FOURNITURES DIVERSES, APPEL');
    const avoir = await proposal('facturx/corpus_Avoir_FR_type381_BASIC.pdf');
    expect(avoir.buyer).toMatchObject({ siret: { value: '78787878400035' }, siren: { value: '787878784' }, vatNumber: { value: 'FR19787878784' } });
    expect(avoir.buyer.address?.value).toEqual({ lines: ['35 rue de la République'], postalCode: '69001', city: 'Lyon', country: 'FR' });
  });
});

describe('readInvoiceFile: plain PDFs, from their text', () => {
  it('free_fiber: the fields of its expected.json', async () => {
    const expected = JSON.parse(readFileSync(DATA + 'plain/invoice2data_free_fiber.expected.json', 'utf8'))[0];
    const p = await proposal('plain/invoice2data_free_fiber.pdf');
    expect(p.source).toBe('text');
    expect(v(p.number)).toBe(expected.invoice_number);
    expect(v(p.issueDate)).toBe(expected.date);
    expect(v(p.dueDate)).toBe(expected.date_due);
    expect(v(p.totalCents)).toBe(Math.round(expected.amount * 100));
    expect(v(p.currency)).toBe(expected.currency);
    expect(v(p.seller.name)).toBe(expected.issuer);
    expect(v(p.seller.vatNumber)).toBe(expected.vat);
    expect(v(p.seller.siren)).toBe(expected.siren.replace(/ /g, ''));
    expect(p.seller.name?.status).toBe('guessed');
    expect(p.number?.status).toBe('found');
  });

  it('AmazonWebServices: number, date, amount and currency of its expected.json; no due date found', async () => {
    const expected = JSON.parse(readFileSync(DATA + 'plain/invoice2data_AmazonWebServices.expected.json', 'utf8'))[0];
    const p = await proposal('plain/invoice2data_AmazonWebServices.pdf');
    expect(v(p.number)).toBe(expected.invoice_number);
    expect(v(p.issueDate)).toBe(expected.date);
    expect(v(p.totalCents)).toBe(Math.round(expected.amount * 100));
    expect(v(p.currency)).toBe(expected.currency);
    expect(v(p.seller.name)).toBe(expected.partner_name);
    expect(p.dueDate).toBeNull();
  });

  it('Hetzner (German labels): number, dates and gross total', async () => {
    const p = await proposal('plain/corpus_RE-E-974-Hetzner_2016-01-19_R0005532486.pdf');
    expect(v(p.number)).toBe('R0005532486');
    expect(v(p.issueDate)).toBe('2016-01-19');
    expect(v(p.dueDate)).toBe('2016-01-22');
    expect(v(p.totalCents)).toBe(10400);
    expect(v(p.currency)).toBe('EUR');
    expect(v(p.seller.vatNumber)).toBe('DE812871812');
  });
});

describe('readInvoiceFile: edge files, refused or handled with a French message', () => {
  it('not a PDF', async () => {
    expect(await readInvoiceFile('x.pdf', bytes('edge/qpdf_bad1_not-a-pdf.pdf'))).toEqual({ ok: false, message: PDF_MESSAGES.notPdf });
  });
  it('truncated to its header', async () => {
    expect(await readInvoiceFile('x.pdf', bytes('edge/mustang_corrupt-factur-x-waytoosmall.pdf'))).toEqual({ ok: false, message: PDF_MESSAGES.damaged });
  });
  it('protected by a password', async () => {
    expect(await readInvoiceFile('x.pdf', bytes('edge/pdfjs_issue6010_1_password-abc.pdf'))).toEqual({ ok: false, message: PDF_MESSAGES.password });
  });
  it('JavaScript in its OpenAction: read as text, never run, nothing found', async () => {
    const read = await readInvoiceFile('x.pdf', bytes('edge/pdfjs_issue6106_openaction-js-print.pdf'));
    expect(read.ok && read.value.proposal.source).toBe('text');
    expect(read.ok && read.value.proposal.number).toBeNull();
  });
  it('a page tree claiming 9 999 999 999 pages: read quickly', async () => {
    const start = performance.now();
    const read = await readInvoiceFile('x.pdf', bytes('edge/pdfjs_poppler-67295-0_bogus-page-count.pdf'));
    expect(read.ok).toBe(true);
    expect(performance.now() - start).toBeLessThan(5000);
  });
  it('empty, too large', async () => {
    expect(await readInvoiceFile('x.pdf', new Uint8Array())).toEqual({ ok: false, message: PDF_MESSAGES.empty });
    expect(await readInvoiceFile('x.pdf', new Uint8Array(20 * 1024 * 1024 + 1))).toEqual({ ok: false, message: PDF_MESSAGES.tooLarge });
  });
  it('a standalone XML file, and one that is not an invoice', async () => {
    const xml = await readInvoiceFile('f.xml', new TextEncoder().encode('<?xml version="1.0"?><note><to>x</to></note>'));
    expect(xml).toEqual({ ok: false, message: XML_MESSAGES.notInvoice });
  });
  it('gives the hash and size of the bytes read (to attach them later)', async () => {
    const read = await readInvoiceFile('f.pdf', bytes('facturx/corpus_Facture_FR_MINIMUM.pdf'));
    expect(read.ok && read.value.file).toMatchObject({ format: 'pdf', sizeBytes: 89246, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});
