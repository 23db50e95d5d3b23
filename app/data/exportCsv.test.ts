import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildImport, defaultChoice, readCsvTable } from './csvImport';
import { addPoint, emptyDrawing } from './drawing';
import { customDataToCsv } from './exportCsv';

function reimport(text: string, name: string) {
  const t = readCsvTable(text);
  return buildImport(t, defaultChoice(t), name).data;
}

describe('customDataToCsv', () => {
  it('writes classes by name, and reads back as the same data', () => {
    let d = emptyDrawing('binary');
    d = addPoint(addPoint(addPoint(d, 1, 2, 0), -3, 0.5, 1), 4, 4, 1);
    const text = customDataToCsv(d);
    expect(text).toBe('x₁,x₂,class\n1,2,A\n-3,0.5,B\n4,4,B\n');
    const back = reimport(text, d.name)!;
    expect(back).toMatchObject({ x: d.x, y: d.y, classNames: d.classNames, problem: 'binary' });
  });

  it('exports the study-hours import unchanged', () => {
    const source = readFileSync('public/data/study-hours.csv', 'utf8');
    const data = reimport(source, 'study-hours.csv')!;
    expect(customDataToCsv(data)).toBe(source.replace(/\r\n/g, '\n'));
  });
});
