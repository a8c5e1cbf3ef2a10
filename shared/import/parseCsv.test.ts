import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_SEPARATORS, CsvSyntaxError, detectSeparator, isBlankRecord, parseCsv, serializeCsv } from './parseCsv';

const cells = (text: string, separator?: ';' | ',' | '\t') => parseCsv(text, separator ? { separator } : {}).records.map((r) => r.cells);

describe('parseCsv', () => {
  it('reads a French export: ";" separator, decimal commas', () => {
    const parsed = parseCsv('N° facture;Montant TTC\nF-1;1 234,56\nF-2;12,50\n');
    expect(parsed.separator).toBe(';');
    expect(parsed.records.map((r) => r.cells)).toEqual([
      ['N° facture', 'Montant TTC'],
      ['F-1', '1 234,56'],
      ['F-2', '12,50'],
    ]);
  });

  it('reads quoted fields holding the separator, doubled quotes and line breaks', () => {
    const text = 'a;b;c\r\n"x;y";"il a dit ""oui""";"ligne 1\r\nligne 2\nligne 3"\r\n"";z;\r\n';
    expect(cells(text)).toEqual([
      ['a', 'b', 'c'],
      ['x;y', 'il a dit "oui"', 'ligne 1\r\nligne 2\nligne 3'],
      ['', 'z', ''],
    ]);
  });

  it('accepts CRLF, LF and lone CR line ends, and a last line without a line end', () => {
    expect(cells('a;b\r\n1;2\n3;4\r5;6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('numbers rows as a spreadsheet does, whatever line breaks quoted fields hold', () => {
    const text = 'h1;h2\n"multi\nline\nvalue";x\nsecond;y\n\n"a\r\nb";z\n';
    const records = parseCsv(text).records;
    expect(records.map((r) => [r.line, r.textLine, r.cells])).toEqual([
      [1, 1, ['h1', 'h2']],
      [2, 2, ['multi\nline\nvalue', 'x']],
      [3, 5, ['second', 'y']],
      [4, 6, ['']],
      [5, 7, ['a\r\nb', 'z']],
    ]);
    expect(isBlankRecord(records[3]!.cells)).toBe(true);
  });

  it('ignores trailing empty lines but keeps blank rows inside the file', () => {
    expect(cells('a;b\n1;2\n\n;\n3;4\n\r\n\n')).toEqual([['a', 'b'], ['1', '2'], [''], ['', ''], ['3', '4']]);
  });

  it('removes a BOM left at the start of the text', () => {
    expect(cells('\ufeffNuméro;Client\nF-1;A')[0]).toEqual(['Numéro', 'Client']);
  });

  it('is lenient with a quote inside an unquoted field and text after a closing quote', () => {
    expect(cells('a;b\n5" pouces;"x"y\n')[1]).toEqual(['5" pouces', 'xy']);
  });

  it('reports an unclosed quote with its row number', () => {
    try {
      parseCsv('a;b\n1;2\n3;"jamais fermé\n4;5\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(3);
      expect((error as Error).message).toBe(
        'Guillemet ouvrant sans guillemet fermant à partir de la ligne 3 du fichier\u00a0: vérifiez les guillemets de cette ligne.',
      );
    }
  });

  it('returns no record for an empty text', () => {
    expect(parseCsv('').records).toEqual([]);
    expect(parseCsv('\n\n').records).toEqual([]);
  });
});

describe('detectSeparator', () => {
  it('finds ";" even when amounts hold commas', () => {
    expect(detectSeparator('Numéro;Client;Montant\nF-1;A;1 234,56\nF-2;B;12,5\n')).toBe(';');
  });
  it('finds "," in an English export with quoted amounts', () => {
    expect(detectSeparator('Invoice number,Customer,Amount\nF-1,"Dupont, Martin","1,234.56"\nF-2,B,12.50\n')).toBe(',');
  });
  it('finds a tab', () => {
    expect(detectSeparator('Numéro\tClient\tMontant\nF-1\tA, B\t1 234,56\n')).toBe('\t');
  });
  it('ignores separators inside quoted fields', () => {
    expect(detectSeparator('a,b,c\n"x;y;z",2,3\n"p;q;r",5,6\n')).toBe(',');
  });
  it('falls back to ";" for a single column', () => {
    expect(detectSeparator('Nom\nDupont\n')).toBe(';');
  });
});

describe('serializeCsv / parseCsv round trip', () => {
  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'é', ' ', '"', ';', ',', '\t', '\n', '\r', '€', '\ufeff', 'Z') }),
    fc.string(),
  );
  const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

  it('parseCsv(serializeCsv(rows)) gives the rows back, for every separator', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(...CSV_SEPARATORS), (input, separator) => {
        const output = parseCsv(serializeCsv(input, separator), { separator }).records.map((r) => r.cells);
        expect(output).toEqual(input);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers records one per row, whatever the cells hold', () => {
    fc.assert(
      fc.property(rows, (input) => {
        const records = parseCsv(serializeCsv(input, ';'), { separator: ';' }).records;
        expect(records.map((r) => r.line)).toEqual(input.map((_, i) => i + 1));
      }),
      { numRuns: 200 },
    );
  });
});
