import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, splitCsv, writeCsv } from './csvText';

/** Property tests run many cases: sized for a loaded 2-core machine, not Vitest's 5 s. */
const PROPERTY_TIMEOUT_MS = 60_000;

const cells = (text: string) => splitCsv(text).records.map((r) => r.cells);

describe('splitCsv', () => {
  it('reads a plain table with its line numbers', () => {
    const t = splitCsv('a,b,c\n1,2,3\n4,5,6\n');
    expect(t.records.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(t.records[2]!.cells).toEqual(['4', '5', '6']);
    expect(t.error).toBeUndefined();
  });

  it('keeps commas inside quoted fields and reads doubled quotes', () => {
    expect(cells('name,x\n"Smith, J.",1\n"say ""hi""",2')).toEqual([
      ['name', 'x'],
      ['Smith, J.', '1'],
      ['say "hi"', '2'],
    ]);
  });

  it('reads quoted line breaks and counts lines across them', () => {
    const t = splitCsv('a,b\n"one\ntwo",1\n3,4\n');
    expect(t.records.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['one\ntwo', '1'],
      ['3', '4'],
    ]);
    expect(t.records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('removes a UTF-8 byte-order mark and says so', () => {
    const t = splitCsv('\uFEFFx,y\n1,2');
    expect(t.records[0]!.cells).toEqual(['x', 'y']);
    expect(t.notes.join(' ')).toMatch(/byte-order mark/);
  });

  it('accepts mixed line endings and notes them', () => {
    const t = splitCsv('a,b\r\n1,2\n3,4\r5,6');
    expect(t.records.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(t.records.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(t.notes.join(' ')).toMatch(/mixes line endings/);
  });

  it('detects semicolon and tab separators', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"a;b",c')).toBe(',');
    const t = splitCsv('a;b\n1,5;2');
    expect(t.delimiter).toBe(';');
    expect(t.records[1]!.cells).toEqual(['1,5', '2']);
    expect(t.notes.join(' ')).toMatch(/semicolon \(detected\)/);
  });

  it('skips blank lines, with a note', () => {
    const t = splitCsv('a,b\n\n1,2\n   \n');
    expect(t.records.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(t.notes.join(' ')).toMatch(/2 blank lines/);
  });

  it('names the row of an unclosed quote', () => {
    const t = splitCsv('a,b\n1,2\n3,"4\n5,6');
    expect(t.error).toMatch(/^Row 3: a quoted field/);
  });

  it('reads an empty text as no records', () => {
    expect(splitCsv('').records).toEqual([]);
    expect(splitCsv('\uFEFF').records).toEqual([]);
  });
});

describe('writeCsv', () => {
  it('quotes only what needs it', () => {
    expect(writeCsv([['a', 'b,c', 'd"e', '', ' f']])).toBe('a,"b,c","d""e",""," f"\n');
  });

  it(
    'round-trips any table of strings exactly (property)',
    () => {
      const field = fc.string({ unit: 'binary', maxLength: 12 });
      const table = fc
        .integer({ min: 1, max: 5 })
        .chain((w) =>
          fc.array(fc.array(field, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 }),
        );
      fc.assert(
        fc.property(
          table,
          fc.constantFrom(',', ';', '\t') as fc.Arbitrary<',' | ';' | '\t'>,
          (rows, sep) => {
            const text = writeCsv(rows, sep);
            const back = splitCsv(text);
            expect(back.error).toBeUndefined();
            // A one-column table has no separator to detect; tell the reader which one was used.
            const read = rows[0]!.length > 1 ? back : splitCsv(text, sep);
            expect(read.records.map((r) => r.cells)).toEqual(rows);
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
