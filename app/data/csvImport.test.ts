import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildImport, defaultChoice, readCsvTable, tooManyColumnsNote } from './csvImport';

function importText(text: string, choice?: Parameters<typeof buildImport>[1]) {
  const table = readCsvTable(text);
  expect(table.error).toBeUndefined();
  return buildImport(table, choice ?? defaultChoice(table), 'test.csv');
}

describe('readCsvTable', () => {
  it('reports an empty file', () => {
    expect(readCsvTable('').error).toMatch(/empty/);
    expect(readCsvTable('\n\n').error).toMatch(/empty/);
  });

  it('reports a header without rows, and too few columns with the row', () => {
    expect(readCsvTable('a,b,c\n').error).toMatch(/no data rows/);
    expect(readCsvTable('\n\n').error).toBeDefined();
    expect(readCsvTable('a\n1').error).toMatch(/^Row 1: the header has 1 column/);
  });

  it('makes header names unique and names empty ones', () => {
    expect(readCsvTable('x,x,,y\n1,2,3,4').header).toEqual(['x', 'x (2)', 'column 3', 'y']);
  });

  it('cuts at the limit and keeps the true count', () => {
    const text = 'a,b,c\n' + '1,2,0\n'.repeat(25);
    const t = readCsvTable(text, 10);
    expect(t.records).toHaveLength(10);
    expect(t.totalRows).toBe(25);
  });

  it('more than 10,000 rows: the first 10,000 are kept, with the total', () => {
    const text = 'a,b,c\n' + '1,2,0\n3,4,1\n'.repeat(5001);
    const t = readCsvTable(text);
    expect(t.totalRows).toBe(10_002);
    expect(t.records).toHaveLength(10_000);
    expect(t.records[9_999]!.line).toBe(10_001);
  });
});

describe('buildImport', () => {
  it('imports the study-hours table as a regression on three features', () => {
    const r = importText(readFileSync('public/data/study-hours.csv', 'utf8'));
    expect(r.errors).toEqual([]);
    expect(r.problem).toBe('regression');
    expect(r.data!.inputNames).toEqual(['study_hours', 'sleep_hours', 'quiz_percent']);
    expect(r.data!.targetName).toBe('exam_percent');
    expect(r.data!.y).toEqual([93, 68, 95, 75, 51, 60, 89, 97]);
    expect(r.data!.x.slice(0, 3)).toEqual([12, 6, 78]);
  });

  it('detects binary text labels and numbers them alphabetically', () => {
    const r = importText('a,b,label\n1,2,yes\n3,4,no\n5,6,yes\n');
    expect(r.problem).toBe('binary');
    expect(r.data!.classNames).toEqual(['no', 'yes']);
    expect(r.data!.y).toEqual([1, 0, 1]);
  });

  it('detects multi-class integer labels', () => {
    const rows = [0, 1, 2, 0, 1, 2].map((c, i) => `${i},${i * 2},${c}`).join('\n');
    const r = importText(`a,b,c\n${rows}`);
    expect(r.problem).toBe('multiclass');
    expect(r.data!.classNames).toEqual(['0', '1', '2']);
  });

  it('lists a row with a missing column and one with an extra column, by row', () => {
    const r = importText('a,b,c\n1,2,0\n3,4\n5,6,1,9\n7,8,1\n');
    expect(r.rejected.map((x) => x.line)).toEqual([3, 4]);
    expect(r.rejected[0]!.message).toMatch(/^Row 3: 2 fields, the header has 3 \(missing “c”\)/);
    expect(r.rejected[1]!.message).toMatch(/^Row 4: 4 fields.*extra value “9” in column 4/);
    expect(r.data!.y).toEqual([0, 1]);
  });

  it('names the row and column of a non-numeric feature', () => {
    const r = importText('x,y,t\n1,2,0\n3,abc,1\n5,6,1\n');
    expect(r.rejected).toEqual([{ line: 3, message: 'Row 3, column “y”: “abc” is not a number.' }]);
  });

  it('names an empty feature value and an empty target', () => {
    const r = importText('x,y,t\n1,,0\n3,4,\n5,6,1\n7,8,0\n');
    expect(r.rejected.map((x) => x.message)).toEqual([
      'Row 2, column “y”: the value is empty.',
      'Row 3, column “t”: the target is empty.',
    ]);
  });

  it('refuses a single class', () => {
    const r = importText('x,y,t\n1,2,a\n3,4,a\n');
    expect(r.data).toBeNull();
    expect(r.errors[0]).toMatch(/single class \(“a”\)/);
  });

  it('reads quoted fields with commas and a BOM', () => {
    const r = importText('\uFEFF"x, cm",y,"kind"\n"1.5",2,"big, red"\n3,4,small\n');
    expect(r.data!.inputNames).toEqual(['x, cm', 'y']);
    expect(r.data!.classNames).toEqual(['big, red', 'small']);
    expect(r.data!.x).toEqual([1.5, 2, 3, 4]);
  });

  it('reads semicolon files with decimal commas', () => {
    const r = importText('x;y;t\n1,5;2;0,25\n3;4,75;1,5\n');
    expect(r.problem).toBe('regression');
    expect(r.data!.x).toEqual([1.5, 2, 3, 4.75]);
    expect(r.data!.y).toEqual([0.25, 1.5]);
  });

  it('reads mixed line endings', () => {
    const r = importText('x,y,t\r\n1,2,0\n3,4,1\r\n5,6,1');
    expect(r.data!.y).toEqual([0, 1, 1]);
  });

  it('reads a two-column x,y table as one input and a target, for regression or two classes', () => {
    const values = importText('x,y\n0,1.5\n1,2.5\n2,3.5\n3,4.4');
    expect(values.errors).toEqual([]);
    expect(values.data).toMatchObject({ dims: 1, problem: 'regression', inputNames: ['x'] });
    expect(values.data!.y).toEqual([1.5, 2.5, 3.5, 4.4]);
    const classes = importText('hours,passed\n1,no\n2,no\n5,yes\n7,yes');
    expect(classes.data).toMatchObject({ dims: 1, problem: 'binary', classNames: ['no', 'yes'] });
    const three = importText('x,c\n1,a\n2,b\n3,c\n4,a');
    expect(three.errors[0]).toMatch(/tick a second input column/);
    expect(readCsvTable('x\n1\n2').error).toMatch(
      /at least two are needed \(an input and a target\)/,
    );
  });

  it('tells a 1,000-column file what to do, and imports its first 64 columns by default', () => {
    const header = Array.from({ length: 1000 }, (_, j) => `c${j}`).join(',');
    const row = (i: number) =>
      Array.from({ length: 1000 }, (_, j) => (j === 999 ? i % 2 : i + j)).join(',');
    const t = readCsvTable(`${header}\n${row(1)}\n${row(2)}\n${row(3)}\n${row(4)}`);
    expect(tooManyColumnsNote(t)).toMatch(
      /999 number columns; a network here takes at most 64 inputs/,
    );
    const choice = defaultChoice(t);
    expect(choice.features).toHaveLength(64);
    expect(buildImport(t, choice, 'wide').data?.dims).toBe(64);
    const all = { ...choice, features: Array.from({ length: 999 }, (_, j) => j) };
    const refused = buildImport(t, all, 'wide');
    expect(refused.data).toBeNull();
    expect(refused.errors[0]).toMatch(/999 input columns are ticked; .* Untick 935 of them/);
    expect(refused.errors.join(' ')).not.toMatch(/dims/);
  });

  it('needs an input, and a target that is not one of them', () => {
    const t = readCsvTable('a,b,c\n1,2,0\n3,4,1');
    expect(buildImport(t, { features: [], target: 2 }, 'f').errors[0]).toMatch(
      /at least one input/,
    );
    expect(buildImport(t, { features: [0, 1], target: 1 }, 'f').errors[0]).toMatch(/both/);
  });

  it('reads a number target as classes when asked, and refuses text as values', () => {
    const t = readCsvTable('a,b,c\n1,2,0.5\n3,4,1.5\n5,6,0.5');
    expect(buildImport(t, { features: [0, 1], target: 2, problem: 'binary' }, 'f').data!.y).toEqual(
      [0, 1, 0],
    );
    const u = readCsvTable('a,b,c\n1,2,x\n3,4,y');
    const r = buildImport(u, { features: [0, 1], target: 2, problem: 'regression' }, 'f');
    expect(r.data).toBeNull();
    expect(r.rejected[0]!.message).toBe('Row 2, column “c”: “x” is not a number.');
  });

  it('refuses more than eight classes', () => {
    const rows = Array.from({ length: 9 }, (_, i) => `${i},${i},c${i}`).join('\n');
    const r = importText(`a,b,c\n${rows}`);
    expect(r.errors[0]).toMatch(/9 classes; at most 8/);
  });

  it('never keeps control characters in a message', () => {
    const r = importText('x,y,t\n1,\u0007<b>,0\n1,2,1\n3,4,0');
    expect(r.rejected[0]!.message).toBe('Row 2, column “y”: “ <b>” is not a number.');
  });
});
