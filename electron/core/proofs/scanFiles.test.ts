import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScan } from '../../../shared/proofs/scan';

const TESTDATA = join(__dirname, '../../../../shared/testdata');

describe('checkScan on the real files of the test data', () => {
  it('takes real PDFs of the test data as PDFs', () => {
    const pdfs = readdirSync(join(TESTDATA, 'pdf/plain')).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const f of pdfs) expect(checkScan(readFileSync(join(TESTDATA, 'pdf/plain', f)), f)).toEqual({ ok: true, kind: 'pdf' });
  });

  it('refuses the test data’s file that only bears the name of a PDF', () => {
    const check = checkScan(readFileSync(join(TESTDATA, 'pdf/edge/qpdf_bad1_not-a-pdf.pdf')), 'qpdf_bad1_not-a-pdf.pdf');
    expect(check).toMatchObject({ ok: false, message: expect.stringContaining('porte l’extension .pdf mais n’en a pas le contenu') as string });
  });

});
